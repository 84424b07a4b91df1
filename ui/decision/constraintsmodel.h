#pragma once
// The hard constraints of a decision as a table: the constraint's text, then one check per
// option ("meets" checked, "fails" unchecked). An option failing any constraint is eliminated
// from the ranking. Edits are undo commands through the DecisionHandle.

#include <QAbstractTableModel>
#include <QPointer>

namespace archbench::ui {

class DecisionHandle;

class ConstraintsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ConstraintsModel(DecisionHandle *handle, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a constraint after `row` (or at the end) and returns its row.
    int addConstraint(int row);
    void removeConstraint(int row);
    QString constraintAt(int row) const;

private:
    void refresh();

    QPointer<DecisionHandle> m_handle;
    QStringList m_constraints;
    QStringList m_options;
};

} // namespace archbench::ui
