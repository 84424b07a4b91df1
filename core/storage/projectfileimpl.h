#pragma once
// Private to core/storage: the state behind ProjectFile (shared by projectfile.cpp and
// projectfilerecovery.cpp) and the helpers that read project files of either format.

#include "projectfile.h"
#include "projectlock.h"
#include "sqlitestore.h"
#include "workingcopy.h"

#include "../log.h"
#include "atomicsave.h"

#include <QObject>
#include <optional>

namespace archbench::core {

namespace storage {
bool isJsonPath(const QString &path);
/// Reads and decodes an interchange file; refusals name the file.
Expected<ProjectData> readJsonFile(const QString &path);
/// Loads a checked file from `store` and applies the interchange rules to its content.
Expected<ProjectData> loadChecked(SqliteStore &store, const QString &path);
} // namespace storage

struct ProjectFile::Impl {
    using LockPtr = std::unique_ptr<storage::ProjectLock>;
    QString target; ///< canonical or absolute path; empty while untitled
    bool readOnly = false;
    bool dirty = false;
    LockPtr lock;
    std::optional<storage::WorkingCopy> working;
    std::unique_ptr<storage::SqliteStore> store;
    std::unique_ptr<Project> project;
    storage::DiskStamp stamp;
    QDateTime opened = QDateTime::currentDateTimeUtc();
    QString sidecarName;
    std::optional<ServerOrigin> origin; ///< as in the store (read at open, written through)

    ~Impl()
    {
        project.reset(); // holds a raw pointer to the store
        store.reset();   // closes the working copy before it is deleted
        if (working)
            working->remove();
        if (lock)
            lock->release();
    }

    Expected<void> writeSidecar()
    {
        if (!working)
            return {};
        storage::WorkingCopySidecar sidecar;
        sidecar.originalPath = target;
        sidecar.projectName = project ? project->info().name : sidecarName;
        sidecar.owner = storage::WorkingCopyOwner::current();
        sidecar.opened = opened;
        sidecar.target = stamp;
        sidecarName = sidecar.projectName;
        return working->writeSidecar(sidecar);
    }

    /// Sidecar updates after the fact only log: the working copy itself is safe either way.
    void refreshSidecar()
    {
        if (auto written = writeSidecar(); !written)
            AB_LOG_WARN("cannot update the working copy sidecar: {}", written.error().message);
    }

    /// A new working copy filled by `fill` (which creates the database at the given path).
    template <typename Fill> Expected<void> makeWorkingCopy(Fill &&fill)
    {
        working = storage::WorkingCopy::allocate();
        AB_TRY(writeSidecar()); // first, so a crash during the copy still leaves a trace
        auto created = fill(working->databasePath());
        if (!created)
            return created.error();
        store = std::move(*created);
        return {};
    }

    void attach(ProjectData data)
    {
        project = std::make_unique<Project>(std::move(data));
        project->setReadOnly(readOnly);
        if (!readOnly)
            project->setStore(store.get());
        Project *p = project.get();
        QObject::connect(p, &Project::modified, p, [this] { dirty = true; });
        QObject::connect(p, &Project::infoChanged, p, [this] {
            if (project->info().name != sidecarName)
                refreshSidecar();
        });
    }

    /// Writes the working copy to `path` with info.modified set to now.
    Expected<void> writeTo(const QString &path)
    {
        project->flushPendingWrites(); // the file gets what the window shows
        ProjectInfo info = project->info();
        info.modified = QDateTime::currentDateTimeUtc();
        const bool wasReadOnly = project->isReadOnly();
        project->setReadOnly(false);
        project->setInfo(info);
        project->setReadOnly(wasReadOnly);
        if (project->storeIsBehind()) {
            // A write failed earlier: the working copy lacks it. Rewrite it whole, or refuse.
            if (auto rewritten = store->writeAll(project->data()); !rewritten)
                return storage::saveError(path, rewritten.error().code, rewritten.error().message);
            project->setStoreCaughtUp();
        }
        return storage::saveDatabaseAtomically(store->connection(), path);
    }
};

} // namespace archbench::core
