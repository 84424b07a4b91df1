#pragma once
// Installs the drill module into the workbench: the drill editor for ItemKind::Drill, the
// "New Drill" Project-menu action, the Action items dock (bottom) and the drill chart dock
// (right).

#include "core/model/drill.h"

#include <QDate>

namespace archbench::ui {
class Workbench;
void installDrillModule(Workbench &workbench);
/// A new drill dated `today`: warm standby with its typical targets, a fresh id.
core::Drill newDrill(const QDate &today);
} // namespace archbench::ui
