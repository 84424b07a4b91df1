// ProjectFile's crash recovery: listing, reopening and discarding working copies whose
// owning process is gone. Kept apart from projectfile.cpp, which handles the normal flows.
#include "projectfileimpl.h"
#include "safeopen.h"
#include "sqliteconnection.h"
#include "sqlitestore.h"
#include "workingcopy.h"

#include "../interchange/interchange.h"
#include "../log.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace archbench::core {

using namespace storage;

QList<RecoveryCandidate> ProjectFile::recoverable()
{
    QList<RecoveryCandidate> out;
    for (const WorkingCopy &copy : WorkingCopy::all()) {
        const auto sidecar = copy.readSidecar();
        if (!sidecar || sidecar->owner.mayBeAlive())
            continue;
        const QFileInfo database(copy.databasePath());
        if (!database.isFile()) {
            copy.remove(); // its session died before the copy existed: nothing to offer
            continue;
        }
        out << RecoveryCandidate{copy.databasePath(), sidecar->originalPath, sidecar->projectName,
                                 database.lastModified()};
    }
    std::sort(out.begin(), out.end(), [](const RecoveryCandidate &a, const RecoveryCandidate &b) {
        return a.lastEdit > b.lastEdit;
    });
    return out;
}

void ProjectFile::discardRecoverable(const RecoveryCandidate &candidate)
{
    const WorkingCopy copy = WorkingCopy::at(candidate.workingCopyPath);
    const auto sidecar = copy.readSidecar();
    if (sidecar && sidecar->owner.mayBeAlive()) {
        AB_LOG_WARN("not discarding {}: its session is still running", candidate.workingCopyPath);
        return;
    }
    copy.remove();
}

Expected<std::unique_ptr<ProjectFile>> ProjectFile::recover(const RecoveryCandidate &candidate, OpenOptions options)
{
    const WorkingCopy old = WorkingCopy::at(candidate.workingCopyPath);
    const auto sidecar = old.readSidecar();
    if (!sidecar)
        return refusal(candidate.workingCopyPath, ErrorCode::NotFound,
                       QCoreApplication::translate("archbench::core::storage", "the working copy is gone"));
    if (sidecar->owner.mayBeAlive())
        return refusal(candidate.workingCopyPath, ErrorCode::Locked,
                       QCoreApplication::translate("archbench::core::storage",
                                                   "the session that owns this working copy is still running"));
    {
        // An edit interrupted by the crash left a hot journal: SQLite rolls it back on the
        // first read through a read-write connection, restoring the last committed edit.
        auto rollback = SqliteConnection::open(old.databasePath(), SqliteConnection::Mode::ReadWrite);
        if (!rollback)
            return refusal(candidate.workingCopyPath, rollback.error().code, rollback.error().message);
        if (auto read = (*rollback)->queryInt("PRAGMA user_version"); !read)
            return refusal(candidate.workingCopyPath, ErrorCode::Refused, read.error().message);
    }
    auto checked = checkProjectFile(old.databasePath());
    if (!checked)
        return checked.error();

    std::unique_ptr<ProjectFile> file(new ProjectFile);
    Impl &d = *file->d;
    const QFileInfo original(sidecar->originalPath);
    d.target = sidecar->originalPath.isEmpty() ? QString()
        : original.exists()                    ? original.canonicalFilePath()
                                               : original.absoluteFilePath();
    d.readOnly = options.readOnly;
    d.stamp = sidecar->target; // so Save notices a target that changed since the crash
    d.sidecarName = sidecar->projectName;
    if (!d.target.isEmpty() && !options.readOnly && !options.ignoreLock) {
        d.lock = std::make_unique<ProjectLock>(d.target);
        if (auto locked = d.lock->acquire(); !locked)
            return refusal(d.target, locked.error().code, locked.error().message);
    }
    if (d.readOnly) {
        auto store = copyToStore(*checked, QStringLiteral(":memory:"));
        if (!store)
            return store.error();
        d.store = std::move(*store);
    } else {
        AB_TRY(d.makeWorkingCopy([&](const QString &db) { return copyToStore(*checked, db); }));
    }
    checked->connection.reset();
    auto data = d.store->load();
    if (!data)
        return refusal(candidate.workingCopyPath, data.error().code, data.error().message);
    if (auto valid = interchange::validate(*data); !valid)
        return refusal(candidate.workingCopyPath, ErrorCode::Invalid, valid.error().message);
    auto origin = d.store->serverOrigin();
    if (!origin)
        return refusal(candidate.workingCopyPath, origin.error().code, origin.error().message);
    d.origin = *origin; // a project opened from a server saves back there after recovery too
    d.attach(std::move(*data));
    d.dirty = true; // what was recovered is not in the target file
    AB_TRY(d.writeSidecar());
    old.remove();
    AB_LOG_INFO("recovered {} from {}", d.target.isEmpty() ? candidate.projectName : d.target,
                candidate.workingCopyPath);
    return file;
}

} // namespace archbench::core
