// The drill editor, driven through real key and mouse events: every edit lands in the
// document as one undo step (typing merges), undo/redo round-trips, the result banner follows,
// tier presets are offered, phase times compute phases, read-only blocks edits.
#include "common/testsupport.h"
#include "core/drill/drillcadence.h"
#include "core/project.h"
#include "ui/drill/drillactionitemsmodel.h"
#include "ui/drill/drilleditor.h"
#include "ui/drill/drilllistsection.h"
#include "ui/drill/drillresultbanner.h"
#include "ui/drill/expectedlosspanel.h"
#include "ui/drill/findingsmodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/optionaldoublespinbox.h"
#include "ui/widgets/optionaldatetimeedit.h"
#include "ui/drill/phasetimespanel.h"
#include "ui/drill/timelinemodel.h"
#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using archbench::ui::DrillEditor;

namespace {
Drill q4Drill()
{
    Drill d;
    d.id = QStringLiteral("x1");
    d.title = QStringLiteral("Q4 regional failover drill");
    d.date = QDate(2026, 11, 20);
    d.scenario = DrillScenario::Region;
    d.tier = DrTier::WarmStandby;
    d.targets = {15.0, 5.0};
    d.measured = {4.0, 6.0, 22.0, 15.0};
    d.actionItems = {ActionItem{QStringLiteral("a1"), QStringLiteral("Fix runbook step 7"),
                                QStringLiteral("Sam"), QDate(2026, 11, 27), WorkStatus::Open},
                     ActionItem{QStringLiteral("a2"), QStringLiteral("Align launch template"),
                                QStringLiteral("Lena"), QDate(2026, 11, 27), WorkStatus::InProgress}};
    return d;
}

/// Replaces the whole text of a field the way a user does: focus, select all, type, Enter.
void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Backspace);
    else
        QTest::keyClicks(widget, text);
    QTest::keyClick(widget, Qt::Key_Tab);
}

const Drill &drillOf(const Project &project)
{
    return *project.find<Drill>(QStringLiteral("x1"));
}
} // namespace

class TestDrillEditor : public QObject {
    Q_OBJECT
private:
    QMainWindow *m_window = nullptr;
    ui::Workbench *m_workbench = nullptr;
    Project *m_project = nullptr;
    QUndoStack *m_stack = nullptr;
    DrillEditor *m_editor = nullptr;

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QCoreApplication::setOrganizationName(QStringLiteral("ArchbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_drilleditor"));
        QSettings().clear();
    }

    void init()
    {
        m_window = new QMainWindow;
        m_workbench = new ui::Workbench(m_window);
        ProjectData data;
        data.drills = {q4Drill()};
        m_project = new Project(data, m_window);
        m_stack = new QUndoStack(m_window);
        m_workbench->setProject(m_project, m_stack);
        m_editor = new DrillEditor(m_workbench->context(), QStringLiteral("x1"));
        m_window->setCentralWidget(m_editor);
        m_window->resize(1200, 1300);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void modelsPassTheTester()
    {
        auto *timeline = m_editor->timelineSection()->view()->model();
        auto *findings = m_editor->findingsSection()->view()->model();
        auto *actions = m_editor->actionItemsSection()->view()->model();
        QAbstractItemModelTester t1(timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(actions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(m_editor->timelineSection()->addButton(), Qt::LeftButton);
        QTest::mouseClick(m_editor->findingsSection()->addButton(), Qt::LeftButton);
        QTest::mouseClick(m_editor->actionItemsSection()->addButton(), Qt::LeftButton);
        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(timeline->rowCount(), 0);
        m_stack->redo();
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(findings->rowCount(), 0);
        QCOMPARE(actions->rowCount(), 2);
    }

    void typingTheTitleIsOneUndoStep()
    {
        QLineEdit *title = m_editor->titleEdit();
        typeInto(title, QStringLiteral("Q4 drill, second try"));
        QCOMPARE(drillOf(*m_project).title, QStringLiteral("Q4 drill, second try"));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).title, QStringLiteral("Q4 regional failover drill"));
        QCOMPARE(title->text(), QStringLiteral("Q4 regional failover drill"));
        m_stack->redo();
        QCOMPARE(drillOf(*m_project).title, QStringLiteral("Q4 drill, second try"));
        QCOMPARE(title->text(), QStringLiteral("Q4 drill, second try"));
        m_stack->undo();
        m_stack->redo();
        QCOMPARE(title->text(), QStringLiteral("Q4 drill, second try"));
    }

    void descriptionAndTrafficShare()
    {
        QPlainTextEdit *description = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("description"));
        QVERIFY(description);
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Blocked us-east-1"));
        QCOMPARE(drillOf(*m_project).description, QStringLiteral("Blocked us-east-1"));
        auto *share = m_editor->findChild<QWidget *>(QStringLiteral("trafficPercent"));
        typeInto(share, QStringLiteral("10"));
        QCOMPARE(drillOf(*m_project).trafficPercent, 10.0);
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).trafficPercent, 0.0);
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).description, QString());
        QCOMPARE(description->toPlainText(), QString());
    }

    void bannerFollowsPhaseEdits()
    {
        ui::DrillResultBanner *banner = m_editor->banner();
        QCOMPARE(banner->rtoBadgeText(), QStringLiteral("FAILED"));
        QVERIFY2(banner->rtoText().contains(QStringLiteral("17 min over")), qPrintable(banner->rtoText()));
        QCOMPARE(banner->rpoBadgeText(), QStringLiteral("FAILED"));
        QVERIFY(banner->actionsText().contains(QStringLiteral("2 action items")));
        banner->setCadence(m_project->items<Drill>(), QDate(2027, 3, 1));
        QCOMPARE(banner->cadenceText(), QStringLiteral("Next drill OVERDUE since 2027-02-18 (11 days)"));
        banner->setCadence(m_project->items<Drill>(), QDate(2027, 2, 8));
        QCOMPARE(banner->cadenceText(), QStringLiteral("Next drill due 2027-02-18 (in 10 days)"));

        // recover 22 -> 5: 4 + 6 + 5 = 15 = target, which passes
        typeInto(m_editor->phaseEdit(2), QStringLiteral("5"));
        QCOMPARE(drillOf(*m_project).measured.recoverMinutes, std::optional<double>(5));
        QCOMPARE(banner->rtoBadgeText(), QStringLiteral("PASSED"));
        QVERIFY2(banner->rtoText().contains(QStringLiteral("exactly on target")), qPrintable(banner->rtoText()));
        const int steps = m_stack->count();

        typeInto(m_editor->dataLossEdit(), QStringLiteral("3"));
        QCOMPARE(banner->rpoBadgeText(), QStringLiteral("PASSED"));
        QVERIFY2(banner->rpoText().contains(QStringLiteral("2 s to spare")), qPrintable(banner->rpoText()));
        QCOMPARE(m_stack->count(), steps + 1);

        // clearing a phase leaves the RTO unjudged, never passed
        typeInto(m_editor->phaseEdit(0), QString());
        QCOMPARE(drillOf(*m_project).measured.detectMinutes, std::optional<double>());
        QCOMPARE(banner->rtoBadgeText(), QStringLiteral("NOT MEASURED"));
        QVERIFY(banner->rtoText().contains(QStringLiteral("detect")));

        m_stack->undo();
        QCOMPARE(banner->rtoBadgeText(), QStringLiteral("PASSED"));
        QCOMPARE(m_editor->phaseEdit(0)->optionalValue(), std::optional<double>(4));
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(banner->rtoBadgeText(), QStringLiteral("FAILED"));
        QCOMPARE(banner->rpoBadgeText(), QStringLiteral("FAILED"));
        m_stack->redo();
        QCOMPARE(banner->rtoBadgeText(), QStringLiteral("PASSED"));
        QCOMPARE(m_editor->phaseEdit(2)->optionalValue(), std::optional<double>(5));
    }

    void tierChoiceOffersTypicalTargets()
    {
        QComboBox *tier = m_editor->tierCombo();
        tier->setFocus();
        // warm standby -> active-active (the next entry)
        QTest::keyClick(tier, Qt::Key_Down);
        QCOMPARE(drillOf(*m_project).tier, DrTier::ActiveActive);
        QVERIFY(m_editor->tierOffer()->isVisible());
        QVERIFY(m_editor->tierOffer()->text().contains(QStringLiteral("Active-active")));
        QCOMPARE(drillOf(*m_project).targets.rtoMinutes, std::optional<double>(15)); // not yet
        QTest::mouseClick(m_editor->tierOffer()->actionButton(), Qt::LeftButton);
        QCOMPARE(drillOf(*m_project).targets.rtoMinutes, std::optional<double>(1));
        QCOMPARE(drillOf(*m_project).targets.rpoSeconds, std::optional<double>(1));
        QVERIFY(!m_editor->tierOffer()->isVisible());
        QCOMPARE(m_editor->rtoTargetEdit()->optionalValue(), std::optional<double>(1));
        QCOMPARE(m_stack->count(), 2);
        // the filled targets stay editable
        typeInto(m_editor->rtoTargetEdit(), QStringLiteral("2"));
        QCOMPARE(drillOf(*m_project).targets.rtoMinutes, std::optional<double>(2));
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).targets.rtoMinutes, std::optional<double>(15));
        QCOMPARE(drillOf(*m_project).tier, DrTier::ActiveActive);
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).tier, DrTier::WarmStandby);
        QCOMPARE(tier->currentText(), QStringLiteral("Warm standby"));
    }

    void clockTimesComputePhases()
    {
        ui::PhaseTimesPanel *times = m_editor->phaseTimes();
        const QDateTime start(QDate(2026, 11, 20), QTime(10, 0));
        // the stored phases give the later times once the start is known
        times->recordMoment(ui::PhaseTimesPanel::FailureStarted, start);
        QCOMPARE(times->moment(ui::PhaseTimesPanel::Recovered), std::optional<QDateTime>(start.addSecs(32 * 60)));
        QCOMPARE(m_stack->count(), 0);

        // recovered at 10:25 instead: recover = 25 - 10 = 15 min
        times->recordMoment(ui::PhaseTimesPanel::Recovered, start.addSecs(25 * 60));
        QCOMPARE(drillOf(*m_project).measured.recoverMinutes, std::optional<double>(15));
        QCOMPARE(drillOf(*m_project).measured.detectMinutes, std::optional<double>(4));
        QCOMPARE(m_editor->phaseEdit(2)->optionalValue(), std::optional<double>(15));

        // detected at 10:02:30: detect 2.5, decide grows to 7.5 (decided stays at 10:10)
        times->recordMoment(ui::PhaseTimesPanel::Detected, start.addSecs(150));
        QCOMPARE(drillOf(*m_project).measured.detectMinutes, std::optional<double>(2.5));
        QCOMPARE(drillOf(*m_project).measured.decideMinutes, std::optional<double>(7.5));
        QCOMPARE(times->moment(ui::PhaseTimesPanel::Decided), std::optional<QDateTime>(start.addSecs(10 * 60)));

        // out of order: refused with a message, nothing recorded
        const int steps = m_stack->count();
        times->recordMoment(ui::PhaseTimesPanel::Decided, start.addSecs(60));
        QCOMPARE(m_stack->count(), steps);
        QVERIFY(m_editor->problemBar()->isVisible());
        QVERIFY(m_editor->problemBar()->text().contains(QStringLiteral("Failover decided")));
        QCOMPARE(times->moment(ui::PhaseTimesPanel::Decided), std::optional<QDateTime>(start.addSecs(10 * 60)));

        m_stack->undo();
        QCOMPARE(drillOf(*m_project).measured.detectMinutes, std::optional<double>(4));
        QCOMPARE(times->moment(ui::PhaseTimesPanel::Detected), std::optional<QDateTime>(start.addSecs(4 * 60)));
    }

    void clockTimeTypedIntoTheField()
    {
        ui::PhaseTimesPanel *times = m_editor->phaseTimes();
        times->recordMoment(ui::PhaseTimesPanel::FailureStarted, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        ui::OptionalDateTimeEdit *recovered = times->editor(ui::PhaseTimesPanel::Recovered);
        QCOMPARE(recovered->text(), QStringLiteral("2026-11-20 10:32:00"));
        // select the minutes, type 30, Enter: recover = 10:30 - 10:10 = 20 min
        recovered->setFocus();
        recovered->setSelectedSection(QDateTimeEdit::MinuteSection);
        QTest::keyClicks(recovered, QStringLiteral("30"));
        QCOMPARE(m_stack->count(), 0); // nothing recorded while typing
        QTest::keyClick(recovered, Qt::Key_Return);
        QCOMPARE(drillOf(*m_project).measured.recoverMinutes, std::optional<double>(20));
        QCOMPARE(m_stack->count(), 1);
        // Delete on the whole text clears the time and the phase it bounded
        recovered->setFocus();
        QTest::keyClick(recovered, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(recovered, Qt::Key_Delete);
        QCOMPARE(drillOf(*m_project).measured.recoverMinutes, std::optional<double>());
        QCOMPARE(recovered->optionalDateTime(), std::optional<QDateTime>());
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        QCOMPARE(recovered->text(), QStringLiteral("2026-11-20 10:30:00"));
    }

    void actionItemsThroughTheTable()
    {
        ui::DrillListSection *section = m_editor->actionItemsSection();
        QTableView *view = section->view();
        QTest::mouseClick(section->addButton(), Qt::LeftButton);
        const Drill &d = drillOf(*m_project);
        QCOMPARE(d.actionItems.size(), 3);
        QCOMPARE(d.actionItems[2].due, QDate(2026, 11, 27)); // drill date + 7 days
        QCOMPARE(d.actionItems[2].status, WorkStatus::Open);
        // the new row's text cell is open for typing
        QTRY_VERIFY(view->indexWidget(view->currentIndex()) || view->focusWidget() != view);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Test restores monthly"));
        QTest::keyClick(editor, Qt::Key_Return);
        // the delegate commits on Return through a queued call
        QTRY_COMPARE(drillOf(*m_project).actionItems[2].text, QStringLiteral("Test restores monthly"));
        QCOMPARE(m_stack->count(), 2);

        // owner: select the cell and type (any key starts editing)
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, ui::DrillActionItemsModel::OwnerColumn));
        QTest::keyClick(view, 'A'); // any key opens the cell editor
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("na"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(drillOf(*m_project).actionItems[2].owner, QStringLiteral("Ana"));

        // Delete removes the selected row
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(drillOf(*m_project).actionItems.size(), 2);
        QCOMPARE(drillOf(*m_project).actionItems[0].id, QStringLiteral("a2"));
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).actionItems.size(), 3);
        QCOMPARE(drillOf(*m_project).actionItems[0].id, QStringLiteral("a1"));
    }

    void overdueItemsAreMarked()
    {
        auto *model = m_editor->actionItemsModel();
        model->setReferenceDate(QDate(2026, 12, 1));
        const QModelIndex due = model->index(0, ui::DrillActionItemsModel::DueColumn);
        QVERIFY(due.data().toString().contains(QStringLiteral("overdue")));
        QCOMPARE(due.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xD5, 0x5E, 0x00));
        model->setReferenceDate(QDate(2026, 11, 1));
        QVERIFY(!model->index(0, ui::DrillActionItemsModel::DueColumn).data().toString().contains(QStringLiteral("overdue")));
    }

    void timelineAddAndSort()
    {
        auto *model = qobject_cast<ui::TimelineModel *>(m_editor->timelineSection()->view()->model());
        QVERIFY(model);
        QVERIFY(model->addEvent(QDateTime(QDate(2026, 11, 20), QTime(10, 30)), QStringLiteral("Recovered")) >= 0);
        QVERIFY(model->addEvent(QDateTime(QDate(2026, 11, 20), QTime(10, 0)), QStringLiteral("Stopped")) >= 0);
        auto *sort = m_editor->timelineSection()->findChild<QPushButton *>();
        QList<QPushButton *> buttons = m_editor->timelineSection()->findChildren<QPushButton *>();
        QPushButton *sortButton = nullptr;
        for (QPushButton *b : buttons)
            if (b->text().contains(QStringLiteral("time")) && b->text().contains(QStringLiteral("ort")))
                sortButton = b;
        QVERIFY(sort && sortButton);
        QTest::mouseClick(sortButton, Qt::LeftButton);
        QCOMPARE(drillOf(*m_project).timeline[0].event, QStringLiteral("Stopped"));
        QCOMPARE(m_stack->count(), 3);
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).timeline[0].event, QStringLiteral("Recovered"));
        // a new event comes one minute after the latest (the drill is not today)
        QCOMPARE(model->suggestedTime(QDateTime(QDate(2030, 1, 1), QTime(8, 0))),
                 QDateTime(QDate(2026, 11, 20), QTime(10, 31)));
    }

    void findingsTwoColumns()
    {
        auto *model = qobject_cast<ui::FindingsModel *>(m_editor->findingsSection()->view()->model());
        QCOMPARE(model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("The plan says"));
        QCOMPARE(model->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("The drill revealed"));
        QTest::mouseClick(m_editor->findingsSection()->addButton(), Qt::LeftButton);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Failover takes 5 minutes"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(drillOf(*m_project).findings.value(0).planSays, QStringLiteral("Failover takes 5 minutes"));

        // the second column by keyboard: select the cell, any key opens it, Return commits
        QTableView *view = m_editor->findingsSection()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 1));
        QTest::keyClick(view, 'S');
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("caling the standby took 8 minutes"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(drillOf(*m_project).findings.value(0).drillRevealed,
                     QStringLiteral("Scaling the standby took 8 minutes"));

        // undo walks back cell by cell, then the added row; redo brings it all back
        const int steps = m_stack->count();
        QVERIFY(steps >= 3);
        m_stack->undo();
        QCOMPARE(drillOf(*m_project).findings.value(0).drillRevealed, QString());
        QCOMPARE(drillOf(*m_project).findings.value(0).planSays, QStringLiteral("Failover takes 5 minutes"));
        while (m_stack->index() > 0)
            m_stack->undo();
        QVERIFY(drillOf(*m_project).findings.isEmpty());
        while (m_stack->canRedo())
            m_stack->redo();
        QCOMPARE(drillOf(*m_project).findings.size(), 1);
        QCOMPARE(drillOf(*m_project).findings[0].drillRevealed, QStringLiteral("Scaling the standby took 8 minutes"));
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Scaling the standby took 8 minutes"));
    }

    void readOnlyBlocksEdits()
    {
        m_project->setReadOnly(true);
        QVERIFY(m_editor->titleEdit()->isReadOnly());
        QVERIFY(!m_editor->tierCombo()->isEnabled());
        QVERIFY(!m_editor->actionItemsSection()->addButton()->isEnabled());
        typeInto(m_editor->titleEdit(), QStringLiteral("changed"));
        typeInto(m_editor->phaseEdit(0), QStringLiteral("9"));
        QCOMPARE(drillOf(*m_project).title, QStringLiteral("Q4 regional failover drill"));
        QCOMPARE(drillOf(*m_project).measured.detectMinutes, std::optional<double>(4));
        QCOMPARE(m_stack->count(), 0);
        m_project->setReadOnly(false);
        QVERIFY(!m_editor->titleEdit()->isReadOnly());
        QVERIFY(m_editor->actionItemsSection()->addButton()->isEnabled());
    }

    void openItemHighlightsTheActionItem()
    {
        m_workbench->openItem(ui::ItemRef{ItemKind::Drill, QStringLiteral("x1")}, QStringLiteral("a2"));
        QTableView *view = m_editor->actionItemsSection()->view();
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(view->selectionModel()->isRowSelected(1, {}));
    }

    void expectedLossHelper()
    {
        ui::ExpectedLossPanel *panel = m_editor->expectedLoss();
        typeInto(panel->transactionsPerSecondEdit(), QStringLiteral("100"));
        typeInto(panel->valuePerTransactionEdit(), QStringLiteral("50"));
        typeInto(panel->yearsBetweenDisastersEdit(), QStringLiteral("2.5"));
        // RPO target 5 s: 100 x 5 x 50 / 2.5 = 10,000; observed 15 s: 30,000
        QVERIFY2(panel->targetLossText().startsWith(QStringLiteral("$10,000 a year")), qPrintable(panel->targetLossText()));
        QVERIFY2(panel->observedLossText().startsWith(QStringLiteral("$30,000 a year")), qPrintable(panel->observedLossText()));
        typeInto(panel->optionYearlyCostEdit(), QStringLiteral("45000"));
        QVERIFY2(panel->comparisonText().contains(QStringLiteral("not worth it")), qPrintable(panel->comparisonText()));
        // nothing of this is project data
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(QSettings().value(QStringLiteral("drills/expectedLoss/optionYearlyCost")).toDouble(), 45000.0);
        // a new panel starts from the remembered inputs
        ui::ExpectedLossPanel again;
        QCOMPARE(again.optionYearlyCostEdit()->value(), 45000.0);
        QCOMPARE(again.transactionsPerSecondEdit()->value(), 100.0);
    }

    void render()
    {
        const QString dir = qEnvironmentVariable("ARCHBENCH_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set ARCHBENCH_SCREENSHOTS to a folder to save a picture of the editor");
        m_editor->actionItemsModel()->setReferenceDate(QDate(2026, 12, 1));
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/drilleditor.png")));
        Drill full = drillOf(*m_project);
        const QDateTime start(QDate(2026, 11, 20), QTime(10, 0));
        full.description = QStringLiteral("Blocked all traffic to us-east-1 at the load balancers and failed checkout over to eu-west-1.");
        full.timeline = {TimelineEvent{start, QStringLiteral("Traffic to us-east-1 blocked")},
                         TimelineEvent{start.addSecs(240), QStringLiteral("Synthetic checkout probe alerted on-call")},
                         TimelineEvent{start.addSecs(1920), QStringLiteral("Checkout served from eu-west-1")}};
        full.findings = {Finding{QStringLiteral("The standby region scales to production capacity in 5 minutes"),
                                 QStringLiteral("Scaling out took 18 minutes: the launch template pointed to an old image")}};
        full.measured.recoverMinutes = 3.0;
        QVERIFY(ui::commands::replaceItem(m_stack, m_project, full, QStringLiteral("Fill")));
        m_editor->findChild<QTabWidget *>()->setCurrentIndex(1);
        m_editor->phaseTimes()->recordMoment(ui::PhaseTimesPanel::FailureStarted, start);
        m_project->setReadOnly(true);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/drilleditor-full.png")));
    }
};

QTEST_MAIN(TestDrillEditor)
#include "tst_drilleditor.moc"
