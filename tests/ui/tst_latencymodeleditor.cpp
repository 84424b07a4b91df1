// The latency model editor driven by real key and mouse events: step table edits, adding,
// removing and reordering steps, typed fields merging into one undo step, read-only.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/cost/costchartdock.h"
#include "ui/cost/costtablepanel.h"
#include "ui/cost/latencymodeleditor.h"
#include "ui/cost/latencystepsmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QScatterSeries>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::ui;

namespace {
const QString kId = QStringLiteral("cm1");
}

class TestLatencyModelEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::ProjectDocument> m_document;
    std::unique_ptr<LatencyModelEditor> m_editor;

    const CostModel &model() const { return *m_project->find<CostModel>(kId); }
    QTableView *table() const { return m_editor->stepsPanel()->view(); }

    void clickCell(int row, int column)
    {
        const QRect rect = table()->visualRect(table()->model()->index(row, column));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(table()->currentIndex(), table()->model()->index(row, column));
    }

    void typeIntoCell(int row, int column, const QString &text)
    {
        clickCell(row, column);
        QTest::keyClicks(table(), text.left(1)); // typing over a cell opens its editor
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table());
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table())); // committed
    }

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_project = std::make_unique<Project>();
        m_stack = std::make_unique<QUndoStack>();
        CostModel model = cost::defaultLatencyModel();
        model.id = kId;
        QVERIFY(m_project->insert(0, model));
        m_document = std::make_unique<ui::ProjectDocument>(m_project.get(), m_stack.get());
        m_editor = std::make_unique<LatencyModelEditor>(EditorContext{m_document.get(), nullptr}, kId);
        m_editor->resize(1000, 600);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_document.reset();
        m_stack.reset();
        m_project.reset();
    }

    void showsTheGuideFigures()
    {
        auto *steps = m_editor->stepsModel();
        QCOMPARE(steps->rowCount(), 3);
        QCOMPARE(steps->index(0, LatencyStepsModel::CostPerMs).data().toString(), QStringLiteral("$1.18"));
        QCOMPARE(steps->index(1, LatencyStepsModel::CostPerMs).data().toString(), QStringLiteral("$8.89"));
        QCOMPARE(steps->index(2, LatencyStepsModel::CostPerMs).data().toString(), QStringLiteral("$26.67"));
        QCOMPARE(steps->index(0, LatencyStepsModel::Roi).data().toString(), QStringLiteral("42.5×"));
        QCOMPARE(steps->index(2, LatencyStepsModel::Standing).data().toString(), QStringLiteral("beyond target"));
        QVERIFY(m_editor->summary().startsWith(QStringLiteral("Target met after step 2 (Multi-region with a CDN) for $1,000 a month.")));
        QVERIFY(m_editor->problem().isEmpty());
        const QString dir = qEnvironmentVariable("ARCHBENCH_RENDER_DIR");
        if (!dir.isEmpty())
            m_editor->grab().save(dir + QStringLiteral("/latency-editor.png"));
    }

    void typingOverACellEditsTheStepWithUndo()
    {
        typeIntoCell(0, LatencyStepsModel::MonthlyCost, QStringLiteral("250"));
        QCOMPARE(model().steps[0].monthlyCost, 250.0);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(table()->currentIndex(), table()->model()->index(1, LatencyStepsModel::MonthlyCost)); // Enter moved down
        QCOMPARE(m_editor->stepsModel()->index(0, LatencyStepsModel::Cumulative).data().toString(), QStringLiteral("$250"));

        typeIntoCell(1, LatencyStepsModel::LatencyAfter, QStringLiteral("95"));
        QCOMPARE(model().steps[1].latencyAfterMs, 95.0);

        typeIntoCell(2, LatencyStepsModel::Name, QStringLiteral("io2 volumes"));
        QCOMPARE(model().steps[2].name, QStringLiteral("io2 volumes"));
        QCOMPARE(m_stack->count(), 3);

        m_stack->undo();
        QCOMPARE(model().steps[2].name, QStringLiteral("Faster database volumes"));
        m_stack->undo();
        QCOMPARE(model().steps[1].latencyAfterMs, 90.0);
        m_stack->undo();
        QCOMPARE(model().steps[0].monthlyCost, 200.0);
        QCOMPARE(m_editor->stepsModel()->index(0, LatencyStepsModel::Cumulative).data().toString(), QStringLiteral("$200"));
        m_stack->redo();
        QCOMPARE(model().steps[0].monthlyCost, 250.0);
        m_stack->undo();
        QCOMPARE(model().steps[0].monthlyCost, 200.0);
    }

    void derivedColumnsAreReadOnly()
    {
        clickCell(0, LatencyStepsModel::CostPerMs);
        QTest::keyClicks(table(), QStringLiteral("5"));
        QCOMPARE(QApplication::focusWidget(), table());
        QCOMPARE(m_stack->count(), 0);
    }

    void addRemoveAndReorderWithKeys()
    {
        QAbstractItemModelTester tester(m_editor->stepsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickCell(0, LatencyStepsModel::Name);
        QTest::keyClick(table(), Qt::Key_Insert); // a new step after the current one
        QCOMPARE(model().steps.size(), 4);
        QCOMPARE(model().steps[1].name, QStringLiteral("Step 4"));
        QCOMPARE(model().steps[1].latencyAfterMs, 162.0); // 90 % of the 180 ms before it
        QCOMPARE(table()->currentIndex().row(), 1);

        QTest::keyClick(table(), Qt::Key_Down, Qt::AltModifier); // move it below the CDN step
        QCOMPARE(model().steps[2].name, QStringLiteral("Step 4"));
        QCOMPARE(table()->currentIndex().row(), 2);

        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(model().steps.size(), 3);
        QCOMPARE(model().steps[2].name, QStringLiteral("Faster database volumes"));

        m_stack->undo(); // removal
        QCOMPARE(model().steps[2].name, QStringLiteral("Step 4"));
        m_stack->undo(); // move
        QCOMPARE(model().steps[1].name, QStringLiteral("Step 4"));
        m_stack->undo(); // add
        QCOMPARE(model().steps.size(), 3);
        m_stack->redo();
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(model().steps.size(), 3);
        QCOMPARE(model().steps[1].name, QStringLiteral("Multi-region with a CDN"));
    }

    void typingInAFieldIsOneUndoStep()
    {
        auto *baseline = m_editor->findChild<QDoubleSpinBox *>(QStringLiteral("baselineLatencyMs"));
        QVERIFY(baseline);
        baseline->setFocus();
        QTRY_VERIFY(baseline->hasFocus());
        baseline->selectAll();
        QTest::keyClicks(baseline, QStringLiteral("400"));
        QCOMPARE(model().baselineLatencyMs, 400.0);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_editor->stepsModel()->index(0, LatencyStepsModel::Saved).data().toString(), QStringLiteral("220 ms"));

        // another visit to the field is another undo step
        auto *title = m_editor->titleEdit();
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClicks(title, QStringLiteral(" EU"));
        QCOMPARE(model().title, QStringLiteral("Checkout p99 latency EU"));
        QCOMPARE(m_stack->count(), 2);
        baseline->setFocus();
        QTRY_VERIFY(baseline->hasFocus());
        baseline->selectAll();
        QTest::keyClicks(baseline, QStringLiteral("380"));
        QCOMPARE(m_stack->count(), 3);

        m_stack->undo();
        QCOMPARE(model().baselineLatencyMs, 400.0);
        QCOMPARE(baseline->value(), 400.0);
        m_stack->undo();
        QCOMPARE(title->text(), QStringLiteral("Checkout p99 latency"));
        m_stack->undo();
        QCOMPARE(model().baselineLatencyMs, 350.0);
        QCOMPARE(baseline->value(), 350.0);
    }

    void revenueCanBeLeftOut()
    {
        auto *revenue = m_editor->findChild<QDoubleSpinBox *>(QStringLiteral("monthlyRevenue"));
        revenue->setFocus();
        QTRY_VERIFY(revenue->hasFocus());
        // clearing the field leaves the revenue out: "not set" is its own state, not a zero
        revenue->selectAll();
        QTest::keyClick(revenue, Qt::Key_Delete);
        QVERIFY(!model().monthlyRevenue);
        QCOMPARE(m_editor->stepsModel()->index(0, LatencyStepsModel::Roi).data().toString(), QStringLiteral("–"));
        QVERIFY(m_editor->problem().isEmpty());
        revenue->clearFocus();
        QCOMPARE(revenue->text(), QStringLiteral("not set"));
        // a typed zero is a zero, and the message bar says why it cannot be used
        revenue->setFocus();
        revenue->selectAll();
        QTest::keyClick(revenue, Qt::Key_0);
        QCOMPARE(model().monthlyRevenue, std::optional<double>(0));
        QVERIFY2(m_editor->problem().contains(QStringLiteral("monthlyRevenue")), qPrintable(m_editor->problem()));
        m_stack->undo();
        QVERIFY(!model().monthlyRevenue);
        m_stack->undo();
        QCOMPARE(model().monthlyRevenue, std::optional<double>(500'000));
        QCOMPARE(revenue->value(), 500'000.0);
    }

    void zeroInputShowsTheProblem()
    {
        typeIntoCell(2, LatencyStepsModel::LatencyAfter, QStringLiteral("0"));
        QCOMPARE(model().steps[2].latencyAfterMs, 0.0);
        QVERIFY2(m_editor->problem().contains(
                     QStringLiteral("Step 3 (Faster database volumes), p99 after: must be positive (steps[2].latencyAfterMs)")),
                 qPrintable(m_editor->problem()));
        QCOMPARE(m_editor->stepsModel()->index(0, LatencyStepsModel::CostPerMs).data().toString(), QStringLiteral("–"));
        const QString dir = qEnvironmentVariable("ARCHBENCH_RENDER_DIR");
        if (!dir.isEmpty())
            m_editor->grab().save(dir + QStringLiteral("/latency-editor-problem.png"));
        m_stack->undo();
        QVERIFY(m_editor->problem().isEmpty());
    }

    void chartReflectsAnEdit()
    {
        CostChartDock dock(CostModelKind::Latency, nullptr);
        dock.setProject(m_project.get());
        dock.showModel(kId);
        const auto beyond = [&] {
            for (QAbstractSeries *s : dock.chart()->series())
                if (s->objectName() == QStringLiteral("beyondTarget"))
                    return static_cast<QScatterSeries *>(s)->count();
            return -1;
        };
        QCOMPARE(beyond(), 1);
        // the CDN step now misses the target: the volumes step meets it, nothing is beyond
        typeIntoCell(1, LatencyStepsModel::LatencyAfter, QStringLiteral("120"));
        QCOMPARE(beyond(), 0);
        m_stack->undo();
        QCOMPARE(beyond(), 1);
    }

    void readOnlyBlocksEdits()
    {
        m_project->setReadOnly(true);
        clickCell(0, LatencyStepsModel::MonthlyCost);
        QTest::keyClicks(table(), QStringLiteral("9"));
        QTest::keyClick(table(), Qt::Key_Insert);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(model().steps.size(), 3);
        QCOMPARE(model().steps[0].monthlyCost, 200.0);
        QVERIFY(!m_editor->stepsPanel()->addAction()->isEnabled());
        auto *baseline = m_editor->findChild<QDoubleSpinBox *>(QStringLiteral("baselineLatencyMs"));
        QVERIFY(baseline->isReadOnly());
        QVERIFY(m_editor->titleEdit()->isReadOnly());
        QCOMPARE(m_stack->count(), 0);
        m_project->setReadOnly(false);
        QVERIFY(!baseline->isReadOnly());
        QVERIFY(m_editor->stepsPanel()->addAction()->isEnabled());
    }
};

QTEST_MAIN(TestLatencyModelEditor)
#include "tst_latencymodeleditor.moc"
