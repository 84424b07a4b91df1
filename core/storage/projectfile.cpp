#include "projectfileimpl.h"
#include "atomicsave.h"
#include "projectlock.h"
#include "safeopen.h"
#include "sqlitestore.h"
#include "workingcopy.h"

#include "../interchange/interchange.h"
#include "../log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace archbench::core {

using namespace storage;

ProjectFile::ProjectFile() : d(std::make_unique<Impl>()) {}

ProjectFile::~ProjectFile() = default;

void ProjectFile::setWorkingDirectory(const QString &path)
{
    WorkingCopy::setDirectoryOverride(path);
}

Expected<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path, OpenOptions options)
{
    if (isJsonPath(path)) {
        auto data = readJsonFile(path);
        if (!data)
            return data.error();
        return createNew(*data);
    }
    auto checked = checkProjectFile(path);
    if (!checked)
        return checked.error();

    std::unique_ptr<ProjectFile> file(new ProjectFile);
    Impl &d = *file->d;
    d.target = checked->path;
    d.readOnly = options.readOnly;
    if (!options.readOnly && !options.ignoreLock) {
        d.lock = std::make_unique<ProjectLock>(d.target);
        if (auto locked = d.lock->acquire(); !locked) {
            if (locked.error().code != ErrorCode::Io)
                return refusal(path, locked.error().code, locked.error().message);
            // No lock can be created beside it (a read-only folder): Save could not replace
            // the file either, so the project opens read-only, visibly, instead of not at all.
            AB_LOG_INFO("opening {} read-only: {}", d.target, locked.error().message);
            d.lock.reset();
            d.readOnly = true;
        }
    }
    d.stamp = DiskStamp::of(d.target); // before the copy: if it changes meanwhile, save will say so

    if (d.readOnly) {
        auto store = copyToStore(*checked, QStringLiteral(":memory:"));
        if (!store)
            return store.error();
        d.store = std::move(*store);
    } else {
        AB_TRY(d.makeWorkingCopy([&](const QString &db) { return copyToStore(*checked, db); }));
    }
    checked->connection.reset(); // the original is closed before anyone edits
    auto data = loadChecked(*d.store, path);
    if (!data)
        return data.error();
    auto origin = d.store->serverOrigin();
    if (!origin)
        return refusal(path, origin.error().code, origin.error().message);
    d.origin = *origin;
    d.attach(std::move(*data));
    AB_TRY(d.writeSidecar());
    AB_LOG_INFO("opened {} (schema {}, working copy {})", d.target, checked->schemaVersion,
                d.working ? d.working->databasePath() : QStringLiteral("in memory"));
    return file;
}

Expected<std::unique_ptr<ProjectFile>> ProjectFile::createNew(const ProjectData &initial)
{
    ProjectData data = initial;
    if (data.project.id.isEmpty())
        data.project.id = Project::newId();
    if (!data.project.created.isValid())
        data.project.created = QDateTime::currentDateTimeUtc();
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    Impl &d = *file->d;
    d.sidecarName = data.project.name;
    AB_TRY(d.makeWorkingCopy([&](const QString &db) { return SqliteStore::create(db, data); }));
    d.attach(std::move(data));
    return file;
}

std::optional<LockInfo> ProjectFile::lockHolder(const QString &path)
{
    const QFileInfo info(path);
    return ProjectLock::holder(info.exists() ? info.canonicalFilePath() : info.absoluteFilePath());
}

Expected<void> ProjectFile::breakLock(const QString &path)
{
    const QFileInfo info(path);
    return ProjectLock::breakLock(info.exists() ? info.canonicalFilePath() : info.absoluteFilePath());
}

std::optional<ServerOrigin> ProjectFile::serverOrigin() const
{
    return d->origin;
}

Expected<void> ProjectFile::setServerOrigin(const std::optional<ServerOrigin> &origin)
{
    if (d->readOnly || !d->working)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("archbench::core::storage",
                                                                         "the project is open read-only"));
    if (origin == d->origin)
        return {};
    AB_TRY(d->store->setServerOrigin(origin));
    d->origin = origin;
    d->dirty = true;
    return {};
}

Project *ProjectFile::project() const
{
    return d->project.get();
}

QString ProjectFile::path() const
{
    return d->target;
}

bool ProjectFile::isReadOnly() const
{
    return d->readOnly;
}

bool ProjectFile::holdsLock() const
{
    return d->lock && d->lock->isHeld();
}

bool ProjectFile::hasUnsavedChanges() const
{
    return d->dirty;
}

QString ProjectFile::workingCopyPath() const
{
    return d->working ? d->working->databasePath() : QString();
}

bool ProjectFile::changedOnDisk() const
{
    return !d->target.isEmpty() && !d->stamp.matches(d->target);
}

Expected<void> ProjectFile::save(bool force)
{
    if (d->target.isEmpty())
        return saveError(QString(), ErrorCode::NotFound,
                         QCoreApplication::translate("archbench::core::storage",
                                                     "the project has no file yet; choose one with Save As"));
    if (d->readOnly)
        return saveError(d->target, ErrorCode::Other,
                         QCoreApplication::translate("archbench::core::storage", "the project is open read-only"));
    if (!force && changedOnDisk())
        return saveError(d->target, ErrorCode::ChangedOnDisk,
                         QCoreApplication::translate("archbench::core::storage",
                                                     "the file was changed by someone else since it was opened"));
    AB_TRY(d->writeTo(d->target));
    d->stamp = DiskStamp::of(d->target);
    d->dirty = false;
    d->refreshSidecar();
    return {};
}

Expected<void> ProjectFile::saveAs(const QString &path)
{
    if (isJsonPath(path))
        return saveError(path, ErrorCode::Invalid,
                         QCoreApplication::translate("archbench::core::storage",
                                                     "a project is saved as .archbench; use Save a Copy for JSON"));
    const QFileInfo info(path);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (target == d->target && !d->readOnly)
        return save(true);

    auto lock = std::make_unique<ProjectLock>(target);
    if (auto locked = lock->acquire(); !locked)
        return saveError(path, locked.error().code, locked.error().message);
    if (!d->working) {
        // A read-only project edits nothing in memory; from now on it needs a working copy.
        AB_TRY(d->makeWorkingCopy([&](const QString &db) { return SqliteStore::create(db, d->project->data()); }));
        d->project->setStore(d->store.get());
        AB_TRY(d->store->setServerOrigin(d->origin));
    }
    if (auto written = d->writeTo(target); !written)
        return written.error(); // the new lock is released with `lock`
    d->lock = std::move(lock);
    d->target = target;
    d->readOnly = false;
    d->project->setStore(d->store.get());
    d->project->setReadOnly(false);
    d->stamp = DiskStamp::of(target);
    d->dirty = false;
    d->refreshSidecar();
    return {};
}

Expected<void> ProjectFile::saveCopy(const QString &path) const
{
    const QFileInfo info(path);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (!d->target.isEmpty() && target == d->target)
        return saveError(path, ErrorCode::Invalid,
                         QCoreApplication::translate("archbench::core::storage",
                                                     "this is the project's own file; use Save"));
    // Held while writing, so nobody opens the copy half-way; a live holder refuses the copy.
    ProjectLock lock(target);
    if (auto locked = lock.acquire(); !locked)
        return saveError(path, locked.error().code, locked.error().message);
    if (isJsonPath(path))
        return saveBytesAtomically(interchange::toJson(d->project->data()), target);
    d->project->flushPendingWrites();
    return saveDatabaseAtomically(d->store->connection(), target);
}

} // namespace archbench::core
