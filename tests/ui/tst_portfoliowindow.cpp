// The Portfolio window (issue 19 §1): a folder of fired, due and clean projects plus a corrupt
// file; rows, the unreadable list with its reason, filter and search, sorting, Return on a
// project and on an attention item, the charts, the worker-thread scan, and File ▸ Open
// Portfolio… opening a project at the item in the main window.
#include "common/snapshot.h"
#include "common/testsupport.h"

#include "core/project.h"
#include "core/storage/projectfile.h"
#include "ui/portfolio/portfoliomodel.h"
#include "ui/portfolio/portfoliowindow.h"
#include "ui/shell/filecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shellactions.h"

#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace archbench;
using ui::PortfolioModel;
using ui::PortfolioFilter;

namespace {

const QDate kToday(2026, 12, 5);

core::ProjectData project(const QString &id, const QString &name, double rps, const QDate &reviewBy = {})
{
    auto data = core::readProjectFile(test::dataPath(QStringLiteral("interchange/example.json")));
    if (!data)
        qFatal("example.json unreadable");
    data->project.id = id;
    data->project.name = name;
    data->decisions[0].status = core::DecisionStatus::Accepted;
    data->decisions[0].scores << core::Score{QStringLiteral("o2"), QStringLiteral("c2"), 3, {}};
    data->decisions[0].revisitTriggers[0].currentValue = rps;
    if (reviewBy.isValid()) {
        data->decisions[0].revisitTriggers[1].reviewBy = reviewBy;
        data->drills.clear(); // only the trigger speaks for the due project
    }
    for (core::Drill &drill : data->drills)
        drill.actionItems.clear();
    data->reviews.clear();
    return *data;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, PortfolioModel::ProjectColumn).data().toString() == name)
            return r;
    return -1;
}

} // namespace

class TestPortfolioWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::failOnErrorLogs();
        const QString root = m_dir.path();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/team")));
        QVERIFY(core::writeProjectFile(project(QStringLiteral("p-fired"), QStringLiteral("Fired project"), 12400),
                                       root + QStringLiteral("/team/fired.archbench")));
        QVERIFY(core::writeProjectFile(project(QStringLiteral("p-due"), QStringLiteral("Due project"), 3200, kToday.addDays(10)),
                                       root + QStringLiteral("/due.json")));
        core::ProjectData clean;
        clean.project.id = QStringLiteral("p-clean");
        clean.project.name = QStringLiteral("Clean project");
        QVERIFY(core::writeProjectFile(clean, root + QStringLiteral("/clean.json")));
        write(root + QStringLiteral("/team/corrupt.archbench"), "not a database at all");
    }

    void rowsFilterSearchAndSort()
    {
        test::ExpectErrorLogs expected; // the corrupt file is logged as refused
        ui::PortfolioWindow window;
        new QAbstractItemModelTester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
        new QAbstractItemModelTester(window.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
        window.setSynchronous(true);
        window.setToday(kToday);
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openFolder(m_dir.path());
        QCOMPARE(window.model()->rowCount(), 3);
        QVERIFY2(window.windowTitle().contains(QDir::toNativeSeparators(m_dir.path())), qPrintable(window.windowTitle()));
        QVERIFY2(window.summary()->text().contains(QStringLiteral("3 projects")) && window.summary()->text().contains(QStringLiteral("1 needs attention"))
                     && window.summary()->text().contains(QStringLiteral("1 file unreadable")),
                 qPrintable(window.summary()->text()));
        // the corrupt file: listed with its reason, the tab says how many
        QCOMPARE(window.unreadableList()->topLevelItemCount(), 1);
        QVERIFY(window.unreadableList()->topLevelItem(0)->text(0).contains(QStringLiteral("corrupt.archbench")));
        QVERIFY(!window.unreadableList()->topLevelItem(0)->text(1).isEmpty());
        QVERIFY(window.tabs()->tabText(window.tabs()->indexOf(window.unreadableList())).contains(QStringLiteral("(1)")));

        // the fired count reads in the table, with the failure badge
        QAbstractItemModel *rows = window.table()->model();
        const int fired = rowOf(rows, QStringLiteral("Fired project"));
        QVERIFY(fired >= 0);
        QCOMPARE(rows->index(fired, PortfolioModel::FiredColumn).data().toString(), QStringLiteral("1"));
        QVERIFY(rows->index(fired, PortfolioModel::FiredColumn).data(Qt::DecorationRole).isValid()); // its badge
        QVERIFY(!rows->index(fired, PortfolioModel::DueColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(rows->index(rowOf(rows, QStringLiteral("Due project")), PortfolioModel::DueColumn).data().toString(), QStringLiteral("1"));
        test::snapshot(&window, QStringLiteral("portfolio-all"));

        // sort by fired triggers, most first
        window.table()->sortByColumn(PortfolioModel::FiredColumn, Qt::DescendingOrder);
        QCOMPARE(rows->index(0, PortfolioModel::ProjectColumn).data().toString(), QStringLiteral("Fired project"));
        window.table()->sortByColumn(PortfolioModel::ProjectColumn, Qt::AscendingOrder);
        QCOMPARE(rows->index(0, PortfolioModel::ProjectColumn).data().toString(), QStringLiteral("Clean project"));

        // filters
        window.filter()->setShow(PortfolioFilter::Show::NeedsAttention);
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Fired project"));
        window.filter()->setShow(PortfolioFilter::Show::Overdue);
        QCOMPARE(rows->rowCount(), 0); // the drill is not overdue, no action items
        window.filter()->setShow(PortfolioFilter::Show::All);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("portfolioSearch"));
        QVERIFY(search && search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("due"));
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY2(window.summary()->text().contains(QStringLiteral("1 shown")), qPrintable(window.summary()->text()));
        search->clear();
        QCOMPARE(rows->rowCount(), 3);
    }

    void returnOpensProjectAndItem()
    {
        test::ExpectErrorLogs expected;
        ui::PortfolioWindow window;
        window.setSynchronous(true);
        window.setToday(kToday);
        window.show();
        window.openFolder(m_dir.path());
        QSignalSpy spy(&window, &ui::PortfolioWindow::openRequested);
        const int fired = rowOf(window.table()->model(), QStringLiteral("Fired project"));
        window.table()->setCurrentIndex(window.table()->model()->index(fired, 0));
        window.table()->setFocus();
        QTest::keyClick(window.table(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(0).toString().endsWith(QStringLiteral("team/fired.archbench")));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("p-fired"));
        QVERIFY(spy.at(0).at(3).toString().isEmpty());

        // the selected project's attention items, fired trigger first; Return opens at it
        QListWidget *list = window.attentionList();
        QVERIFY(list->count() >= 2);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("fired")), qPrintable(list->item(0)->text()));
        list->setCurrentRow(0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(2).value<core::ItemKind>(), core::ItemKind::Decision);
        QCOMPARE(spy.at(1).at(3).toString(), QStringLiteral("d1"));
        QCOMPARE(spy.at(1).at(4).toString(), QStringLiteral("t1"));

        // a project with nothing to do says so
        window.table()->setCurrentIndex(window.table()->model()->index(rowOf(window.table()->model(), QStringLiteral("Clean project")), 0));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("nothing needs attention")), qPrintable(list->item(0)->text()));
    }

    void charts()
    {
        test::ExpectErrorLogs expected;
        ui::PortfolioWindow window;
        window.setSynchronous(true);
        window.setToday(kToday);
        window.resize(1280, 720);
        window.show();
        window.openFolder(m_dir.path());
        auto *drill = window.findChild<QChartView *>(QStringLiteral("portfolioDrillChart"));
        QVERIFY(drill && drill->chart());
        int points = 0;
        for (QAbstractSeries *s : drill->chart()->series())
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                points += int(scatter->count());
        QCOMPARE(points, 1); // the fired project's drill (the due project has none)
        auto *risk = window.findChild<QChartView *>(QStringLiteral("portfolioRiskChart"));
        QVERIFY(risk && risk->chart() && !risk->chart()->series().isEmpty());
        window.tabs()->setCurrentWidget(drill);
        test::snapshot(&window, QStringLiteral("portfolio-drills"));
    }

    void scansOnAWorkerThread()
    {
        test::ExpectErrorLogs expected;
        ui::PortfolioWindow window;
        window.setToday(kToday);
        QSignalSpy scanned(&window, &ui::PortfolioWindow::scanned);
        window.openFolder(m_dir.path());
        QVERIFY(window.isScanning());
        QVERIFY(scanned.wait(20000));
        QVERIFY(!window.isScanning());
        QCOMPARE(window.model()->rowCount(), 3);
        // a missing folder says so, and the table empties
        window.openFolder(m_dir.filePath(QStringLiteral("gone")));
        QVERIFY(scanned.wait(20000));
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY2(window.summary()->text().contains(QStringLiteral("gone")), qPrintable(window.summary()->text()));
    }

    void fileMenuOpensPortfolioAndProject()
    {
        test::ExpectErrorLogs expected;
        QSettings().setValue(QStringLiteral("portfolio/folder"), m_dir.path());
        ui::MainWindow window;
        ui::FileController files(&window);
        files.setRememberRecent(false);
        window.show();
        QVERIFY(window.actions()->openPortfolio->isEnabled());
        window.actions()->openPortfolio->trigger();
        ui::PortfolioWindow *portfolio = window.portfolioWindow();
        QVERIFY(portfolio && portfolio->isVisible());
        QCOMPARE(portfolio->folder(), QDir::cleanPath(m_dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(portfolio->model()->rowCount(), 3, 20000);
        QTRY_VERIFY(!portfolio->isScanning());
        const int fired = rowOf(portfolio->table()->model(), QStringLiteral("Fired project"));
        portfolio->table()->setCurrentIndex(portfolio->table()->model()->index(fired, 0));
        portfolio->attentionList()->setCurrentRow(0);
        emit portfolio->attentionList()->itemActivated(portfolio->attentionList()->item(0));
        QVERIFY(window.project());
        QCOMPARE(window.project()->info().id, QStringLiteral("p-fired"));
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("decisionEditor")));
        // asking again for the project that is open does not reopen it
        core::Project *open = window.project();
        emit portfolio->attentionList()->itemActivated(portfolio->attentionList()->item(0));
        QCOMPARE(window.project(), open);
    }
};

QTEST_MAIN(TestPortfolioWindow)
#include "tst_portfoliowindow.moc"
