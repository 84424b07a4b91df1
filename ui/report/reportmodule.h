#pragma once
// Installs reports into the workbench: File ▸ Export… (the shell's "actionExport", shown and
// connected here) and Print Preview… next to it; without the shell's action, both go to the
// Project menu. Both are enabled while a project is open.

namespace archbench::ui {
class Workbench;
void installReportModule(Workbench &workbench);
} // namespace archbench::ui
