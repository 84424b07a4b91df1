#pragma once
// The lock beside an open project ("<file>.lock"): a QLockFile (which records PID,
// application and host, and clears the lock of a dead process on the same host by itself)
// with two more lines of ours: who (user name) and since when. The stale time is 0, so a
// lock of a live process, or of another host, is never taken over silently; breaking it is
// an explicit act.

#include "../expected.h"
#include "../storage/projectfile.h"

#include <QLockFile>
#include <memory>
#include <optional>

namespace archbench::core::storage {

class ProjectLock {
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /// Takes the lock. Fails with Locked ("in use by NAME on HOST since TIME") when another
    /// session holds it, with Io when the lock file cannot be created.
    Expected<void> acquire();
    void release();
    bool isHeld() const;
    QString projectPath() const { return m_projectPath; }

    static QString lockPathFor(const QString &projectPath);
    /// Who holds the lock on `projectPath`, if a lock file is there.
    static std::optional<LockInfo> holder(const QString &projectPath);
    /// Removes the lock of another session. Refused while its process still runs on this host.
    static Expected<void> breakLock(const QString &projectPath);
    /// "in use by NAME on HOST since TIME"
    static QString describe(const LockInfo &info);
    /// The user name recorded in locks taken by this process.
    static QString currentUser();

private:
    QString m_projectPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace archbench::core::storage
