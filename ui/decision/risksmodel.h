#pragma once
// The risks of a decision with their mitigations, one row each. Risks have no ids, so rows are
// addressed by position. Edits are undo commands through the DecisionHandle.

#include <QAbstractTableModel>
#include <QPointer>

namespace archbench::ui {

class DecisionHandle;

class RisksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RiskColumn, MitigationColumn, ColumnCount };

    explicit RisksModel(DecisionHandle *handle, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addRisk(int row);
    void removeRisk(int row);

private:
    void refresh();

    QPointer<DecisionHandle> m_handle;
    int m_rows = 0;
};

} // namespace archbench::ui
