// The cost models of the sample project (resources/sample/checkout-platform.json) and the test
// fixture import through the interchange codec and compute without a refusal.
#include "common/testsupport.h"
#include "core/cost/costreport.h"
#include "core/cost/latencycurve.h"
#include "core/cost/loadcrossover.h"
#include "core/interchange/interchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

class TestCostSample : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void samplePartComputes()
    {
        QFile sample(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
        QFile part(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QVERIFY(part.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(sample.readAll()).object();
        root[QStringLiteral("costModels")] = QJsonDocument::fromJson(part.readAll()).object()[QStringLiteral("costModels")];
        const auto data = interchange::fromJsonObject(root);
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        QCOMPARE(data->costModels.size(), 3);
        QVERIFY2(cost::costReportProblems(*data).isEmpty(), qPrintable(cost::costReportProblems(*data).join(u'\n')));

        // one model of each kind, with the figures the sample's story relies on
        const CostModel &latency = data->costModels[0];
        QCOMPARE(latency.kind, CostModelKind::Latency);
        QCOMPARE(cost::computeLatencyCurve(latency)->targetMetAfterStep, std::optional<int>(2));
        const CostModel &compute = data->costModels[1];
        QCOMPARE(compute.kind, CostModelKind::Crossover);
        const auto solved = cost::computeLoadCrossover(compute);
        QCOMPARE(solved->crossovers.size(), 1); // serverless hands over to reserved containers
        QVERIFY(solved->crossovers[0].load > 50 && solved->crossovers[0].load < 3200);
        QCOMPARE(compute.options[solved->segments.last().option].name, QStringLiteral("Containers, 1-year reserved"));
        QCOMPARE(data->costModels[2].kind, CostModelKind::Reserved);
    }

    void fixtureImports()
    {
        const auto data = interchange::fromJson(test::readData(QStringLiteral("cost/checkout-costs.json")));
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        QCOMPARE(data->costModels.size(), 4);
        QVERIFY(cost::costReportProblems(*data).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCostSample)
#include "tst_costsample.moc"
