#pragma once
// The risks of a decision with their mitigations, one row each. Risks have no ids, so rows are
// addressed by position. Edits are undo commands through the editor's DecisionHandle
// (ItemTableModel: one command per edit, a reset when the number of risks moves).

#include "ui/itemtablemodel.h"

namespace archbench::ui {

class DecisionHandle;

class RisksModel : public ItemTableModel<core::Decision> {
    Q_OBJECT
public:
    enum Column { RiskColumn, MitigationColumn, ColumnCount };

    explicit RisksModel(DecisionHandle *handle, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addRisk(int row);
    void removeRisk(int row);

protected:
    int rowsIn(const core::Decision &d) const override { return int(d.risks.size()); }
    core::ItemParts shownParts() const override { return core::ItemPart::Constraints; }
};

} // namespace archbench::ui
