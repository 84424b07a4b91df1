#pragma once
// Installs the review module (editors, docks, Project-menu actions) into the workbench.

namespace archbench::ui {
class Workbench;
void installReviewModule(Workbench &workbench);
} // namespace archbench::ui
