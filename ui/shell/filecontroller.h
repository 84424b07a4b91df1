#pragma once
// The file flows of one main window (UI side of core::ProjectFile): New, Open (with the
// locked-file and refused-file answers), Save (with the changed-on-disk question), Save As,
// Save a Copy, Close, and recovery of working copies left by a crash. It owns the open
// ProjectFile and its QUndoStack and hands them to the window; questions go through
// FilePrompts, recoverable problems to the window's message bar.
//
// Invariant: the window shows exactly m_file's project (or nothing), and the undo stack is
// clean exactly when the target file holds what the project holds.

#include "fileprompts.h"

#include "core/merge/projectmerge.h"
#include "core/model/projectdata.h"
#include "core/server/serverconnection.h"

#include <QObject>
#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QTimer;
class QUndoStack;

namespace archbench::ui {

class MainWindow;
class ServerSession;

class FileController : public QObject {
    Q_OBJECT
public:
    /// Connects the window's File actions; `prompts` defaults to real dialogs.
    explicit FileController(MainWindow *window, std::unique_ptr<FilePrompts> prompts = {});
    ~FileController() override;

    core::ProjectFile *file() const { return m_file.get(); }
    QUndoStack *undoStack() const { return m_stack.get(); }

    bool newProject();
    /// Asks for a file, then opens it.
    bool open();
    bool openPath(const QString &path);
    /// File ▸ Open from Server…: asks for a server and a project, then opens it.
    bool openFromServer();
    /// Opens project `projectId` of the server `url` (a password asked if needed): a working
    /// copy holds every edit, Save goes back to the server (docs/team-server.md).
    bool openServerProject(const QString &url, const QString &projectId);
    /// The server session of the open project, if it came from one (for tests and the status).
    ServerSession *serverSession() const { return m_session.get(); }
    /// File ▸ Compare With…: asks for another version of the project and shows the differences.
    bool compareWith();
    /// The same for a file given; the dialog (non-modal) is returned, null on a refusal.
    QDialog *compareWithPath(const QString &path);
    bool save();
    bool saveAs();
    bool saveCopy();
    /// Closes the project, asking about unsaved changes; false when the user cancelled.
    bool closeProject();
    /// Offers the working copies of projects that were not closed cleanly.
    void offerRecovery();

    /// Whether opened files go into the recent-files list (off for --screenshot).
    void setRememberRecent(bool remember) { m_rememberRecent = remember; }

private:
    bool confirmDiscardingChanges();
    void adopt(std::unique_ptr<core::ProjectFile> file);
    void release();
    void saved(const QString &what);
    /// The target changed on disk since it was opened or saved: merges it into the project
    /// (base: m_base) as one undo step and says what came in. False when it cannot (no base,
    /// the file unreadable, a merge refused): the caller asks as before.
    bool mergeFromDisk();
    void reportSaveFailure(const core::Error &error, const QString &path);
    bool openServerProject(std::unique_ptr<core::server::ServerConnection> connection, const QString &password,
                           const QString &projectId);
    /// Save for a project that came from a team server: saves there, merging what others saved
    /// since (as one undo step). A server that cannot be reached is tried again a little later.
    bool saveToServer(bool retrying = false);
    /// What came in with a merge, for the message bar: "<text>\n• change\n…".
    QString mergeMessage(const QString &text, const QList<core::ProjectChange> &cameIn,
                         const QList<core::MergeConflict> &conflicts) const;
    void showServerStatus();
    QString suggestedPath(const QString &suffix) const;
    QString displayName() const;

    MainWindow *m_window;
    std::unique_ptr<FilePrompts> m_prompts;
    std::unique_ptr<core::ProjectFile> m_file;
    std::unique_ptr<QUndoStack> m_stack;
    bool m_rememberRecent = true;
    /// The project as the target file held it when opened or last saved: the base of the merge
    /// when someone else saved the file meanwhile (issue 17 §5). Empty for an untitled or a
    /// recovered project.
    std::optional<core::ProjectData> m_base;
    /// The team server of the open project (null for a file), with its status-bar label and the
    /// timer that tries a save again while the server is away.
    std::unique_ptr<ServerSession> m_session;
    QLabel *m_serverLabel = nullptr;
    QTimer *m_retryTimer = nullptr;
};

} // namespace archbench::ui
