#pragma once
// File ▸ Import ADR Folder…: an ADR folder's decisions into the open project as one undo step
// (new ones added, matched ones updated; core/report/adrimport.h), then a message that says
// what changed and which files could not be read.
// File ▸ Export ADR Folder…: every decision of the open project as its ADR file in a folder
// (core/report/adrfolder.h, the same files as `archbench export --adr-dir`), in the shape of
// the records already there; the numbers it gives are kept in the project (one undo step).

#include <QString>

namespace archbench::ui {

class Workbench;

/// Imports `folder` into the workbench's project. False (and an error shown) when the folder
/// cannot be read or the project is read-only; true otherwise, even when nothing changed.
bool importAdrFolder(Workbench &workbench, const QString &folder);

/// Asks for a folder (remembered in the settings) and imports it.
void importAdrFolderInteractively(Workbench &workbench);

/// Writes every decision of the workbench's project into `folder` as ADR files and keeps the
/// numbers given in the project. False (and an error shown) when nothing could be written.
bool exportAdrFolder(Workbench &workbench, const QString &folder);

/// Asks for a folder (remembered in the settings) and exports into it.
void exportAdrFolderInteractively(Workbench &workbench);

} // namespace archbench::ui
