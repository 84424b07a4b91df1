#pragma once
// Where file dialogs start (issue 13 §4: Export proposed a ~/Documents that did not exist, and
// a dialog given a missing folder opens in the working directory instead). One rule for
// Open, Save As, Save a Copy and Export: the folder last used for that purpose, remembered in
// QSettings under a key of the caller's; while there is none, or it is gone, the documents
// folder if it exists, else the home folder.

#include <QString>

namespace archbench::ui {

/// The documents folder (QStandardPaths::DocumentsLocation) when it exists, else home.
QString defaultFolder();

/// The folder stored under `settingsKey` if it still is a folder, else defaultFolder().
QString rememberedFolder(const QString &settingsKey);

/// Stores `folder` (made absolute) under `settingsKey`.
void rememberFolder(const QString &settingsKey, const QString &folder);

} // namespace archbench::ui
