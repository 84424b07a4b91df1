#pragma once
// Where a Project's edits go as they happen. The SQLite working copy is the real
// implementation; tests may run a Project with no store at all (pure in-memory).

#include "expected.h"
#include "model/projectdata.h"

namespace archbench::core {

class ProjectStore {
public:
    virtual ~ProjectStore() = default;
    /// Writes the project-level fields (info, framing, requirements).
    virtual Expected<void> writeInfo(const ProjectInfo &info) = 0;
    /// Inserts or replaces the item `id` of `kind`, as it stands in `data`, with its position.
    virtual Expected<void> writeItem(const ProjectData &data, ItemKind kind, const QString &id) = 0;
    /// Replaces the stored decision `before` with `after` (same id, same place). A store may
    /// write only what differs; this default writes the whole item.
    virtual Expected<void> replaceDecision(const ProjectData &data, const Decision &before, const Decision &after)
    {
        Q_UNUSED(before);
        return writeItem(data, ItemKind::Decision, after.id);
    }
    virtual Expected<void> removeItem(ItemKind kind, const QString &id) = 0;
    /// Stores the order of all items of `kind` as it stands in `data`.
    virtual Expected<void> writeOrder(const ProjectData &data, ItemKind kind) = 0;
};

} // namespace archbench::core
