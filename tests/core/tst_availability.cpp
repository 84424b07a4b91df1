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

    void slaFormatting_data()
    {
        QTest::addColumn<double>("sla");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("german");
        QTest::newRow("three nines") << 99.9 << "99.9 %" << "99,9 %";
        QTest::newRow("three and a half nines") << 99.95 << "99.95 %" << "99,95 %";
        QTest::newRow("whole") << 99.0 << "99 %" << "99 %";
        QTest::newRow("six nines, four decimals at most") << 99.99994 << "99.9999 %" << "99,9999 %";
        QTest::newRow("computed back from downtime") << *slaForYearlyDowntime(8.766) << "99.9 %" << "99,9 %";
        QTest::newRow("hundred") << 100.0 << "100 %" << "100 %";
    }

    void slaFormatting()
    {
        QFETCH(double, sla);
        QFETCH(QString, c);
        QFETCH(QString, german);
        QCOMPARE(formatSla(sla, QLocale::c()), c);
        QCOMPARE(formatSla(sla, QLocale(QLocale::German, QLocale::Germany)), german);
    }

    void slaFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("sla"); // negative: none
        QTest::newRow("sample framing") << "99.95 % for placing orders (about 4.4 hours of downtime a year at most)." << 99.95;
        QTest::newRow("decimal comma, no space") << "mindestens 99,9%" << 99.9;
        QTest::newRow("words only") << "as high as we can afford" << -1.0;
        QTest::newRow("over a hundred") << "150 %" << -1.0;
        QTest::newRow("part of a longer number") << "1099.9 %" << -1.0;
        QTest::newRow("first percentage wins") << "99.99 % for payments, 99 % for search" << 99.99;
    }

    void slaFromText()
    {
        QFETCH(QString, text);
        QFETCH(double, sla);
        const auto parsed = parseSlaPercent(text);
        if (sla < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed, std::optional<double>(sla));
    }

    void projectSlaPrefersTheRequirement()
    {
        ProjectInfo info;
        QVERIFY(!projectSla(info));
        info.framing.availability = QStringLiteral("99.9 % in business hours");
        QCOMPARE(projectSla(info)->percent, 99.9);
        QVERIFY(projectSla(info)->requirementId.isEmpty());
        info.requirements << Requirement{QStringLiteral("r1"), RequirementKind::Performance, QStringLiteral("p99"), QStringLiteral("95 %")}
                          << Requirement{QStringLiteral("r2"), RequirementKind::Availability, QStringLiteral("Checkout"), QStringLiteral("99.95 %")};
        QCOMPARE(projectSla(info)->percent, 99.95);
        QCOMPARE(projectSla(info)->requirementId, QStringLiteral("r2"));
        QCOMPARE(projectSla(info)->requirementText, QStringLiteral("Checkout"));
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
