#pragma once
// FilePrompts for GUI tests that are never meant to be asked: every question gets the
// cautious answer (cancel, later, nothing). Tests that script some answers derive from it.
// Header-only: only GUI tests include it (tests/common itself links no ui).

#include "ui/shell/fileprompts.h"

namespace archbench::test {

class QuietPrompts : public ui::FilePrompts {
public:
    QString askOpenPath(const QString &) override { return {}; }
    QString askSavePath(const QString &, SaveKind) override { return {}; }
    Locked askLocked(const QString &, const std::optional<core::LockInfo> &) override { return Locked::Cancel; }
    ChangedOnDisk askChangedOnDisk(const QString &) override { return ChangedOnDisk::Cancel; }
    Unsaved askUnsaved(const QString &) override { return Unsaved::Cancel; }
    void showRefused(const QString &, const QString &) override {}
    RecoveryAnswer askRecovery(const QList<core::RecoveryCandidate> &) override { return {}; }
    bool confirmDiscardRecovery(const core::RecoveryCandidate &) override { return false; }
};

} // namespace archbench::test
