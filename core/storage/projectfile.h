#pragma once
// One open project file, as the user sees it: the target path on a shared folder, a local
// working copy that every edit is committed to, and a lock file beside the target.
//
//   open(path): safe read-only checks on the target -> backup copy into the working copy
//               (migrated there if older) -> lock beside the target -> Project loaded
//   edits:      Project -> SqliteStore (working copy), one transaction per edit
//   save():     working copy -> temp file beside the target -> fsync -> rename over target
//   close:      lock released, working copy deleted; a crash leaves the working copy behind
//               for recoverable() to offer on the next start.

#include "../expected.h"
#include "projectconversion.h"
#include "serverorigin.h"
#include "../project.h"

#include <QDateTime>
#include <memory>

namespace archbench::core {

struct LockInfo {
    QString user;
    QString host;
    QString application;
    qint64 pid = 0;
    QDateTime since;
};

struct OpenOptions {
    bool readOnly = false;   ///< open without taking the lock; edits are refused
    bool ignoreLock = false; ///< open even though another session holds the lock
};

/// A working copy left behind by a session that did not close cleanly.
struct RecoveryCandidate {
    QString workingCopyPath;
    QString originalPath; ///< empty for a project that was never saved
    QString projectName;
    QDateTime lastEdit;
};

class ProjectFile {
public:
    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    /// Opens an .archbench file (never modifying it) or imports a .json interchange file
    /// (which then has no target path until saved). Error code Locked carries the holder in
    /// the message; lockHolder() gives the details.
    static Expected<std::unique_ptr<ProjectFile>> open(const QString &path, OpenOptions options = {});
    /// A new untitled project with `initial` content.
    static Expected<std::unique_ptr<ProjectFile>> createNew(const ProjectData &initial = {});

    static std::optional<LockInfo> lockHolder(const QString &path);
    /// Removes another session's lock on `path` (the explicit "break lock"); refused while
    /// that session's process still runs on this host.
    static Expected<void> breakLock(const QString &path);
    static QList<RecoveryCandidate> recoverable();
    /// Reopens a working copy left behind by a crash: content as after its last committed
    /// edit, target as before (its lock taken unless `options` say otherwise), unsaved.
    static Expected<std::unique_ptr<ProjectFile>> recover(const RecoveryCandidate &candidate,
                                                          OpenOptions options = {});
    static void discardRecoverable(const RecoveryCandidate &candidate);
    /// Where working copies live (default AppLocalDataLocation/working); for tests.
    static void setWorkingDirectory(const QString &path);

    Project *project() const;
    QString path() const; ///< empty while untitled
    bool isReadOnly() const;
    /// True when this session holds the lock beside the target.
    bool holdsLock() const;
    /// True after an edit (or a recovery) that is not yet in the target file.
    bool hasUnsavedChanges() const;
    /// The working copy every edit is committed to (empty for read-only projects).
    QString workingCopyPath() const;
    /// True when the target file was modified by someone else since it was opened or saved.
    bool changedOnDisk() const;

    /// The team server this project came from, if any (kept in the file, schema 7).
    std::optional<ServerOrigin> serverOrigin() const;
    /// Records (or, with nullopt, forgets) the server origin in the working copy; like an edit,
    /// it reaches the target file with the next save. Refused for a read-only project.
    Expected<void> setServerOrigin(const std::optional<ServerOrigin> &origin);

    /// Writes the whole document over path(). Refuses with ChangedOnDisk unless `force`.
    Expected<void> save(bool force = false);
    /// Writes to `path`, takes its lock and makes it the target.
    Expected<void> saveAs(const QString &path);
    /// Writes a copy to `path`; the target stays as it was.
    Expected<void> saveCopy(const QString &path) const;

private:
    ProjectFile();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Reads a project from an .archbench or .json file without keeping anything open. A file
/// with neither extension (git's merge-driver temporaries) is read as JSON when it starts with
/// '{', else as an Archbench database.
Expected<ProjectData> readProjectFile(const QString &path);
/// The format readProjectFile reads `path` in: by extension, else by its first bytes.
ProjectFileFormat projectFileFormat(const QString &path);
/// Writes a project to an .archbench or .json file atomically (by extension).
Expected<void> writeProjectFile(const ProjectData &data, const QString &path);
/// Writes a project to an .archbench file atomically together with the team server it came
/// from (the server_origin of schema 7), as `archbench pull` and `push` do.
Expected<void> writeProjectFile(const ProjectData &data, const QString &path, const ServerOrigin &origin);
/// The same in a format given, whatever the extension (git's merge driver writes %A in place).
Expected<void> writeProjectFile(const ProjectData &data, const QString &path, ProjectFileFormat format);
/// readProjectFile(input) then writeProjectFile(output) for .json to .archbench, with the
/// reference checks beside the inserts on a second core. `inputRefused` tells whether a
/// failure concerns the input (true) or the output.
Expected<void> convertJsonToArchbench(const QString &input, const QString &output, bool &inputRefused);

} // namespace archbench::core
