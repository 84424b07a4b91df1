#pragma once
// The compute options of a crossover cost model as a table, one option per row. The pricing
// column switches an option between per-request and per-instance pricing; the columns of
// the other pricing do not apply to it and are shown disabled. Each cell edit, each added,
// removed or moved option is one undo command.

#include "ui/projectdocument.h"
#include "costtablemodel.h"

namespace archbench::ui {

class ComputeOptionsModel : public CostTableModel {
    Q_OBJECT
public:
    enum Column {
        Name = kNameColumn,
        Pricing,
        PricePerMillionRequests,
        AvgDurationMs,
        MemoryGb,
        PricePerGbSecond,
        CapacityPerInstance,
        PricePerInstanceMonthly,
        MinInstances,
        ReservedDiscountPercent,
        FixedMonthly,
        ColumnCount
    };

    ComputeOptionsModel(ProjectDocument *document, const QString &modelId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Whether `column` applies to an option with `pricing`.
    static bool applies(int column, core::PricingKind pricing);

    int insertEntry(int row) override;
    bool removeEntry(int row) override;
    bool moveEntry(int from, int to) override;

protected:
    int rowsIn(const core::CostModel &model) const override;
};

} // namespace archbench::ui
