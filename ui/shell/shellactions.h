#pragma once
// Every action of the main window's own menus and toolbar, with its text, standard shortcut
// and icon, and the menus built from them. Actions carry objectNames ("actionSave", ...) so
// modules and tests find them with findChild; behaviour is connected by MainWindow and the
// file flows, not here.
//
//   File:    New, Open..., Open Recent >, Save, Save As..., Save a Copy..., Export... (hidden
//            until the report module shows it), Close Tab, Close Project, Quit
//   Edit:    Undo, Redo, then the Project tree's item actions (ItemActions: Duplicate,
//            Delete, Move Up, Move Down), added by MainWindow
//   View:    one toggle per dock, Toolbar, zoom in/out/reset, Next/Previous Tab, Full Screen,
//            Reset Layout
//   Project: the modules' actions (Workbench::projectActions)
//   Help:    About Archbench, About Qt

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace archbench::ui {

class ShellActions : public QObject {
    Q_OBJECT
public:
    explicit ShellActions(QMainWindow *window);

    /// Builds the menu bar and the main toolbar of `window`.
    void buildMenus();
    /// Lists a dock's show/hide toggle in the View menu (in the order docks arrive).
    void addDockToggle(QDockWidget *dock);
    void addProjectAction(QAction *action);
    /// Puts a module's action in the File menu's import group (after Save a Copy).
    void addFileAction(QAction *action);
    void addViewAction(QAction *action);

    QAction *newProject, *open, *openFromServer, *openPortfolio, *compareWith, *save, *saveAs, *saveCopy, *exportReport, *closeTab, *closeProject,
        *quit;
    QAction *clearRecent;
    QAction *undo, *redo;
    QAction *zoomIn, *zoomOut, *zoomReset, *nextTab, *previousTab, *nextPanel, *previousPanel, *fullScreen, *editorOnly, *resetLayout;
    QAction *about, *aboutQt;

    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *projectMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;

private:
    QAction *make(const char *objectName, const QString &text, const QString &icon = {});

    QMainWindow *m_window;
    QAction *m_dockSeparator = nullptr;
    QAction *m_importEnd = nullptr; ///< separator after the import group, before Export
};

} // namespace archbench::ui
