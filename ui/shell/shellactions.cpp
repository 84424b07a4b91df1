#include "shellactions.h"

#include "ui/widgets/themedicon.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace archbench::ui {

namespace {
void setKeys(QAction *action, QKeySequence::StandardKey key, const QList<QKeySequence> &extra = {})
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const QKeySequence &k : extra)
        if (!keys.contains(k))
            keys.append(k);
    action->setShortcuts(keys);
}
} // namespace

ShellActions::ShellActions(QMainWindow *window) : QObject(window), m_window(window)
{
    newProject = make("actionNew", tr("&New Project"), QStringLiteral("document-new"));
    newProject->setToolTip(tr("Start a new, empty project"));
    setKeys(newProject, QKeySequence::New);
    open = make("actionOpen", tr("&Open..."), QStringLiteral("document-open"));
    open->setToolTip(tr("Open an Archbench project or an interchange JSON file"));
    setKeys(open, QKeySequence::Open);
    openFromServer = make("actionOpenFromServer", tr("Open &from Server..."));
    openFromServer->setToolTip(tr("Open a project from a team server; Save sends it back there"));
    openPortfolio = make("actionOpenPortfolio", tr("Open &Portfolio..."));
    openPortfolio->setToolTip(tr("See what needs attention across every project in a folder"));
    openPortfolio->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    compareWith = make("actionCompareWith", tr("Co&mpare With..."));
    compareWith->setToolTip(tr("See what differs between another version of this project and the one open"));
    save = make("actionSave", tr("&Save"), QStringLiteral("document-save"));
    save->setToolTip(tr("Write the project to its file"));
    setKeys(save, QKeySequence::Save);
    saveAs = make("actionSaveAs", tr("Save &As..."));
    setKeys(saveAs, QKeySequence::SaveAs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    saveCopy = make("actionSaveCopy", tr("Save a Cop&y..."));
    saveCopy->setToolTip(tr("Write a copy to another file and keep working on this one"));
    exportReport = make("actionExport", tr("&Export..."));
    exportReport->setToolTip(tr("Export a Markdown or PDF report"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // The report module connects and shows it; until then no dead menu item.
    exportReport->setVisible(false);
    exportReport->setEnabled(false);
    closeTab = make("actionCloseTab", tr("Close &Tab"));
    setKeys(closeTab, QKeySequence::Close);
    closeProject = make("actionClose", tr("&Close Project"));
    closeProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    quit = make("actionQuit", tr("&Quit"));
    setKeys(quit, QKeySequence::Quit, {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);
    clearRecent = make("actionClearRecent", tr("&Clear Recent Files"));

    undo = make("actionUndo", tr("&Undo"), QStringLiteral("edit-undo"));
    setKeys(undo, QKeySequence::Undo);
    redo = make("actionRedo", tr("&Redo"), QStringLiteral("edit-redo"));
    setKeys(redo, QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});

    zoomIn = make("actionZoomIn", tr("Zoom &In"));
    setKeys(zoomIn, QKeySequence::ZoomIn, {QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = make("actionZoomOut", tr("Zoom &Out"));
    setKeys(zoomOut, QKeySequence::ZoomOut, {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    zoomReset = make("actionZoomReset", tr("&Actual Size"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    nextTab = make("actionNextTab", tr("Ne&xt Tab"));
    setKeys(nextTab, QKeySequence::NextChild);
    previousTab = make("actionPreviousTab", tr("Pre&vious Tab"));
    setKeys(previousTab, QKeySequence::PreviousChild);
    nextPanel = make("actionNextPanel", tr("Next &Panel"));
    nextPanel->setShortcut(QKeySequence(Qt::Key_F6));
    nextPanel->setStatusTip(tr("Move the keyboard to the next panel: the editor, then each visible dock"));
    previousPanel = make("actionPreviousPanel", tr("Previous Pa&nel"));
    previousPanel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    fullScreen = make("actionFullScreen", tr("&Full Screen"));
    fullScreen->setCheckable(true);
    setKeys(fullScreen, QKeySequence::FullScreen, {QKeySequence(Qt::Key_F11)});
    editorOnly = make("actionEditorOnly", tr("Editor On&ly"));
    editorOnly->setCheckable(true);
    editorOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F12));
    editorOnly->setToolTip(tr("Hide every panel so the editor has the whole window (a projector); again brings them back"));
    resetLayout = make("actionResetLayout", tr("&Reset Layout"));
    resetLayout->setToolTip(tr("Put every panel back where it started"));

    about = make("actionAbout", tr("&About Archbench"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("actionAboutQt", tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *ShellActions::make(const char *objectName, const QString &text, const QString &icon)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QLatin1StringView(objectName));
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    // Standard actions work from anywhere in the window, docks included.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

void ShellActions::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();

    fileMenu = bar->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addAction(newProject);
    fileMenu->addAction(open);
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(openFromServer);
    fileMenu->addAction(openPortfolio);
    fileMenu->addAction(compareWith);
    recentMenu->setObjectName(QStringLiteral("menuOpenRecent"));
    fileMenu->addSeparator();
    fileMenu->addAction(save);
    fileMenu->addAction(saveAs);
    fileMenu->addAction(saveCopy);
    fileMenu->addSeparator();
    m_importEnd = fileMenu->addSeparator(); // modules' import actions go in between
    fileMenu->addAction(exportReport);
    fileMenu->addSeparator();
    fileMenu->addAction(closeTab);
    fileMenu->addAction(closeProject);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = bar->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    viewMenu = bar->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("menuView"));
    m_dockSeparator = viewMenu->addSeparator();
    toolBar = new QToolBar(tr("Toolbar"), m_window);
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->toggleViewAction()->setObjectName(QStringLiteral("actionToggleToolbar"));
    viewMenu->addAction(toolBar->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->addAction(zoomIn);
    viewMenu->addAction(zoomOut);
    viewMenu->addAction(zoomReset);
    viewMenu->addSeparator();
    viewMenu->addAction(nextTab);
    viewMenu->addAction(previousTab);
    viewMenu->addAction(nextPanel);
    viewMenu->addAction(previousPanel);
    viewMenu->addSeparator();
    viewMenu->addAction(fullScreen);
    viewMenu->addAction(editorOnly);
    viewMenu->addAction(resetLayout);

    projectMenu = bar->addMenu(tr("&Project"));
    projectMenu->setObjectName(QStringLiteral("menuProject"));

    helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);

    toolBar->setMovable(true);
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addAction(newProject);
    toolBar->addAction(open);
    toolBar->addAction(save);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    m_window->addToolBar(Qt::TopToolBarArea, toolBar);

    // Tooltips name the shortcut, so the keyboard is discoverable from the toolbar.
    for (QAction *a : {newProject, open, save, undo, redo}) {
        const QString tip = a->toolTip().isEmpty() ? a->text().remove(QLatin1Char('&')) : a->toolTip();
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void ShellActions::addDockToggle(QDockWidget *dock)
{
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
    viewMenu->insertAction(m_dockSeparator, toggle);
    // showing a dock from the menu (or its shortcut) brings it to the front, tabbed or not,
    // and puts the keyboard in it
    connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
        if (!shown)
            return;
        dock->raise();
        if (QWidget *content = dock->widget())
            content->setFocus(Qt::ShortcutFocusReason);
    });
}

void ShellActions::addProjectAction(QAction *action)
{
    projectMenu->addAction(action);
}

void ShellActions::addViewAction(QAction *action)
{
    viewMenu->insertAction(fullScreen, action);
}

void ShellActions::addFileAction(QAction *action)
{
    fileMenu->insertAction(m_importEnd, action);
}

} // namespace archbench::ui
