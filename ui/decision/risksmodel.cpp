#include "risksmodel.h"

#include "decisionhandle.h"

namespace archbench::ui {

RisksModel::RisksModel(DecisionHandle *handle, QObject *parent) : QAbstractTableModel(parent), m_handle(handle)
{
    connect(handle, &DecisionHandle::changed, this, &RisksModel::refresh);
    connect(handle, &DecisionHandle::removed, this, &RisksModel::refresh);
    connect(handle, &DecisionHandle::readOnlyChanged, this, &RisksModel::refresh);
    refresh();
}

void RisksModel::refresh()
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    const int rows = d ? int(d->risks.size()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

int RisksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RisksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RisksModel::data(const QModelIndex &index, int role) const
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    if (!d || !index.isValid() || !checkIndex(index) || index.row() >= d->risks.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const core::Risk &r = d->risks[index.row()];
    return index.column() == RiskColumn ? r.text : r.mitigation;
}

QVariant RisksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case RiskColumn: return tr("Risk");
    case MitigationColumn: return tr("Mitigation");
    default: return {};
    }
}

Qt::ItemFlags RisksModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_handle && !m_handle->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RisksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const QString text = value.toString().trimmed();
    return m_handle->edit(index.column() == RiskColumn ? tr("Edit risk") : tr("Edit mitigation"),
                          [&](core::Decision &d) {
                              if (row >= d.risks.size())
                                  return false;
                              QString &field = index.column() == RiskColumn ? d.risks[row].text : d.risks[row].mitigation;
                              if (field == text)
                                  return false;
                              field = text;
                              return true;
                          });
}

int RisksModel::addRisk(int row)
{
    const int at = row < 0 || row >= m_rows ? m_rows : row + 1;
    m_handle->edit(tr("Add risk"), [&](core::Decision &d) {
        d.risks.insert(at, core::Risk{tr("New risk"), {}});
        return true;
    });
    return at;
}

void RisksModel::removeRisk(int row)
{
    m_handle->edit(tr("Remove risk"), [&](core::Decision &d) {
        if (row < 0 || row >= d.risks.size())
            return false;
        d.risks.removeAt(row);
        return true;
    });
}

} // namespace archbench::ui
