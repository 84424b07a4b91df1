#include "risksmodel.h"

#include "decisionhandle.h"

namespace archbench::ui {

RisksModel::RisksModel(DecisionHandle *handle, QObject *parent) : ItemTableModel<core::Decision>(handle, parent)
{
    initializeRows();
}

int RisksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RisksModel::data(const QModelIndex &index, int role) const
{
    const core::Decision *d = item();
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

bool RisksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    return editRow(&core::Decision::risks, index.row(),
                   index.column() == RiskColumn ? tr("Edit risk") : tr("Edit mitigation"), [&](core::Risk &r) {
                       QString &field = index.column() == RiskColumn ? r.text : r.mitigation;
                       if (field == text)
                           return false;
                       field = text;
                       return true;
                   });
}

int RisksModel::addRisk(int row)
{
    const int at = row < 0 || row >= rowCount() ? rowCount() : row + 1;
    insertRowInto(&core::Decision::risks, at, core::Risk{tr("New risk"), {}}, tr("Add risk"));
    return at;
}

void RisksModel::removeRisk(int row)
{
    removeRowsOf(&core::Decision::risks, {row}, tr("Remove risk"), tr("Remove risk"));
}

} // namespace archbench::ui
