#pragma once
// The local working copy of an open project: "<id>.archbench" in
// AppLocalDataLocation/working/, and beside it "<id>.json", a small sidecar that says whose
// it is (original path, project name, owning process: pid, its start time, host, boot id)
// and what the target looked like when last read or written (for changedOnDisk after a
// recovery). A working copy whose owning process is gone was not closed cleanly and is
// offered for recovery; one whose owner is alive, or lives on another host, never is.

#include "../expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace archbench::core::storage {

/// Size, modification time and SHA-256 of the target file as last read or written.
struct DiskStamp {
    qint64 size = -1;
    QDateTime modified;
    QByteArray sha256;
    bool operator==(const DiskStamp &) const = default;
    static DiskStamp of(const QString &path);
    /// Cheap first (size, time), then the hash when only the time moved.
    bool matches(const QString &path) const;
};

struct WorkingCopyOwner {
    qint64 pid = 0;
    qint64 processStart = 0; ///< from /proc on Linux, 0 where unknown
    QString host;
    QString bootId;
    static WorkingCopyOwner current();
    /// True unless the owner is known to be gone (same host and boot, and no such process).
    bool mayBeAlive() const;
};

struct WorkingCopySidecar {
    QString originalPath;
    QString projectName;
    WorkingCopyOwner owner;
    QDateTime opened;
    DiskStamp target;
};

class WorkingCopy {
public:
    /// AppLocalDataLocation/working, or the override set for tests.
    static QString directory();
    static void setDirectoryOverride(const QString &path);

    /// A new, not yet existing database path with its sidecar path.
    static WorkingCopy allocate();
    /// The working copy whose database is `databasePath`.
    static WorkingCopy at(const QString &databasePath);
    /// All working copies with a sidecar in directory().
    static QList<WorkingCopy> all();

    QString databasePath() const { return m_databasePath; }
    QString sidecarPath() const;
    Expected<void> writeSidecar(const WorkingCopySidecar &sidecar) const;
    Expected<WorkingCopySidecar> readSidecar() const;
    /// Deletes the database, its journal and the sidecar.
    void remove() const;

private:
    QString m_databasePath;
};

} // namespace archbench::core::storage
