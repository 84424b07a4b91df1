#include "comparedialog.h"

#include "itemtitles.h"
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
    static const QRegularExpression top(QStringLiteral("^([A-Za-z]+)\\[([^\\]]*)\\]"));
    const auto match = top.match(path);
    if (!match.hasMatch())
        return Owner{ItemRef::overviewTab(), QStringLiteral("project")};
    const std::optional<core::ItemKind> kind = core::kindOfJsonKey(match.capturedView(1));
    if (!kind)
        return Owner{ItemRef::overviewTab(), QStringLiteral("project")};
    return Owner{ItemRef{*kind, match.captured(2), false}, match.captured(0)};
}

/// The name the diff puts before each change of the item (core/merge's entityName): the
/// newer side's "title" as written, or the id when it is empty or the kind has none (lenses).
QString rawTitle(const core::ProjectData &a, const core::ProjectData &b, const ItemRef &ref)
{
    for (const core::ProjectData *data : {&b, &a}) {
        const int i = core::indexOfKind(*data, ref.kind, ref.id);
        if (i < 0)
            continue;
        const QString title = core::visitKind(ref.kind, [&](auto type) -> QString {
            using T = typename decltype(type)::type;
            if constexpr (requires(const T &item) { item.title; })
                return core::ItemTraits<T>::list(*data)[i].title;
            return {};
        });
        return title.isEmpty() ? ref.id : title;
    }
    return ref.id;
}

QString titleOf(const core::ProjectData &a, const core::ProjectData &b, const ItemRef &ref)
{
    if (ref.overview)
        return CompareDialog::tr("Project \"%1\"").arg(b.project.name.isEmpty() ? a.project.name : b.project.name);
    for (const core::ProjectData *data : {&b, &a}) {
        bool found = false;
        const QString title = core::titleOfKind(*data, ref.kind, ref.id, &found);
        if (found)
            return CompareDialog::tr("%1 \"%2\"").arg(kindName(ref.kind), title.isEmpty() ? ref.id : title);
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
