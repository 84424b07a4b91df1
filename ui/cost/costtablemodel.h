#pragma once
// Base of the table models over one cost model's list (latency steps, compute options). It
// reads the live model from the Project, writes every change as one undo command through
// ui::commands, and keeps the view in step: the same row count after a change gives
// dataChanged over the table, a different one a reset (row signals would need a diff of
// the two lists for undo/redo; a reset is exact and the editor restores the current row).
// No business rules live here; derived figures come from core::cost.

#include "core/project.h"
#include "ui/itemhandle.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoStack;

namespace archbench::ui {

class CostTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    CostTableModel(ProjectDocument *document, const QString &modelId, QObject *parent = nullptr);

    /// The cost model as it is now (null if removed).
    const core::CostModel *costModel() const;
    QString currency() const;
    bool isEditable() const;

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    /// Pushes one undo command replacing the cost model by `after`.
    bool apply(const core::CostModel &after, const QString &undoText);
    /// Rows the table shows for `model`.
    virtual int rowsIn(const core::CostModel &model) const = 0;
    /// Recomputes cached derived figures (called before the view hears of a change).
    virtual void recompute() {}
    /// Call at the end of the subclass constructor.
    void initialize();

private:
    void resync();

    ItemHandle<core::CostModel> m_model;
    int m_rows = 0;
};

} // namespace archbench::ui
