#pragma once
// File ▸ Import ADR Folder…: an ADR folder's decisions into the open project as one undo step
// (new ones added, matched ones updated; core/report/adrimport.h), then a message that says
// what changed and which files could not be read.

#include <QString>

namespace archbench::ui {

class Workbench;

/// Imports `folder` into the workbench's project. False (and an error shown) when the folder
/// cannot be read or the project is read-only; true otherwise, even when nothing changed.
bool importAdrFolder(Workbench &workbench, const QString &folder);

/// Asks for a folder (remembered in the settings) and imports it.
void importAdrFolderInteractively(Workbench &workbench);

} // namespace archbench::ui
