#include "conflictsdock.h"

#include "core/merge/projectmerge.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {

/// A conflict's stored value (compact JSON) back as a JSON value; undefined when the text is
/// not one JSON value (a hand-edited file), never a null that would delete something.
QJsonValue parsed(const QString &compact)
{
    if (compact.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayLiteral("[") + compact.toUtf8() + QByteArrayLiteral("]"), &error);
    return error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1 ? doc.array().first()
                                                                                             : QJsonValue(QJsonValue::Undefined);
}

} // namespace

ConflictsDock::ConflictsDock(Workbench *workbench, QWidget *parent)
    : QDockWidget(tr("Conflicts"), parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("conflictsDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_empty = new QLabel(tr("No conflicts. When a merge finds a field both sides changed differently, it is listed here to decide."));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("conflictsList"));
    m_list->setHeaderLabels({tr("Field"), tr("Base"), tr("Ours (now)"), tr("Theirs")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    // Alt+letters are all taken in the main window: Ctrl+1 and Ctrl+2 inside the dock instead
    m_ours = new QPushButton(tr("Keep Ours (Ctrl+1)"));
    m_ours->setObjectName(QStringLiteral("keepOurs"));
    m_ours->setToolTip(tr("Keep what the project holds now (edit the field first to settle on a third value)"));
    m_theirs = new QPushButton(tr("Take Theirs (Ctrl+2)"));
    m_theirs->setObjectName(QStringLiteral("takeTheirs"));
    m_theirs->setToolTip(tr("Put their value into the project"));
    for (auto [key, slot] : {std::pair{Qt::Key_1, &ConflictsDock::keepOurs}, std::pair{Qt::Key_2, &ConflictsDock::takeTheirs}}) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    buttons->addWidget(m_ours);
    buttons->addWidget(m_theirs);
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(content);
    connect(m_ours, &QPushButton::clicked, this, &ConflictsDock::keepOurs);
    connect(m_theirs, &QPushButton::clicked, this, &ConflictsDock::takeTheirs);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const bool editable = m_project && !m_project->isReadOnly() && m_list->currentItem();
        m_ours->setEnabled(editable);
        m_theirs->setEnabled(editable);
    });
    connect(workbench, &Workbench::projectChanged, this, &ConflictsDock::follow);
    follow(workbench->project());
}

void ConflictsDock::follow(core::Project *project)
{
    disconnect(m_infoConnection);
    m_project = project;
    m_shown = 0;
    if (project)
        m_infoConnection = connect(project, &core::Project::infoChanged, this, &ConflictsDock::refresh);
    refresh();
}

void ConflictsDock::refresh()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
    m_list->clear();
    const QList<core::MergeConflictRecord> conflicts = m_project ? m_project->info().mergeConflicts : QList<core::MergeConflictRecord>{};
    for (const core::MergeConflictRecord &c : conflicts) {
        auto *item = new QTreeWidgetItem(m_list, {c.path, core::ProjectMerge::valueText(parsed(c.base)),
                                                  core::ProjectMerge::valueText(parsed(c.ours)),
                                                  core::ProjectMerge::valueText(parsed(c.theirs))});
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, item->text(column));
        if (c.path == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->resizeColumnToContents(0);
    m_list->setVisible(!conflicts.isEmpty());
    m_empty->setVisible(conflicts.isEmpty());
    const bool editable = m_project && !m_project->isReadOnly() && m_list->currentItem();
    m_ours->setEnabled(editable);
    m_theirs->setEnabled(editable);
    setWindowTitle(conflicts.isEmpty() ? tr("Conflicts") : tr("Conflicts (%1)").arg(conflicts.size()));
    // new conflicts came in: show them
    if (conflicts.size() > m_shown && !conflicts.isEmpty()) {
        show();
        raise();
    }
    m_shown = int(conflicts.size());
}

bool ConflictsDock::keepOurs()
{
    if (!m_project || m_project->isReadOnly() || !m_list->currentItem())
        return false;
    const QString path = m_list->currentItem()->text(0);
    core::ProjectInfo info = m_project->info();
    info.mergeConflicts.removeIf([&](const core::MergeConflictRecord &r) { return r.path == path; });
    return commands::setProjectInfo(m_workbench->undoStack(), m_project, info, tr("Keep ours for %1").arg(path));
}

bool ConflictsDock::takeTheirs()
{
    if (!m_project || m_project->isReadOnly() || !m_list->currentItem())
        return false;
    const QString path = m_list->currentItem()->text(0);
    const auto record = std::find_if(m_project->info().mergeConflicts.cbegin(), m_project->info().mergeConflicts.cend(),
                                     [&](const core::MergeConflictRecord &r) { return r.path == path; });
    if (record == m_project->info().mergeConflicts.cend())
        return false;
    const QJsonValue theirs = parsed(record->theirs);
    if (theirs.isUndefined()) {
        m_workbench->showError(tr("Their value for %1 is not readable (\"%2\"); keep ours or edit the field.").arg(path, record->theirs));
        return false;
    }
    auto updated = core::ProjectMerge::withValue(m_project->data(), path, theirs);
    if (!updated) {
        m_workbench->showError(tr("Their value cannot be taken: %1").arg(updated.error().message));
        return false;
    }
    updated->project.mergeConflicts.removeIf([&](const core::MergeConflictRecord &r) { return r.path == path; });
    return commands::applyProjectData(m_workbench->undoStack(), m_project, *updated, tr("Take theirs for %1").arg(path)) > 0;
}

} // namespace archbench::ui
