#include "projecttreemodel.h"

#include "itemtitles.h"
#include "ui/widgets/themedicon.h"

namespace archbench::ui {

using core::ItemKind;

ProjectTreeModel::ProjectTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

int ProjectTreeModel::groupOf(ItemKind kind)
{
    int group = OverviewRow + 1;
    for (const KindUi &k : kKindUi) {
        if (!k.inTree)
            continue;
        if (k.kind == kind)
            return group;
        ++group;
    }
    return -1;
}

ItemKind ProjectTreeModel::kindOf(int group)
{
    int g = OverviewRow + 1;
    for (const KindUi &k : kKindUi) {
        if (!k.inTree)
            continue;
        if (g == group)
            return k.kind;
        ++g;
    }
    return kKindUi.front().kind;
}

QStringList ProjectTreeModel::projectIds(ItemKind kind) const
{
    return m_project ? core::idsOfKind(m_project->data(), kind) : QStringList();
}

void ProjectTreeModel::setProject(core::Project *project)
{
    beginResetModel();
    m_titles.clear();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        connect(project, &core::Project::itemInserted, this, &ProjectTreeModel::onInserted);
        connect(project, &core::Project::itemRemoved, this, &ProjectTreeModel::onRemoved);
        connect(project, &core::Project::itemChanged, this, &ProjectTreeModel::onChanged);
        connect(project, &core::Project::itemsReordered, this, &ProjectTreeModel::onReordered);
        connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); });
    }
    rebuild();
    endResetModel();
}

void ProjectTreeModel::rebuild()
{
    for (int g = OverviewRow + 1; g < RowCount; ++g)
        m_ids[g] = projectIds(kindOf(g));
}

ItemRef ProjectTreeModel::itemRef(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return index.row() == OverviewRow ? ItemRef::overviewTab() : ItemRef{};
    const int group = int(index.internalId());
    return ItemRef{kindOf(group), m_ids[group].value(index.row()), false};
}

QModelIndex ProjectTreeModel::indexOf(const ItemRef &item) const
{
    if (!m_project || !item.isValid())
        return {};
    if (item.overview)
        return index(OverviewRow, 0);
    const int group = groupOf(item.kind);
    if (group < 0)
        return {};
    const int row = m_ids[group].indexOf(item.id);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(group));
}

QModelIndex ProjectTreeModel::groupIndex(ItemKind kind) const
{
    const int group = groupOf(kind);
    return group < 0 || !m_project ? QModelIndex() : index(group, 0);
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()), 0, quintptr(0));
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_project)
        return 0;
    if (!parent.isValid())
        return RowCount;
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() == OverviewRow)
        return 0;
    return int(m_ids[parent.row()].size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_project)
        return {};
    const bool group = index.internalId() == 0;
    const int row = index.row();
    if (group && row == OverviewRow) {
        switch (role) {
        case Qt::DisplayRole: return tr("Overview");
        case Qt::ToolTipRole: return tr("Project framing, requirements and the state of every item");
        case Qt::DecorationRole: return themedIcon(QStringLiteral("overview"));
        case IsGroupRole: return false;
        default: return {};
        }
    }
    if (group) {
        const ItemKind kind = kindOf(row);
        const int count = int(m_ids[row].size());
        switch (role) {
        case Qt::DisplayRole: return tr("%1 (%2)").arg(kindName(kind, true)).arg(count);
        case Qt::AccessibleTextRole: return tr("%1, %n item(s)", nullptr, count).arg(kindName(kind, true));
        case KindRole: return int(kind);
        case IsGroupRole: return true;
        default: return {};
        }
    }
    const ItemRef ref = itemRef(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return itemTitle(*m_project, ref);
    case Qt::DecorationRole: return themedIcon(QString::fromLatin1(kindUi(ref.kind).icon));
    case KindRole: return int(ref.kind);
    case IdRole: return ref.id;
    case IsGroupRole: return false;
    default: return {};
    }
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

void ProjectTreeModel::groupCountChanged(int group)
{
    const QModelIndex g = index(group, 0);
    emit dataChanged(g, g, {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void ProjectTreeModel::onInserted(ItemKind kind, const QString &id)
{
    const int group = groupOf(kind);
    if (group < 0)
        return;
    const int row = projectIds(kind).indexOf(id);
    if (row < 0 || m_ids[group].contains(id))
        return;
    m_titles.remove({int(kind), id});
    beginInsertRows(index(group, 0), row, row);
    m_ids[group].insert(row, id);
    endInsertRows();
    groupCountChanged(group);
}

void ProjectTreeModel::onRemoved(ItemKind kind, const QString &id)
{
    const int group = groupOf(kind);
    const int row = group < 0 ? -1 : int(m_ids[group].indexOf(id));
    if (row < 0)
        return;
    m_titles.remove({int(kind), id});
    beginRemoveRows(index(group, 0), row, row);
    m_ids[group].removeAt(row);
    endRemoveRows();
    groupCountChanged(group);
}

void ProjectTreeModel::onChanged(ItemKind kind, const QString &id)
{
    const QModelIndex i = indexOf(ItemRef{kind, id, false});
    if (!i.isValid())
        return;
    const QString title = itemTitle(*m_project, ItemRef{kind, id, false});
    const std::pair<int, QString> key{int(kind), id};
    const auto known = m_titles.constFind(key);
    if (known != m_titles.cend() && *known == title)
        return;
    m_titles.insert(key, title);
    emit dataChanged(i, i, {Qt::DisplayRole, Qt::ToolTipRole});
}

void ProjectTreeModel::onReordered(ItemKind kind)
{
    const int group = groupOf(kind);
    if (group < 0)
        return;
    const QModelIndex parentIndex = index(group, 0);
    emit layoutAboutToBeChanged({QPersistentModelIndex(parentIndex)}, VerticalSortHint);
    const QStringList before = m_ids[group];
    m_ids[group] = projectIds(kind);
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &old : persistent) {
        if (old.internalId() != quintptr(group))
            continue;
        const int newRow = m_ids[group].indexOf(before.value(old.row()));
        changePersistentIndex(old, newRow < 0 ? QModelIndex() : createIndex(newRow, old.column(), quintptr(group)));
    }
    emit layoutChanged({QPersistentModelIndex(parentIndex)}, VerticalSortHint);
}

} // namespace archbench::ui
