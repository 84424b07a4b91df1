#pragma once
// Installs the review module (editors, docks, Project-menu actions, File ▸ Import Lens…) into
// the workbench.

class QString;

namespace archbench::ui {
class Workbench;
void installReviewModule(Workbench &workbench);
/// Imports the lens file at `path` into the workbench's project (one undo step). A refused
/// lens is reported with the file, the place and the reason through Workbench::showError (the
/// window's message bar, never a modal box); success goes to the status bar. True if imported.
bool importLensFile(Workbench &workbench, const QString &path);
} // namespace archbench::ui
