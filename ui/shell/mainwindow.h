#pragma once
// The main window. It only assembles the panels (STYLE.md): the document tabs with the
// message bar above them, the Project, Inspector and Undo History docks, the modules' docks
// (through its Workbench), the menus and toolbar of ShellActions, and the status bar. It shows
// one project at a time, handed in by the file flows with setDocument(); it never reads or
// writes files itself.
//
//   +-- menu bar -------------------------------------------- [read-only] --+
//   | Project dock |  message bar                        | module chart docks|
//   |--------------|  [Overview] [Decision] ...  (tabs)  |                   |
//   | Inspector    |  editor from Workbench::createEditor|                   |
//   +-- Undo History + module list docks (bottom, tabbed) ------------------+
//   +-- status bar: messages ........................ read-only · saved 10:42 +

#include "ui/workbench.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QTimer;
class QStackedWidget;
#include <QUndoStack>

namespace archbench::core {
class DashboardCache;
}

namespace archbench::ui {

class DocumentTabs;
class InspectorDock;
class ItemActions;
class MessageBar;
class PortfolioWindow;
class PresentationZoom;
class ProjectDock;
class RecentFiles;
class ShellActions;
class UndoHistoryDock;
class ConflictsDock;
class WelcomePage;
class WindowLayout;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbench *workbench() const { return m_workbench; }
    ShellActions *actions() const { return m_actions; }
    DocumentTabs *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messageBar; }
    RecentFiles *recentFiles() const { return m_recent; }
    PresentationZoom *zoom() const { return m_zoom; }
    WindowLayout *windowLayout() const { return m_layout.get(); }
    ProjectDock *projectDock() const { return m_projectDock; }
    InspectorDock *inspectorDock() const { return m_inspectorDock; }
    UndoHistoryDock *undoHistoryDock() const { return m_undoDock; }
    ConflictsDock *conflictsDock() const { return m_conflictsDock; }
    ItemActions *itemActions() const { return m_itemActions; }
    /// File ▸ Open Portfolio…: the portfolio window, created on first use (null before).
    PortfolioWindow *portfolioWindow() const;
    /// Shows the portfolio window: the last folder again, or asks for one.
    void openPortfolio();

    /// Shows `project` with its undo stack (both owned by the caller, alive until the next
    /// setDocument call); null closes the project. `filePath` is empty while untitled.
    void setDocument(core::Project *project, QUndoStack *undoStack, const QString &filePath = {});
    core::Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    /// After Save As: the project now lives at `filePath`.
    void setFilePath(const QString &filePath);
    /// Shows "saved HH:MM" in the status bar; an invalid time shows "not saved yet".
    void setSavedAt(const QDateTime &when);

    /// Asked before the window closes (unsaved changes); returning false keeps it open.
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }

    void restoreSettings();
    void saveSettings() const;

signals:
    /// The user picked a file from Open Recent or the welcome page.
    void openRecentRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QByteArray m_layoutBeforeEditorOnly;
    QPointer<QWidget> m_focusLeft, m_focusWent; ///< the last move of the keyboard focus
    void createDocks();
    /// F6 / Shift+F6: the keyboard to the next (previous) panel.
    void cyclePanels(int step);
    /// The keyboard to the editor in front (its own first field when it takes none itself).
    void focusEditor();
    /// The keyboard to `target`, or to its first field when it takes none itself.
    void focusInside(QWidget *target);
    /// View ▸ Editor Only: hides every dock (keeping the layout to bring back) or restores it.
    void setEditorOnly(bool on);
    void connectActions();
    void createStatusBar();
    void rebuildRecentMenu();
    void updateTitle();
    void updateEditActions();
    void updateFileActions();
    void updateAttention();
    void showAbout();
    void toggleFullScreen(bool on);
    /// By value: the strings come from the portfolio's rows, which a rescan may replace while
    /// opening asks a question (a nested event loop).
    void openFromPortfolio(QString path, QString projectId, core::ItemKind kind, QString item, QString subId);

    Workbench *m_workbench;
    ShellActions *m_actions;
    RecentFiles *m_recent;
    PresentationZoom *m_zoom;
    std::unique_ptr<WindowLayout> m_layout;
    MessageBar *m_messageBar;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    DocumentTabs *m_tabs;
    ProjectDock *m_projectDock = nullptr;
    InspectorDock *m_inspectorDock = nullptr;
    UndoHistoryDock *m_undoDock = nullptr;
    ConflictsDock *m_conflictsDock = nullptr;
    ItemActions *m_itemActions = nullptr;
    QPointer<PortfolioWindow> m_portfolio;
    QWidget *m_readOnlyStatus = nullptr;
    QWidget *m_readOnlyCorner = nullptr;
    QLabel *m_savedLabel = nullptr;
    QLabel *m_attentionLabel = nullptr; ///< "3 triggers fired · 2 actions overdue"
    QTimer *m_attentionTimer = nullptr;
    /// What each item gave the attention count last time (shared_ptr: the type stays opaque here)
    std::shared_ptr<core::DashboardCache> m_attentionItems;

    QPointer<core::Project> m_project;
    QMetaObject::Connection m_flushOnFocus;
    QPointer<QUndoStack> m_undoStack;
    QString m_filePath;
    std::function<bool()> m_closeGuard;
    Qt::WindowStates m_stateBeforeFullScreen;
};

} // namespace archbench::ui
