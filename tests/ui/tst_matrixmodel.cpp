// The matrix table model under QAbstractItemModelTester through every kind of edit, undo and
// redo; what it shows for missing scores, totals, ranks, eliminated and leading options.
#include "common/testsupport.h"
#include "core/decision/decisionmatrix.h"
#include "decisionfixture.h"
#include "ui/decision/constraintsmodel.h"
#include "ui/decision/decisionhandle.h"
#include "ui/decision/matrixmodel.h"
#include "ui/decision/risksmodel.h"
#include "ui/decision/scorechart.h"
#include "ui/decision/triggersmodel.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::MatrixModel;

namespace {
constexpr int kFirst = DecisionMatrix::kFirstOptionColumn;

Decision smallDecision()
{
    Decision d;
    d.id = QStringLiteral("d");
    d.title = QStringLiteral("Cache");
    d.criteria = {Criterion{QStringLiteral("c1"), QStringLiteral("Latency"), 60, {}},
                  Criterion{QStringLiteral("c2"), QStringLiteral("Cost"), 40, {}}};
    d.options = {Option{QStringLiteral("a"), QStringLiteral("Redis"), {}, false},
                 Option{QStringLiteral("b"), QStringLiteral("Memcached"), {}, false},
                 Option{QStringLiteral("c"), QStringLiteral("CDN"), {}, false}};
    d.scores = {Score{QStringLiteral("a"), QStringLiteral("c1"), 4, QStringLiteral("2 ms on a hit")},
                Score{QStringLiteral("a"), QStringLiteral("c2"), 4, {}},
                Score{QStringLiteral("b"), QStringLiteral("c1"), 4, {}},
                Score{QStringLiteral("b"), QStringLiteral("c2"), 4, {}},
                Score{QStringLiteral("c"), QStringLiteral("c1"), 5, {}}};
    return d;
}
} // namespace

class TestMatrixModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void showsTotalsRanksAndMissing()
    {
        Project project;
        project.insert(0, smallDecision());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionHandle handle(&document, QStringLiteral("d"));
        MatrixModel model(&handle);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 4);    // 2 criteria, totals, rank
        QCOMPARE(model.columnCount(), 5); // name, weight, 3 options
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Latency"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("60"));
        QCOMPARE(model.index(0, kFirst).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(0, kFirst).data(Qt::ToolTipRole).toString(), QStringLiteral("2 ms on a hit"));
        // CDN has no cost score: shown as missing, total "incomplete", not ranked
        const QModelIndex missing = model.index(1, kFirst + 2);
        QVERIFY(missing.data(MatrixModel::MissingRole).toBool());
        QVERIFY(missing.data(Qt::EditRole).isNull());
        QCOMPARE(model.index(2, kFirst + 2).data().toString(), QStringLiteral("incomplete"));
        QCOMPARE(model.index(3, kFirst + 2).data().toString(), QStringLiteral("unranked"));
        // Redis and Memcached tie at 4.00: both rank 1, a tie rather than a lead for either
        QCOMPARE(model.index(2, kFirst).data().toString(), QStringLiteral("4.00"));
        QCOMPARE(model.index(3, kFirst).data().toString(), QStringLiteral("1 · tie"));
        QCOMPARE(model.index(3, kFirst + 1).data().toString(), QStringLiteral("1 · tie"));
        QVERIFY(model.index(0, kFirst).data(MatrixModel::LeaderRole).toBool());
        QVERIFY(model.index(0, kFirst + 1).data(MatrixModel::LeaderRole).toBool());
        QVERIFY(!model.index(0, kFirst + 2).data(MatrixModel::LeaderRole).toBool());
        QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("100"));
        QVERIFY(!(model.flags(model.index(2, kFirst)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, kFirst)) & Qt::ItemIsEditable);
    }

    void anEditAnnouncesOnlyTheCellsItChanged()
    {
        Project project;
        project.insert(0, smallDecision());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionHandle handle(&document, QStringLiteral("d"));
        MatrixModel model(&handle);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy cells(&model, &MatrixModel::dataChanged);
        QSignalSpy headers(&model, &MatrixModel::headerDataChanged);

        // Memcached's cost 4 → 5: its score cell, its total (4.00 → 4.40) and the rank row (the
        // tie with Redis is broken); its column tint as the new leader. Never the whole grid: a
        // view repaints all of it for a range of more than one cell.
        QVERIFY(model.setData(model.index(1, kFirst + 1), 5));
        QVERIFY(!cells.isEmpty());
        QSet<QPair<int, int>> changed;
        for (const QList<QVariant> &args : std::as_const(cells)) {
            const auto from = args[0].value<QModelIndex>(), to = args[1].value<QModelIndex>();
            QCOMPARE(from, to);
            changed.insert({from.row(), from.column()});
        }
        QVERIFY(changed.contains({1, kFirst + 1})); // the cell typed into
        QVERIFY(changed.contains({2, kFirst + 1})); // Memcached's total
        QVERIFY(changed.contains({3, kFirst}));     // Redis no longer ties first
        QVERIFY(changed.contains({3, kFirst + 1}));
        QVERIFY(!changed.contains({0, 0}));          // the criteria's names are as they were
        QVERIFY(!changed.contains({2, kFirst + 2})); // CDN stays incomplete
        QVERIFY(changed.size() < model.rowCount() * model.columnCount());
        for (const QList<QVariant> &args : std::as_const(headers))
            QCOMPARE(args[1].toInt(), args[2].toInt());

        // nothing the grid shows changed (a rationale typed elsewhere): nothing announced
        cells.clear();
        Decision retitled = *project.find<Decision>(QStringLiteral("d"));
        retitled.context = QStringLiteral("Read-heavy catalogue");
        QVERIFY(project.replace(retitled));
        QCOMPARE(cells.size(), 0);

        // undo brings every changed cell back, again one by one
        cells.clear();
        stack.undo();
        QCOMPARE(model.index(1, kFirst + 1).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(3, kFirst).data().toString(), QStringLiteral("1 · tie"));
        QVERIFY(!cells.isEmpty());
        for (const QList<QVariant> &args : std::as_const(cells))
            QCOMPARE(args[0].value<QModelIndex>(), args[1].value<QModelIndex>());
    }

    void eliminatedColumn()
    {
        Project project;
        Decision d = smallDecision();
        d.scores << Score{QStringLiteral("c"), QStringLiteral("c2"), 5, {}};
        d.constraints << HardConstraint{QStringLiteral("k"), QStringLiteral("Invalidates within 1 s"), {QStringLiteral("c")}};
        project.insert(0, d);
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionHandle handle(&document, QStringLiteral("d"));
        MatrixModel model(&handle);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // CDN would lead with 5.00 but is eliminated: greyed, hatched (role), labelled, unranked
        QVERIFY(model.index(0, kFirst + 2).data(MatrixModel::EliminatedRole).toBool());
        QVERIFY(model.headerData(kFirst + 2, Qt::Horizontal).toString().contains(QStringLiteral("eliminated")));
        QVERIFY(model.headerData(kFirst + 2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Invalidates within 1 s")));
        QCOMPARE(model.index(2, kFirst + 2).data().toString(), QStringLiteral("5.00"));
        QCOMPARE(model.index(3, kFirst + 2).data().toString(), QStringLiteral("eliminated"));
        QCOMPARE(model.scores().leader(), QStringLiteral("a"));
    }

    void everyEditUnderTheTester()
    {
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionHandle handle(&document, QStringLiteral("dec-orders-db"));
        MatrixModel model(&handle);
        ui::ConstraintsModel constraints(&handle);
        ui::RisksModel risks(&handle);
        ui::TriggersModel triggers(&handle);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&constraints, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&risks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&triggers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Decision before = *handle.decision();

        // the constraints, risks and triggers tables show neither scores nor weights: a score
        // or a weight edit leaves them alone (no repaint per key)
        QSignalSpy constraintsChanged(&constraints, &QAbstractItemModel::dataChanged);
        QSignalSpy risksChanged(&risks, &QAbstractItemModel::dataChanged);
        QSignalSpy triggersChanged(&triggers, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, kFirst + 1), QStringLiteral("3")));
        QVERIFY(model.setData(model.index(0, 1), QStringLiteral("35")));
        QCOMPARE(constraintsChanged.count(), 0);
        QCOMPARE(risksChanged.count(), 0);
        QCOMPARE(triggersChanged.count(), 0);
        // a renamed option is in the constraints table's header
        QSignalSpy constraintsHeader(&constraints, &QAbstractItemModel::headerDataChanged);
        handle.edit(QStringLiteral("rename"), [](Decision &d) {
            d.options.first().name += QStringLiteral(" (v2)");
            return true;
        });
        QCOMPARE(constraintsHeader.count(), 1);
        // the decision's date starts its calendar triggers' clock: the triggers table follows it
        handle.edit(QStringLiteral("date"), [](Decision &d) {
            d.date = d.date.addDays(-30);
            return true;
        });
        QCOMPARE(triggersChanged.count(), 1);
        QVERIFY(constraints.headerData(1, Qt::Horizontal).toString().endsWith(QStringLiteral(" (v2)")));
        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Fit for orders")));
        QVERIFY(!model.setData(model.index(0, kFirst), QStringLiteral("9"))); // outside 1..5
        QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("-1")));     // negative weight
        QVERIFY(model.setScore(model.index(1, kFirst), std::nullopt));
        QCOMPARE(model.clear({model.index(2, kFirst), model.index(2, 1)}), 2);
        handle.edit(QStringLiteral("add criterion"), [](Decision &d) {
            DecisionMatrix::addCriterion(d, QStringLiteral("Latency"), 5, 1);
            return true;
        });
        handle.edit(QStringLiteral("add option"), [](Decision &d) {
            DecisionMatrix::addDoNothingOption(d);
            return true;
        });
        handle.edit(QStringLiteral("move"), [](Decision &d) {
            return DecisionMatrix::moveOption(d, QStringLiteral("db-dynamo"), 0);
        });
        handle.edit(QStringLiteral("remove"), [](Decision &d) {
            return DecisionMatrix::removeCriterion(d, QStringLiteral("db-eco"));
        });
        QCOMPARE(model.rowCount(), 5 + 2);
        QCOMPARE(model.columnCount(), 2 + 4);
        QCOMPARE(model.optionAt(kFirst), QStringLiteral("db-dynamo"));
        constraints.addConstraint(-1);
        const int constraintsBefore = int(constraintsChanged.count());
        QVERIFY(constraints.setData(constraints.index(1, 0), QStringLiteral("Runs in the EU")));
        QVERIFY(constraintsChanged.count() > constraintsBefore); // its own edits still reach it
        QVERIFY(constraints.setData(constraints.index(1, 2), Qt::Unchecked, Qt::CheckStateRole));
        risks.addRisk(0);
        const int risksBefore = int(risksChanged.count());
        QVERIFY(risks.setData(risks.index(1, ui::RisksModel::MitigationColumn), QStringLiteral("Load test")));
        QVERIFY(risksChanged.count() > risksBefore);
        QCOMPARE(risks.data(risks.index(1, ui::RisksModel::MitigationColumn)).toString(), QStringLiteral("Load test"));
        triggers.addTrigger(-1, TriggerCategory::Cost);
        QVERIFY(triggers.setData(triggers.index(3, ui::TriggersModel::ThresholdColumn), QStringLiteral("8000")));
        QVERIFY(!triggers.setData(triggers.index(3, ui::TriggersModel::ReviewByColumn), QStringLiteral("soon")));
        QVERIFY(triggers.setData(triggers.index(3, ui::TriggersModel::ReviewByColumn), QStringLiteral("2027-01-31")));
        QVERIFY(triggers.setData(triggers.index(3, ui::TriggersModel::ComparatorColumn), QStringLiteral(">=")));
        QVERIFY(triggers.setData(triggers.index(3, ui::TriggersModel::CategoryColumn), QStringLiteral("team")));
        triggers.removeTrigger(0);
        risks.removeRisk(0);
        constraints.removeConstraint(0);

        const int edits = stack.count();
        QCOMPARE(edits, 24); // one undo command per edit above
        const Decision after = *handle.decision();
        // undo all, redo all, undo all: exact, under the testers
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(*handle.decision(), before);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(*handle.decision(), after);
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(*handle.decision(), before);
        QCOMPARE(model.rowCount(), 5 + 2);
    }

    void tablesOutliveTheirSharedHandle()
    {
        // the decision editor deletes its handle before the panels that hold these tables
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        auto *handle = new ui::DecisionHandle(&document, QStringLiteral("dec-orders-db"));
        ui::ConstraintsModel constraints(handle);
        ui::RisksModel risks(handle);
        ui::TriggersModel triggers(handle);
        QVERIFY(risks.rowCount() > 0);
        delete handle;
        QVERIFY(!risks.data(risks.index(0, 0)).isValid());
        QVERIFY(!risks.setData(risks.index(0, 0), QStringLiteral("x")));
        QVERIFY(risks.isReadOnly());
        constraints.removeConstraint(0);
        triggers.removeTrigger(0);
        QCOMPARE(triggers.addTrigger(-1, TriggerCategory::Cost) >= 0, true);
        QCOMPARE(stack.count(), 0); // nothing reached the project
    }

    void criterionColoursStayWithTheCriterion()
    {
        Project project(test::sampleWithDecisions());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionHandle handle(&document, QStringLiteral("dec-orders-db"));
        MatrixModel model(&handle);
        const auto colours = [&] {
            QHash<QString, QColor> byId;
            for (int row = 0; row < handle.decision()->criteria.size(); ++row)
                byId.insert(handle.decision()->criteria[row].id, model.index(row, 0).data(Qt::DecorationRole).value<QColor>());
            return byId;
        };
        const QHash<QString, QColor> before = colours();
        QCOMPARE(before.size(), handle.decision()->criteria.size());
        // up to eight criteria, eight different colours
        QVERIFY(before.size() <= 8);
        QSet<QRgb> distinct;
        for (const QColor &c : before)
            distinct.insert(c.rgb());
        QCOMPARE(distinct.size(), before.size());
        // moving the first criterion to the end changes every row's position, no colour
        const QString first = handle.decision()->criteria.first().id;
        handle.edit(QStringLiteral("move"), [&](Decision &d) {
            return DecisionMatrix::moveCriterion(d, first, int(d.criteria.size()) - 1);
        });
        QCOMPARE(handle.decision()->criteria.last().id, first);
        QCOMPARE(colours(), before);
        // inserting criteria (more than the palette has colours) recolours none of the others
        for (int i = 0; i < 6; ++i)
            handle.edit(QStringLiteral("add criterion"), [&](Decision &d) {
                DecisionMatrix::addCriterion(d, QStringLiteral("New %1").arg(i), 5, i);
                return true;
            });
        QHash<QString, QColor> now = colours();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(now.value(it.key()), it.value());
        // removing one leaves the others alone
        const QString second = handle.decision()->criteria.first().id;
        handle.edit(QStringLiteral("remove"), [&](Decision &d) { return DecisionMatrix::removeCriterion(d, second); });
        QHash<QString, QColor> expected = now;
        expected.remove(second);
        QCOMPARE(colours(), expected);
        stack.undo();
        stack.undo(); // back to the sample's criteria
        for (int i = 0; i < 5; ++i)
            stack.undo();
        QCOMPARE(handle.decision()->criteria.size(), before.size());
        // and the score chart paints each criterion in its grid colour
        std::unique_ptr<QChart> chart(ui::createScoreChart(*handle.decision()));
        auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
        QVERIFY(bars);
        for (int j = 0; j < handle.decision()->criteria.size(); ++j)
            QCOMPARE(bars->barSets().at(j)->color(), before.value(handle.decision()->criteria[j].id));
    }

    void removedDecisionEmptiesTheModel()
    {
        Project project;
        project.insert(0, smallDecision());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionHandle handle(&document, QStringLiteral("d"));
        MatrixModel model(&handle);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&handle, &ui::DecisionHandle::removed);
        QVERIFY(project.remove<Decision>(QStringLiteral("d")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.columnCount(), 2);
        QVERIFY(!model.setScore(model.index(0, 0), 3));
    }

    void readOnlyRefusesEdits()
    {
        Project project;
        project.insert(0, smallDecision());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionHandle handle(&document, QStringLiteral("d"));
        MatrixModel model(&handle);
        project.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, kFirst)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, kFirst), QStringLiteral("2")));
        QVERIFY(!model.setScore(model.index(0, kFirst), 2));
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestMatrixModel)
#include "tst_matrixmodel.moc"
