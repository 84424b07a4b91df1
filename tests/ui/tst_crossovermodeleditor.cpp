// The crossover model editor: option table edits through key events, pricing switches,
// load range, the log-scale toggle and the chart following every edit, read-only.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/project.h"
#include "ui/cost/computeoptionsmodel.h"
#include "ui/cost/costchartdock.h"
#include "ui/cost/costtablepanel.h"
#include "ui/cost/crossovermodeleditor.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::ui;

namespace {
const QString kId = QStringLiteral("cm2");
}

class TestCrossoverModelEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::ProjectDocument> m_document;
    std::unique_ptr<CrossoverModelEditor> m_editor;

    const CostModel &model() const { return *m_project->find<CostModel>(kId); }
    QTableView *table() const { return m_editor->optionsPanel()->view(); }

    void clickCell(int row, int column)
    {
        const QModelIndex index = table()->model()->index(row, column);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QCOMPARE(table()->currentIndex(), index);
    }

    void typeIntoCell(int row, int column, const QString &text)
    {
        clickCell(row, column);
        QTest::keyClicks(table(), text.left(1));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table());
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table()));
    }

    int crossoverCount(CostChartDock &dock)
    {
        for (QAbstractSeries *s : dock.chart()->series())
            if (s->objectName() == QStringLiteral("crossovers"))
                return static_cast<QScatterSeries *>(s)->count();
        return -1;
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
        CostModel model = cost::defaultCrossoverModel();
        model.id = kId;
        QVERIFY(m_project->insert(0, model));
        m_document = std::make_unique<ui::ProjectDocument>(m_project.get(), m_stack.get());
        m_editor = std::make_unique<CrossoverModelEditor>(EditorContext{m_document.get(), nullptr}, kId);
        m_editor->resize(1300, 500);
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

    void modelIsConsistent()
    {
        auto *options = m_editor->optionsModel();
        QAbstractItemModelTester tester(options, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(options->rowCount(), 2);
        // per-request fields do not apply to the container option and the other way round
        QVERIFY(!(options->flags(options->index(1, ComputeOptionsModel::PricePerMillionRequests)) & Qt::ItemIsEnabled));
        QVERIFY(options->flags(options->index(1, ComputeOptionsModel::CapacityPerInstance)) & Qt::ItemIsEditable);
        QVERIFY(!(options->flags(options->index(0, ComputeOptionsModel::MinInstances)) & Qt::ItemIsEnabled));
        QCOMPARE(options->index(0, ComputeOptionsModel::PricePerMillionRequests).data().toString(), QStringLiteral("$3.70"));
        QCOMPARE(options->index(1, ComputeOptionsModel::CapacityPerInstance).data().toString(), QStringLiteral("3,000 rps"));
        QCOMPARE(options->index(0, ComputeOptionsModel::PricePerGbSecond).data().toString(), QStringLiteral("$0.0000166667"));
        QVERIFY(m_editor->summary().contains(QStringLiteral("Serverless from 100 rps to 107.1 rps")));
        // edits, adds, removes and moves keep the tester happy
        QVERIFY(options->insertEntry(1) == 1);
        QVERIFY(options->moveEntry(1, 2));
        QVERIFY(options->removeEntry(0));
        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(options->rowCount(), 2);
        const QString dir = qEnvironmentVariable("ARCHBENCH_RENDER_DIR");
        if (!dir.isEmpty())
            m_editor->grab().save(dir + QStringLiteral("/crossover-editor.png"));
    }

    void editingAPriceMovesTheCrossover()
    {
        CostChartDock dock(CostModelKind::Crossover, nullptr);
        dock.setProject(m_project.get());
        dock.showModel(kId);
        QCOMPARE(crossoverCount(dock), 1);

        // a much dearer container fleet: serverless stays cheaper for longer
        typeIntoCell(1, ComputeOptionsModel::FixedMonthly, QStringLiteral("20000"));
        QCOMPARE(model().options[1].fixedMonthly, 20000.0);
        QVERIFY2(m_editor->summary().contains(QStringLiteral("Serverless from 100 rps to 2,005.6 rps")), qPrintable(m_editor->summary()));
        QCOMPARE(crossoverCount(dock), 1);
        m_stack->undo();
        QCOMPARE(model().options[1].fixedMonthly, 500.0);
        QVERIFY(m_editor->summary().contains(QStringLiteral("107.1 rps")));
        m_stack->redo();
        QCOMPARE(model().options[1].fixedMonthly, 20000.0);
    }

    void switchingPricingFillsTheNewFields()
    {
        clickCell(0, ComputeOptionsModel::Pricing);
        QTest::keyClick(table(), Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(model().options[0].pricing, PricingKind::PerInstance);
        QVERIFY(model().options[0].capacityPerInstance > 0);
        QVERIFY(model().options[0].pricePerInstanceMonthly > 0);
        QVERIFY(m_editor->problem().isEmpty());
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(model().options[0].pricing, PricingKind::PerRequest);
    }

    void addRemoveAndReorderOptionsWithKeys()
    {
        clickCell(1, ComputeOptionsModel::Name);
        QTest::keyClick(table(), Qt::Key_Insert);
        QCOMPARE(model().options.size(), 3);
        QCOMPARE(model().options[2].name, QStringLiteral("Option 3"));
        QVERIFY(m_editor->problem().isEmpty());
        QTest::keyClick(table(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(model().options[1].name, QStringLiteral("Option 3"));
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(model().options.size(), 2);
        QCOMPARE(model().options[1].name, QStringLiteral("Containers (reserved)"));
        QCOMPARE(m_stack->count(), 3);
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(model().options[2].name, QStringLiteral("Option 3"));
        m_stack->undo();
        QCOMPARE(model().options.size(), 2);
    }

    void duplicateNameIsExplained()
    {
        typeIntoCell(1, ComputeOptionsModel::Name, QStringLiteral("Serverless"));
        QVERIFY2(m_editor->problem().contains(QStringLiteral("Option 2 (Serverless), name: repeats the name")),
                 qPrintable(m_editor->problem()));
        m_stack->undo();
        QVERIFY(m_editor->problem().isEmpty());
    }

    void loadRangeAndScale()
    {
        CostChartDock dock(CostModelKind::Crossover, nullptr);
        dock.setProject(m_project.get());
        dock.showModel(kId);
        QVERIFY(qobject_cast<QLogValueAxis *>(dock.chart()->axes(Qt::Horizontal).value(0)));

        auto *logScale = m_editor->findChild<QCheckBox *>(QStringLiteral("logLoadScale"));
        logScale->setFocus();
        QTest::keyClick(logScale, Qt::Key_Space);
        QVERIFY(!model().logLoadScale);
        QVERIFY(qobject_cast<QValueAxis *>(dock.chart()->axes(Qt::Horizontal).value(0)));

        auto *from = m_editor->findChild<QDoubleSpinBox *>(QStringLiteral("loadFrom"));
        from->setFocus();
        QTRY_VERIFY(from->hasFocus());
        from->selectAll();
        QTest::keyClicks(from, QStringLiteral("200"));
        QCOMPARE(model().loadFrom, 200.0);
        QCOMPARE(crossoverCount(dock), 0); // the crossover at 107 rps is now below the range
        QVERIFY(m_editor->summary().contains(QStringLiteral("Containers (reserved) is the cheapest over the whole range")));
        QCOMPARE(m_stack->count(), 2); // the toggle, and the typed range as one step
        m_stack->undo();
        QCOMPARE(model().loadFrom, 100.0);
        QCOMPARE(from->value(), 100.0);
        m_stack->undo();
        QVERIFY(model().logLoadScale);
        QVERIFY(logScale->isChecked());
    }

    void readOnlyBlocksEdits()
    {
        m_project->setReadOnly(true);
        clickCell(1, ComputeOptionsModel::FixedMonthly);
        QTest::keyClicks(table(), QStringLiteral("7"));
        QTest::keyClick(table(), Qt::Key_Insert);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(!m_editor->findChild<QCheckBox *>(QStringLiteral("logLoadScale"))->isEnabled());
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(model().options.size(), 2);
    }
};

QTEST_MAIN(TestCrossoverModelEditor)
#include "tst_crossovermodeleditor.moc"
