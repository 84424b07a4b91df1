// Cost model inputs: zero, negative and non-finite values are refused with the field's path.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/cost/costvalidation.h"

#include <QTest>
#include <functional>
#include <limits>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::cost;

using Edit = std::function<void(CostModel &)>;
Q_DECLARE_METATYPE(Edit)

class TestCostValidation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void defaultsAreValid()
    {
        for (CostModelKind kind : {CostModelKind::Latency, CostModelKind::Crossover, CostModelKind::Reserved}) {
            const auto valid = validateCostModel(defaultCostModel(kind));
            QVERIFY2(valid.ok(), qPrintable(valid.error().message));
        }
    }

    void refused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("message");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const int latency = int(CostModelKind::Latency), crossover = int(CostModelKind::Crossover),
                  reserved = int(CostModelKind::Reserved);

        QTest::newRow("zero baseline") << latency << Edit([](CostModel &m) { m.baselineLatencyMs = 0; })
                                       << QStringLiteral("baselineLatencyMs must be positive");
        QTest::newRow("negative target") << latency << Edit([](CostModel &m) { m.targetLatencyMs = -100; })
                                         << QStringLiteral("targetLatencyMs must be positive");
        QTest::newRow("zero step latency") << latency << Edit([](CostModel &m) { m.steps[2].latencyAfterMs = 0; })
                                           << QStringLiteral("steps[2].latencyAfterMs must be positive");
        QTest::newRow("negative step cost") << latency << Edit([](CostModel &m) { m.steps[1].monthlyCost = -800; })
                                            << QStringLiteral("steps[1].monthlyCost must be positive");
        QTest::newRow("zero step cost") << latency << Edit([](CostModel &m) { m.steps[0].monthlyCost = 0; })
                                        << QStringLiteral("steps[0].monthlyCost must be positive");
        QTest::newRow("nan step cost") << latency << Edit([nan](CostModel &m) { m.steps[0].monthlyCost = nan; })
                                       << QStringLiteral("steps[0].monthlyCost must be a finite number");
        QTest::newRow("empty step name") << latency << Edit([](CostModel &m) { m.steps[1].name = QStringLiteral("  "); })
                                         << QStringLiteral("steps[1].name must not be empty");
        QTest::newRow("zero revenue") << latency << Edit([](CostModel &m) { m.monthlyRevenue = 0.0; })
                                      << QStringLiteral("monthlyRevenue must be positive");
        QTest::newRow("infinite gain") << latency << Edit([inf](CostModel &m) { m.conversionGainPer100ms = inf; })
                                       << QStringLiteral("conversionGainPer100ms must be a finite number");

        QTest::newRow("zero load from") << crossover << Edit([](CostModel &m) { m.loadFrom = 0; })
                                        << QStringLiteral("loadRange.from must be positive");
        QTest::newRow("range reversed") << crossover << Edit([](CostModel &m) { m.loadTo = 50; })
                                        << QStringLiteral("loadRange.to must be greater than loadRange.from");
        QTest::newRow("empty unit") << crossover << Edit([](CostModel &m) { m.loadUnit.clear(); })
                                    << QStringLiteral("loadUnit must not be empty");
        QTest::newRow("negative price per million")
            << crossover << Edit([](CostModel &m) { m.options[0].pricePerMillionRequests = -1; })
            << QStringLiteral("options[0].pricePerMillionRequests must not be negative");
        QTest::newRow("zero duration") << crossover << Edit([](CostModel &m) { m.options[0].avgDurationMs = 0; })
                                       << QStringLiteral("options[0].avgDurationMs must be positive");
        QTest::newRow("zero memory") << crossover << Edit([](CostModel &m) { m.options[0].memoryGb = 0; })
                                     << QStringLiteral("options[0].memoryGb must be positive");
        QTest::newRow("zero capacity") << crossover << Edit([](CostModel &m) { m.options[1].capacityPerInstance = 0; })
                                       << QStringLiteral("options[1].capacityPerInstance must be positive");
        QTest::newRow("zero instance price")
            << crossover << Edit([](CostModel &m) { m.options[1].pricePerInstanceMonthly = 0; })
            << QStringLiteral("options[1].pricePerInstanceMonthly must be positive");
        QTest::newRow("negative min instances") << crossover << Edit([](CostModel &m) { m.options[1].minInstances = -1; })
                                                << QStringLiteral("options[1].minInstances must not be negative");
        QTest::newRow("discount of 100")
            << crossover << Edit([](CostModel &m) { m.options[1].reservedDiscountPercent = 100; })
            << QStringLiteral("options[1].reservedDiscountPercent must be at least 0 and below 100 (percent)");
        QTest::newRow("negative fixed") << crossover << Edit([](CostModel &m) { m.options[1].fixedMonthly = -5; })
                                        << QStringLiteral("options[1].fixedMonthly must not be negative");
        QTest::newRow("empty option name") << crossover << Edit([](CostModel &m) { m.options[1].name.clear(); })
                                           << QStringLiteral("options[1].name must not be empty");
        QTest::newRow("repeated option name")
            << crossover << Edit([](CostModel &m) { m.options[1].name = m.options[0].name; })
            << QStringLiteral("options[1].name repeats the name \"Serverless\"; crossovers name options, so each needs its own name");
        QTest::newRow("too many instance steps")
            << crossover << Edit([](CostModel &m) { m.options[1].capacityPerInstance = 1; })
            << QStringLiteral("options[1].capacityPerInstance is too small for the load range: the options change "
                              "instance count more than 20,000 times; narrow the load range or raise the capacity per instance");

        QTest::newRow("zero on-demand") << reserved << Edit([](CostModel &m) { m.onDemandMonthly = 0; })
                                        << QStringLiteral("onDemandMonthly must be positive");
        QTest::newRow("negative discount") << reserved << Edit([](CostModel &m) { m.threeYearDiscountPercent = -5; })
                                           << QStringLiteral("threeYearDiscountPercent must be at least 0 and below 100 (percent)");
        QTest::newRow("nan savings plan") << reserved << Edit([nan](CostModel &m) { m.savingsPlanDiscountPercent = nan; })
                                          << QStringLiteral("savingsPlanDiscountPercent must be a finite number");
    }

    void refused()
    {
        QFETCH(int, kind);
        QFETCH(Edit, edit);
        QFETCH(QString, message);
        CostModel m = defaultCostModel(CostModelKind(kind));
        edit(m);
        const auto valid = validateCostModel(m);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, ErrorCode::Invalid);
        QCOMPARE(valid.error().message, message);
    }

    void fieldsOfOtherPricingAreIgnored()
    {
        CostModel m = defaultCrossoverModel();
        m.options[0].capacityPerInstance = 0;    // per-request: instance fields do not apply
        m.options[1].avgDurationMs = 0;          // per-instance: request fields do not apply
        m.options[0].pricePerMillionRequests = 0; // free requests, paid compute: allowed
        QVERIFY(validateCostModel(m).ok());
        m.options[1].minInstances = 0;
        m.options[1].fixedMonthly = 0;
        m.options[1].reservedDiscountPercent = 0;
        QVERIFY(validateCostModel(m).ok());
    }

    void fieldsOfOtherKindsAreIgnored()
    {
        CostModel m = defaultReservedModel();
        m.baselineLatencyMs = -1;
        m.loadFrom = -1;
        QVERIFY(validateCostModel(m).ok());
    }

    void absentRevenueIsFine()
    {
        CostModel m = defaultLatencyModel();
        m.monthlyRevenue.reset();
        m.conversionGainPer100ms.reset();
        QVERIFY(validateCostModel(m).ok());
    }
};

QTEST_GUILESS_MAIN(TestCostValidation)
#include "tst_costvalidation.moc"
