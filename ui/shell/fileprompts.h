#pragma once
// The questions the file flows ask the user, behind an interface so the flows can be tested
// with scripted answers. DialogFilePrompts asks with real dialogs. Every text that comes from
// a file or from another machine (names, paths, lock holders) is shown as plain text.

#include "core/storage/projectfile.h"

#include <QList>
#include <QString>
#include <optional>

namespace archbench::ui {

class FilePrompts {
public:
    enum class Locked { OpenReadOnly, OpenAnyway, Cancel };
    enum class ChangedOnDisk { Overwrite, SaveCopy, Cancel };
    enum class Unsaved { Save, Discard, Cancel };
    enum class Recovery { Recover, Discard, Later };
    struct RecoveryAnswer {
        Recovery choice = Recovery::Later;
        int index = -1; ///< the candidate to recover or discard
    };
    enum class SaveKind { Project, Copy };

    virtual ~FilePrompts() = default;

    /// A file to open (.archbench or .json); empty when cancelled.
    virtual QString askOpenPath(const QString &folder) = 0;
    /// A file to save to; `kind` Copy also offers interchange JSON. Empty when cancelled.
    virtual QString askSavePath(const QString &suggestedPath, SaveKind kind) = 0;
    virtual Locked askLocked(const QString &path, const std::optional<core::LockInfo> &holder) = 0;
    virtual ChangedOnDisk askChangedOnDisk(const QString &path) = 0;
    virtual Unsaved askUnsaved(const QString &projectName) = 0;
    /// A file that cannot be opened, and why.
    virtual void showRefused(const QString &path, const QString &reason) = 0;
    virtual RecoveryAnswer askRecovery(const QList<core::RecoveryCandidate> &candidates) = 0;
    /// Confirms throwing away a working copy; true to go ahead.
    virtual bool confirmDiscardRecovery(const core::RecoveryCandidate &candidate) = 0;
    /// A team server's password for this session (never stored); nullopt when cancelled.
    /// `reason` says why it is asked (none given yet, or the last one refused).
    virtual std::optional<QString> askServerPassword(const QString &server, const QString &reason)
    {
        Q_UNUSED(server);
        Q_UNUSED(reason);
        return std::nullopt;
    }
};

} // namespace archbench::ui
