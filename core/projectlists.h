#pragma once
// What a project-wide list (Checks, Revisit, Action items) rebuilds for: an item of the kinds
// it shows inserted or removed, or their list reordered. The edit of one item it follows
// through Project::itemEdited, item by item.

#include "project.h"

#include <QList>
#include <functional>

namespace archbench::core {

/// Calls `rebuild` (in `receiver`'s context) when an item of one of `kinds` is inserted or
/// removed, or their list is reordered.
QList<QMetaObject::Connection> onListChanged(Project *project, QObject *receiver, const QList<ItemKind> &kinds,
                                             const std::function<void()> &rebuild);

} // namespace archbench::core
