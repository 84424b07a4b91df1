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

#include "core/model/projectdata.h"

#include <QObject>
#include <memory>
#include <optional>

class QDialog;
class QUndoStack;

namespace archbench::ui {

class MainWindow;

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
};

} // namespace archbench::ui
