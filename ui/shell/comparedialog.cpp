#include "comparedialog.h"

#include "ui/workbench.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {

enum Role { KindRole = Qt::UserRole + 1, IdRole, OverviewRole };

/// The item a change path belongs to: "decisions[d1].scores[o1,c1].value" → (Decision, d1);
/// "project.framing.scale" → the Overview.
struct Owner {
    ItemRef ref;
    QString group; ///< "decisions[d1]" or "project"
};

Owner ownerOf(const QString &path)
{
    static const QRegularExpression top(QStringLiteral("^(decisions|reviews|drills|costModels|lenses)\\[([^\\]]*)\\]"));
    const auto match = top.match(path);
    if (!match.hasMatch())
        return Owner{ItemRef::overviewTab(), QStringLiteral("project")};
    const QString list = match.captured(1);
    const core::ItemKind kind = list == QStringLiteral("decisions") ? core::ItemKind::Decision
                              : list == QStringLiteral("reviews")   ? core::ItemKind::Review
                              : list == QStringLiteral("drills")    ? core::ItemKind::Drill
                              : list == QStringLiteral("costModels") ? core::ItemKind::CostModel
                                                                     : core::ItemKind::Lens;
    return Owner{ItemRef{kind, match.captured(2), false}, match.captured(0)};
}

/// The item's own title, as the diff's words name it (the newer side first).
QString rawTitle(const core::ProjectData &a, const core::ProjectData &b, const ItemRef &ref)
{
    const auto find = [&](const auto &list) -> QString {
        for (const auto &item : list)
            if (item.id == ref.id)
                return item.title.isEmpty() ? item.id : item.title;
        return {};
    };
    for (const core::ProjectData *data : {&b, &a}) {
        QString title;
        switch (ref.kind) {
        case core::ItemKind::Decision: title = find(data->decisions); break;
        case core::ItemKind::Review: title = find(data->reviews); break;
        case core::ItemKind::Drill: title = find(data->drills); break;
        case core::ItemKind::CostModel: title = find(data->costModels); break;
        case core::ItemKind::Lens: break;
        }
        if (!title.isEmpty())
            return title;
    }
    return ref.id;
}

QString titleOf(const core::ProjectData &a, const core::ProjectData &b, const ItemRef &ref)
{
    if (ref.overview)
        return CompareDialog::tr("Project \"%1\"").arg(b.project.name.isEmpty() ? a.project.name : b.project.name);
    const auto find = [&](const auto &list, const QString &word) -> QString {
        for (const auto &item : list)
            if (item.id == ref.id)
                return CompareDialog::tr("%1 \"%2\"").arg(word, item.title);
        return {};
    };
    for (const core::ProjectData *data : {&b, &a}) {
        QString title;
        switch (ref.kind) {
        case core::ItemKind::Decision: title = find(data->decisions, CompareDialog::tr("Decision")); break;
        case core::ItemKind::Review: title = find(data->reviews, CompareDialog::tr("Review")); break;
        case core::ItemKind::Drill: title = find(data->drills, CompareDialog::tr("Drill")); break;
        case core::ItemKind::CostModel: title = find(data->costModels, CompareDialog::tr("Cost model")); break;
        case core::ItemKind::Lens:
            for (const core::LensRecord &l : data->lenses)
                if (l.id == ref.id)
                    title = CompareDialog::tr("Lens %1").arg(l.id);
            break;
        }
        if (!title.isEmpty())
            return title;
    }
    return ref.id;
}

} // namespace

CompareDialog::CompareDialog(const core::ProjectData &other, const QString &otherPath, const core::ProjectData &current,
                             Workbench *workbench, QWidget *parent)
    : QDialog(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with %1").arg(QFileInfo(otherPath).fileName()));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAccessibleName(tr("Changes"));
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QList<core::ProjectChange> changes = core::ProjectMerge::diff(other, current);
    m_changes = int(changes.size());
    QHash<QString, QTreeWidgetItem *> groups;
    for (const core::ProjectChange &c : changes) {
        const Owner owner = ownerOf(c.path);
        QTreeWidgetItem *group = groups.value(owner.group);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {titleOf(other, current, owner.ref)});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setData(0, KindRole, int(owner.ref.kind));
            group->setData(0, IdRole, owner.ref.id);
            group->setData(0, OverviewRole, owner.ref.overview);
            groups.insert(owner.group, group);
        }
        // under its item's heading a change need not name the item again
        QString words = c.words;
        if (c.path != owner.group) {
            const QString prefix = (owner.ref.overview ? tr("Project") : rawTitle(other, current, owner.ref)) + QStringLiteral(": ");
            if (words.startsWith(prefix))
                words = words.mid(prefix.size());
        }
        auto *row = new QTreeWidgetItem(group, {words});
        row->setToolTip(0, c.path);
        row->setData(0, KindRole, int(owner.ref.kind));
        row->setData(0, IdRole, owner.ref.id);
        row->setData(0, OverviewRole, owner.ref.overview);
        // an item that exists only in the other file cannot be opened here
        const bool removed = c.to.isNull() && c.path == owner.group;
        if (removed)
            group->setData(0, IdRole, QString()), row->setData(0, IdRole, QString());
    }
    m_tree->expandAll();
    const QString shown = QDir::toNativeSeparators(otherPath);
    m_summary->setText(changes.isEmpty()
                           ? tr("No differences: %1 holds the same project as the one open.").arg(shown)
                           : tr("From %1 to the project open now: %2 changes in %3 items. Return or a double-click opens the item.")
                                 .arg(shown)
                                 .arg(changes.size())
                                 .arg(groups.size()));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openItem(item); });
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
        m_tree->setFocus();
    }
}

void CompareDialog::openItem(QTreeWidgetItem *item)
{
    if (!item || !m_workbench)
        return;
    if (item->data(0, OverviewRole).toBool()) {
        m_workbench->openItem(ItemRef::overviewTab());
        return;
    }
    const QString id = item->data(0, IdRole).toString();
    if (!id.isEmpty())
        m_workbench->openItem(ItemRef{core::ItemKind(item->data(0, KindRole).toInt()), id, false});
}

} // namespace archbench::ui
