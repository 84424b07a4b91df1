// The main window as a user drives it: docks toggled from the View menu, layout saved,
// restored and reset, Undo/Redo through the Edit menu and the keyboard, the unsaved marker,
// the read-only indicator, presentation zoom, the Project tree opening tabs, the message bar.
#include "common/testsupport.h"
#include "shellfixtures.h"
#include "ui/commands/itemcommands.h"
#include "ui/shell/documenttabs.h"
#include "ui/shell/inspectordock.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebar.h"
#include "ui/shell/presentationzoom.h"
#include "ui/shell/projectdock.h"
#include "ui/shell/projecttreemodel.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/windowlayout.h"
#include "ui/widgets/dates.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::ItemRef;
using ui::MainWindow;

namespace {

struct DockState {
    QString name;
    bool shown;
    bool floating;
    Qt::DockWidgetArea area;
    bool operator==(const DockState &) const = default;
};

QList<DockState> dockStates(const MainWindow &window)
{
    QList<DockState> out;
    for (QDockWidget *dock : window.workbench()->docks())
        out.append({dock->objectName(), dock->toggleViewAction()->isChecked(), dock->isFloating(),
                    window.dockWidgetArea(dock)});
    return out;
}

QMenu *menu(const MainWindow &window, const char *name)
{
    return window.menuBar()->findChild<QMenu *>(QLatin1StringView(name));
}

QAction *menuAction(const MainWindow &window, const char *menuName, const char *actionName)
{
    QMenu *m = menu(window, menuName);
    if (!m)
        return nullptr;
    for (QAction *a : m->actions())
        if (a->objectName() == QLatin1StringView(actionName))
            return a;
    return nullptr;
}

/// A working copy that refuses every write, as a full disk would.
class FailingStore : public ProjectStore {
public:
    Expected<void> writeInfo(const ProjectInfo &) override { return fail(); }
    Expected<void> writeItem(const ProjectData &, ItemKind, const QString &) override { return fail(); }
    Expected<void> removeItem(ItemKind, const QString &) override { return fail(); }
    Expected<void> writeOrder(const ProjectData &, ItemKind) override { return fail(); }

private:
    static Expected<void> fail() { return makeError(ErrorCode::Io, QStringLiteral("disk full")); }
};

void renameDecision(QUndoStack &stack, Project &project, const QString &id, const QString &title)
{
    Decision d = *project.find<Decision>(id);
    d.title = title;
    QVERIFY(ui::commands::replaceItem(&stack, &project, d, QStringLiteral("Rename decision")));
}

/// An editor the test registers in place of a module's: a label with the item's title.
QWidget *labelEditor(const ui::EditorContext &context, const ItemRef &item, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("editor_") + item.id);
    if (const Decision *d = context.document->project()->find<Decision>(item.id))
        label->setText(d->title);
    return label;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QCoreApplication::setOrganizationName(QStringLiteral("ArchbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void init() { QSettings().clear(); }

    void menusHaveStandardShortcuts()
    {
        MainWindow window;
        QCOMPARE(menuAction(window, "menuFile", "actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(menuAction(window, "menuFile", "actionSave")->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(menuAction(window, "menuFile", "actionNew")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(menuAction(window, "menuEdit", "actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(menuAction(window, "menuEdit", "actionRedo")->shortcuts().contains(QKeySequence(QKeySequence::Redo)));
        QVERIFY(menuAction(window, "menuView", "actionFullScreen")->shortcuts().contains(QKeySequence(Qt::Key_F11)));
        QVERIFY(menuAction(window, "menuView", "actionZoomIn")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
        QVERIFY(menuAction(window, "menuView", "actionZoomOut")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Minus)));
        QCOMPARE(menuAction(window, "menuView", "actionZoomReset")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        QVERIFY(menuAction(window, "menuFile", "actionSaveAs"));
        QVERIFY(menuAction(window, "menuFile", "actionSaveCopy"));
        QVERIFY(menuAction(window, "menuFile", "actionClose"));
        QVERIFY(menuAction(window, "menuFile", "actionQuit"));
        QVERIFY(menuAction(window, "menuHelp", "actionAbout"));
        QVERIFY(menu(window, "menuOpenRecent"));
        // Export is connected and shown by the report module, with Print Preview after it.
        QAction *exportAction = menuAction(window, "menuFile", "actionExport");
        QVERIFY(exportAction);
        QVERIFY(exportAction->isVisible());
        QVERIFY(menuAction(window, "menuFile", "actionPrintPreview"));
    }

    // Issue 5 #3: File ▸ Import Lens…, after the save actions and before Export; a refused lens
    // is told in the message bar, not in a modal box.
    void importLensInFileMenuAndRefusalInMessageBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList names;
        for (QAction *a : menu(window, "menuFile")->actions())
            if (!a->isSeparator())
                names << a->objectName();
        const qsizetype import = names.indexOf(QStringLiteral("actionImportLens"));
        QVERIFY2(import > names.indexOf(QStringLiteral("actionSaveCopy")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(import < names.indexOf(QStringLiteral("actionExport")), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(!menuAction(window, "menuProject", "actionImportLens"));
        QAction *action = menuAction(window, "menuFile", "actionImportLens");
        QVERIFY(!action->isEnabled()); // no project yet
        QVERIFY(action->text().contains(QLatin1Char('&')));
        // a separator sets the import group (ADR folder, lens) apart from the save actions
        const QList<QAction *> all = menu(window, "menuFile")->actions();
        QAction *adr = menuAction(window, "menuFile", "actionImportAdrFolder");
        QVERIFY(adr);
        QVERIFY(!adr->isEnabled());
        const qsizetype first = std::min(all.indexOf(action), all.indexOf(adr));
        QVERIFY(all.at(first - 1)->isSeparator());
        QVERIFY(!all.at(first + 1)->isSeparator());
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        QVERIFY(action->isEnabled());
        QVERIFY(adr->isEnabled());
        QVERIFY(!window.messageBar()->isVisible());
        window.workbench()->showError(QStringLiteral("The lens was not imported. broken.json: not valid JSON"));
        QVERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->level(), ui::MessageBar::Level::Error);
        QCOMPARE(window.messageBar()->text(), QStringLiteral("The lens was not imported. broken.json: not valid JSON"));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void everyDockTogglesFromViewMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QDockWidget *> docks = window.workbench()->docks();
        QVERIFY(docks.size() >= 3);
        for (const char *name : {"projectDock", "inspectorDock", "undoHistoryDock"})
            QVERIFY(window.findChild<QDockWidget *>(QLatin1StringView(name)));
        QMenu *view = menu(window, "menuView");
        for (QDockWidget *dock : docks) {
            QAction *toggle = nullptr;
            for (QAction *a : view->actions())
                if (a == dock->toggleViewAction())
                    toggle = a;
            QVERIFY2(toggle, qPrintable(dock->objectName()));
            QVERIFY(!dock->isHidden());
            toggle->trigger();
            QVERIFY2(dock->isHidden(), qPrintable(dock->objectName()));
            toggle->trigger();
            QVERIFY(!dock->isHidden());
        }
    }

    void layoutIsSavedRestoredAndReset()
    {
        QByteArray savedState;
        QList<DockState> saved;
        QList<DockState> defaults;
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            defaults = dockStates(first);
            auto *inspector = first.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
            auto *undo = first.findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
            auto *project = first.findChild<QDockWidget *>(QStringLiteral("projectDock"));
            inspector->toggleViewAction()->trigger();
            first.addDockWidget(Qt::RightDockWidgetArea, project);
            undo->setFloating(true);
            undo->setGeometry(40, 40, 400, 200); // inside the offscreen platform's 800x600 screen
            // let the dock layout settle (sizes of the new right area, the floating window)
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            saved = dockStates(first);
            QVERIFY(saved != defaults);
            savedState = first.saveState(ui::WindowLayout::kStateVersion);
            first.close(); // saves the settings
        }
        MainWindow second;
        second.restoreSettings();
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(dockStates(second), saved);
        QCOMPARE(second.saveState(ui::WindowLayout::kStateVersion), savedState);

        QAction *reset = menuAction(second, "menuView", "actionResetLayout");
        QVERIFY(reset);
        reset->trigger();
        QTRY_COMPARE(dockStates(second), defaults);
        // the default width of the navigation column comes back too
        auto *project = second.findChild<QDockWidget *>(QStringLiteral("projectDock"));
        QTRY_VERIFY2(qAbs(project->width() - 280) < 30, qPrintable(QString::number(project->width())));
    }

    void stateOfAnotherVersionIsIgnored()
    {
        {
            MainWindow first;
            first.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->hide();
            QSettings().setValue(QStringLiteral("window/state"), first.saveState(ui::WindowLayout::kStateVersion + 7));
        }
        MainWindow second;
        second.restoreSettings();
        QVERIFY(!second.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isHidden());
    }

    void undoAndRedoThroughEditMenu()
    {
        MainWindow window;
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack, QStringLiteral("/tmp/checkout.archbench"));
        QAction *undo = menuAction(window, "menuEdit", "actionUndo");
        QAction *redo = menuAction(window, "menuEdit", "actionRedo");
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        renameDecision(stack, project, QStringLiteral("d1"), QStringLiteral("Store for orders"));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Rename decision")));
        undo->trigger();
        QCOMPARE(project.find<Decision>(QStringLiteral("d1"))->title, QStringLiteral("Database for orders"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(project.find<Decision>(QStringLiteral("d1"))->title, QStringLiteral("Store for orders"));
        undo->trigger();
        QCOMPARE(project.find<Decision>(QStringLiteral("d1"))->title, QStringLiteral("Database for orders"));
        redo->trigger();
        QCOMPARE(project.find<Decision>(QStringLiteral("d1"))->title, QStringLiteral("Store for orders"));
        window.setDocument(nullptr, nullptr);
        QVERIFY(!undo->isEnabled());
    }

    void undoAndRedoByKeyboard()
    {
        MainWindow window;
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        renameDecision(stack, project, QStringLiteral("d2"), QStringLiteral("Cache"));
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(project.find<Decision>(QStringLiteral("d2"))->title, QStringLiteral("Session cache"));
        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(project.find<Decision>(QStringLiteral("d2"))->title, QStringLiteral("Cache"));
    }

    void titleMarkerFollowsCleanState()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Archbench"));
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack, QStringLiteral("/tmp/checkout.archbench"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Checkout platform[*]")));
        QVERIFY(!window.isWindowModified());
        renameDecision(stack, project, QStringLiteral("d1"), QStringLiteral("Orders"));
        QVERIFY(window.isWindowModified());
        stack.setClean(); // what a save does
        QVERIFY(!window.isWindowModified());
        stack.undo();
        QVERIFY(window.isWindowModified());
        stack.redo();
        QVERIFY(!window.isWindowModified());

        ProjectInfo info = project.info();
        info.name = QStringLiteral("Payments");
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Rename project")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Payments[*]")));
        QVERIFY(window.isWindowModified());
    }

    void untitledProjectIsNamedByItsFileOrUntitled()
    {
        MainWindow window;
        ProjectData data;
        Project project(data);
        QUndoStack stack;
        window.setDocument(&project, &stack);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled[*]")));
        window.setFilePath(QStringLiteral("/tmp/q4-review.archbench"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("q4-review[*]")));
    }

    void readOnlyIsVisibleAndBlocksEditing()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        auto *indicator = window.findChild<QWidget *>(QStringLiteral("readOnlyIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible());
        renameDecision(stack, project, QStringLiteral("d1"), QStringLiteral("Orders"));
        project.setReadOnly(true);
        QVERIFY(indicator->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("readOnlyCorner"))->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("(read-only)")));
        QAction *undo = menuAction(window, "menuEdit", "actionUndo");
        QVERIFY(!undo->isEnabled());
        undo->trigger();
        QCOMPARE(project.find<Decision>(QStringLiteral("d1"))->title, QStringLiteral("Orders"));
        QVERIFY(!menuAction(window, "menuFile", "actionSave")->isEnabled());
        QVERIFY(menuAction(window, "menuFile", "actionSaveAs")->isEnabled());
        QVERIFY(window.messageBar()->isVisible());

        project.setReadOnly(false);
        QVERIFY(!indicator->isVisible());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("(read-only)")));
        QVERIFY(undo->isEnabled());
    }

    void openedReadOnlyOffersSaveAs()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Project project(test::sampleProject());
        project.setReadOnly(true);
        QUndoStack stack;
        QSignalSpy saveAs(menuAction(window, "menuFile", "actionSaveAs"), &QAction::triggered);
        window.setDocument(&project, &stack);
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->actionButton()->isVisible());
        QTest::mouseClick(window.messageBar()->actionButton(), Qt::LeftButton);
        QCOMPARE(saveAs.count(), 1);
        QVERIFY(!window.messageBar()->isVisible());
    }

    void zoomScalesDocumentAreaAndDocks()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const double base = window.centralWidget()->font().pointSizeF();
        auto *projectDock = window.findChild<QDockWidget *>(QStringLiteral("projectDock"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        const QSize icons = toolBar->iconSize();
        menuAction(window, "menuView", "actionZoomIn")->trigger();
        QVERIFY(window.centralWidget()->font().pointSizeF() > base * 1.05);
        QVERIFY(projectDock->font().pointSizeF() > base * 1.05);
        QCOMPARE(tree->font().pointSizeF(), projectDock->font().pointSizeF()); // children follow
        // the chrome too: the menu bar, its menus (windows of their own), the tool bar's icons
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.zoom()->factor(), 1.25);
        QCOMPARE(window.menuBar()->font().pointSizeF(), window.centralWidget()->font().pointSizeF());
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuView"))->font().pointSizeF(),
                 window.centralWidget()->font().pointSizeF());
        QCOMPARE(window.statusBar()->font().pointSizeF(), window.centralWidget()->font().pointSizeF());
        QVERIFY(toolBar->iconSize().width() > icons.width());
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.zoom()->factor(), 1.0);
        QCOMPARE(window.centralWidget()->font().pointSizeF(), base);
        QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuView"))->font().pointSizeF(), base);
        QCOMPARE(toolBar->iconSize(), icons);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(window.centralWidget()->font().pointSizeF() < base);
        for (int i = 0; i < 20; ++i)
            menuAction(window, "menuView", "actionZoomOut")->trigger();
        QCOMPARE(window.zoom()->factor(), ui::PresentationZoom::kSteps.front());
        QVERIFY(!menuAction(window, "menuView", "actionZoomOut")->isEnabled());
    }

    void editorOnlyHidesThePanelsAndBringsThemBack()
    {
        MainWindow window;
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto visibleDocks = [&] {
            QStringList names;
            for (QDockWidget *dock : window.workbench()->docks())
                if (dock->isVisible())
                    names << dock->objectName();
            return names;
        };
        const QStringList before = visibleDocks();
        QVERIFY(before.size() >= 3);
        QAction *only = menuAction(window, "menuView", "actionEditorOnly");
        QTest::keyClick(&window, Qt::Key_F12, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(only->isChecked());
        QTRY_VERIFY(visibleDocks().isEmpty());
        QVERIFY(window.centralWidget()->isAncestorOf(QApplication::focusWidget())); // the keyboard is in the editor
        QTest::keyClick(&window, Qt::Key_F12, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!only->isChecked());
        QTRY_COMPARE(visibleDocks(), before);
        // a panel shown while editor-only ends the mode and brings back that panel alone
        only->trigger();
        QTRY_VERIFY(visibleDocks().isEmpty());
        auto *projectDock = window.findChild<QDockWidget *>(QStringLiteral("projectDock"));
        projectDock->toggleViewAction()->trigger();
        QVERIFY(!only->isChecked());
        QTRY_COMPARE(visibleDocks(), QStringList{QStringLiteral("projectDock")});
        QVERIFY(projectDock->isAncestorOf(QApplication::focusWidget()));
        // hiding the panel that has the keyboard gives it to the editor, not to nowhere
        projectDock->toggleViewAction()->trigger();
        QTRY_VERIFY(!projectDock->isVisible());
        QVERIFY(QApplication::focusWidget());
        QVERIFY(window.centralWidget()->isAncestorOf(QApplication::focusWidget()));
    }

    void fullScreenToggles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *full = menuAction(window, "menuView", "actionFullScreen");
        full->trigger();
        QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(full->isChecked());
        full->trigger();
        QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(!full->isChecked());
    }

    void keyboardStartsInTheProjectTree()
    {
        // a project just opened: arrows and Return open an item, no click or F6 first
        MainWindow window;
        window.workbench()->registerEditor(ItemKind::Decision, &labelEditor);
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        QTRY_COMPARE(QApplication::focusWidget(), tree);
        const int tabs = window.tabs()->count();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // the Decisions group
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // its first decision
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), tabs + 1);
        QCOMPARE(window.workbench()->currentItem(), (ItemRef{ItemKind::Decision, QStringLiteral("d1"), false}));
    }

    void projectTreeOpensTabsAndFollowsThem()
    {
        MainWindow window;
        window.workbench()->registerEditor(ItemKind::Decision, &labelEditor);
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.tabs()->closeAll(); // start without the Overview tab
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        auto *model = window.projectDock()->model();
        QCOMPARE(model->data(model->groupIndex(ItemKind::Decision)).toString(), QStringLiteral("Decisions (2)"));
        const QModelIndex d1 = model->indexOf(ItemRef{ItemKind::Decision, QStringLiteral("d1"), false});
        const QModelIndex d2 = model->indexOf(ItemRef{ItemKind::Decision, QStringLiteral("d2"), false});
        tree->setFocus();
        tree->setCurrentIndex(d1);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Database for orders"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("editor_d1")));
        // the Inspector shows the selected item
        const auto shown = window.inspectorDock()->shownProperties();
        QVERIFY(shown.contains(qMakePair(QStringLiteral("Kind"), QStringLiteral("Decision"))));
        QVERIFY(shown.contains(qMakePair(QStringLiteral("Chosen option"), QStringLiteral("PostgreSQL"))));
        // an edit of the item shown changes the values in place: the same labels, so the dock
        // and the window around it are not laid out again
        const QList<QLabel *> labelsBefore = window.inspectorDock()->findChildren<QLabel *>();
        Decision renamed = *project.find<Decision>(QStringLiteral("d1"));
        renamed.chosenOption.clear();
        QVERIFY(ui::commands::replaceItem(&stack, &project, renamed, QStringLiteral("Unchoose")));
        QVERIFY(window.inspectorDock()->shownProperties().contains(qMakePair(QStringLiteral("Chosen option"), QStringLiteral("none yet"))));
        QCOMPARE(window.inspectorDock()->findChildren<QLabel *>(), labelsBefore);
        stack.undo();
        QVERIFY(window.inspectorDock()->shownProperties().contains(qMakePair(QStringLiteral("Chosen option"), QStringLiteral("PostgreSQL"))));

        // double-click opens the second one
        const QRect rect = tree->visualRect(d2);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.workbench()->currentItem(), (ItemRef{ItemKind::Decision, QStringLiteral("d2"), false}));

        // the tree follows the tab in front
        window.tabs()->setCurrentIndex(0);
        QCOMPARE(tree->currentIndex(), d1);
        // opening an open item focuses its tab
        window.workbench()->openItem(ItemRef{ItemKind::Decision, QStringLiteral("d2"), false});
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->currentIndex(), 1);

        // captions follow renames; removal closes the tab, undo brings the item back
        renameDecision(stack, project, QStringLiteral("d2"), QStringLiteral("Redis & sessions"));
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Redis && sessions"));
        QVERIFY(ui::commands::removeItem<Decision>(&stack, &project, QStringLiteral("d2"), QStringLiteral("Delete")));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(model->data(model->groupIndex(ItemKind::Decision)).toString(), QStringLiteral("Decisions (1)"));
        stack.undo();
        QCOMPARE(model->data(model->groupIndex(ItemKind::Decision)).toString(), QStringLiteral("Decisions (2)"));

        // Close Tab (Ctrl+W)
        QTest::keySequence(&window, QKeySequence::Close);
        QCOMPARE(window.tabs()->count(), 0);
    }

    void itemWithoutEditorSaysSo()
    {
        MainWindow window;
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.tabs()->closeAll(); // start without the Overview tab
        QSignalSpy failed(window.tabs(), &ui::DocumentTabs::openFailed);
        window.workbench()->openItem(ItemRef{ItemKind::Drill, QStringLiteral("no-such-drill"), false});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(window.tabs()->count(), 0);
    }

    void overviewTabComesFirst()
    {
        MainWindow window;
        window.workbench()->registerOverviewEditor([](const ui::EditorContext &, const ItemRef &, QWidget *parent) {
            auto *w = new QLabel(parent);
            w->setObjectName(QStringLiteral("overviewEditor"));
            return w;
        });
        window.workbench()->registerEditor(ItemKind::Decision, &labelEditor);
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->itemAt(0), ItemRef::overviewTab());
        QCOMPARE(window.workbench()->currentItem(), ItemRef::overviewTab());
        window.workbench()->openItem(ItemRef{ItemKind::Decision, QStringLiteral("d1"), false});
        QCOMPARE(window.tabs()->itemAt(0), ItemRef::overviewTab());
        QCOMPARE(window.tabs()->count(), 2);
        // closing the project closes every tab
        window.setDocument(nullptr, nullptr);
        QCOMPARE(window.tabs()->count(), 0);
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("overviewEditor")));
    }

    void storageFailureShowsMessageBarWithAction()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Project project(test::sampleProject());
        FailingStore store;
        project.setStore(&store);
        QUndoStack stack;
        window.setDocument(&project, &stack);
        QVERIFY(!window.messageBar()->isVisible());
        {
            test::ExpectErrorLogs expected;
            renameDecision(stack, project, QStringLiteral("d1"), QStringLiteral("Orders"));
        }
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("disk full")));
        QCOMPARE(window.messageBar()->level(), ui::MessageBar::Level::Error);
        QSignalSpy saveAs(menuAction(window, "menuFile", "actionSaveAs"), &QAction::triggered);
        QTest::mouseClick(window.messageBar()->actionButton(), Qt::LeftButton);
        QCOMPARE(saveAs.count(), 1);
        QVERIFY(!window.messageBar()->isVisible());
    }

    void leavingAFieldWritesTheTypingAtOnce()
    {
        // Typing waits for a pause before the working copy gets it; moving the focus writes it
        // at once, so a crash after leaving a field loses nothing of it.
        MainWindow window;
        auto *first = new QLineEdit;
        auto *second = new QLineEdit;
        window.statusBar()->addWidget(first);
        window.statusBar()->addWidget(second);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        Project project(test::sampleProject());
        FailingStore store; // every write reports "disk full": a write is visible as a log line
        project.setStore(&store);
        QUndoStack stack;
        window.setDocument(&project, &stack);
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        Decision d = *project.find<Decision>(QStringLiteral("d1"));
        d.title += QStringLiteral(" typed");
        QVERIFY(ui::commands::replaceItem(&stack, &project, d, QStringLiteral("Title"), QStringLiteral("title")));
        QVERIFY(project.hasPendingWrites());
        {
            test::ExpectErrorLogs expected;
            second->setFocus();
            QTRY_VERIFY(second->hasFocus());
            QVERIFY(!project.hasPendingWrites());
        }
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("disk full")));
    }

    // Issue 13 §4: the right dock tabs read "Se…", "Re…", "D…". Every dock tab reads in full
    // in the default layout, at the default 1600×1000 and on a 1280×720 projector.
    void dockTabsReadInFull_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }

    void dockTabsReadInFull()
    {
        QFETCH(QSize, size);
        MainWindow window;
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        int tabs = 0;
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible())
                continue;
            const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
            for (int i = 0; i < bar->count(); ++i) {
                ++tabs;
                const QString text = bar->tabText(i);
                // QTabBar elides a tab narrower than its text plus the style's padding
                const int needed = bar->fontMetrics().horizontalAdvance(text) + space;
                QVERIFY2(bar->tabRect(i).width() >= needed,
                         qPrintable(QStringLiteral("\"%1\": %2 px of %3").arg(text).arg(bar->tabRect(i).width()).arg(needed)));
                QVERIFY2(bar->tabRect(i).right() <= bar->width(), qPrintable(text)); // no tab scrolled out of sight
            }
        }
        QVERIFY(tabs >= 8); // the right area's chart docks and the bottom lists
    }

    void projectMenuListsModuleActions()
    {
        MainWindow window;
        QMenu *projectMenu = menu(window, "menuProject");
        QVERIFY(!projectMenu->isEnabled());
        auto *action = new QAction(QStringLiteral("New Decision"), &window);
        window.workbench()->addProjectAction(action);
        QVERIFY(projectMenu->actions().contains(action));
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        QVERIFY(projectMenu->isEnabled());
        window.setDocument(nullptr, nullptr);
        QVERIFY(!projectMenu->isEnabled());
    }

    void moduleDocksAreListedInViewMenu()
    {
        MainWindow window;
        auto *dock = new QDockWidget(QStringLiteral("Weighted scores"), &window);
        dock->setObjectName(QStringLiteral("scoresDock"));
        window.workbench()->addDock(dock, Qt::RightDockWidgetArea);
        QVERIFY(menu(window, "menuView")->actions().contains(dock->toggleViewAction()));
        window.zoom()->zoomIn();
        QVERIFY(dock->font().pointSizeF() > QApplication::font().pointSizeF());
    }

    void showingADockRaisesItAndF6MovesBetweenPanels()
    {
        MainWindow window;
        auto *first = new QDockWidget(QStringLiteral("First"), &window);
        first->setObjectName(QStringLiteral("firstDock"));
        first->setWidget(new QLineEdit(first));
        auto *second = new QDockWidget(QStringLiteral("Second"), &window);
        second->setObjectName(QStringLiteral("secondDock"));
        second->setWidget(new QLineEdit(second));
        window.workbench()->addDock(first, Qt::RightDockWidgetArea, true);
        window.workbench()->addDock(second, Qt::RightDockWidgetArea, true);
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabifyDockWidget(first, second);
        second->raise();
        QApplication::processEvents();
        // hide the one in front's neighbour, then show it from the View menu: it comes to the
        // front with the keyboard in it (before, it stayed behind its tab neighbour)
        first->toggleViewAction()->trigger();
        QVERIFY(first->isHidden());
        first->toggleViewAction()->trigger();
        QApplication::processEvents();
        QTRY_VERIFY(!first->visibleRegion().isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), first->widget());
        // F6: the next panel that is in front (second is behind first now: skipped)
        QAction *next = window.findChild<QAction *>(QStringLiteral("actionNextPanel"));
        QVERIFY(next);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F6));
        QVERIFY(menu(window, "menuView")->actions().contains(next));
        next->trigger();
        QVERIFY(!first->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(!second->isAncestorOf(QApplication::focusWidget()));
        window.findChild<QAction *>(QStringLiteral("actionPreviousPanel"))->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), first->widget());
    }

    void recentFilesMenu()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(QStringLiteral("p%1.archbench").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            paths << path;
        }
        MainWindow window;
        for (const QString &p : std::as_const(paths))
            window.recentFiles()->add(p);
        QStringList files = window.recentFiles()->files();
        QCOMPARE(files.size(), 10);
        QCOMPARE(files.first(), paths.last());
        QVERIFY(QFile::remove(paths.last()));
        files = window.recentFiles()->files();
        QCOMPARE(files.size(), 9);
        QCOMPARE(files.first(), paths.at(10));
        QCOMPARE(window.recentFiles()->lastFolder(), dir.path());

        QMenu *recent = menu(window, "menuOpenRecent");
        emit recent->aboutToShow();
        QAction *first = recent->findChild<QAction *>(QStringLiteral("actionRecent0"));
        QVERIFY(first);
        QVERIFY(recent->actions().contains(first));
        QSignalSpy open(&window, &MainWindow::openRecentRequested);
        first->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), paths.at(10));
        window.findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
        QVERIFY(window.recentFiles()->files().isEmpty());
    }

    void savedIndicator()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Project project(test::sampleProject());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        auto *saved = window.findChild<QLabel *>(QStringLiteral("savedIndicator"));
        QVERIFY(!saved->isVisible());
        const QDateTime when(QDate::currentDate(), QTime(10, 42, 17));
        window.setSavedAt(when);
        QVERIFY(saved->isVisible());
        QVERIFY(saved->text().startsWith(QStringLiteral("saved ")));
        QVERIFY2(saved->text().contains(QStringLiteral("42")), qPrintable(saved->text()));
        QVERIFY2(!saved->text().contains(QStringLiteral("17")), qPrintable(saved->text())); // no seconds
        window.setSavedAt(when.addDays(-3));
        QVERIFY2(saved->text().contains(ui::displayDate(when.addDays(-3).date())), qPrintable(saved->text()));
    }

    void attentionIndicatorFollowsEdits()
    {
        // Date-independent: a trigger fired by its value, an action item due long ago.
        ProjectData data;
        Decision d;
        d.id = QStringLiteral("d1");
        d.title = QStringLiteral("Orders database");
        d.status = DecisionStatus::Accepted;
        RevisitTrigger t;
        t.id = QStringLiteral("t1");
        t.metric = QStringLiteral("writes/s");
        t.comparator = Comparator::Greater;
        t.threshold = 5000;
        t.currentValue = 6200;
        d.revisitTriggers << t;
        data.decisions << d;
        Drill x;
        x.id = QStringLiteral("x1");
        x.title = QStringLiteral("Failover drill");
        x.date = QDate(2001, 1, 1);
        x.actionItems << ActionItem{QStringLiteral("a1"), QStringLiteral("Fix the runbook"), QStringLiteral("Sam"),
                                    QDate(2001, 1, 8), WorkStatus::Open};
        data.drills << x;

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Project project(data);
        QUndoStack stack;
        window.setDocument(&project, &stack);
        auto *attention = window.findChild<QLabel *>(QStringLiteral("attentionIndicator"));
        QVERIFY(attention);
        QVERIFY(attention->isVisible());
        QCOMPARE(attention->text(), QStringLiteral("✖ 1 trigger fired · 1 action overdue"));

        Drill done = x;
        done.actionItems[0].status = WorkStatus::Done;
        QVERIFY(ui::commands::replaceItem(&stack, &project, done, QStringLiteral("Done")));
        QTRY_COMPARE(attention->text(), QStringLiteral("✖ 1 trigger fired"));
        Decision cleared = d;
        cleared.revisitTriggers[0].currentValue = 4000;
        QVERIFY(ui::commands::replaceItem(&stack, &project, cleared, QStringLiteral("Reading")));
        QTRY_VERIFY(!attention->isVisible());
        stack.undo();
        stack.undo();
        QTRY_COMPARE(attention->text(), QStringLiteral("✖ 1 trigger fired · 1 action overdue"));
        window.setDocument(nullptr, nullptr);
        QVERIFY(!attention->isVisible());
    }

    void projectTreeShowsEveryGroupExpanded()
    {
        MainWindow window;
        window.workbench()->registerEditor(ItemKind::Decision, &labelEditor);
        Project project(test::sampleProject());
        QUndoStack stack;
        window.resize(1400, 900);
        window.setDocument(&project, &stack, QStringLiteral("/tmp/checkout.archbench"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.workbench()->openItem(ItemRef{ItemKind::Decision, QStringLiteral("d1"), false});
        window.setSavedAt(QDateTime::currentDateTime());
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
        auto *model = window.projectDock()->model();
        for (ItemKind kind : {ItemKind::Decision, ItemKind::Review, ItemKind::Drill, ItemKind::CostModel})
            QVERIFY(tree->isExpanded(model->groupIndex(kind)));
        // ARCHBENCH_SHELL_SHOT=/tmp/x.png keeps a picture of this state for a visual check
        const QString shot = qEnvironmentVariable("ARCHBENCH_SHELL_SHOT");
        if (!shot.isEmpty()) {
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(shot));
        }
    }

    void closeGuardCanKeepTheWindowOpen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool allow = false;
        int asked = 0;
        window.setCloseGuard([&] {
            ++asked;
            return allow;
        });
        menuAction(window, "menuFile", "actionQuit")->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        allow = true;
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
