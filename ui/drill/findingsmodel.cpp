#include "findingsmodel.h"

#include <algorithm>

namespace archbench::ui {

FindingsModel::FindingsModel(ProjectDocument *document,
                             const QString &drillId, QObject *parent)
    : ItemTableModel(document, drillId, parent)
{
    initializeRows();
}

int FindingsModel::rowsIn(const core::Drill &drill) const { return int(drill.findings.size()); }

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const core::Drill *d = item();
    if (!d || !index.isValid() || index.row() >= d->findings.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const core::Finding &f = d->findings[index.row()];
    return index.column() == PlanSaysColumn ? f.planSays : f.drillRevealed;
}

bool FindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    return editRow(&core::Drill::findings, index.row(), tr("Edit finding"), [&](core::Finding &f) {
        (index.column() == PlanSaysColumn ? f.planSays : f.drillRevealed) = value.toString();
    });
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == PlanSaysColumn ? tr("The plan says") : tr("The drill revealed");
}

int FindingsModel::addFinding()
{
    return insertRowInto(&core::Drill::findings, -1, core::Finding{}, tr("Add finding"));
}

bool FindingsModel::removeFindings(QList<int> rows)
{
    return removeRowsOf(&core::Drill::findings, std::move(rows), tr("Remove finding"), tr("Remove findings"));
}

} // namespace archbench::ui
