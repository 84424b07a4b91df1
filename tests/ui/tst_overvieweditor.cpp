// The Overview tab driven by keyboard: framing answers, project identity, requirements and
// the availability helper, each edit undoable; read-only projects refuse edits.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/overview/availabilityhelper.h"
#include "ui/overview/dashboardpanel.h"
#include "ui/overview/framingform.h"
#include "ui/overview/overvieweditor.h"
#include "ui/overview/requirementsmodel.h"
#include "ui/overview/requirementspanel.h"
#include "ui/widgets/summarypause.h"
#include "ui/workbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {
ProjectData sample()
{
    QFile f(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    return *interchange::fromJson(f.readAll());
}
} // namespace

class TestOverviewEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void framingByKeyboardMergesAndUndoes()
    {
        Project project;
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::OverviewEditor editor(&document, nullptr);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QTextEdit *users = editor.framing()->editor(QStringLiteral("users"));
        users->setFocus();
        QTest::keyClicks(users, QStringLiteral("Shoppers"));
        QCOMPARE(project.info().framing.users, QStringLiteral("Shoppers"));
        QCOMPARE(stack.count(), 1); // typing merges into one step
        QCOMPARE(editor.framing()->progressText(), QStringLiteral("1 of 12 answered"));

        QTest::keyClick(users, Qt::Key_Tab);
        QTextEdit *scale = editor.framing()->editor(QStringLiteral("scale"));
        QTRY_VERIFY(scale->hasFocus());
        QTest::keyClicks(scale, QStringLiteral("3k rps"));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(editor.framing()->progressText(), QStringLiteral("2 of 12 answered"));

        stack.undo();
        QCOMPARE(project.info().framing.scale, QString());
        QCOMPARE(scale->toPlainText(), QString());
        QCOMPARE(editor.framing()->progressText(), QStringLiteral("1 of 12 answered"));
        stack.redo();
        QCOMPARE(scale->toPlainText(), QStringLiteral("3k rps"));
        stack.undo();
        stack.undo();
        QCOMPARE(users->toPlainText(), QString());
        QCOMPARE(editor.framing()->progressText(), QStringLiteral("0 of 12 answered"));
    }

    void identityFields()
    {
        Project project;
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::OverviewEditor editor(&document, nullptr);
        editor.show();
        QTest::keyClicks(editor.nameEdit(), QStringLiteral("Checkout"));
        QCOMPARE(project.info().name, QStringLiteral("Checkout"));
        QCOMPARE(stack.count(), 1);
        auto *tags = editor.findChild<QLineEdit *>(QStringLiteral("projectTags"));
        QTest::keyClicks(tags, QStringLiteral("a, b ,c"));
        QCOMPARE(project.info().tags, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        stack.undo();
        QVERIFY(project.info().tags.isEmpty());
        QCOMPARE(tags->text(), QString());
        stack.undo();
        QCOMPARE(editor.nameEdit()->text(), QString());
    }

    void requirementsTable()
    {
        Project project(sample());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::OverviewEditor editor(&document, nullptr);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        ui::RequirementsPanel *panel = editor.requirements();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qsizetype before = project.info().requirements.size();

        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 1));
        QTest::keyClick(panel->view(), Qt::Key_Insert);
        QCOMPARE(project.info().requirements.size(), before + 1);
        QTRY_VERIFY(QApplication::focusWidget() != panel->view()); // the text editor opened
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Refunds within a day"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(project.info().requirements.at(1).text, QStringLiteral("Refunds within a day"));

        // move it down with Alt+Down, then remove it with Delete
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(project.info().requirements.at(2).text, QStringLiteral("Refunds within a day"));
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QCOMPARE(project.info().requirements.size(), before);
        stack.undo(); // remove
        stack.undo(); // move
        QCOMPARE(project.info().requirements.at(1).text, QStringLiteral("Refunds within a day"));
        stack.undo(); // text
        stack.undo(); // add
        QCOMPARE(project.info().requirements.size(), before);

        // filter by kind
        panel->kindFilter()->setCurrentIndex(panel->kindFilter()->findData(QStringLiteral("compliance")));
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        panel->kindFilter()->setCurrentIndex(panel->kindFilter()->findData(QStringLiteral("nfr")));
        QCOMPARE(panel->view()->model()->rowCount(), int(before) - 1);
        panel->kindFilter()->setCurrentIndex(0);
        editor.resize(1400, 900);
        test::snapshot(&editor, QStringLiteral("overview"));
    }

    void availabilityHelper()
    {
        ui::AvailabilityHelper helper;
        helper.slaInput()->setValue(99.9);
        QVERIFY(helper.resultText().startsWith(QStringLiteral("8.77 h a year")));
        QCOMPARE(helper.downtimeInput()->value(), 8.766);
        helper.slaInput()->setValue(99.99);
        QVERIFY(helper.resultText().startsWith(QStringLiteral("52.6 min a year")));
        helper.downtimeInput()->setValue(8766);
        QCOMPARE(helper.slaInput()->value(), 0.0);
        // shown without trailing zeros, as the framing answer writes it
        helper.slaInput()->setValue(99.9);
        QCOMPARE(helper.slaInput()->text(), QStringLiteral("99.9 %"));
        QCOMPARE(helper.downtimeInput()->text(), QStringLiteral("8.766 h a year"));
        helper.slaInput()->setValue(99.0);
        QCOMPARE(helper.slaInput()->text(), QStringLiteral("99 %"));
        QCOMPARE(helper.downtimeInput()->text(), QStringLiteral("87.66 h a year"));
        // and what is typed is read back
        helper.slaInput()->selectAll();
        QTest::keyClicks(helper.slaInput(), QStringLiteral("99.95"));
        QTest::keyClick(helper.slaInput(), Qt::Key_Enter);
        QCOMPARE(helper.slaInput()->value(), 99.95);
    }

    // Issue 13 §4: the framing said 99.95 % while the helper beside it said 99.9000 %.
    void availabilityHelperShowsTheProjectSla()
    {
        Project project(sample());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::OverviewEditor editor(&document, nullptr);
        editor.show();
        ui::AvailabilityHelper *helper = editor.availability();
        QVERIFY(project.info().framing.availability.startsWith(QStringLiteral("99.95 %")));
        QCOMPARE(helper->slaInput()->text(), QStringLiteral("99.95 %"));
        QVERIFY(helper->resultText().startsWith(QStringLiteral("4.38 h a year")));
        QVERIFY(helper->sourceText().contains(QStringLiteral("Order placement availability")));

        // the requirement's target changes: the helper follows, and undo brings it back
        ProjectInfo info = project.info();
        for (Requirement &r : info.requirements)
            if (r.kind == RequirementKind::Availability)
                r.target = QStringLiteral("99.99 %");
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Edit target")));
        QCOMPARE(helper->slaInput()->text(), QStringLiteral("99.99 %"));
        stack.undo();
        QCOMPARE(helper->slaInput()->text(), QStringLiteral("99.95 %"));

        // a value typed into the helper is the user's own: unrelated edits leave it alone
        helper->slaInput()->setValue(99.5);
        QVERIFY(helper->sourceText().isEmpty());
        info = project.info();
        info.owner = QStringLiteral("Someone else");
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Edit owner")));
        QCOMPARE(helper->slaInput()->value(), 99.5);

        // without a requirement, the framing answer gives the target
        info = project.info();
        info.requirements.removeIf([](const Requirement &r) { return r.kind == RequirementKind::Availability; });
        info.framing.availability = QStringLiteral("Four nines, 99,99% for payments");
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Edit framing")));
        QCOMPARE(helper->slaInput()->text(), QStringLiteral("99.99 %"));
        QVERIFY(helper->sourceText().contains(QStringLiteral("framing")));
    }

    void readOnlyRefusesEdits()
    {
        Project project(sample());
        project.setReadOnly(true);
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::OverviewEditor editor(&document, nullptr);
        editor.show();
        QTest::keyClicks(editor.framing()->editor(QStringLiteral("timeline")), QStringLiteral("March"));
        QTest::keyClicks(editor.nameEdit(), QStringLiteral("X"));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(project.info().framing.timeline, QString());
    }

    void dashboardFollowsEdits()
    {
        Project project;
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::OverviewEditor editor(&document, nullptr);
        QListWidget *list = editor.dashboard()->list();
        QVERIFY(list->item(0)->text().contains(QStringLiteral("0 of 12")));
        QTest::keyClicks(editor.framing()->editor(QStringLiteral("users")), QStringLiteral("x"));
        QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("1 of 12")));
    }

    // The dashboard follows edits once the typing pauses, not on every key; behind another tab
    // it does not look at the project at all until it is shown again.
    void dashboardWaitsForAPauseAndForItsTab()
    {
        Project project;
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        QTabWidget tabs;
        auto *editor = new ui::OverviewEditor(&document, nullptr);
        tabs.addTab(editor, QStringLiteral("Overview"));
        tabs.addTab(new QWidget, QStringLiteral("Decision"));
        tabs.resize(900, 700);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QListWidget *list = editor->dashboard()->list();
        QVERIFY(list->item(0)->text().contains(QStringLiteral("0 of 12")));

        // in front: two keys, then the pause, then one refresh showing both
        QTest::keyClicks(editor->framing()->editor(QStringLiteral("users")), QStringLiteral("x"));
        QCoreApplication::processEvents(); // a key's own events: the dashboard waits
        QVERIFY(list->item(0)->text().contains(QStringLiteral("0 of 12")));
        QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("1 of 12")));

        // behind the decision's tab: an answer typed elsewhere is not looked at until shown
        tabs.setCurrentIndex(1);
        ProjectInfo info = project.info();
        info.framing.timeline = QStringLiteral("Live by March");
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Timeline")));
        QTest::qWait(ui::kSummaryPauseMs * 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("1 of 12")));
        tabs.setCurrentIndex(0);
        QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("2 of 12")));
    }

    // A refresh touches only the lines that changed: the others keep their list items (so no
    // re-layout of their wrapped text), the current line and its selection stay, and lines
    // that went are removed. The lines are always the ones a fresh computation gives.
    void dashboardChangesOnlyChangedLines()
    {
        Project project(sample());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::OverviewEditor editor(&document, nullptr);
        ui::DashboardPanel *panel = editor.dashboard();
        QListWidget *list = panel->list();
        const auto shown = [&] {
            QStringList texts;
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
            return texts;
        };
        const auto fresh = [&] {
            QStringList texts;
            for (const DashboardLine &line : dashboardLines(project.data(), QDate::currentDate()))
                texts << line.text;
            return texts;
        };
        QCOMPARE(shown().size(), fresh().size());
        const int last = list->count() - 1;
        list->setCurrentRow(last);
        QList<QListWidgetItem *> before;
        for (int i = 0; i < list->count(); ++i)
            before << list->item(i);
        const QString lastText = list->item(last)->text();
        QSignalSpy changed(list->model(), &QAbstractItemModel::dataChanged);

        // a framing answer changes the framing line only
        ProjectInfo info = project.info();
        info.framing.timeline = QStringLiteral("Live by March");
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Timeline")));
        panel->refresh();
        QVERIFY(changed.count() >= 1); // the text, and the question the line opens
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex().row(), 0);
            QCOMPARE(signal.at(1).toModelIndex().row(), 0);
        }
        for (int i = 0; i < list->count(); ++i)
            QCOMPARE(list->item(i), before[i]);
        QCOMPARE(list->currentRow(), last);
        QCOMPARE(list->item(last)->text(), lastText);

        // the database bill crosses its threshold: a line comes in above the current one,
        // which stays on what it is about (Enter opens the same thing as before)
        Decision db = *project.find<Decision>(QStringLiteral("dec-orders-db"));
        db.revisitTriggers[1].currentValue = 9100;
        QVERIFY(ui::commands::replaceItem(&stack, &project, db, QStringLiteral("Bill")));
        panel->refresh();
        QVERIFY(list->count() > before.size()); // the fired trigger, and the check it fails
        QVERIFY(list->currentRow() > last);
        QCOMPARE(list->currentItem()->text(), lastText);
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(shown()[i].endsWith(fresh()[i]));
        stack.undo();
        panel->refresh();
        QCOMPARE(list->currentRow(), last);
        QCOMPARE(list->currentItem()->text(), lastText);

        // removing the decisions drops lines; what is shown is what a fresh computation says
        while (!project.items<Decision>().isEmpty())
            QVERIFY(ui::commands::removeItem<Decision>(&stack, &project, project.items<Decision>().first().id,
                                                       QStringLiteral("Remove")));
        panel->refresh();
        QCOMPARE(shown().size(), fresh().size());
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(shown()[i].endsWith(fresh()[i]));
        QVERIFY(list->count() < before.size());
    }

    void dashboardLinesOpenTheirItems()
    {
        Project project(sample());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        QMainWindow window;
        ui::Workbench workbench(&window);
        workbench.setProject(&project, &stack);
        ui::OverviewEditor editor(&document, &workbench);
        QListWidget *list = editor.dashboard()->list();
        QListWidgetItem *review = nullptr;
        QListWidgetItem *drill = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(QStringLiteral("Review \"Checkout workload review\"")))
                review = list->item(i);
            if (list->item(i)->text().contains(QStringLiteral("Latest drill")))
                drill = list->item(i);
        }
        QVERIFY(review && drill);
        QVERIFY(review->text().startsWith(QStringLiteral("✖ "))); // high risks: marked, not colour alone
        QSignalSpy opened(&workbench, &ui::Workbench::openItemRequested);
        emit list->itemActivated(review);
        QCOMPARE(opened.size(), 1);
        const auto ref = opened.at(0).at(0).value<ui::ItemRef>();
        QCOMPARE(ref.kind, ItemKind::Review);
        QCOMPARE(ref.id, QStringLiteral("w-checkout"));
        emit list->itemActivated(drill);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).value<ui::ItemRef>().id, QStringLiteral("drill-q4-region"));
        // The framing line asks for the Overview itself, at the first unanswered question.
        emit list->itemActivated(list->item(0));
        QCOMPARE(opened.size(), 3);
        QVERIFY(opened.at(2).at(0).value<ui::ItemRef>().overview);
        QCOMPARE(opened.at(2).at(1).toString(), QStringLiteral("framing:timeline"));
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.highlight(opened.at(2).at(1).toString());
        QTRY_COMPARE(QApplication::focusWidget(), editor.framing()->editor(QStringLiteral("timeline")));
        test::snapshot(&editor, QStringLiteral("overview-dashboard"));
    }
};

QTEST_MAIN(TestOverviewEditor)
#include "tst_overvieweditor.moc"
