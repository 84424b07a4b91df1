#pragma once
// Installs the cost module (editors, docks, Project-menu actions) into the workbench.

namespace archbench::ui {
class Workbench;
void installCostModule(Workbench &workbench);
} // namespace archbench::ui
