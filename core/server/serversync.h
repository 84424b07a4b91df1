#pragma once
// A save to the team server that never loses anyone's work: it succeeds only if the server is
// still at the version this copy started from; otherwise, in one transaction that holds the
// project row's lock (so no other save can land in between, and a busy project cannot starve
// a slow client), the newer version is fetched, merged with ours (base: the version we
// started from, core/merge) and saved. Conflicts keep our value in the field and are recorded in the
// project (project.mergeConflicts), so theirs is kept too and someone decides later.

#include "../merge/projectmerge.h"
#include "teamserver.h"

namespace archbench::core::server {

struct SyncResult {
    ProjectData saved;            ///< what the server now holds (ours, merged with what came in)
    qint64 version = 0;           ///< the server's new version
    QList<ProjectChange> cameIn;  ///< what others had saved, as it changed our copy
    QList<MergeConflict> conflicts;
    int attempts = 0;             ///< saves tried (1: the server had not moved on)
};

/// Saves `ours`, which was fetched at `baseVersion`, as described above. `maxAttempts` bounds
/// the saves tried (2 suffice: the locked one cannot be overtaken).
Expected<SyncResult> saveMerging(TeamServer &server, const QString &id, qint64 baseVersion, const ProjectData &ours,
                                 int maxAttempts = 20);

} // namespace archbench::core::server
