#include "itemtablemodel.h"

namespace archbench::ui {

ItemTableModelBase::ItemTableModelBase(ItemHandleBase *handle, Handle ownership, QObject *parent)
    : QAbstractTableModel(parent), m_handle(handle)
{
    if (ownership == Handle::Owned)
        m_handle->setParent(this);
    connect(m_handle, &ItemHandleBase::changed, this, &ItemTableModelBase::refresh);
    connect(m_handle, &ItemHandleBase::removed, this, [this] { refresh(core::ItemPart::All); });
    connect(m_handle, &ItemHandleBase::readOnlyChanged, this, &ItemTableModelBase::allCellsChanged);
}

void ItemTableModelBase::initializeRows()
{
    m_rows = currentRowCount();
    recompute();
}

void ItemTableModelBase::allCellsChanged()
{
    if (m_rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    if (headerFollowsItem() && columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ItemTableModelBase::refresh(core::ItemParts parts)
{
    if (!(parts & shownParts()))
        return;
    const int rows = currentRowCount();
    if (rows != m_rows || shapeChanged()) {
        beginResetModel();
        m_rows = rows;
        recompute();
        endResetModel();
        refreshed();
        return;
    }
    recompute();
    if (const std::optional<QList<int>> changed = changedRows()) {
        for (int row : *changed)
            if (row >= 0 && row < m_rows && columnCount() > 0)
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        if (headerFollowsItem() && columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    } else {
        allCellsChanged();
    }
    refreshed();
}

int ItemTableModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

Qt::ItemFlags ItemTableModelBase::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace archbench::ui
