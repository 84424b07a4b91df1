// SLA <-> downtime (DOMAIN.md §1): 99.9 % = 8.77 h a year, 99.99 % = 52.6 min a year.
#include "common/testsupport.h"
#include "core/overview/availability.h"
#include "core/overview/framingquestions.h"

#include <QTest>

using namespace archbench::core;

class TestAvailability : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        archbench::test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void downtime_data()
    {
        QTest::addColumn<double>("sla");
        QTest::addColumn<double>("year");
        QTest::addColumn<double>("month");
        QTest::addColumn<double>("week");
        QTest::newRow("three nines") << 99.9 << 8.766 << 0.7305 << 0.168;
        QTest::newRow("four nines") << 99.99 << 0.8766 << 0.07305 << 0.0168;
        QTest::newRow("100 %") << 100.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("0 %") << 0.0 << 8766.0 << 730.5 << 168.0;
    }

    void downtime()
    {
        QFETCH(double, sla);
        QFETCH(double, year);
        QFETCH(double, month);
        QFETCH(double, week);
        const auto d = downtimeForSla(sla);
        QVERIFY(d.ok());
        QVERIFY(qAbs(d->hoursPerYear - year) < 1e-9);
        QVERIFY(qAbs(d->hoursPerMonth - month) < 1e-9);
        QVERIFY(qAbs(d->hoursPerWeek - week) < 1e-9);
    }

    void formatsLikeTheGuide()
    {
        QCOMPARE(formatDuration(downtimeForSla(99.9)->hoursPerYear), QStringLiteral("8.77 h"));
        QCOMPARE(formatDuration(downtimeForSla(99.99)->hoursPerYear), QStringLiteral("52.6 min"));
        QCOMPARE(formatDuration(downtimeForSla(99.9999)->hoursPerYear), QStringLiteral("31.6 s"));
    }

    void refusesOutOfRange_data()
    {
        QTest::addColumn<double>("sla");
        QTest::newRow("negative") << -0.1;
        QTest::newRow("over 100") << 100.01;
        QTest::newRow("nan") << qQNaN();
        QTest::newRow("inf") << qInf();
    }

    void refusesOutOfRange()
    {
        QFETCH(double, sla);
        const auto d = downtimeForSla(sla);
        QVERIFY(!d.ok());
        QVERIFY(d.error().message.contains(QStringLiteral("0 to 100")));
    }

    void backToSla()
    {
        QCOMPARE(*slaForYearlyDowntime(8.766), 99.9);
        QCOMPARE(*slaForYearlyDowntime(0), 100.0);
        QCOMPARE(*slaForYearlyDowntime(8766), 0.0);
        QVERIFY(!slaForYearlyDowntime(-1).ok());
        QVERIFY(!slaForYearlyDowntime(9000).ok());
        // there and back again
        for (double sla : {90.0, 99.0, 99.5, 99.95, 99.999})
            QVERIFY(qAbs(*slaForYearlyDowntime(downtimeForSla(sla)->hoursPerYear) - sla) < 1e-9);
    }

    void framingCount()
    {
        Framing f;
        QCOMPARE(answeredFramingCount(f), 0);
        f.users = QStringLiteral("Shoppers");
        f.scale = QStringLiteral("   "); // blank does not count
        f.success = QStringLiteral("Orders flow");
        QCOMPARE(answeredFramingCount(f), 2);
        QCOMPARE(framingQuestions().size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
