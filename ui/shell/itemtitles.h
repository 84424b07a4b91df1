#pragma once
// Names the shell shows for items and kinds: tab captions, tree rows, inspector headings.
// An item without a title gets a placeholder that says what it is ("Untitled decision").

#include "ui/workbench.h"

#include <QString>

namespace archbench::ui {

/// The title of `item` in `project`, or a placeholder; empty if the item does not exist.
QString itemTitle(const core::Project &project, const ItemRef &item);
/// True when the item (or the overview) exists in the project.
bool itemExists(const core::Project &project, const ItemRef &item);
/// "Decision" / "Decisions", translated.
QString kindName(core::ItemKind kind, bool plural = false);
/// The project's display name: its name, else the file's base name, else "Untitled".
QString projectDisplayName(const core::Project &project, const QString &filePath);

} // namespace archbench::ui
