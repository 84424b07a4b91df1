#pragma once
// Base of the table models over one cost model's list (latency steps, compute options): the
// generic ItemTableModel, plus the project's currency, which every money column shows (a
// change of it repaints the cells and the headers), and the list's add, remove and move the
// CostTablePanel performs. No business rules live here; derived figures come from core::cost.

#include "core/project.h"
#include "ui/itemtablemodel.h"

namespace archbench::ui {

class CostTableModel : public ItemTableModel<core::CostModel> {
    Q_OBJECT
public:
    CostTableModel(ProjectDocument *document, const QString &modelId, QObject *parent = nullptr);

    QString currency() const;
    /// Not read-only, and the cost model is still there.
    bool isEditable() const { return !isReadOnly() && item(); }

    // The list's commands (CostTablePanel's buttons), each one undo step.
    /// Inserts a new entry at `row` (clamped) with figures that keep the model valid; returns
    /// its row or -1.
    virtual int insertEntry(int row) = 0;
    virtual bool removeEntry(int row) = 0;
    virtual bool moveEntry(int from, int to) = 0;
    /// The column a new entry's editing starts in: its name.
    static constexpr int kNameColumn = 0;
};

} // namespace archbench::ui
