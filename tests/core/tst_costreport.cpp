// The `archbench cost --json` report: exact shape of INTERCHANGE.md plus the added fields,
// and the aligned text form.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/cost/costreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cmath>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::cost;

namespace {

ProjectData sampleData()
{
    ProjectData data;
    data.project.currency = QStringLiteral("USD");
    CostModel latency = defaultLatencyModel();
    latency.id = QStringLiteral("cm1");
    latency.title = QStringLiteral("Checkout p99");
    CostModel crossover = defaultCrossoverModel();
    crossover.id = QStringLiteral("cm2");
    CostModel reserved = defaultReservedModel();
    reserved.id = QStringLiteral("cm3");
    CostModel noRevenue = defaultLatencyModel();
    noRevenue.id = QStringLiteral("cm4");
    noRevenue.monthlyRevenue.reset();
    data.costModels = {latency, crossover, reserved, noRevenue};
    return data;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCostReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void jsonShape()
    {
        const QJsonObject root = costReportJson(sampleData());
        QCOMPARE(root.keys(), QStringList{QStringLiteral("costModels")});
        const QJsonArray models = root[QStringLiteral("costModels")].toArray();
        QCOMPARE(models.size(), 4);

        const QJsonObject latency = models[0].toObject();
        QCOMPARE(sortedKeys(latency),
                 (QStringList{QStringLiteral("baselineLatencyMs"), QStringLiteral("id"), QStringLiteral("kind"),
                              QStringLiteral("steps"), QStringLiteral("targetLatencyMs"),
                              QStringLiteral("targetMetAfterStep"), QStringLiteral("title")}));
        QCOMPARE(latency[QStringLiteral("id")].toString(), QStringLiteral("cm1"));
        QCOMPARE(latency[QStringLiteral("kind")].toString(), QStringLiteral("latency"));
        QVERIFY(latency[QStringLiteral("targetMetAfterStep")].isDouble());
        QCOMPARE(latency[QStringLiteral("targetMetAfterStep")].toInt(), 2);
        const QJsonArray steps = latency[QStringLiteral("steps")].toArray();
        QCOMPARE(steps.size(), 3);
        const QJsonObject first = steps[0].toObject();
        QCOMPARE(sortedKeys(first),
                 (QStringList{QStringLiteral("beyondTarget"), QStringLiteral("costPerMsSaved"),
                              QStringLiteral("cumulativeMonthlyCost"), QStringLiteral("latencyMs"),
                              QStringLiteral("monthlyCost"), QStringLiteral("monthlyValue"),
                              QStringLiteral("msSaved"), QStringLiteral("name"), QStringLiteral("roi")}));
        QCOMPARE(first[QStringLiteral("cumulativeMonthlyCost")].toDouble(), 200.0);
        QCOMPARE(first[QStringLiteral("latencyMs")].toDouble(), 180.0);
        QCOMPARE(first[QStringLiteral("msSaved")].toDouble(), 170.0);
        QCOMPARE(std::round(first[QStringLiteral("costPerMsSaved")].toDouble() * 1000) / 1000, 1.176);
        QCOMPARE(first[QStringLiteral("monthlyValue")].toDouble(), 8500.0);
        QCOMPARE(first[QStringLiteral("roi")].toDouble(), 42.5);
        QCOMPARE(first[QStringLiteral("beyondTarget")].toBool(), false);
        QCOMPARE(steps[2].toObject()[QStringLiteral("beyondTarget")].toBool(), true);
        QCOMPARE(steps[2].toObject()[QStringLiteral("cumulativeMonthlyCost")].toDouble(), 1400.0);

        const QJsonObject crossover = models[1].toObject();
        QCOMPARE(crossover[QStringLiteral("kind")].toString(), QStringLiteral("crossover"));
        QCOMPARE(crossover[QStringLiteral("loadUnit")].toString(), QStringLiteral("rps"));
        const QJsonArray crossovers = crossover[QStringLiteral("crossovers")].toArray();
        QCOMPARE(crossovers.size(), 1);
        const QJsonObject c = crossovers[0].toObject();
        QCOMPARE(sortedKeys(c), (QStringList{QStringLiteral("from"), QStringLiteral("load"), QStringLiteral("to")}));
        QCOMPARE(std::round(c[QStringLiteral("load")].toDouble() * 10) / 10, 107.1);
        QCOMPARE(c[QStringLiteral("from")].toString(), QStringLiteral("Serverless"));
        QCOMPARE(c[QStringLiteral("to")].toString(), QStringLiteral("Containers (reserved)"));
        const QJsonArray cheapest = crossover[QStringLiteral("cheapest")].toArray();
        QCOMPARE(cheapest.size(), 2);
        QCOMPARE(cheapest[0].toObject()[QStringLiteral("from")].toDouble(), 100.0);
        QCOMPARE(cheapest[1].toObject()[QStringLiteral("to")].toDouble(), 100000.0);
        QCOMPARE(cheapest[1].toObject()[QStringLiteral("option")].toString(), QStringLiteral("Containers (reserved)"));

        const QJsonObject reserved = models[2].toObject();
        QCOMPARE(reserved[QStringLiteral("kind")].toString(), QStringLiteral("reserved"));
        const QJsonObject monthly = reserved[QStringLiteral("monthly")].toObject();
        QCOMPARE(sortedKeys(monthly), (QStringList{QStringLiteral("onDemand"), QStringLiteral("oneYear"),
                                                   QStringLiteral("savingsPlan"), QStringLiteral("threeYear")}));
        QCOMPARE(monthly[QStringLiteral("onDemand")].toDouble(), 1050.0);
        QCOMPARE(monthly[QStringLiteral("oneYear")].toDouble(), 672.0);
        QCOMPARE(monthly[QStringLiteral("threeYear")].toDouble(), 388.5);
        QCOMPARE(monthly[QStringLiteral("savingsPlan")].toDouble(), 630.0);
        QCOMPARE(reserved[QStringLiteral("monthlySavings")].toObject()[QStringLiteral("threeYear")].toDouble(), 661.5);

        // without revenue inputs value and ROI are null, not absent
        const QJsonObject noRevenueStep = models[3].toObject()[QStringLiteral("steps")].toArray()[0].toObject();
        QVERIFY(noRevenueStep.contains(QStringLiteral("monthlyValue")));
        QVERIFY(noRevenueStep[QStringLiteral("monthlyValue")].isNull());
        QVERIFY(noRevenueStep[QStringLiteral("roi")].isNull());
        QVERIFY(noRevenueStep[QStringLiteral("costPerMsSaved")].isDouble());
    }

    void targetNeverMetIsNull()
    {
        ProjectData data = sampleData();
        data.costModels[0].targetLatencyMs = 10;
        const QJsonObject latency = costReportJson(data)[QStringLiteral("costModels")].toArray()[0].toObject();
        QVERIFY(latency[QStringLiteral("targetMetAfterStep")].isNull());
    }

    void invalidModelIsReportedWithItsMessage()
    {
        ProjectData data = sampleData();
        data.costModels[0].steps[2].latencyAfterMs = -1;
        data.costModels[1].options[1].capacityPerInstance = 0;
        const QJsonArray models = costReportJson(data)[QStringLiteral("costModels")].toArray();
        const QJsonObject latency = models[0].toObject();
        QCOMPARE(latency[QStringLiteral("error")].toString(), QStringLiteral("steps[2].latencyAfterMs must be positive"));
        QVERIFY(latency[QStringLiteral("steps")].toArray().isEmpty());
        QVERIFY(latency[QStringLiteral("targetMetAfterStep")].isNull());
        QCOMPARE(models[1].toObject()[QStringLiteral("error")].toString(),
                 QStringLiteral("options[1].capacityPerInstance must be positive"));
        QVERIFY(!models[2].toObject().contains(QStringLiteral("error")));
        QCOMPARE(costReportProblems(data),
                 (QStringList{QStringLiteral("costModels[0] (Checkout p99): steps[2].latencyAfterMs must be positive"),
                              QStringLiteral("costModels[1] (API compute at scale): options[1].capacityPerInstance must be positive")}));
        QVERIFY(costReportProblems(sampleData()).isEmpty());
    }

    void jsonNumbersArePlain()
    {
        const QByteArray json = QJsonDocument(costReportJson(sampleData())).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("\"roi\":42.5"));
        QVERIFY(json.contains("\"cumulativeMonthlyCost\":1400"));
        QVERIFY(!json.contains("\"roi\":\""));
    }

    void textForm()
    {
        const QString text = costReportText(sampleData(), QLocale(QLocale::English, QLocale::UnitedStates));
        const QStringList lines = text.split(QLatin1Char('\n'));
        // the latency table: header and three steps, columns aligned on the right edge
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^\\s+#\\s+Step\\s+Monthly.*ROI$")));
        QVERIFY2(header >= 0, qPrintable(text));
        QVERIFY(lines[header + 1].contains(QStringLiteral("Cache in front of the product catalog")));
        QVERIFY(lines[header + 1].contains(QStringLiteral("$1.18")));
        QVERIFY(lines[header + 1].endsWith(QStringLiteral("42.5×")));
        QVERIFY(lines[header + 2].contains(QStringLiteral("$8.89")));
        QVERIFY(lines[header + 3].contains(QStringLiteral("(beyond target)")));
        QVERIFY(lines[header + 3].contains(QStringLiteral("$26.67")));
        QVERIFY(lines[header + 3].contains(QStringLiteral("$1,400")));
        QCOMPARE(lines[header].size(), lines[header + 1].size());
        QCOMPARE(lines[header + 1].size(), lines[header + 3].size());
        QVERIFY(text.contains(QStringLiteral("target 100 ms: met after step 2.")));
        QVERIFY(text.contains(QStringLiteral("107.1 rps")));
        QVERIFY(text.contains(QStringLiteral("$388.50")));
        QCOMPARE(costReportText(ProjectData{}), QStringLiteral("No cost models.\n"));
    }

    void currencyFollowsTheProject()
    {
        ProjectData data = sampleData();
        data.project.currency = QStringLiteral("EUR");
        const QString text = costReportText(data, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(text.contains(QStringLiteral("1.400 €")) || text.contains(QStringLiteral("1.400\u00a0€")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCostReport)
#include "tst_costreport.moc"
