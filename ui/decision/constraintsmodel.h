#pragma once
// The hard constraints of a decision as a table: the constraint's text, then one check per
// option ("meets" checked, "fails" unchecked). An option failing any constraint is eliminated
// from the ranking. Edits are undo commands through the editor's DecisionHandle
// (ItemTableModel); the table follows only the decision's constraints and options.

#include "ui/itemtablemodel.h"

namespace archbench::ui {

class DecisionHandle;

class ConstraintsModel : public ItemTableModel<core::Decision> {
    Q_OBJECT
public:
    explicit ConstraintsModel(DecisionHandle *handle, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a constraint after `row` (or at the end) and returns its row.
    int addConstraint(int row);
    void removeConstraint(int row);
    QString constraintAt(int row) const;

protected:
    int rowsIn(const core::Decision &d) const override { return int(d.constraints.size()); }
    // a score, a weight or a record change leaves every cell as it was (and repainting the
    // table on each score key cost 17,000 px)
    core::ItemParts shownParts() const override { return core::ItemPart::Structure | core::ItemPart::Constraints; }
    /// Another option or constraint (by id): the columns or the rows stand for other things.
    bool shapeChanged() const override;
    bool headerFollowsItem() const override { return true; }
    void recompute() override;

private:
    /// The ids of the decision's constraints and options now.
    std::pair<QStringList, QStringList> currentIds() const;

    QStringList m_constraints;
    QStringList m_options;
};

} // namespace archbench::ui
