#include "mainwindow.h"

#include "ui/portfolio/portfoliowindow.h"

#include "core/logging.h"
#include "core/overview/dashboard.h"
#include "core/project.h"
#include "ui/charts/palette.h"
#include "ui/widgets/immediatemnemonics.h"
#include "docktabbars.h"
#include "documenttabs.h"
#include "inspectordock.h"
#include "itemactions.h"
#include "itemproperties.h"
#include "itemtitles.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/summarypause.h"
#include "presentationzoom.h"
#include "projectdock.h"
#include "recentfiles.h"
#include "shellactions.h"
#include "ui/widgets/themedicon.h"
#include "undohistorydock.h"
#include "conflictsdock.h"
#include "welcomepage.h"
#include "windowlayout.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
QString withoutMnemonics(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QWidget *makeReadOnlyIndicator(const QString &objectName, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(objectName);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    auto *icon = new QLabel(box);
    const int size = box->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, box);
    icon->setPixmap(themedIcon(QStringLiteral("read-only")).pixmap(QSize(size, size), box->devicePixelRatioF()));
    auto *text = new QLabel(MainWindow::tr("Read-only"), box);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    layout->addWidget(icon);
    layout->addWidget(text);
    box->setToolTip(MainWindow::tr("This project is open read-only: edits are blocked. "
                                   "Save As makes a copy you can edit."));
    box->setAccessibleName(MainWindow::tr("Read-only"));
    box->hide();
    return box;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workbench(new Workbench(this)), m_actions(new ShellActions(this)),
      m_recent(new RecentFiles(this)), m_zoom(new PresentationZoom(this)),
      m_layout(std::make_unique<WindowLayout>(this)), m_messageBar(new MessageBar),
      m_stack(new QStackedWidget), m_tabs(new DocumentTabs(m_workbench))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    ImmediateMnemonics::install(); // Alt+letter acts before the next key is read
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setDocumentMode(true);
    resize(1280, 800);

    m_actions->buildMenus();
    new DockTabBars(this);
    m_welcome = new WelcomePage(m_actions->newProject, m_actions->open, m_recent);

    auto *central = new QWidget;
    central->setObjectName(QStringLiteral("centralArea"));
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    auto *barHolder = new QVBoxLayout;
    barHolder->setContentsMargins(6, 6, 6, 0);
    barHolder->addWidget(m_messageBar);
    centralLayout->addLayout(barHolder);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_zoom->addWidget(central);

    createStatusBar();
    createDocks();
    connectActions();
    // the chrome zooms with the rest: on a projector the menus must be as readable as the matrix
    m_zoom->addWidget(menuBar());
    m_zoom->addWidget(m_actions->toolBar);
    m_zoom->addWidget(statusBar());

    m_layout->captureDefault();
    setDocument(nullptr, nullptr);

    // Typing waits for a pause before it reaches the working copy; leaving the field (or the
    // window) writes it at once (core::Persist::AfterPause).
    m_flushOnFocus = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        m_focusLeft = old;
        m_focusWent = now;
        if (m_project && old)
            m_project->flushPendingWrites();
    });
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the window, which moves the focus: by then the members are gone.
    disconnect(m_flushOnFocus);
    // Editors hold the project; they go before whoever owns it lets go.
    m_tabs->closeAll();
    m_workbench->setProject(nullptr, nullptr);
}

void MainWindow::cyclePanels(int step)
{
    // the editor area, then every dock that is open and in front (a tabbed dock behind another
    // is skipped), in the order they were added
    QList<QWidget *> panels{centralWidget()};
    for (QDockWidget *dock : m_workbench->docks())
        if (dock->isVisible() && !dock->visibleRegion().isEmpty() && dock->widget())
            panels << dock;
    int at = 0;
    for (int i = 0; i < panels.size(); ++i)
        if (panels[i]->isAncestorOf(QApplication::focusWidget()))
            at = i;
    QWidget *next = panels[(at + step + int(panels.size())) % int(panels.size())];
    next->raise();
    if (next == centralWidget())
        focusEditor();
    else
        focusInside(static_cast<QDockWidget *>(next)->widget());
}

void MainWindow::focusEditor()
{
    if (m_stack->currentWidget() == m_tabs && m_tabs->currentWidget())
        m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason); // an editor puts it on its grid
    else
        focusInside(centralWidget());
}

void MainWindow::focusInside(QWidget *target)
{
    // the panel's own first field when the panel itself takes no focus (a container)
    QWidget *focus = target;
    if (!(target->focusPolicy() & Qt::TabFocus))
        for (QWidget *w : target->findChildren<QWidget *>())
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                focus = w;
                break;
            }
    focus->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setEditorOnly(bool on)
{
    if (on) {
        m_layoutBeforeEditorOnly = saveState();
        for (QDockWidget *dock : m_workbench->docks())
            dock->hide();
        focusEditor();
        statusBar()->showMessage(tr("Editor only: %1 brings the panels back")
                                     .arg(m_actions->editorOnly->shortcut().toString(QKeySequence::NativeText)),
                                 5000);
    } else if (!m_layoutBeforeEditorOnly.isEmpty()) {
        const bool inEditor = centralWidget()->isAncestorOf(QApplication::focusWidget());
        restoreState(m_layoutBeforeEditorOnly);
        m_layoutBeforeEditorOnly.clear();
        if (inEditor)
            focusEditor();
    }
}

void MainWindow::createDocks()
{
    connect(m_workbench, &Workbench::dockAdded, this, [this](QDockWidget *dock) {
        m_actions->addDockToggle(dock);
        m_zoom->addWidget(dock);
        connect(dock->toggleViewAction(), &QAction::triggered, this, [this, dock](bool shown) {
            if (shown) { // a panel back while "editor only": the mode ends, the rest stay hidden
                const QSignalBlocker block(m_actions->editorOnly);
                m_actions->editorOnly->setChecked(false);
                m_layoutBeforeEditorOnly.clear();
                return;
            }
            // hiding the panel that had the keyboard: it goes to the editor, not to wherever Qt
            // moved it (another panel, or nowhere)
            if (!QApplication::focusWidget() || (m_focusLeft && dock->isAncestorOf(m_focusLeft)
                                                 && QApplication::focusWidget() == m_focusWent))
                focusEditor();
        });
    });
    connect(m_workbench, &Workbench::fileActionAdded, m_actions, &ShellActions::addFileAction);
    connect(m_workbench, &Workbench::viewActionAdded, m_actions, &ShellActions::addViewAction);
    connect(m_workbench, &Workbench::projectActionAdded, this, [this](QAction *action) {
        m_actions->addProjectAction(action);
        m_actions->projectMenu->setEnabled(m_project != nullptr);
    });

    m_projectDock = new ProjectDock(m_workbench, this);
    m_workbench->addDock(m_projectDock, Qt::LeftDockWidgetArea, false);
    m_inspectorDock = new InspectorDock(m_workbench, this);
    m_workbench->addDock(m_inspectorDock, Qt::LeftDockWidgetArea, false);
    connect(m_projectDock, &ProjectDock::selectedItemChanged, m_inspectorDock, &InspectorDock::showItem);
    m_itemActions = new ItemActions(m_workbench, m_projectDock, this);
    m_actions->editMenu->addSeparator();
    m_actions->editMenu->addActions(m_itemActions->actions());

    installModules(*m_workbench);

    m_undoDock = new UndoHistoryDock(m_workbench, this);
    m_workbench->addDock(m_undoDock, Qt::BottomDockWidgetArea, true);
    m_conflictsDock = new ConflictsDock(m_workbench, this);
    m_workbench->addDock(m_conflictsDock, Qt::BottomDockWidgetArea, true);

    // In each tabbed area the first dock added is in front.
    QList<Qt::DockWidgetArea> seen;
    for (const auto &[dock, area] : m_workbench->dockPlacements()) {
        if (seen.contains(area))
            continue;
        seen.append(area);
        dock->raise();
    }
    resizeDocks({m_projectDock}, {280}, Qt::Horizontal);
    resizeDocks({m_projectDock, m_inspectorDock}, {460, 300}, Qt::Vertical);
    resizeDocks({m_undoDock}, {140}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_readOnlyStatus = makeReadOnlyIndicator(QStringLiteral("readOnlyIndicator"), this);
    m_readOnlyCorner = makeReadOnlyIndicator(QStringLiteral("readOnlyCorner"), this);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedIndicator"));
    m_savedLabel->setTextFormat(Qt::PlainText);
    m_attentionLabel = new QLabel(this);
    m_attentionLabel->setObjectName(QStringLiteral("attentionIndicator"));
    m_attentionLabel->setTextFormat(Qt::PlainText);
    m_attentionLabel->setToolTip(tr("Fired revisit triggers and overdue action items: see the Overview tab"));
    QPalette attentionPalette = m_attentionLabel->palette();
    attentionPalette.setColor(QPalette::WindowText, palette::failed());
    m_attentionLabel->setPalette(attentionPalette);
    m_attentionLabel->hide();
    m_attentionTimer = new QTimer(this);
    m_attentionTimer->setSingleShot(true);
    m_attentionTimer->setInterval(kSummaryPauseMs); // once the typing pauses
    connect(m_attentionTimer, &QTimer::timeout, this, &MainWindow::updateAttention);
    statusBar()->addPermanentWidget(m_readOnlyStatus);
    statusBar()->addPermanentWidget(m_savedLabel);
    statusBar()->addPermanentWidget(m_attentionLabel);
    menuBar()->setCornerWidget(m_readOnlyCorner, Qt::TopRightCorner);
    connect(m_workbench, &Workbench::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_workbench, &Workbench::errorMessage, this,
            [this](const QString &message) { m_messageBar->showMessage(MessageBar::Level::Error, message); });
    connect(m_workbench, &Workbench::warningMessage, this,
            [this](const QString &message) { m_messageBar->showMessage(MessageBar::Level::Warning, message); });
}

void MainWindow::connectActions()
{
    ShellActions *a = m_actions;
    connect(a->undo, &QAction::triggered, this, [this] {
        if (m_undoStack && m_project && !m_project->isReadOnly())
            m_undoStack->undo();
    });
    connect(a->redo, &QAction::triggered, this, [this] {
        if (m_undoStack && m_project && !m_project->isReadOnly())
            m_undoStack->redo();
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->closeTab, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 0)
            m_tabs->closeTab(m_tabs->currentIndex());
    });
    connect(a->nextPanel, &QAction::triggered, this, [this] { cyclePanels(1); });
    connect(a->previousPanel, &QAction::triggered, this, [this] { cyclePanels(-1); });
    connect(a->nextTab, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    connect(a->previousTab, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateFileActions);
    connect(m_tabs, &DocumentTabs::openFailed, this, [this](const ItemRef &item) {
        const QString title = m_project ? itemTitle(*m_project, item) : QString();
        statusBar()->showMessage(title.isEmpty()
                                     ? tr("That item no longer exists.")
                                     : tr("\"%1\" cannot be opened: no editor for this kind of item is installed.").arg(title),
                                 8000);
    });

    connect(a->zoomIn, &QAction::triggered, m_zoom, &PresentationZoom::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_zoom, &PresentationZoom::zoomOut);
    connect(a->zoomReset, &QAction::triggered, m_zoom, &PresentationZoom::reset);
    connect(m_zoom, &PresentationZoom::factorChanged, this, [this](double factor) {
        m_actions->zoomIn->setEnabled(m_zoom->canZoomIn());
        m_actions->zoomOut->setEnabled(m_zoom->canZoomOut());
        statusBar()->showMessage(tr("Zoom %1 %").arg(qRound(factor * 100)), 3000);
    });
    connect(a->fullScreen, &QAction::toggled, this, &MainWindow::toggleFullScreen);
    connect(a->resetLayout, &QAction::triggered, this, [this] {
        m_actions->editorOnly->setChecked(false);
        m_layoutBeforeEditorOnly.clear();
        m_layout->reset();
    });
    connect(a->editorOnly, &QAction::toggled, this, &MainWindow::setEditorOnly);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->openPortfolio, &QAction::triggered, this, &MainWindow::openPortfolio);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(a->recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(a->clearRecent, &QAction::triggered, m_recent, &RecentFiles::clear);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openRecentRequested);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    const QList<QAction *> old = menu->actions();
    for (QAction *action : old)
        if (action != m_actions->clearRecent)
            delete action;
    menu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        const QString name = withoutMnemonics(QFileInfo(path).fileName());
        QAction *action = menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRecentRequested(path); });
    }
    if (!files.isEmpty())
        menu->addSeparator();
    menu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!files.isEmpty());
}

void MainWindow::setDocument(core::Project *project, QUndoStack *undoStack, const QString &filePath)
{
    m_attentionItems.reset(); // the last project's items
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_messageBar->dismiss();
    m_project = project;
    m_undoStack = undoStack;
    m_filePath = filePath;
    m_workbench->setProject(project, undoStack);

    if (project) {
        connect(project, &core::Project::modified, m_attentionTimer, qOverload<>(&QTimer::start));
        connect(project, &core::Project::infoChanged, this, &MainWindow::updateTitle);
        connect(project, &core::Project::readOnlyChanged, this, [this](bool readOnly) {
            updateTitle();
            updateEditActions();
            updateFileActions();
            if (readOnly)
                m_messageBar->showMessage(MessageBar::Level::Information,
                                          tr("This project is now read-only: edits are blocked."));
        });
        connect(project, &core::Project::storageFailed, this, [this](const QString &message) {
            m_messageBar->showMessage(
                MessageBar::Level::Error,
                tr("Your last change could not be written to the working copy (%1). It is kept in "
                   "memory until you close the project: save it to keep it.")
                    .arg(message),
                tr("Save As..."), [this] { m_actions->saveAs->trigger(); });
        });
    }
    if (undoStack) {
        connect(undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
        connect(undoStack, &QUndoStack::canUndoChanged, this, &MainWindow::updateEditActions);
        connect(undoStack, &QUndoStack::canRedoChanged, this, &MainWindow::updateEditActions);
        connect(undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateEditActions);
        connect(undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateEditActions);
    }

    m_stack->setCurrentWidget(project ? static_cast<QWidget *>(m_tabs) : m_welcome);
    if (project) {
        m_tabs->openOverviewIfAvailable();
        // the keyboard starts in the Project tree, on the overview: arrows and Return open an
        // item at once (the overview's own fields are a Tab away)
        if (!m_projectDock->isHidden())
            m_projectDock->view()->setFocus(Qt::OtherFocusReason);
    }
    m_actions->projectMenu->setEnabled(project && !m_actions->projectMenu->isEmpty());
    setSavedAt({});
    updateAttention();
    updateTitle();
    updateEditActions();
    updateFileActions();
    if (project && project->isReadOnly())
        m_messageBar->showMessage(MessageBar::Level::Information,
                                  tr("This project is open read-only: you can look but not edit. "
                                     "Save As makes a copy you can edit."),
                                  tr("Save As..."), [this] { m_actions->saveAs->trigger(); });
}

void MainWindow::setFilePath(const QString &filePath)
{
    m_filePath = filePath;
    updateTitle();
}

void MainWindow::setSavedAt(const QDateTime &when)
{
    if (!when.isValid()) {
        m_savedLabel->clear();
        m_savedLabel->hide();
        return;
    }
    const QDateTime local = when.toLocalTime();
    const QString time = local.date() == QDate::currentDate() ? formatTime(local.time()) : formatDateTime(local);
    m_savedLabel->setText(tr("saved %1").arg(time));
    m_savedLabel->setToolTip(QLocale().toString(local, QLocale::LongFormat));
    m_savedLabel->show();
}

void MainWindow::updateAttention()
{
    if (!m_attentionItems)
        m_attentionItems = std::make_shared<core::DashboardCache>();
    const QString summary = m_project ? core::Dashboard::attentionSummary(
                                            core::Dashboard::attention(m_project->data(), QDate::currentDate(),
                                                                       m_workbench->analyses(), m_attentionItems.get()))
                                      : QString();
    QStringList parts;
    if (const qsizetype conflicts = m_project ? m_project->info().mergeConflicts.size() : 0; conflicts > 0)
        parts << (conflicts == 1 ? tr("1 conflict to resolve") : tr("%1 conflicts to resolve").arg(conflicts));
    if (!summary.isEmpty())
        parts << summary;
    m_attentionLabel->setText(parts.isEmpty() ? QString() : QStringLiteral("✖ ") + parts.join(QStringLiteral(" · ")));
    m_attentionLabel->setVisible(!parts.isEmpty());
}

void MainWindow::updateTitle()
{
    const bool readOnly = m_project && m_project->isReadOnly();
    m_readOnlyStatus->setVisible(readOnly);
    m_readOnlyCorner->setVisible(readOnly);
    if (!m_project) {
        setWindowTitle(tr("Archbench"));
        setWindowModified(false);
        return;
    }
    QString name = projectDisplayName(*m_project, m_filePath);
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    QString title = readOnly ? tr("%1[*] (read-only) – Archbench").arg(name)
                             : tr("%1[*] – Archbench").arg(name);
    // while a merge's conflicts remain, the title says so (and the status bar, updateAttention)
    if (const qsizetype conflicts = m_project->info().mergeConflicts.size(); conflicts > 0)
        title = conflicts == 1 ? tr("%1[*] – 1 conflict to resolve – Archbench").arg(name)
                               : tr("%1[*] – %2 conflicts to resolve – Archbench").arg(name, QString::number(conflicts));
    setWindowTitle(title);
    setWindowFilePath(m_filePath);
    setWindowModified(m_undoStack && !m_undoStack->isClean());
}

void MainWindow::updateEditActions()
{
    const bool editable = m_project && !m_project->isReadOnly() && m_undoStack;
    m_actions->undo->setEnabled(editable && m_undoStack->canUndo());
    m_actions->redo->setEnabled(editable && m_undoStack->canRedo());
    const QString undoText = m_undoStack ? m_undoStack->undoText() : QString();
    const QString redoText = m_undoStack ? m_undoStack->redoText() : QString();
    m_actions->undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(withoutMnemonics(undoText)));
    m_actions->redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(withoutMnemonics(redoText)));
}

void MainWindow::updateFileActions()
{
    const bool open = m_project != nullptr;
    m_actions->save->setEnabled(open && !m_project->isReadOnly());
    m_actions->saveAs->setEnabled(open);
    m_actions->saveCopy->setEnabled(open);
    m_actions->closeProject->setEnabled(open);
    m_actions->closeTab->setEnabled(open && m_tabs->count() > 0);
    m_actions->nextTab->setEnabled(open && m_tabs->count() > 1);
    m_actions->previousTab->setEnabled(open && m_tabs->count() > 1);
}

void MainWindow::showAbout()
{
    const QString log = core::logging::logFilePath();
    QString text = tr("<h3>Archbench %1</h3>"
                      "<p>A workbench for architecture design reviews: decision matrices, "
                      "Well-Architected reviews, disaster-recovery drills and cost models.</p>"
                      "<p>Built with Qt %2.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                            QString::fromLatin1(qVersion()));
    if (!log.isEmpty())
        text += tr("<p>Log file: %1</p>").arg(QDir::toNativeSeparators(log).toHtmlEscaped());
    QMessageBox::about(this, tr("About Archbench"), text);
}

void MainWindow::toggleFullScreen(bool on)
{
    if (on == isFullScreen())
        return;
    if (on) {
        m_stateBeforeFullScreen = windowState();
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        setWindowState(m_stateBeforeFullScreen & ~Qt::WindowFullScreen);
    }
}

PortfolioWindow *MainWindow::portfolioWindow() const
{
    return m_portfolio.data();
}

void MainWindow::openPortfolio()
{
    if (!m_portfolio) {
        m_portfolio = new PortfolioWindow(this);
        connect(m_portfolio, &PortfolioWindow::openRequested, this, &MainWindow::openFromPortfolio);
    }
    m_portfolio->show();
    m_portfolio->raise();
    m_portfolio->activateWindow();
    if (m_portfolio->folder().isEmpty()) {
        const QString remembered = PortfolioWindow::rememberedFolder();
        if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
            m_portfolio->openFolder(remembered);
        else
            m_portfolio->chooseFolder();
    }
}

void MainWindow::openFromPortfolio(QString path, QString projectId, core::ItemKind kind, QString item, QString subId)
{
    const auto showsIt = [&] {
        if (!m_project)
            return false;
        if (!m_filePath.isEmpty())
            return QFileInfo(m_filePath).canonicalFilePath() == QFileInfo(path).canonicalFilePath();
        return m_project->info().id == projectId; // a .json project opens untitled
    };
    if (!showsIt())
        emit openRecentRequested(path); // asks about unsaved changes first; may be refused or cancelled
    if (!showsIt())
        return;
    raise();
    activateWindow();
    if (!item.isEmpty())
        m_workbench->openItem(ItemRef{kind, item}, subId);
}

void MainWindow::restoreSettings()
{
    m_layout->restore();
}

void MainWindow::saveSettings() const
{
    m_layout->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange) {
        const QSignalBlocker block(m_actions->fullScreen);
        m_actions->fullScreen->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

} // namespace archbench::ui
