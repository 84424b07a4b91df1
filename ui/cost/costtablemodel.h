#pragma once
// Base of the table models over one cost model's list (latency steps, compute options): the
// generic ItemTableModel, plus the project's currency, which every money column shows (a
// change of it repaints the cells and the headers). No business rules live here; derived
// figures come from core::cost.

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
};

} // namespace archbench::ui
