// The load-vs-cost crossover: exact crossover loads over lines and step functions.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/cost/loadcrossover.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::cost;

namespace {

ComputeOption perRequest(const QString &name, double pricePerMillion, double fixed = 0,
                         double durationMs = 100, double memoryGb = 0.125, double pricePerGbSecond = 0)
{
    ComputeOption o;
    o.name = name;
    o.pricing = PricingKind::PerRequest;
    o.pricePerMillionRequests = pricePerMillion;
    o.avgDurationMs = durationMs;
    o.memoryGb = memoryGb;
    o.pricePerGbSecond = pricePerGbSecond;
    o.fixedMonthly = fixed;
    return o;
}

ComputeOption perInstance(const QString &name, double capacity, double price, int minInstances = 0,
                          double fixed = 0, double discount = 0)
{
    ComputeOption o;
    o.name = name;
    o.pricing = PricingKind::PerInstance;
    o.capacityPerInstance = capacity;
    o.pricePerInstanceMonthly = price;
    o.minInstances = minInstances;
    o.fixedMonthly = fixed;
    o.reservedDiscountPercent = discount;
    return o;
}

CostModel model(double from, double to, QList<ComputeOption> options)
{
    CostModel m;
    m.id = QStringLiteral("cm");
    m.kind = CostModelKind::Crossover;
    m.loadFrom = from;
    m.loadTo = to;
    m.options = std::move(options);
    return m;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

/// Checks crossovers against (load, from, to) triples, and that segments tile the range.
void verifyCrossovers(const CostModel &m, const QList<std::tuple<double, int, int>> &expected)
{
    const auto solved = computeLoadCrossover(m);
    QVERIFY2(solved.ok(), qPrintable(solved.error().message));
    QCOMPARE(solved->crossovers.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const auto &[load, from, to] = expected[i];
        const Crossover &c = solved->crossovers[i];
        QVERIFY2(near(c.load, load), qPrintable(QStringLiteral("crossover %1 at %2, expected %3").arg(i).arg(c.load).arg(load)));
        QCOMPARE(c.fromOption, from);
        QCOMPARE(c.toOption, to);
    }
    QCOMPARE(solved->segments.size(), expected.size() + 1);
    QCOMPARE(solved->segments.first().from, m.loadFrom);
    QCOMPARE(solved->segments.last().to, m.loadTo);
    for (int i = 0; i + 1 < solved->segments.size(); ++i) {
        QCOMPARE(solved->segments[i].to, solved->segments[i + 1].from);
        QCOMPARE(solved->segments[i].to, solved->crossovers[i].load);
    }
}

} // namespace

class TestLoadCrossover : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void monthlyCostFormulas()
    {
        // 1 rps for a month = 2,628,000 requests; at $3.70 per million = $9.7236
        const ComputeOption s = perRequest(QStringLiteral("s"), 3.70, 0, 100, 0.125, 0.0000166667);
        const double compute = 2'628'000 * 0.1 * 0.125 * 0.0000166667;
        QVERIFY(near(monthlyCostAtLoad(s, 1), 9.7236 + compute));
        QVERIFY(near(monthlyCostAtLoad(s, 50'000), 50'000 * (9.7236 + compute)));
        // the guide's 50K rps API gateway bill: 4.32 billion requests a month (~$15,120 at $3.50)
        QVERIFY(near(monthlyCostAtLoad(perRequest(QStringLiteral("g"), 3.50), 50'000), 50'000 * 2.628 * 3.5));

        const ComputeOption c = perInstance(QStringLiteral("c"), 3000, 400, 2, 500, 25);
        QCOMPARE(instanceCount(c, 100), 2);     // minimum
        QCOMPARE(instanceCount(c, 6000), 2);    // exactly two instances' worth
        QCOMPARE(instanceCount(c, 6000.5), 3);
        QVERIFY(near(monthlyCostAtLoad(c, 100), 2 * 300 + 500)); // 25 % off $400
        QVERIFY(near(monthlyCostAtLoad(c, 9001), 4 * 300 + 500));
    }

    void interchangeExample()
    {
        // INTERCHANGE.md: serverless against containers on reserved instances crosses at ~107.1 rps.
        const CostModel m = model(100, 100'000,
                                  {perRequest(QStringLiteral("Serverless"), 3.70, 0, 100, 0.125, 0.0000166667),
                                   perInstance(QStringLiteral("Containers (reserved)"), 3000, 300, 2, 500)});
        const double slope = 2.628 * 3.70 + 2'628'000 * 0.1 * 0.125 * 0.0000166667;
        verifyCrossovers(m, {{1100 / slope, 0, 1}});
        const auto solved = computeLoadCrossover(m);
        QCOMPARE(std::round(solved->crossovers[0].load * 10) / 10, 107.1);
        QVERIFY(near(solved->crossovers[0].monthlyCost, 1100));
    }

    void defaultModelCrossesAsDocumented()
    {
        const auto solved = computeLoadCrossover(defaultCrossoverModel());
        QVERIFY(solved.ok());
        QCOMPARE(solved->crossovers.size(), 1);
        QCOMPARE(std::round(solved->crossovers[0].load * 10) / 10, 107.1);
    }

    void stepFunctionCrossesLineSeveralTimes()
    {
        // line: 26.28 per rps ($10 per million requests); steps: $2,000 per 100 rps.
        // The line is cheaper just after each of the first three instance steps and meets the
        // next flat step inside each piece, until the steps stay cheaper for good.
        const ComputeOption line = perRequest(QStringLiteral("line"), 10.0);
        const ComputeOption steps = perInstance(QStringLiteral("steps"), 100, 2000, 1);
        const double slope = 26.28;
        verifyCrossovers(model(10, 1000, {line, steps}),
                         {{2000 / slope, 0, 1}, {100, 1, 0},
                          {4000 / slope, 0, 1}, {200, 1, 0},
                          {6000 / slope, 0, 1}, {300, 1, 0},
                          {8000 / slope, 0, 1}});
        // same functions, options listed the other way round: same loads, swapped names
        verifyCrossovers(model(10, 1000, {steps, line}),
                         {{2000 / slope, 1, 0}, {100, 0, 1},
                          {4000 / slope, 1, 0}, {200, 0, 1},
                          {6000 / slope, 1, 0}, {300, 0, 1},
                          {8000 / slope, 1, 0}});
    }

    void twoStepFunctions()
    {
        // a: $100 per 100 rps; b: one $250 instance up to 1,000 rps. a stays under $250
        // until it needs a third instance just after 200 rps.
        verifyCrossovers(model(10, 1500, {perInstance(QStringLiteral("a"), 100, 100),
                                          perInstance(QStringLiteral("b"), 1000, 250)}),
                         {{200, 0, 1}});
    }

    void twoLinesCrossOnce()
    {
        // a: $2,000 fixed + 2.628 per rps; b: 26.28 per rps. 2000 + 2.628 L = 26.28 L.
        verifyCrossovers(model(1, 1000, {perRequest(QStringLiteral("a"), 1.0, 2000),
                                         perRequest(QStringLiteral("b"), 10.0)}),
                         {{2000 / (26.28 - 2.628), 1, 0}});
    }

    void threeOptionsHandOver()
    {
        // serverless (cheap at low load) -> small fleet -> big reserved fleet with a higher floor
        const ComputeOption s = perRequest(QStringLiteral("s"), 10.0);            // 26.28 L
        const ComputeOption small = perInstance(QStringLiteral("small"), 1000, 1000, 1); // 1000 per 1000 rps
        const ComputeOption big = perInstance(QStringLiteral("big"), 100'000, 5000, 1);  // flat 5000
        verifyCrossovers(model(1, 50'000, {s, small, big}),
                         {{1000 / 26.28, 0, 1}, {5000, 1, 2}});
    }

    void optionsThatNeverCross()
    {
        const CostModel m = model(1, 1e6, {perRequest(QStringLiteral("cheap"), 1.0),
                                           perRequest(QStringLiteral("dear"), 2.0, 10)});
        verifyCrossovers(m, {});
        QCOMPARE(computeLoadCrossover(m)->segments.first().option, 0);
        // a fleet whose floor is above the line's cost over the whole range
        verifyCrossovers(model(1, 100, {perInstance(QStringLiteral("fleet"), 1000, 5000, 2),
                                        perRequest(QStringLiteral("line"), 1.0)}),
                         {});
        QCOMPARE(computeLoadCrossover(model(1, 100, {perInstance(QStringLiteral("fleet"), 1000, 5000, 2),
                                                     perRequest(QStringLiteral("line"), 1.0)}))
                     ->segments.first().option,
                 1);
    }

    void singleOption()
    {
        const CostModel m = model(100, 100'000, {perInstance(QStringLiteral("only"), 3000, 300, 2)});
        verifyCrossovers(m, {});
        QCOMPARE(computeLoadCrossover(m)->segments.first().option, 0);
    }

    void noOptions()
    {
        const auto solved = computeLoadCrossover(model(1, 10, {}));
        QVERIFY(solved.ok());
        QVERIFY(solved->crossovers.isEmpty());
        QVERIFY(solved->segments.isEmpty());
    }

    void identicalOptionsTieToTheFirst()
    {
        const ComputeOption a = perInstance(QStringLiteral("a"), 100, 100);
        ComputeOption b = a;
        b.name = QStringLiteral("b");
        verifyCrossovers(model(1, 1000, {a, b}), {});
        QCOMPARE(computeLoadCrossover(model(1, 1000, {b, a}))->segments.first().option, 0);
    }

    void crossoverOutsideRangeIsNotReported()
    {
        // the INTERCHANGE pair crosses at ~107 rps: a range above it has none
        const CostModel m = model(200, 100'000,
                                  {perRequest(QStringLiteral("Serverless"), 3.70, 0, 100, 0.125, 0.0000166667),
                                   perInstance(QStringLiteral("Containers"), 3000, 300, 2, 500)});
        verifyCrossovers(m, {});
        QCOMPARE(computeLoadCrossover(m)->segments.first().option, 1);
    }

    void reservedDiscountMovesTheCrossover()
    {
        const ComputeOption s = perRequest(QStringLiteral("s"), 10.0);
        verifyCrossovers(model(1, 1000, {s, perInstance(QStringLiteral("c"), 10'000, 2000, 1)}), {{2000 / 26.28, 0, 1}});
        verifyCrossovers(model(1, 1000, {s, perInstance(QStringLiteral("c"), 10'000, 2000, 1, 0, 50)}), {{1000 / 26.28, 0, 1}});
    }

    void costCurveIsExact()
    {
        const ComputeOption c = perInstance(QStringLiteral("c"), 100, 10, 2, 5);
        const QList<QPointF> points = costCurve(c, 50, 350);
        // flat at 2 instances to 200, then steps at 200 and 300, each a vertical jump
        const QList<QPointF> expected{{50, 25}, {200, 25}, {200, 35}, {300, 35}, {300, 45}, {350, 45}};
        QCOMPARE(points, expected);
        const QList<QPointF> line = costCurve(perRequest(QStringLiteral("l"), 10.0, 7), 1, 2);
        QCOMPARE(line.size(), 2);
        QVERIFY(near(line[1].y(), 7 + 2 * 26.28));
    }

    void agreesWithBruteForceOnRandomModels()
    {
        // a cross-check, not the method: the exact answer must agree with dense sampling
        QRandomGenerator random(20261128);
        const auto cheapest = [](const CostModel &m, double load) {
            int best = 0;
            for (int i = 1; i < m.options.size(); ++i)
                if (monthlyCostAtLoad(m.options[i], load) < monthlyCostAtLoad(m.options[best], load))
                    best = i;
            return best;
        };
        for (int round = 0; round < 300; ++round) {
            QList<ComputeOption> options;
            const int count = 2 + random.bounded(3);
            for (int i = 0; i < count; ++i) {
                const QString name = QStringLiteral("o%1").arg(i);
                if (random.bounded(2) == 0)
                    options << perRequest(name, random.bounded(20.0), random.bounded(2000.0), 50 + random.bounded(200.0),
                                          0.125 * (1 + random.bounded(8)), 0.0000166667);
                else
                    options << perInstance(name, 50 + random.bounded(2000.0), 50 + random.bounded(1500.0),
                                           random.bounded(4), random.bounded(800.0), random.bounded(60.0));
            }
            const double from = 1 + random.bounded(100.0);
            const CostModel m = model(from, from + 100 + random.bounded(20000.0), options);
            const auto solved = computeLoadCrossover(m);
            QVERIFY2(solved.ok(), qPrintable(solved.error().message));
            for (int i = 0; i < solved->segments.size(); ++i) {
                const CheapestSegment &seg = solved->segments[i];
                if (i > 0)
                    QVERIFY(solved->segments[i - 1].option != seg.option);
                for (int k = 1; k < 40; ++k) {
                    const double load = seg.from + (seg.to - seg.from) * k / 40;
                    QCOMPARE(cheapest(m, load), seg.option);
                }
            }
            for (const Crossover &c : solved->crossovers) {
                const double eps = 1e-7 * std::max(1.0, c.load);
                QCOMPARE(cheapest(m, c.load - eps), c.fromOption);
                QCOMPARE(cheapest(m, c.load + eps), c.toOption);
            }
        }
    }

    void invalidModelIsRefused()
    {
        const auto solved = computeLoadCrossover(model(0, 10, {perRequest(QStringLiteral("s"), 1)}));
        QVERIFY(!solved.ok());
        QCOMPARE(solved.error().message, QStringLiteral("loadRange.from must be positive"));
    }
};

QTEST_GUILESS_MAIN(TestLoadCrossover)
#include "tst_loadcrossover.moc"
