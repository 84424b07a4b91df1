#pragma once
// FilePrompts answered by the user through file dialogs and message boxes.

#include "fileprompts.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace archbench::ui {

class DialogFilePrompts : public FilePrompts {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::DialogFilePrompts)
public:
    explicit DialogFilePrompts(QWidget *parent);

    QString askOpenPath(const QString &folder) override;
    QString askSavePath(const QString &suggestedPath, SaveKind kind) override;
    Locked askLocked(const QString &path, const std::optional<core::LockInfo> &holder) override;
    ChangedOnDisk askChangedOnDisk(const QString &path) override;
    Unsaved askUnsaved(const QString &projectName) override;
    void showRefused(const QString &path, const QString &reason) override;
    RecoveryAnswer askRecovery(const QList<core::RecoveryCandidate> &candidates) override;
    bool confirmDiscardRecovery(const core::RecoveryCandidate &candidate) override;
    std::optional<QString> askServerPassword(const QString &server, const QString &reason) override;

    /// The message of the locked-file question (shared with tests).
    static QString lockedText(const QString &path, const std::optional<core::LockInfo> &holder);

private:
    QPointer<QWidget> m_parent;
};

} // namespace archbench::ui
