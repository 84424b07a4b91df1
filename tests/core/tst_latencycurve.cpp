// The cost-vs-latency curve: the guide's checkout example and the edge cases around it.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/cost/latencycurve.h"

#include <QTest>
#include <cmath>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::cost;

namespace {
CostModel checkoutModel()
{
    CostModel m;
    m.id = QStringLiteral("cm1");
    m.kind = CostModelKind::Latency;
    m.baselineLatencyMs = 350;
    m.targetLatencyMs = 100;
    m.monthlyRevenue = 500'000;
    m.conversionGainPer100ms = 1.0;
    m.steps = {{QStringLiteral("Cache"), 200, 180},
               {QStringLiteral("CDN multi-region"), 800, 90},
               {QStringLiteral("Faster volumes"), 400, 75}};
    return m;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}
} // namespace

class TestLatencyCurve : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void guideExample_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<double>("cumulative");
        QTest::addColumn<double>("latency");
        QTest::addColumn<double>("saved");
        QTest::addColumn<double>("perMs");     // as the guide rounds it, to the cent
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("roi");
        QTest::addColumn<bool>("beyond");
        QTest::newRow("cache") << 0 << 200.0 << 180.0 << 170.0 << 1.18 << 8500.0 << 42.5 << false;
        QTest::newRow("cdn") << 1 << 1000.0 << 90.0 << 90.0 << 8.89 << 4500.0 << 5.625 << false;
        QTest::newRow("volumes") << 2 << 1400.0 << 75.0 << 15.0 << 26.67 << 750.0 << 1.875 << true;
    }

    void guideExample()
    {
        QFETCH(int, step);
        QFETCH(double, cumulative);
        QFETCH(double, latency);
        QFETCH(double, saved);
        QFETCH(double, perMs);
        QFETCH(double, value);
        QFETCH(double, roi);
        QFETCH(bool, beyond);
        const auto curve = computeLatencyCurve(checkoutModel());
        QVERIFY2(curve.ok(), qPrintable(curve.error().message));
        QCOMPARE(curve->targetMetAfterStep, std::optional<int>(2));
        QVERIFY(curve->hasRevenue);
        const LatencyStepFigures &f = curve->steps.at(step);
        QVERIFY(near(f.cumulativeMonthlyCost, cumulative));
        QVERIFY(near(f.latencyMs, latency));
        QVERIFY(near(f.msSaved, saved));
        QVERIFY(f.costPerMsSaved);
        QCOMPARE(std::round(*f.costPerMsSaved * 100) / 100, perMs);
        QVERIFY(near(*f.monthlyValue, value));
        QVERIFY(near(*f.roi, roi));
        QCOMPARE(f.beyondTarget, beyond);
        QCOMPARE(f.meetsTarget, latency <= 100);
    }

    void exactCostPerMs()
    {
        const auto curve = computeLatencyCurve(checkoutModel());
        QVERIFY(near(*curve->steps[0].costPerMsSaved, 200.0 / 170.0));
        QVERIFY(near(*curve->steps[1].costPerMsSaved, 800.0 / 90.0));
        QVERIFY(near(*curve->steps[2].costPerMsSaved, 400.0 / 15.0));
    }

    void withoutRevenueValueIsAbsent()
    {
        CostModel m = checkoutModel();
        m.monthlyRevenue.reset();
        auto curve = computeLatencyCurve(m);
        QVERIFY(curve.ok());
        QVERIFY(!curve->hasRevenue);
        for (const auto &s : curve->steps) {
            QVERIFY(!s.monthlyValue);
            QVERIFY(!s.roi);
            QVERIFY(s.costPerMsSaved);
        }
        m = checkoutModel();
        m.conversionGainPer100ms.reset();
        curve = computeLatencyCurve(m);
        QVERIFY(!curve->steps[0].roi);
    }

    void targetNeverMet()
    {
        CostModel m = checkoutModel();
        m.targetLatencyMs = 50;
        const auto curve = computeLatencyCurve(m);
        QVERIFY(!curve->targetMetAfterStep);
        for (const auto &s : curve->steps)
            QVERIFY(!s.beyondTarget && !s.meetsTarget);
    }

    void targetMetExactlyCounts()
    {
        CostModel m = checkoutModel();
        m.targetLatencyMs = 180; // "meets" is <=
        const auto curve = computeLatencyCurve(m);
        QCOMPARE(curve->targetMetAfterStep, std::optional<int>(1));
        QVERIFY(!curve->steps[0].beyondTarget);
        QVERIFY(curve->steps[1].beyondTarget);
        QVERIFY(curve->steps[2].beyondTarget);
    }

    void baselineAlreadyMeetsTarget()
    {
        CostModel m = checkoutModel();
        m.targetLatencyMs = 400;
        const auto curve = computeLatencyCurve(m);
        QCOMPARE(curve->targetMetAfterStep, std::optional<int>(0));
        for (const auto &s : curve->steps)
            QVERIFY(s.beyondTarget);
    }

    void stepThatMakesLatencyWorse()
    {
        CostModel m = checkoutModel();
        m.steps[1].latencyAfterMs = 200; // slower than the 180 ms before it
        const auto curve = computeLatencyCurve(m);
        QVERIFY(curve.ok());
        const auto &s = curve->steps[1];
        QVERIFY(near(s.msSaved, -20));
        QVERIFY(!s.costPerMsSaved);
        QVERIFY(near(*s.monthlyValue, -1000));
        QVERIFY(*s.roi < 0);
        QVERIFY(near(curve->steps[2].msSaved, 125)); // measured against the worse latency
    }

    void noSteps()
    {
        CostModel m = checkoutModel();
        m.steps.clear();
        const auto curve = computeLatencyCurve(m);
        QVERIFY(curve.ok());
        QVERIFY(curve->steps.isEmpty());
        QVERIFY(!curve->targetMetAfterStep);
    }

    void invalidModelIsRefused()
    {
        CostModel m = checkoutModel();
        m.steps[2].latencyAfterMs = 0;
        const auto curve = computeLatencyCurve(m);
        QVERIFY(!curve.ok());
        QCOMPARE(curve.error().message, QStringLiteral("steps[2].latencyAfterMs must be positive"));
    }

    void defaultModelIsTheGuideExample()
    {
        const CostModel m = defaultLatencyModel();
        QVERIFY(!m.id.isEmpty());
        const auto curve = computeLatencyCurve(m);
        QVERIFY(curve.ok());
        QCOMPARE(curve->targetMetAfterStep, std::optional<int>(2));
        QVERIFY(near(*curve->steps[0].roi, 42.5));
    }
};

QTEST_GUILESS_MAIN(TestLatencyCurve)
#include "tst_latencycurve.moc"
