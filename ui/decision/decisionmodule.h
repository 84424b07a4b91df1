#pragma once
// Installs the decision module (editors, docks, Project-menu actions) into the workbench.

namespace archbench::ui {
class Workbench;
void installDecisionModule(Workbench &workbench);
} // namespace archbench::ui
