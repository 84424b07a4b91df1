// The reserved-capacity editor: typed discounts change the monthly figures and the chart,
// each field visit is one undo step, zero on-demand cost is explained, read-only.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/project.h"
#include "ui/charts/chartlabel.h"
#include "ui/cost/reservedmodeleditor.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::ui;

namespace {
const QString kId = QStringLiteral("cm3");

QStringList chartLabels(QChart *chart)
{
    QStringList out;
    for (QGraphicsItem *item : chart->childItems())
        if (auto *label = dynamic_cast<ChartLabel *>(item))
            out << label->text();
    return out;
}
} // namespace

class TestReservedModelEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ui::ProjectDocument> m_document;
    std::unique_ptr<ReservedModelEditor> m_editor;

    const CostModel &model() const { return *m_project->find<CostModel>(kId); }

    void type(const QString &field, const QString &text)
    {
        auto *spin = m_editor->findChild<QDoubleSpinBox *>(field);
        QVERIFY(spin);
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        spin->selectAll();
        QTest::keyClicks(spin, text);
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
        CostModel model = cost::defaultReservedModel();
        model.id = kId;
        QVERIFY(m_project->insert(0, model));
        m_document = std::make_unique<ui::ProjectDocument>(m_project.get(), m_stack.get());
        m_editor = std::make_unique<ReservedModelEditor>(EditorContext{m_document.get(), nullptr}, kId);
        m_editor->resize(800, 640);
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
        QCOMPARE(m_editor->figure(0, 0), QStringLiteral("$1,050"));
        QCOMPARE(m_editor->figure(1, 0), QStringLiteral("$672"));
        QCOMPARE(m_editor->figure(2, 0), QStringLiteral("$388.50"));
        QCOMPARE(m_editor->figure(2, 1), QStringLiteral("$661.50"));
        QCOMPARE(m_editor->figure(2, 2), QStringLiteral("$7,938"));
        QCOMPARE(m_editor->figure(3, 0), QStringLiteral("$630"));
        QCOMPARE(m_editor->figure(0, 1), QStringLiteral("–"));
        const QString dir = qEnvironmentVariable("ARCHBENCH_RENDER_DIR");
        if (!dir.isEmpty())
            m_editor->grab().save(dir + QStringLiteral("/reserved-editor.png"));
    }

    void typedDiscountUpdatesFiguresAndChart()
    {
        type(QStringLiteral("oneYearDiscountPercent"), QStringLiteral("45"));
        QCOMPARE(model().oneYearDiscountPercent, 45.0);
        QCOMPARE(m_editor->figure(1, 0), QStringLiteral("$577.50"));
        QVERIFY(chartLabels(m_editor->chartView()->chart()).contains(QStringLiteral("$577.50 (saves $472.50)")));
        type(QStringLiteral("onDemandMonthly"), QStringLiteral("2000"));
        QCOMPARE(model().onDemandMonthly, 2000.0);
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        QCOMPARE(model().onDemandMonthly, 1050.0);
        m_stack->undo();
        QCOMPARE(model().oneYearDiscountPercent, 36.0);
        QCOMPARE(m_editor->figure(1, 0), QStringLiteral("$672"));
        m_stack->redo();
        QCOMPARE(model().oneYearDiscountPercent, 45.0);
    }

    void zeroOnDemandIsExplained()
    {
        type(QStringLiteral("onDemandMonthly"), QStringLiteral("0"));
        QCOMPARE(model().onDemandMonthly, 0.0);
        QVERIFY2(m_editor->problem().contains(QStringLiteral("On-demand cost a month: must be positive (onDemandMonthly)")),
                 qPrintable(m_editor->problem()));
        QCOMPARE(m_editor->figure(1, 0), QStringLiteral("–"));
        m_stack->undo();
        QVERIFY(m_editor->problem().isEmpty());
    }

    void readOnlyBlocksEdits()
    {
        m_project->setReadOnly(true);
        type(QStringLiteral("threeYearDiscountPercent"), QStringLiteral("10"));
        QCOMPARE(model().threeYearDiscountPercent, 63.0);
        QCOMPARE(m_stack->count(), 0);
    }
};

QTEST_MAIN(TestReservedModelEditor)
#include "tst_reservedmodeleditor.moc"
