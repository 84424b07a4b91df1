// The `archbench drills` report: the JSON shape of INTERCHANGE.md, field for field, and the
// plain-text table.
#include "common/testsupport.h"
#include "core/drill/drillsreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace archbench::core;

namespace {
Drill exampleDrill()
{
    Drill d;
    d.id = QStringLiteral("x1");
    d.title = QStringLiteral("Q4 regional failover drill");
    d.date = QDate(2026, 11, 20);
    d.targets = {15.0, 5.0};
    d.measured = {4.0, 6.0, 22.0, 15.0};
    d.actionItems = {ActionItem{QStringLiteral("a1"), QStringLiteral("Fix runbook"), {}, {}, WorkStatus::Open},
                     ActionItem{QStringLiteral("a2"), QStringLiteral("Scale standby"), {}, {}, WorkStatus::InProgress},
                     ActionItem{QStringLiteral("a3"), QStringLiteral("Done"), {}, {}, WorkStatus::Done}};
    return d;
}

Drill passingDrill()
{
    Drill d;
    d.id = QStringLiteral("x2");
    d.title = QStringLiteral("Q1 database failover");
    d.date = QDate(2026, 8, 3);
    d.targets = {15.0, 5.0};
    d.measured = {2.0, 3.0, 10.0, 5.0};
    return d;
}
} // namespace

class TestDrillsReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void jsonMatchesInterchangeExample()
    {
        ProjectData data;
        data.drills = {exampleDrill()};
        const QJsonObject report = drillsReportJson(data);
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "drills": [ { "id": "x1", "observedRtoMinutes": 32, "rtoPass": false, "rtoMarginMinutes": -17,
                          "observedRpoSeconds": 15, "rpoPass": false, "rpoMarginSeconds": -10,
                          "openActionItems": 2 } ],
            "nextDrillDue": "2027-02-18" })").object();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(report, expected);
        // Plain JSON numbers, never strings.
        const QJsonObject entry = report.value(QStringLiteral("drills")).toArray().first().toObject();
        QVERIFY(entry.value(QStringLiteral("observedRtoMinutes")).isDouble());
        QVERIFY(entry.value(QStringLiteral("openActionItems")).isDouble());
        QVERIFY(entry.value(QStringLiteral("rtoPass")).isBool());
    }

    void boundaryAndOrder()
    {
        ProjectData data;
        data.drills = {exampleDrill(), passingDrill()};
        const QJsonArray drills = drillsReportJson(data).value(QStringLiteral("drills")).toArray();
        QCOMPARE(drills.size(), 2);
        QCOMPARE(drills[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("x1"));
        const QJsonObject second = drills[1].toObject();
        QCOMPARE(second.value(QStringLiteral("rtoPass")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("rtoMarginMinutes")).toDouble(), 0.0);
        QCOMPARE(second.value(QStringLiteral("rpoPass")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("rpoMarginSeconds")).toDouble(), 0.0);
        QCOMPARE(second.value(QStringLiteral("openActionItems")).toInt(), 0);
    }

    void unmeasuredIsNull()
    {
        Drill d;
        d.id = QStringLiteral("x9");
        d.targets.rtoMinutes = 15.0;
        d.measured.detectMinutes = 3.0;
        ProjectData data;
        data.drills = {d};
        const QJsonObject report = drillsReportJson(data);
        const QJsonObject entry = report.value(QStringLiteral("drills")).toArray().first().toObject();
        QCOMPARE(entry.keys().size(), 8);
        for (const char *key : {"observedRtoMinutes", "rtoPass", "rtoMarginMinutes",
                                "observedRpoSeconds", "rpoPass", "rpoMarginSeconds"})
            QVERIFY2(entry.value(QLatin1StringView(key)).isNull(), key);
        // An undated drill gives no next due date.
        QVERIFY(report.value(QStringLiteral("nextDrillDue")).isNull());
    }

    void emptyProject()
    {
        const QJsonObject report = drillsReportJson({});
        QCOMPARE(report.value(QStringLiteral("drills")).toArray().size(), 0);
        QVERIFY(report.contains(QStringLiteral("nextDrillDue")));
        QVERIFY(report.value(QStringLiteral("nextDrillDue")).isNull());
        QCOMPARE(drillsReportText({}, QDate(2027, 1, 1)), QStringLiteral("No drills recorded.\n"));
    }

    void textTable()
    {
        ProjectData data;
        data.drills = {exampleDrill(), passingDrill()};
        const QString text = drillsReportText(data, QDate(2027, 3, 1));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 5, qPrintable(text));
        QVERIFY(lines[0].startsWith(QStringLiteral("Drill")));
        QVERIFY(lines[1].startsWith(QStringLiteral("Q4 regional failover drill")));
        QVERIFY(lines[1].contains(QStringLiteral("32 min")));
        QVERIFY(lines[1].contains(QStringLiteral("\u221217 min")));
        QVERIFY(lines[1].contains(QStringLiteral("missed")));
        QVERIFY(lines[2].contains(QStringLiteral("met")));
        // Columns line up: the "Observed RTO" column ends at the same position on every row.
        const qsizetype end = lines[0].indexOf(QStringLiteral("Observed RTO")) + 12;
        QCOMPARE(lines[1].mid(end - 6, 6), QStringLiteral("32 min"));
        QCOMPARE(lines[2].mid(end - 6, 6), QStringLiteral("15 min"));
        QVERIFY(text.contains(QStringLiteral("Next drill due: 2027-02-18 (OVERDUE by 11 days)")));
        QVERIFY(!text.contains(QStringLiteral(" \n")));
    }
};

QTEST_GUILESS_MAIN(TestDrillsReport)
#include "tst_drillsreport.moc"
