// The Action items dock: open items of drills and review improvements together, earliest due
// first, overdue marked with colour and word; double-click or Enter asks the workbench to open
// the source item with the row highlighted; the list follows edits of the project.
#include "common/testsupport.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/drill/actionitemsdock.h"
#include "ui/drill/actionitemsmodel.h"
#include "ui/workbench.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {
ProjectData sample()
{
    ProjectData data;
    Drill drill;
    drill.id = QStringLiteral("x1");
    drill.title = QStringLiteral("Q4 regional failover drill");
    drill.actionItems = {
        ActionItem{QStringLiteral("a1"), QStringLiteral("Replace runbook step 7"), QStringLiteral("Sam"), QDate(2026, 11, 27), WorkStatus::Open},
        ActionItem{QStringLiteral("a2"), QStringLiteral("Align the launch template"), QStringLiteral("Lena"), QDate(2026, 12, 20), WorkStatus::InProgress},
        ActionItem{QStringLiteral("a3"), QStringLiteral("Lag alarm"), QStringLiteral("Priya"), QDate(2026, 11, 25), WorkStatus::Done}};
    Review review;
    review.id = QStringLiteral("w1");
    review.title = QStringLiteral("Checkout workload review");
    review.improvements = {
        Improvement{QStringLiteral("i1"), QStringLiteral("rel-backup"), QStringLiteral("Test restores every month"), QStringLiteral("Ben"), QDate(2026, 12, 3), WorkStatus::Open},
        Improvement{QStringLiteral("i2"), QStringLiteral("sec-keys"), QStringLiteral("Rotate access keys"), {}, {}, WorkStatus::Open}};
    data.drills = {drill};
    data.reviews = {review};
    return data;
}
} // namespace

class TestActionItemsDock : public QObject {
    Q_OBJECT
private:
    QMainWindow *m_window = nullptr;
    ui::Workbench *m_workbench = nullptr;
    Project *m_project = nullptr;
    QUndoStack *m_stack = nullptr;
    ui::ActionItemsDock *m_dock = nullptr;

private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void init()
    {
        m_window = new QMainWindow;
        m_workbench = new ui::Workbench(m_window);
        m_dock = new ui::ActionItemsDock(*m_workbench, m_window);
        m_dock->model()->setReferenceDate(QDate(2026, 12, 1));
        m_workbench->addDock(m_dock, Qt::BottomDockWidgetArea);
        m_project = new Project(sample(), m_window);
        m_stack = new QUndoStack(m_window);
        m_workbench->setProject(m_project, m_stack);
        m_window->resize(1000, 400);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup() { delete m_window; }

    void objectNameAndArea()
    {
        QCOMPARE(m_dock->objectName(), QStringLiteral("actionItemsDock"));
        QCOMPARE(m_window->dockWidgetArea(m_dock), Qt::BottomDockWidgetArea);
    }

    void sortedWithOverdueMarked()
    {
        ui::ActionItemsModel *model = m_dock->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        auto text = [&](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(text(0, ui::ActionItemsModel::TextColumn), QStringLiteral("Replace runbook step 7"));
        QCOMPARE(text(1, ui::ActionItemsModel::TextColumn), QStringLiteral("Test restores every month"));
        QCOMPARE(text(2, ui::ActionItemsModel::TextColumn), QStringLiteral("Align the launch template"));
        QCOMPARE(text(3, ui::ActionItemsModel::TextColumn), QStringLiteral("Rotate access keys"));
        QCOMPARE(text(0, ui::ActionItemsModel::StateColumn), QStringLiteral("Overdue"));
        QCOMPARE(model->index(0, ui::ActionItemsModel::StateColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
                 QColor(0xD5, 0x5E, 0x00));
        QCOMPARE(text(1, ui::ActionItemsModel::StateColumn), QStringLiteral("Due soon"));
        QCOMPARE(model->index(1, ui::ActionItemsModel::StateColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
                 QColor(0xE6, 0x9F, 0x00));
        QCOMPARE(text(2, ui::ActionItemsModel::StateColumn), QString());
        QCOMPARE(text(3, ui::ActionItemsModel::DueColumn), QStringLiteral("no date"));
        QCOMPARE(text(0, ui::ActionItemsModel::SourceColumn), QStringLiteral("Drill: Q4 regional failover drill"));
        QCOMPARE(text(1, ui::ActionItemsModel::SourceColumn), QStringLiteral("Review: Checkout workload review"));
        QCOMPARE(text(3, ui::ActionItemsModel::OwnerColumn), QStringLiteral("unassigned"));
        QCOMPARE(m_dock->summaryText(), QStringLiteral("4 open, 1 overdue."));
    }

    void doubleClickOpensTheSource()
    {
        QTableView *view = m_dock->view();
        QSignalSpy spy(m_workbench, &ui::Workbench::openItemRequested);
        const QModelIndex cell = view->model()->index(1, ui::ActionItemsModel::TextColumn);
        const QPoint centre = view->visualRect(cell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(spy.count(), 1);
        const auto ref = spy.at(0).at(0).value<ui::ItemRef>();
        QCOMPARE(ref.kind, ItemKind::Review);
        QCOMPARE(ref.id, QStringLiteral("w1"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("i1"));

        // Enter on a row does the same (keyboard first)
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<ui::ItemRef>(), (ui::ItemRef{ItemKind::Drill, QStringLiteral("x1")}));
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("a1"));
    }

    void followsEditsAndUndo()
    {
        ui::ActionItemsModel *model = m_dock->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Drill drill = *m_project->find<Drill>(QStringLiteral("x1"));
        drill.actionItems[0].status = WorkStatus::Done;
        QVERIFY(ui::commands::replaceItem(m_stack, m_project, drill, QStringLiteral("Done")));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(m_dock->summaryText(), QStringLiteral("3 open, none overdue."));
        m_stack->undo();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->overdueCount(), 1);
        // a due date moved changes the order, not the count
        drill = *m_project->find<Drill>(QStringLiteral("x1"));
        drill.actionItems[1].due = QDate(2026, 11, 1);
        QVERIFY(ui::commands::replaceItem(m_stack, m_project, drill, QStringLiteral("Due")));
        QCOMPARE(model->index(0, ui::ActionItemsModel::TextColumn).data().toString(), QStringLiteral("Align the launch template"));
        QCOMPARE(model->overdueCount(), 2);
        // closing the project empties the list
        m_workbench->setProject(nullptr, nullptr);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(m_dock->summaryText(), QStringLiteral("No open action items."));
    }

    void render()
    {
        const QString dir = qEnvironmentVariable("ARCHBENCH_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set ARCHBENCH_SCREENSHOTS to a folder to save a picture of the dock");
        QVERIFY(m_dock->grab().save(dir + QStringLiteral("/actionitemsdock.png")));
    }
};

QTEST_MAIN(TestActionItemsDock)
#include "tst_actionitemsdock.moc"
