#pragma once
// The findings of one drill: what the plan says against what the drill revealed.

#include "ui/projectdocument.h"
#include "ui/itemtablemodel.h"

namespace archbench::ui {

class FindingsModel : public ItemTableModel<core::Drill> {
    Q_OBJECT
public:
    enum Column { PlanSaysColumn, DrillRevealedColumn, ColumnCount };
    FindingsModel(ProjectDocument *document, const QString &drillId,
                  QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Appends an empty finding; returns its row or -1.
    int addFinding();
    bool removeFindings(QList<int> rows);

protected:
    int rowsIn(const core::Drill &drill) const override;
};

} // namespace archbench::ui
