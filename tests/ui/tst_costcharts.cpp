// The cost charts: what they draw for a model, and that they follow edits in the docks.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/cost/latencycurve.h"
#include "core/cost/costmodelsections.h"
#include "core/project.h"
#include "core/report/reportbuilder.h"
#include "ui/report/chartregistry.h"
#include "ui/report/pdfreportrenderer.h"
#include "ui/commands/itemcommands.h"
#include "ui/charts/chartlabel.h"
#include "ui/charts/chartstyle.h"
#include "ui/cost/costchartdock.h"
#include "ui/cost/costcharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QValueAxis>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::ui;

namespace {

template <typename T> T *series(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    return nullptr;
}

QStringList labels(QChart *chart)
{
    QStringList out;
    for (QGraphicsItem *item : chart->childItems())
        if (auto *label = dynamic_cast<ChartLabel *>(item))
            out << label->text();
    return out;
}

/// Saves a picture when ARCHBENCH_RENDER_DIR is set (for looking at the charts).
void render(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARCHBENCH_RENDER_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void renderChart(QChart *chart, const QString &name, QSize size = QSize(900, 600))
{
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    render(&view, name);
    view.setChart(new QChart); // the caller keeps ownership of `chart`
}

} // namespace

class TestCostCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void latencyChartDrawsTheCurve()
    {
        CostModel model = cost::defaultLatencyModel();
        std::unique_ptr<QChart> chart(createLatencyChart(model, QStringLiteral("USD")));
        auto *steps = series<QScatterSeries>(chart.get(), QStringLiteral("steps"));
        auto *meets = series<QScatterSeries>(chart.get(), QStringLiteral("meetsTarget"));
        auto *beyond = series<QScatterSeries>(chart.get(), QStringLiteral("beyondTarget"));
        auto *target = series<QLineSeries>(chart.get(), QStringLiteral("target"));
        QVERIFY(steps && meets && beyond && target);
        QCOMPARE(steps->points(), (QList<QPointF>{{200, 180}}));
        QCOMPARE(meets->points(), (QList<QPointF>{{1000, 90}}));
        QCOMPARE(beyond->points(), (QList<QPointF>{{1400, 75}}));
        QCOMPARE(target->at(0).y(), 100.0);
        QVERIFY(beyond->color() != steps->color());
        // The target line is a reference, not a verdict: not the green of "Meets target".
        QVERIFY(target->pen().color() != meets->color());
        const QStringList texts = labels(chart.get());
        QVERIFY(texts.contains(QStringLiteral("Cache in front of the product catalog")));
        QVERIFY(texts.contains(QStringLiteral("Faster database volumes (beyond target)")));
        QVERIFY(texts.contains(QStringLiteral("Target 100 ms")));
        renderChart(chart.get(), QStringLiteral("latency-chart"));
    }

    void hoverShowsCostPerMs()
    {
        CostModel model = cost::defaultLatencyModel();
        std::unique_ptr<QChart> chart(createLatencyChart(model, QStringLiteral("USD")));
        QChartView view(chart.get());
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *meets = series<QScatterSeries>(chart.get(), QStringLiteral("meetsTarget"));
        emit meets->hovered(meets->at(0), true);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Cost per ms saved: $8.89 a month")), qPrintable(QToolTip::text()));
        emit meets->hovered(meets->at(0), false);
        view.setChart(new QChart);
    }

    void tooltipEscapesNames()
    {
        const auto curve = cost::computeLatencyCurve(cost::defaultLatencyModel());
        auto step = curve->steps[0];
        step.name = QStringLiteral("<b>cache</b>");
        const QString tip = latencyStepTooltip(step, 1, QStringLiteral("USD"));
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;cache&lt;/b&gt;")));
        QVERIFY(tip.contains(QStringLiteral("$1.18")));
    }

    void invalidModelShowsAMessage()
    {
        CostModel model = cost::defaultLatencyModel();
        model.steps[1].latencyAfterMs = 0;
        std::unique_ptr<QChart> chart(createLatencyChart(model, QStringLiteral("USD")));
        QVERIFY(chart->series().isEmpty());
        bool found = false;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                found = found || text->text().contains(QStringLiteral("steps[1].latencyAfterMs must be positive"));
        QVERIFY(found);
        renderChart(chart.get(), QStringLiteral("latency-invalid"), QSize(600, 400));
    }

    void crossoverChartDrawsStepsAndCrossovers()
    {
        CostModel model = cost::defaultCrossoverModel();
        std::unique_ptr<QChart> chart(createCrossoverChart(model, QStringLiteral("USD")));
        auto *points = series<QScatterSeries>(chart.get(), QStringLiteral("crossovers"));
        QVERIFY(points);
        QCOMPARE(points->count(), 1);
        QVERIFY(std::abs(points->at(0).x() - 107.1) < 0.05);
        QVERIFY(labels(chart.get()).contains(QStringLiteral("107.1 rps")));
        // the container line is a staircase: vertical jumps at every 3,000 rps from 6,000 rps
        auto *containers = series<QLineSeries>(chart.get(), QStringLiteral("option:1"));
        int jumps = 0;
        for (int i = 1; i < containers->count(); ++i)
            if (containers->at(i).x() == containers->at(i - 1).x())
                ++jumps;
        QCOMPARE(jumps, 32); // 6,000 .. 99,000
        QVERIFY(series<QAreaSeries>(chart.get(), QStringLiteral("cheapest:0")));
        QVERIFY(series<QAreaSeries>(chart.get(), QStringLiteral("cheapest:1")));
        QVERIFY(qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).value(0)));
        renderChart(chart.get(), QStringLiteral("crossover-log"));

        model.logLoadScale = false;
        model.loadTo = 20'000;
        chart.reset(createCrossoverChart(model, QStringLiteral("USD")));
        QVERIFY(qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0)));
        renderChart(chart.get(), QStringLiteral("crossover-linear"));
    }

    void manyCrossoversRender()
    {
        CostModel model = cost::defaultCrossoverModel();
        model.loadFrom = 10;
        model.loadTo = 1000;
        model.logLoadScale = false;
        model.options[0].pricePerMillionRequests = 10;
        model.options[0].pricePerGbSecond = 0;
        model.options[1].capacityPerInstance = 100;
        model.options[1].pricePerInstanceMonthly = 2000;
        model.options[1].minInstances = 1;
        model.options[1].fixedMonthly = 0;
        std::unique_ptr<QChart> chart(createCrossoverChart(model, QStringLiteral("USD")));
        QCOMPARE(series<QScatterSeries>(chart.get(), QStringLiteral("crossovers"))->count(), 7);
        renderChart(chart.get(), QStringLiteral("crossover-many"));
    }

    void reservedChart()
    {
        std::unique_ptr<QChart> chart(createReservedChart(cost::defaultReservedModel(), QStringLiteral("USD")));
        QVERIFY(labels(chart.get()).contains(QStringLiteral("$388.50 (saves $661.50)")));
        renderChart(chart.get(), QStringLiteral("reserved-chart"), QSize(700, 400));
    }

    void darkPaletteKeepsInkReadable()
    {
        std::unique_ptr<QChart> chart(createCrossoverChart(cost::defaultCrossoverModel(), QStringLiteral("USD")));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        charts::applyPalette(chart.get(), dark);
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
        QCOMPARE(series<QScatterSeries>(chart.get(), QStringLiteral("crossovers"))->color(), QColor(0xee, 0xee, 0xee));
        for (QGraphicsItem *item : chart->childItems())
            if (auto *label = dynamic_cast<ChartLabel *>(item))
                QVERIFY(label->color() != charts::kInk);
        renderChart(chart.get(), QStringLiteral("crossover-dark"));
    }

    void reportChartsFromTheRegistry()
    {
        ProjectData data;
        data.project.id = QStringLiteral("p1");
        data.project.name = QStringLiteral("Checkout");
        data.costModels = {cost::defaultLatencyModel(), cost::defaultCrossoverModel(), cost::defaultReservedModel()};
        const ChartRegistry &charts = ChartRegistry::standard();
        const QString latency = data.costModels[0].id;
        std::unique_ptr<QChart> chart(charts.create(QString::fromLatin1(kLatencyCurveChart), data, latency));
        QVERIFY(chart);
        QVERIFY(series<QScatterSeries>(chart.get(), QStringLiteral("beyondTarget")));
        QVERIFY(!charts.create(QString::fromLatin1(kLoadCrossoverChart), data, latency)); // wrong kind
        chart.reset(charts.create(QString::fromLatin1(kLoadCrossoverChart), data, data.costModels[1].id));
        QVERIFY(chart);
        chart.reset(charts.create(QString::fromLatin1(kReservedComparisonChart), data, data.costModels[2].id));
        QVERIFY(chart);
        data.costModels[0].targetLatencyMs = 0;
        QVERIFY(!charts.create(QString::fromLatin1(kLatencyCurveChart), data, latency)); // cannot be computed
        data.costModels[0].targetLatencyMs = 100;

        const QString dir = qEnvironmentVariable("ARCHBENCH_RENDER_DIR");
        if (!dir.isEmpty()) {
            ReportOptions options;
            options.generated = QDate(2026, 11, 28);
            const auto report = buildReport(data, options);
            QVERIFY(report.ok());
            QVERIFY(writeReportPdf(*report, data, QPageSize::A4, dir + QStringLiteral("/cost-report.pdf")).ok());
        }
    }

    void dockFollowsEdits()
    {
        Project project;
        QUndoStack stack;
        CostModel model = cost::defaultLatencyModel();
        model.id = QStringLiteral("cm1");
        QVERIFY(commands::insertItem(&stack, &project, 0, model, QStringLiteral("Add")));
        CostModel crossover = cost::defaultCrossoverModel();
        crossover.id = QStringLiteral("cm2");
        QVERIFY(commands::insertItem(&stack, &project, 1, crossover, QStringLiteral("Add")));

        CostChartDock dock(CostModelKind::Latency, nullptr);
        dock.setProject(&project);
        QVERIFY(!dock.chart());
        dock.showModel(QStringLiteral("cm2")); // wrong kind: ignored
        QVERIFY(!dock.chart());
        dock.showModel(QStringLiteral("cm1"));
        QVERIFY(dock.chart());
        QCOMPARE(series<QScatterSeries>(dock.chart(), QStringLiteral("beyondTarget"))->count(), 1);

        // lower the target: now no step meets it, nothing is beyond it
        model.targetLatencyMs = 50;
        QVERIFY(commands::replaceItem(&stack, &project, model, QStringLiteral("Target"), QStringLiteral("target")));
        QCOMPARE(series<QScatterSeries>(dock.chart(), QStringLiteral("beyondTarget"))->count(), 0);
        QCOMPARE(series<QLineSeries>(dock.chart(), QStringLiteral("target"))->at(0).y(), 50.0);
        stack.undo();
        QCOMPARE(series<QScatterSeries>(dock.chart(), QStringLiteral("beyondTarget"))->count(), 1);

        dock.resize(500, 420);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        render(&dock, QStringLiteral("latency-dock"));

        // presentation zoom: a larger widget font makes every chart text larger
        const qreal before = dock.chart()->titleFont().pointSizeF();
        QFont big = dock.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        dock.setFont(big);
        QTRY_VERIFY(dock.chart()->titleFont().pointSizeF() > before * 1.5);
        QVERIFY(dock.chart()->axes().first()->labelsFont().pointSizeF() > before);

        QVERIFY(commands::removeItem<CostModel>(&stack, &project, QStringLiteral("cm1"), QStringLiteral("Remove")));
        QVERIFY(!dock.chart());
        QVERIFY(dock.shownModelId().isEmpty());
    }
};

QTEST_MAIN(TestCostCharts)
#include "tst_costcharts.moc"
