#include "portfoliowindow.h"
#include "ui/charts/chartstyle.h"

#include "portfoliocharts.h"
#include "portfoliomodel.h"
#include "ui/review/riskstyle.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {

const QString kGroup = QStringLiteral("portfolio");

enum ItemRole { KindRole = Qt::UserRole + 1, ItemRoleId, SubRole, PathRole, ProjectRole };

QString kindMarker(core::AttentionKind kind)
{
    switch (kind) {
    case core::AttentionKind::Trigger: return PortfolioWindow::tr("Fired");
    case core::AttentionKind::Due: return PortfolioWindow::tr("Due");
    case core::AttentionKind::Check: return PortfolioWindow::tr("Check");
    case core::AttentionKind::Risk: return PortfolioWindow::tr("High risk");
    case core::AttentionKind::Drill: return PortfolioWindow::tr("Drill");
    case core::AttentionKind::DrillFailed: return PortfolioWindow::tr("Drill");
    case core::AttentionKind::Action: return PortfolioWindow::tr("Overdue");
    }
    return {};
}

/// The badge of a kind: the palette's vermilion for what is late or broken, orange for what is
/// due or questionable (a decision-quality check).
QIcon kindBadge(core::AttentionKind kind)
{
    switch (kind) {
    case core::AttentionKind::Due:
    case core::AttentionKind::Check:
        return RiskStyle::badge(core::RiskLevel::Medium);
    default:
        return RiskStyle::badge(core::RiskLevel::High);
    }
}

/// Return on a list or table activates the current item, as a double-click does.
class ReturnActivates : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                auto *view = qobject_cast<QAbstractItemView *>(watched);
                if (view && view->currentIndex().isValid()) {
                    emit view->activated(view->currentIndex());
                    return true;
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

PortfolioWindow::PortfolioWindow(QWidget *parent)
    : QMainWindow(parent, Qt::Window), m_model(new PortfolioModel(this)), m_filter(new PortfolioFilter(this))
{
    setObjectName(QStringLiteral("portfolioWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setWindowTitle(tr("Portfolio"));
    m_filter->setSourceModel(m_model);
    buildUi();
    restoreSettings();
}

PortfolioWindow::~PortfolioWindow()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void PortfolioWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Portfolio"));
    toolbar->setObjectName(QStringLiteral("portfolioToolbar"));
    toolbar->setMovable(false);
    auto *choose = toolbar->addAction(tr("Choose &Folder…"));
    choose->setObjectName(QStringLiteral("actionChooseFolder"));
    choose->setShortcut(QKeySequence::Open);
    choose->setToolTip(tr("Pick the folder whose projects the portfolio shows (searched with its sub-folders)"));
    connect(choose, &QAction::triggered, this, &PortfolioWindow::chooseFolder);
    auto *rescanAction = toolbar->addAction(tr("&Rescan"));
    rescanAction->setObjectName(QStringLiteral("actionRescan"));
    rescanAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    rescanAction->setToolTip(tr("Read the folder again (F5)"));
    connect(rescanAction, &QAction::triggered, this, &PortfolioWindow::rescan);
    toolbar->addSeparator();

    auto *showLabel = new QLabel(tr("&Show:"));
    m_show = new QComboBox;
    m_show->setObjectName(QStringLiteral("portfolioShow"));
    m_show->addItem(tr("All projects"), int(PortfolioFilter::Show::All));
    m_show->addItem(tr("Needing attention"), int(PortfolioFilter::Show::NeedsAttention));
    m_show->addItem(tr("With fired triggers"), int(PortfolioFilter::Show::FiredTriggers));
    m_show->addItem(tr("With overdue actions or drills"), int(PortfolioFilter::Show::Overdue));
    m_show->addItem(tr("With high risks"), int(PortfolioFilter::Show::HighRisks));
    m_show->addItem(tr("With failed checks"), int(PortfolioFilter::Show::FailedChecks));
    showLabel->setBuddy(m_show);
    toolbar->addWidget(showLabel);
    toolbar->addWidget(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(PortfolioFilter::Show(m_show->currentData().toInt()));
        updateSummary();
    });
    toolbar->addSeparator();
    auto *searchLabel = new QLabel(tr("Sear&ch:"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("portfolioSearch"));
    m_search->setPlaceholderText(tr("Project, owner or file"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    searchLabel->setBuddy(m_search);
    toolbar->addWidget(searchLabel);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateSummary();
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortfolioModel::ProjectColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Projects"));
    m_table->installEventFilter(new ReturnActivates(m_table));
    connect(m_table, &QAbstractItemView::activated, this, &PortfolioWindow::openCurrentProject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PortfolioWindow::updateAttentionList);
    m_splitter->addWidget(m_table);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("portfolioTabs"));
    m_attention = new QListWidget;
    m_attention->setObjectName(QStringLiteral("portfolioAttention"));
    m_attention->setWordWrap(true);
    m_attention->setAccessibleName(tr("What needs attention"));
    m_attention->installEventFilter(new ReturnActivates(m_attention));
    connect(m_attention, &QListWidget::itemActivated, this, &PortfolioWindow::openAttentionItem);
    m_tabs->addTab(m_attention, tr("What needs &attention"));
    m_riskChart = new QChartView;
    m_riskChart->setRenderHint(QPainter::Antialiasing);
    m_riskChart->setObjectName(QStringLiteral("portfolioRiskChart"));
    m_tabs->addTab(m_riskChart, tr("Risks per &pillar"));
    m_drillChart = new QChartView;
    m_drillChart->setRenderHint(QPainter::Antialiasing);
    m_drillChart->setObjectName(QStringLiteral("portfolioDrillChart"));
    m_tabs->addTab(m_drillChart, tr("&Drill margins"));
    m_unreadable = new QTreeWidget;
    m_unreadable->setObjectName(QStringLiteral("portfolioUnreadable"));
    m_unreadable->setHeaderLabels({tr("File"), tr("Why it cannot be read")});
    m_unreadable->setRootIsDecorated(false);
    m_unreadable->setWordWrap(true);
    m_tabs->addTab(m_unreadable, tr("&Unreadable files"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    setMinimumSize(640, 420);
}

QString PortfolioWindow::rememberedFolder()
{
    return QSettings().value(kGroup + QStringLiteral("/folder")).toString();
}

bool PortfolioWindow::chooseFolder()
{
    const QString start = m_folder.isEmpty() ? rememberedFolder() : m_folder;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Portfolio Folder"),
                                                             start.isEmpty() ? QDir::homePath() : start);
    if (folder.isEmpty())
        return false;
    openFolder(folder);
    return true;
}

void PortfolioWindow::openFolder(const QString &folder)
{
    m_folder = QDir::cleanPath(folder);
    setWindowTitle(tr("Portfolio — %1").arg(QDir::toNativeSeparators(m_folder)));
    QSettings().setValue(kGroup + QStringLiteral("/folder"), m_folder);
    rescan();
}

void PortfolioWindow::rescan()
{
    if (m_folder.isEmpty()) {
        chooseFolder();
        return;
    }
    const int generation = ++m_generation;
    const QString folder = m_folder;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_scanning = true;
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(tr("Reading the projects in %1…").arg(QDir::toNativeSeparators(folder)));
    const auto finish = [this, generation](const core::Expected<core::Portfolio> &result) {
        if (generation != m_generation)
            return; // a newer scan is under way
        m_scanning = false;
        m_progress->hide();
        if (!result) {
            m_model->setPortfolio(core::Portfolio{});
            statusBar()->showMessage(result.error().message);
            m_summary->setText(result.error().message);
            updateAttentionList();
            updateCharts();
            m_unreadable->clear();
        } else {
            statusBar()->clearMessage();
            showPortfolio(*result);
        }
        emit scanned();
    };
    if (m_synchronous) {
        finish(core::PortfolioScan::scan(folder, today));
        return;
    }
    QPointer<PortfolioWindow> self(this);
    QThread *thread = QThread::create([self, folder, today, finish] {
        auto result = core::PortfolioScan::scan(folder, today, {}, 0, [self](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (self && self->m_scanning) {
                    self->m_progress->setRange(0, total);
                    self->m_progress->setValue(done);
                    self->m_progress->setFormat(tr("%1 of %2 projects").arg(done).arg(total));
                }
            }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(qApp, [self, finish, result = std::move(result)] {
            if (self)
                finish(result);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads << thread;
    thread->start();
}

void PortfolioWindow::showPortfolio(const core::Portfolio &portfolio)
{
    const QString current = m_table->currentIndex().data(PortfolioModel::SourceRole).toString();
    m_model->setPortfolio(portfolio);
    m_unreadable->clear();
    for (const core::PortfolioProblem &p : portfolio.unreadable) {
        auto *item = new QTreeWidgetItem(m_unreadable, {QDir::toNativeSeparators(QDir(m_folder).relativeFilePath(p.source)), p.reason});
        item->setToolTip(0, QDir::toNativeSeparators(p.source));
        item->setToolTip(1, p.reason);
    }
    m_unreadable->resizeColumnToContents(0);
    m_tabs->setTabText(m_tabs->indexOf(m_unreadable), portfolio.unreadable.isEmpty()
                                                          ? tr("&Unreadable files")
                                                          : tr("&Unreadable files (%1)").arg(portfolio.unreadable.size()));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < PortfolioModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    // keep the project that was selected, else select the first
    int select = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_filter->index(r, 0).data(PortfolioModel::SourceRole).toString() == current)
            select = r;
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(select, 0));
    if (!m_search->hasFocus())
        m_table->setFocus(Qt::OtherFocusReason); // arrows and Return work at once
    updateSummary();
    updateAttentionList();
    updateCharts();
}

void PortfolioWindow::updateSummary()
{
    const core::Portfolio &p = m_model->portfolio();
    if (m_folder.isEmpty()) {
        m_summary->setText(tr("Choose a folder: every Archbench project in it and its sub-folders is listed."));
        return;
    }
    int attention = 0;
    const QList<core::AttentionKind> kinds = core::PortfolioScan::defaultFailOn();
    for (const core::PortfolioRow &row : p.rows)
        attention += std::any_of(row.attention.cbegin(), row.attention.cend(),
                                 [&](const core::AttentionItem &i) { return kinds.contains(i.kind); }) ? 1 : 0;
    QStringList parts;
    parts << (p.rows.size() == 1 ? tr("1 project") : tr("%1 projects").arg(p.rows.size()));
    parts << (attention == 1 ? tr("1 needs attention") : tr("%1 need attention").arg(attention));
    if (!p.unreadable.isEmpty())
        parts << (p.unreadable.size() == 1 ? tr("1 file unreadable") : tr("%1 files unreadable").arg(p.unreadable.size()));
    if (m_filter->rowCount() != p.rows.size())
        parts << tr("%1 shown").arg(m_filter->rowCount());
    if (p.rows.isEmpty() && p.unreadable.isEmpty() && !m_scanning)
        parts = QStringList{tr("No Archbench projects in this folder or its sub-folders.")};
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void PortfolioWindow::updateAttentionList()
{
    m_attention->clear();
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const core::PortfolioRow *row = m_model->rowAt(current.row());
    if (!row) {
        auto *empty = new QListWidgetItem(tr("Select a project to see what needs attention in it."), m_attention);
        empty->setFlags(Qt::ItemIsEnabled);
        return;
    }
    if (row->attention.isEmpty()) {
        auto *clear = new QListWidgetItem(tr("%1: nothing needs attention.").arg(row->name), m_attention);
        clear->setFlags(Qt::ItemIsEnabled);
        clear->setIcon(RiskStyle::badge(core::RiskLevel::None));
        return;
    }
    for (const core::AttentionItem &a : row->attention) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(kindMarker(a.kind), a.message), m_attention);
        item->setIcon(kindBadge(a.kind));
        item->setData(KindRole, int(a.itemKind));
        item->setData(ItemRoleId, a.item);
        item->setData(SubRole, a.subId);
        item->setData(PathRole, row->source);
        item->setData(ProjectRole, row->id);
        item->setToolTip(tr("Return opens %1 at this item").arg(row->name));
    }
}

void PortfolioWindow::updateCharts()
{
    const core::Portfolio &p = m_model->portfolio();
    charts::show(m_riskChart, createPortfolioRiskChart(p));
    charts::show(m_drillChart, createDrillMarginChart(p));
}

void PortfolioWindow::openCurrentProject()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const core::PortfolioRow *row = m_model->rowAt(m_filter->mapToSource(current).row());
    if (!row)
        return;
    // copies: a rescan may replace the rows while the receiver asks a question
    const QString source = row->source, id = row->id;
    emit openRequested(source, id, core::ItemKind::Decision, {}, {});
}

void PortfolioWindow::openAttentionItem()
{
    const QListWidgetItem *item = m_attention->currentItem();
    if (!item || item->data(PathRole).toString().isEmpty())
        return;
    const QString path = item->data(PathRole).toString(), project = item->data(ProjectRole).toString(),
                  id = item->data(ItemRoleId).toString(), sub = item->data(SubRole).toString();
    emit openRequested(path, project, core::ItemKind(item->data(KindRole).toInt()), id, sub);
}

void PortfolioWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void PortfolioWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("show"), m_show->currentIndex());
}

void PortfolioWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 700);
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    m_show->setCurrentIndex(std::clamp(settings.value(QStringLiteral("show"), 0).toInt(), 0, m_show->count() - 1));
    m_filter->setShow(PortfolioFilter::Show(m_show->currentData().toInt()));
    updateSummary();
}

} // namespace archbench::ui
