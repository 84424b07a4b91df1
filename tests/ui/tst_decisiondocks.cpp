// The project-wide Revisit and Checks docks (order, words, colours, jumps on Enter) and the
// decision module as the main window sees it: editor factory, docks, "New Decision".
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/decision/qualitycheck.h"
#include "decisionfixture.h"
#include "ui/commands/itemcommands.h"
#include "ui/decision/checksdock.h"
#include "ui/decision/checksmodel.h"
#include "ui/decision/decisionchartdock.h"
#include "ui/decision/scorechartdock.h"
#include "ui/charts/palette.h"
#include "ui/decision/decisioneditor.h"
#include "ui/decision/decisionmodule.h"
#include "ui/decision/recordform.h"
#include "ui/decision/matrixpanel.h"
#include "ui/decision/matrixview.h"
#include "ui/decision/revisitdock.h"
#include "ui/decision/revisitmodel.h"
#include "ui/decision/triggerspanel.h"
#include "ui/workbench.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChartView>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

class TestDecisionDocks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void revisitListsFiredAndDueFirst()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        ui::RevisitDock dock(&workbench);
        ui::RevisitModel *model = dock.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setReferenceDate(QDate(2026, 11, 28));

        QCOMPARE(model->rowCount(), 8); // every trigger of the four decisions
        const auto row = [&](int r, int role) { return model->index(r, 0).data(role); };
        // the cache's hit rate is 64 < 70: fired; its time-box on 2026-12-01 is due soon
        QCOMPARE(row(0, ui::RevisitModel::TriggerIdRole).toString(), QStringLiteral("ca-trg-hit"));
        QCOMPARE(model->index(0, ui::RevisitModel::StateColumn).data().toString(), QStringLiteral("Fired"));
        QCOMPARE(row(0, Qt::DecorationRole).value<QColor>(), ui::palette::failed());
        QVERIFY(model->index(0, ui::RevisitModel::DetailColumn).data().toString().contains(QStringLiteral("64\u00A0% < 70\u00A0%")));
        QCOMPARE(row(1, ui::RevisitModel::TriggerIdRole).toString(), QStringLiteral("ca-trg-timebox"));
        QCOMPARE(model->index(1, ui::RevisitModel::StateColumn).data().toString(), QStringLiteral("Due soon"));
        QCOMPARE(row(1, Qt::DecorationRole).value<QColor>(), ui::palette::attention());
        // the superseded decision's fired trigger is history: last, grey, said in words
        QCOMPARE(row(7, ui::RevisitModel::TriggerIdRole).toString(), QStringLiteral("eo-trg-consumers"));
        QVERIFY(model->index(7, 0).data().toString().contains(QStringLiteral("not in force")));
        QCOMPARE(row(7, Qt::DecorationRole).value<QColor>(), ui::palette::muted());
        QCOMPARE(model->firedCount(), 1);
        QCOMPARE(dock.windowTitle(), QStringLiteral("Revisit (1 fired)"));

        // the database bill crosses its threshold: it joins the fired ones at the top
        Decision db = *project.find<Decision>(QStringLiteral("dec-orders-db"));
        db.revisitTriggers[1].currentValue = 9100;
        QVERIFY(ui::commands::replaceItem(&stack, &project, db, QStringLiteral("Bill")));
        QCOMPARE(model->firedCount(), 2);
        // fired ones in project order: the database decision comes first
        QCOMPARE(row(0, ui::RevisitModel::TriggerIdRole).toString(), QStringLiteral("db-trg-bill"));
        QCOMPARE(row(1, ui::RevisitModel::TriggerIdRole).toString(), QStringLiteral("ca-trg-hit"));
        QCOMPARE(dock.windowTitle(), QStringLiteral("Revisit (2 fired)"));
        stack.undo();
        QCOMPARE(model->firedCount(), 1);
        // a score or a weight is not what the list shows: it stays as it is (no reset, no
        // repaint); a title is
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        Decision scored = *project.find<Decision>(QStringLiteral("dec-orders-db"));
        QVERIFY(!scored.scores.isEmpty());
        scored.scores[0].value = scored.scores[0].value == 1 ? 2 : 1;
        scored.criteria[0].weight += 1;
        QVERIFY(ui::commands::replaceItem(&stack, &project, scored, QStringLiteral("Score")));
        QCOMPARE(reset.count() + changed.count(), 0);
        scored.title = QStringLiteral("Orders database");
        QVERIFY(ui::commands::replaceItem(&stack, &project, scored, QStringLiteral("Rename")));
        QCOMPARE(reset.count() + changed.count(), 1);
        stack.undo();
        stack.undo();
        // a trigger's wording changed: its row alone is repainted, nothing is reset
        reset.clear();
        changed.clear();
        Decision cache = *project.find<Decision>(QStringLiteral("dec-catalog-cache"));
        cache.revisitTriggers[0].condition += QStringLiteral(" (p50)");
        QVERIFY(ui::commands::replaceItem(&stack, &project, cache, QStringLiteral("Reword")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QVERIFY(model->index(0, ui::RevisitModel::TriggerColumn).data().toString().endsWith(QStringLiteral(" (p50)")));
        stack.undo();
        QVERIFY(!model->index(0, ui::RevisitModel::TriggerColumn).data().toString().endsWith(QStringLiteral(" (p50)")));

        // a year later every calendar trigger has passed too
        model->setReferenceDate(QDate(2027, 12, 1));
        QCOMPARE(model->firedCount(), 4);

        // Enter on a row asks the window to open the decision at that trigger
        QSignalSpy open(&workbench, &ui::Workbench::openItemRequested);
        dock.show();
        QApplication::setActiveWindow(&dock);
        QVERIFY(QTest::qWaitForWindowActive(&dock));
        model->setReferenceDate(QDate(2026, 11, 28));
        dock.view()->setFocus();
        dock.view()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(dock.view(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).value<ui::ItemRef>(), (ui::ItemRef{ItemKind::Decision, QStringLiteral("dec-catalog-cache"), false}));
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("ca-trg-hit"));
        test::snapshot(&dock, QStringLiteral("revisitdock"));
    }

    void checksListsFailuresWithReasons()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        ui::ChecksDock dock(&workbench);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.model()->setReferenceDate(QDate(2026, 11, 28));
        const auto ids = [&] {
            QStringList out;
            for (int r = 0; r < dock.model()->rowCount(); ++r)
                out << dock.model()->index(r, 0).data(ui::ChecksModel::CheckIdRole).toString();
            return out;
        };
        const auto reason = [&](int row) { return dock.model()->index(row, ui::ChecksModel::ReasonColumn).data().toString(); };
        // the sample's cache leads under 42 % of weightings and its hit-rate trigger fired;
        // the other decisions are in good shape
        QCOMPARE(ids(), (QStringList{QualityChecks::kFragileLeader, QualityChecks::kAcceptedTriggersFired}));
        QCOMPARE(dock.model()->index(0, ui::ChecksModel::DecisionColumn).data().toString(),
                 QStringLiteral("Cache in front of the product catalogue"));
        QVERIFY(reason(1).contains(QStringLiteral("its revisit trigger")));
        QCOMPARE(dock.windowTitle(), QStringLiteral("Checks (2)"));
        // the checks are judged on the model's day: after the cache's review-by date both triggers fired
        dock.model()->setReferenceDate(QDate(2026, 12, 2));
        QVERIFY2(reason(1).contains(QStringLiteral("2 of its revisit triggers have fired")), qPrintable(reason(1)));
        dock.model()->setReferenceDate(QDate(2026, 11, 28));

        Decision sketch;
        sketch.id = QStringLiteral("sketch");
        sketch.title = QStringLiteral("Search engine");
        sketch.doorType = DoorType::OneWay;
        sketch.options << Option{QStringLiteral("o"), QStringLiteral("OpenSearch"), {}, false};
        QVERIFY(ui::commands::insertItem(&stack, &project, 9, sketch, QStringLiteral("Add")));
        QCOMPARE(ids(), (QStringList{QualityChecks::kFragileLeader, QualityChecks::kAcceptedTriggersFired,
                                     QualityChecks::kSingleOption, QualityChecks::kNoRevisitTrigger,
                                     QualityChecks::kOneWayWithoutAlternatives, QualityChecks::kOneWayWithoutTradeoffs}));
        QCOMPARE(dock.model()->index(2, ui::ChecksModel::DecisionColumn).data().toString(), QStringLiteral("Search engine"));
        QVERIFY(!reason(2).isEmpty());
        QCOMPARE(dock.windowTitle(), QStringLiteral("Checks (6)"));

        QSignalSpy open(&workbench, &ui::Workbench::openItemRequested);
        dock.show();
        QApplication::setActiveWindow(&dock);
        QVERIFY(QTest::qWaitForWindowActive(&dock));
        dock.view()->setFocus();
        dock.view()->setCurrentIndex(dock.model()->index(3, 0));
        QTest::keyClick(dock.view(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("check:") + QualityChecks::kNoRevisitTrigger);
        dock.view()->setCurrentIndex(dock.model()->index(1, 0));
        QTest::keyClick(dock.view(), Qt::Key_Return);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.last().at(0).value<ui::ItemRef>().id, QStringLiteral("dec-catalog-cache"));
        QCOMPARE(open.last().at(1).toString(), QStringLiteral("check:") + QualityChecks::kAcceptedTriggersFired);
        test::snapshot(&dock, QStringLiteral("checksdock"));
        stack.undo();
        QCOMPARE(dock.model()->rowCount(), 2);
    }

    void checksFollowOneDecisionsEdits()
    {
        // an edit recomputes the edited decision's rows only: no reset, the other rows untouched
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        ui::ChecksModel model;
        model.setReferenceDate(QDate(2026, 11, 28));
        model.setProject(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Decision sketch;
        sketch.id = QStringLiteral("sketch");
        sketch.title = QStringLiteral("Search engine");
        sketch.doorType = DoorType::OneWay;
        sketch.options << Option{QStringLiteral("o"), QStringLiteral("OpenSearch"), {}, false};
        QVERIFY(ui::commands::insertItem(&stack, &project, 1, sketch, QStringLiteral("Add")));
        const auto rows = [&] {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.index(r, 0).data(ui::ChecksModel::DecisionIdRole).toString() + QLatin1Char('/')
                           + model.index(r, 0).data(ui::ChecksModel::CheckIdRole).toString();
            return out;
        };
        // the sketch sits second in the project; the cache's rows come after it
        QCOMPARE(rows(), (QStringList{QStringLiteral("sketch/single-option"), QStringLiteral("sketch/no-revisit-trigger"),
                                      QStringLiteral("sketch/one-way-without-alternatives"),
                                      QStringLiteral("sketch/one-way-without-tradeoffs"),
                                      QStringLiteral("dec-catalog-cache/fragile-leader"),
                                      QStringLiteral("dec-catalog-cache/accepted-triggers-fired")}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // a second option: "single option" and "one-way without alternatives" go, in place
        Decision two = *project.find<Decision>(QStringLiteral("sketch"));
        two.options << Option{QStringLiteral("o2"), QStringLiteral("Solr"), {}, false};
        QVERIFY(ui::commands::replaceItem(&stack, &project, two, QStringLiteral("Add option")));
        QCOMPARE(rows(), (QStringList{QStringLiteral("sketch/no-revisit-trigger"), QStringLiteral("sketch/one-way-without-tradeoffs"),
                                      QStringLiteral("dec-catalog-cache/fragile-leader"),
                                      QStringLiteral("dec-catalog-cache/accepted-triggers-fired")}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        // a new title: the same checks, their rows repainted, nothing else
        removed.clear();
        inserted.clear();
        two.title = QStringLiteral("Search");
        QVERIFY(ui::commands::replaceItem(&stack, &project, two, QStringLiteral("Rename")));
        QCOMPARE(model.index(0, ui::ChecksModel::DecisionColumn).data().toString(), QStringLiteral("Search"));
        QCOMPARE(model.index(2, ui::ChecksModel::DecisionColumn).data().toString(),
                 QStringLiteral("Cache in front of the product catalogue"));
        QCOMPARE(removed.count() + inserted.count() + reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        // a score typed in a decision with no failed check changes nothing
        changed.clear();
        const Decision *quiet = nullptr;
        for (const Decision &d : project.items<Decision>())
            if (d.id != QStringLiteral("sketch") && d.id != QStringLiteral("dec-catalog-cache") && !d.scores.isEmpty())
                quiet = &d;
        QVERIFY(quiet);
        Decision rescored = *quiet;
        rescored.scores[0].rationale += QStringLiteral(" (checked again)");
        QVERIFY(ui::commands::replaceItem(&stack, &project, rescored, QStringLiteral("Score")));
        QCOMPARE(removed.count() + inserted.count() + reset.count() + changed.count(), 0);
        QCOMPARE(rows().size(), 4);
        // undo everything: back to the sample's two rows
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(rows(), (QStringList{QStringLiteral("dec-catalog-cache/fragile-leader"),
                                      QStringLiteral("dec-catalog-cache/accepted-triggers-fired")}));
    }

    void theEditorAndTheChecksDockShareOneAnalysisPerEdit()
    {
        // the robustness draws of an edited matrix run once for the editor's summary and the
        // Checks dock together: both read the document's cache
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        const QString id = QStringLiteral("dec-catalog-cache");
        core::DecisionAnalysisCache &analyses = workbench.document()->analyses();
        QCOMPARE(workbench.analyses(), &analyses);
        const auto rescore = [&] {
            Decision d = *project.find<Decision>(id);
            d.scores[0].value = d.scores[0].value == d.scale.max ? d.scale.min : d.scale.max;
            QVERIFY(ui::commands::replaceItem(&stack, &project, d, QStringLiteral("Score")));
        };
        // the editor alone: its summary's analysis is the document's
        auto editor = std::make_unique<ui::DecisionEditor>(workbench.document(), id);
        int before = analyses.computed();
        QVERIFY(before > 0);
        rescore();
        QCOMPARE(analyses.computed(), before + 1);
        // with the Checks dock beside it: still one analysis per edit
        ui::installDecisionModule(workbench);
        before = analyses.computed();
        rescore();
        QCOMPARE(analyses.computed(), before + 1);
        // a new project brings a new document, and the dock follows it
        Project other(test::sampleWithDecisions());
        QUndoStack otherStack;
        const ui::ProjectDocument *first = workbench.document();
        editor.reset();
        workbench.setProject(&other, &otherStack);
        QVERIFY(workbench.document() != first);
        QCOMPARE(workbench.document()->project(), &other);
        const int opened = workbench.document()->analyses().computed();
        QVERIFY(opened > 0); // the Checks dock checked the new project through the new cache
        Decision e = *other.find<Decision>(id);
        e.scores[0].value = e.scores[0].value == e.scale.max ? e.scale.min : e.scale.max;
        QVERIFY(ui::commands::replaceItem(&otherStack, &other, e, QStringLiteral("Score")));
        QCOMPARE(workbench.document()->analyses().computed(), opened + 1);
    }

    void moduleInstallsEditorDocksAndAction()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        ui::installDecisionModule(workbench);
        QStringList names;
        for (const auto &[dock, area] : workbench.dockPlacements())
            names << QStringLiteral("%1@%2").arg(dock->objectName()).arg(int(area));
        QCOMPARE(names, (QStringList{QStringLiteral("weightedScoresDock@%1").arg(int(Qt::RightDockWidgetArea)),
                                     QStringLiteral("sensitivityDock@%1").arg(int(Qt::RightDockWidgetArea)),
                                     QStringLiteral("revisitDock@%1").arg(int(Qt::BottomDockWidgetArea)),
                                     QStringLiteral("checksDock@%1").arg(int(Qt::BottomDockWidgetArea))}));
        // the score chart is the dock that repaints only the bars an edit changed; the
        // sensitivity chart's sloped lines are smoothed
        const auto dock = [&](const QString &name) -> QDockWidget * {
            for (const auto &[d, area] : workbench.dockPlacements())
                if (d->objectName() == name)
                    return d;
            return nullptr;
        };
        QVERIFY(qobject_cast<ui::ScoreChartDock *>(dock(QStringLiteral("weightedScoresDock"))));
        auto *sensitivity = qobject_cast<ui::DecisionChartDock *>(dock(QStringLiteral("sensitivityDock")));
        QVERIFY(sensitivity);
        QVERIFY(sensitivity->chartView()->renderHints().testFlag(QPainter::Antialiasing));
        QCOMPARE(workbench.projectActions().size(), 2);
        QAction *newDecision = workbench.projectActions().first();
        QCOMPARE(workbench.projectActions().at(1)->objectName(), QStringLiteral("actionRecordMetricReadings"));
        QCOMPARE(newDecision->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        QVERIFY(!newDecision->isEnabled()); // no project yet

        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QVERIFY(newDecision->isEnabled());
        QSignalSpy open(&workbench, &ui::Workbench::openItemRequested);
        newDecision->trigger();
        QCOMPARE(project.items<Decision>().size(), 5);
        const Decision &created = project.items<Decision>().last();
        QCOMPARE(created.status, DecisionStatus::Proposed);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).value<ui::ItemRef>().id, created.id);
        std::unique_ptr<QWidget> editor(workbench.createEditor(open.first().at(0).value<ui::ItemRef>(), nullptr));
        QVERIFY(qobject_cast<ui::DecisionEditor *>(editor.get()));
        editor.reset();
        stack.undo();
        QCOMPARE(project.items<Decision>().size(), 4);
        QVERIFY(!workbench.createEditor(ui::ItemRef{ItemKind::Decision, QStringLiteral("gone"), false}, nullptr));

        // a jump as the main window makes it: highlight(QString) by name, then focus to the tab,
        // which lands on the highlighted trigger, not on the matrix
        const ui::ItemRef cache{ItemKind::Decision, QStringLiteral("dec-catalog-cache"), false};
        std::unique_ptr<QWidget> widget(workbench.createEditor(cache, nullptr));
        auto *cacheEditor = qobject_cast<ui::DecisionEditor *>(widget.get());
        QVERIFY(cacheEditor);
        cacheEditor->show();
        QApplication::setActiveWindow(cacheEditor);
        QVERIFY(QTest::qWaitForWindowActive(cacheEditor));
        cacheEditor->setFocus();
        QCOMPARE(QApplication::focusWidget(), cacheEditor->matrix()->view());
        QVERIFY(QMetaObject::invokeMethod(cacheEditor, "highlight", Qt::DirectConnection,
                                          Q_ARG(QString, QStringLiteral("ca-trg-timebox"))));
        cacheEditor->setFocus(Qt::OtherFocusReason);
        QCOMPARE(cacheEditor->pages()->currentWidget(), cacheEditor->triggers());
        QCOMPARE(cacheEditor->triggers()->view()->currentIndex().row(), 1);
        QCOMPARE(QApplication::focusWidget(), cacheEditor->triggers()->view());
        QVERIFY(QMetaObject::invokeMethod(cacheEditor, "highlight", Qt::DirectConnection,
                                          Q_ARG(QString, QStringLiteral("check:") + QualityChecks::kAcceptedWithoutChoice)));
        cacheEditor->setFocus(Qt::OtherFocusReason);
        QCOMPARE(QApplication::focusWidget(), cacheEditor->record()->chosenOption());
        // fired triggers are fixed on the triggers page, a fragile leader in the matrix
        QVERIFY(QMetaObject::invokeMethod(cacheEditor, "highlight", Qt::DirectConnection,
                                          Q_ARG(QString, QStringLiteral("check:") + QualityChecks::kAcceptedTriggersFired)));
        cacheEditor->setFocus(Qt::OtherFocusReason);
        QCOMPARE(QApplication::focusWidget(), cacheEditor->triggers()->view());
        QVERIFY(QMetaObject::invokeMethod(cacheEditor, "highlight", Qt::DirectConnection,
                                          Q_ARG(QString, QStringLiteral("check:") + QualityChecks::kFragileLeader)));
        cacheEditor->setFocus(Qt::OtherFocusReason);
        QCOMPARE(QApplication::focusWidget(), cacheEditor->matrix()->view());

        project.setReadOnly(true);
        QVERIFY(!newDecision->isEnabled());
        newDecision->trigger();
        QCOMPARE(project.items<Decision>().size(), 4);
    }
};

QTEST_MAIN(TestDecisionDocks)
#include "tst_decisiondocks.moc"
