// Expected annual loss of an RPO (DOMAIN.md §4: 100 TPS x 1 s x $50 / 2.5 years = $2,000)
// and the comparison with the yearly cost of removing it; bad inputs are named.
#include "common/testsupport.h"
#include "core/drill/expectedloss.h"

#include <QTest>
#include <limits>

using namespace archbench::core;

class TestExpectedLoss : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void domainExample()
    {
        const ExpectedLossInputs inputs{100, 50, 2.5};
        const Expected<double> perDisaster = lossPerDisaster(inputs, 1);
        QVERIFY(perDisaster.ok());
        QCOMPARE(*perDisaster, 5000.0);
        const Expected<double> annual = expectedAnnualLoss(inputs, 1);
        QVERIFY(annual.ok());
        QCOMPARE(*annual, 2000.0);
    }

    void scalesWithRpo_data()
    {
        QTest::addColumn<double>("rpo");
        QTest::addColumn<double>("annual");
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("five seconds") << 5.0 << 10000.0;
        QTest::newRow("fifteen seconds") << 15.0 << 30000.0;
    }
    void scalesWithRpo()
    {
        QFETCH(double, rpo);
        QFETCH(double, annual);
        const Expected<double> result = expectedAnnualLoss({100, 50, 2.5}, rpo);
        QVERIFY(result.ok());
        QCOMPARE(*result, annual);
    }

    void refusesBadInputs_data()
    {
        QTest::addColumn<double>("tps");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("years");
        QTest::addColumn<double>("rpo");
        QTest::addColumn<QString>("field");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("negative tps") << -1.0 << 50.0 << 2.5 << 1.0 << QStringLiteral("Transactions per second");
        QTest::newRow("infinite value") << 100.0 << inf << 2.5 << 1.0 << QStringLiteral("Value per transaction");
        QTest::newRow("zero years") << 100.0 << 50.0 << 0.0 << 1.0 << QStringLiteral("Years between disasters");
        QTest::newRow("negative rpo") << 100.0 << 50.0 << 2.5 << -1.0 << QStringLiteral("RPO");
    }
    void refusesBadInputs()
    {
        QFETCH(double, tps);
        QFETCH(double, value);
        QFETCH(double, years);
        QFETCH(double, rpo);
        QFETCH(QString, field);
        const Expected<double> result = expectedAnnualLoss({tps, value, years}, rpo);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(field), qPrintable(result.error().message));
        QCOMPARE(result.error().code, ErrorCode::Invalid);
    }

    void comparisonWithOption()
    {
        // Paying $30,000 a year to remove a $2,000 expected loss does not pay off.
        Expected<LossComparison> c = compareWithOption(2000, 30000);
        QVERIFY(c.ok());
        QVERIFY(!c->optionPaysOff());
        QCOMPARE(c->netYearlyBenefit, -28000.0);
        QCOMPARE(c->costToLossRatio, std::optional<double>(15.0));

        c = compareWithOption(10000, 4000);
        QVERIFY(c.ok());
        QVERIFY(c->optionPaysOff());
        QCOMPARE(c->netYearlyBenefit, 6000.0);

        c = compareWithOption(0, 100);
        QVERIFY(c.ok());
        QCOMPARE(c->costToLossRatio, std::optional<double>());
        QVERIFY(!compareWithOption(100, -1).ok());
    }
};

QTEST_GUILESS_MAIN(TestExpectedLoss)
#include "tst_expectedloss.moc"
