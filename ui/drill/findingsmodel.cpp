#include "findingsmodel.h"

#include <algorithm>

namespace archbench::ui {

FindingsModel::FindingsModel(ProjectDocument *document,
                             const QString &drillId, QObject *parent)
    : DrillTableModel(document, drillId, parent)
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
    const core::Drill *d = drill();
    if (!d || !index.isValid() || index.row() >= d->findings.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const core::Finding &f = d->findings[index.row()];
    return index.column() == PlanSaysColumn ? f.planSays : f.drillRevealed;
}

bool FindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::Drill *d = drill();
    if (role != Qt::EditRole || !d || !index.isValid() || index.row() >= d->findings.size())
        return false;
    core::Drill edited = *d;
    core::Finding &f = edited.findings[index.row()];
    (index.column() == PlanSaysColumn ? f.planSays : f.drillRevealed) = value.toString();
    return commit(edited, tr("Edit finding"));
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == PlanSaysColumn ? tr("The plan says") : tr("The drill revealed");
}

int FindingsModel::addFinding()
{
    const core::Drill *d = drill();
    if (!d || isReadOnly())
        return -1;
    core::Drill edited = *d;
    edited.findings.append(core::Finding{});
    return commit(edited, tr("Add finding")) ? int(edited.findings.size()) - 1 : -1;
}

bool FindingsModel::removeFindings(QList<int> rows)
{
    const core::Drill *d = drill();
    if (!d || rows.isEmpty())
        return false;
    core::Drill edited = *d;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows))
        if (row >= 0 && row < edited.findings.size())
            edited.findings.removeAt(row);
    return commit(edited, rows.size() == 1 ? tr("Remove finding") : tr("Remove findings"));
}

} // namespace archbench::ui
