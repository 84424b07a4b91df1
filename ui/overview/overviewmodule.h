#pragma once
// Installs the overview module (editors, docks, Project-menu actions) into the workbench.

namespace archbench::ui {
class Workbench;
void installOverviewModule(Workbench &workbench);
} // namespace archbench::ui
