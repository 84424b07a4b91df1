#pragma once
// Installs the cost module into the workbench: the editor of every cost model kind, the
// "Cost vs latency" and "Load vs cost" chart docks (right area, following the model in
// front), and the Project-menu actions that create a model from the guide's figures.

#include "core/model/costmodel.h"

#include <QString>

class QWidget;

namespace archbench::ui {
class Workbench;
struct EditorContext;
struct ItemRef;

void installCostModule(Workbench &workbench);

/// The editor tab for a cost model (the kind picks the editor); null if there is no such model.
QWidget *createCostModelEditor(const EditorContext &context, const ItemRef &item, QWidget *parent);

/// Adds a new model of `kind` with the default figures as one undo step and asks the window
/// to open it. Returns its id, or empty when there is no editable project.
QString createCostModel(Workbench &workbench, core::CostModelKind kind);
} // namespace archbench::ui
