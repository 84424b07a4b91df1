#pragma once
// The file questions answered without asking anyone, for --screenshot: a locked file is
// opened read-only, nothing is saved, and a refused file is remembered for main() to report.

#include "ui/shell/fileprompts.h"

namespace archbench::cli {

class ScreenshotPrompts : public ui::FilePrompts {
public:
    QString askOpenPath(const QString &) override { return {}; }
    QString askSavePath(const QString &, SaveKind) override { return {}; }
    Locked askLocked(const QString &, const std::optional<core::LockInfo> &) override { return Locked::OpenReadOnly; }
    ChangedOnDisk askChangedOnDisk(const QString &) override { return ChangedOnDisk::Cancel; }
    Unsaved askUnsaved(const QString &) override { return Unsaved::Discard; }
    void showRefused(const QString &path, const QString &reason) override
    {
        m_refused = QStringLiteral("%1: %2").arg(path, reason);
    }
    RecoveryAnswer askRecovery(const QList<core::RecoveryCandidate> &) override { return {}; }
    bool confirmDiscardRecovery(const core::RecoveryCandidate &) override { return false; }

    /// "path: reason" of the file that could not be opened, if any.
    QString refused() const { return m_refused; }

private:
    QString m_refused;
};

} // namespace archbench::cli
