#pragma once
// Installs the drill module (editors, docks, Project-menu actions) into the workbench.

namespace archbench::ui {
class Workbench;
void installDrillModule(Workbench &workbench);
} // namespace archbench::ui
