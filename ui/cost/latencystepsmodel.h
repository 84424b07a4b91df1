#pragma once
// The steps of a latency cost model as a table: name, added monthly cost and p99 after the
// step are edited in place (each edit one undo command); cumulative cost, milliseconds
// saved, cost per ms saved, monthly value, ROI and the step's standing against the target
// are derived by core::cost and read-only. Adding, removing and moving steps are undoable.

#include "ui/projectdocument.h"
#include "costtablemodel.h"

#include "core/cost/latencycurve.h"

#include <optional>

namespace archbench::ui {

class LatencyStepsModel : public CostTableModel {
    Q_OBJECT
public:
    enum Column { Name = kNameColumn, MonthlyCost, LatencyAfter, Cumulative, Saved, CostPerMs, MonthlyValue, Roi, Standing, ColumnCount };

    LatencyStepsModel(ProjectDocument *document, const QString &modelId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// A new step has figures that keep the model valid.
    int insertEntry(int row) override;
    bool removeEntry(int row) override;
    bool moveEntry(int from, int to) override;

protected:
    int rowsIn(const core::CostModel &model) const override;
    void recompute() override;

private:
    std::optional<core::cost::LatencyCurve> m_curve; ///< absent while the model is invalid
};

} // namespace archbench::ui
