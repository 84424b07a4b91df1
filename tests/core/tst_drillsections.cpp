// The postmortem sections of a drill: order and anchors, what was tested, targets against
// observations (a pass exactly at the target, a fail with negative margins), the timeline in
// time order, what worked and what did not with the findings, overdue action items against
// the report date, the trend of the drills up to this one, and hostile user text coming out
// literally in the Markdown (checked with cmark-gfm).
#include "core/drill/drillsections.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"
#include "common/gfm.h"
#include "common/testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace archbench;
using namespace archbench::core;
using archbench::test::renderGfm;
using archbench::test::textContent;

namespace {

ReportOptions itemOptions(const QString &id)
{
    return ReportOptions{ReportScope::Item, id, QDate(2026, 11, 28)};
}

const ReportSection *sectionTitled(const QList<ReportSection> &sections, const QString &title)
{
    for (const ReportSection &s : sections)
        if (s.title == title)
            return &s;
    return nullptr;
}

QList<const ReportChart *> charts(const ReportSection &s)
{
    QList<const ReportChart *> out;
    for (const ReportBlock &b : s.blocks)
        if (const auto *c = std::get_if<ReportChart>(&b))
            out << c;
    return out;
}

QString words(const ReportSection &s)
{
    QStringList out;
    for (const ReportBlock &b : s.blocks) {
        if (const auto *p = std::get_if<ReportParagraph>(&b))
            out << p->text.plainText();
        else if (const auto *kv = std::get_if<ReportKeyValues>(&b))
            for (const auto &[k, v] : kv->entries)
                out << k + QStringLiteral(": ") + v.plainText();
        else if (const auto *t = std::get_if<ReportTable>(&b)) {
            out << t->header.join(QStringLiteral(" | "));
            for (const auto &row : t->rows) {
                QStringList cells;
                for (const ReportText &c : row)
                    cells << c.plainText();
                out << cells.join(QStringLiteral(" | "));
            }
        } else if (const auto *l = std::get_if<ReportList>(&b))
            for (const ReportText &i : l->items)
                out << i.plainText();
    }
    return out.join(QLatin1Char('\n'));
}

/// A drill that meets both targets exactly (4.1 + 6.2 + 4.7 = 15 min, 5 s of 5 s) and a later
/// one that misses both (32 min of 15, 15 s of 5) with an overdue, a due-soon and a done item.
ProjectData project()
{
    Drill pass;
    pass.id = QStringLiteral("q3");
    pass.title = QStringLiteral("Q3 database failover");
    pass.date = QDate(2026, 8, 21);
    pass.scenario = DrillScenario::Database;
    pass.traffic = DrillTraffic::Synthetic;
    pass.tier = DrTier::WarmStandby;
    pass.targets = {15, 5};
    pass.measured = {4.1, 6.2, 4.7, 5};

    Drill fail;
    fail.id = QStringLiteral("q4");
    fail.title = QStringLiteral("Q4 regional failover");
    fail.date = QDate(2026, 11, 20);
    fail.scenario = DrillScenario::Region;
    fail.description = QStringLiteral("Blocked us-east-1 at the load balancers");
    fail.traffic = DrillTraffic::PartialProduction;
    fail.trafficPercent = 10;
    fail.tier = DrTier::WarmStandby;
    fail.targets = {15, 5};
    fail.measured = {4, 6, 22, 15};
    fail.timeline = {TimelineEvent{QDateTime(QDate(2026, 11, 20), QTime(10, 32), Qt::UTC), QStringLiteral("Checkout served again")},
                     TimelineEvent{QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC), QStringLiteral("Traffic blocked")}};
    fail.findings = {Finding{QStringLiteral("Standby scales in 5 minutes"), QStringLiteral("It took 18 minutes")}};
    fail.actionItems = {ActionItem{QStringLiteral("a1"), QStringLiteral("Fix runbook step 7"), QStringLiteral("Sam"), QDate(2026, 11, 27), WorkStatus::Open},
                        ActionItem{QStringLiteral("a2"), QStringLiteral("Alert on lag"), QString(), QDate(2026, 12, 1), WorkStatus::InProgress},
                        ActionItem{QStringLiteral("a3"), QStringLiteral("Pin the image"), QStringLiteral("Lena"), QDate(2026, 11, 21), WorkStatus::Done}};
    ProjectData data;
    data.drills = {fail, pass}; // project order is not date order
    return data;
}

} // namespace

class TestDrillSections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void unknownDrillGivesNothing()
    {
        QVERIFY(drillSections(project(), itemOptions(QStringLiteral("nope"))).isEmpty());
    }

    void postmortemOrder()
    {
        const QList<ReportSection> s = drillSections(project(), itemOptions(QStringLiteral("q4")));
        QStringList titles;
        for (const ReportSection &section : s)
            titles << QStringLiteral("%1:%2").arg(section.level).arg(section.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("1:Q4 regional failover"), QStringLiteral("2:What was tested"),
                                      QStringLiteral("2:Targets and what we observed"), QStringLiteral("2:Timeline"),
                                      QStringLiteral("2:What worked and what did not"), QStringLiteral("2:Action items"),
                                      QStringLiteral("2:Trend across drills")}));
        QCOMPARE(s.first().anchor, QStringLiteral("drill-q4"));
        // The earlier drill has no earlier drill to compare with.
        QCOMPARE(drillSections(project(), itemOptions(QStringLiteral("q3"))).size(), 6);
    }

    void whatWasTested()
    {
        const QString text = words(*sectionTitled(drillSections(project(), itemOptions(QStringLiteral("q4"))),
                                                  QStringLiteral("What was tested")));
        QVERIFY(text.contains(QStringLiteral("Scenario: Region")));
        QVERIFY(text.contains(QStringLiteral("What was failed: Blocked us-east-1 at the load balancers")));
        QVERIFY2(text.contains(QStringLiteral("Traffic: Partial production, 10 % of traffic")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("DR tier: Warm standby")));
        QVERIFY(text.contains(QStringLiteral("Date: 2026-11-20")));
    }

    void passExactlyAtTheTarget()
    {
        const QList<ReportSection> s = drillSections(project(), itemOptions(QStringLiteral("q3")));
        QVERIFY(words(s.first()).contains(QStringLiteral("Verdict: ✔ passed: both targets met")));
        const QString text = words(*sectionTitled(s, QStringLiteral("Targets and what we observed")));
        QVERIFY2(text.contains(QStringLiteral("Recovery time (RTO) | 15 min | 15 min | 0 min | ✔ passed, exactly on target")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Data loss (RPO) | 5 s | 5 s | 0 s | ✔ passed, exactly on target")));
        QVERIFY(text.contains(QStringLiteral("Detect | 4.1 min")));
        const QString worked = words(*sectionTitled(s, QStringLiteral("What worked and what did not")));
        QVERIFY(worked.contains(QStringLiteral("✔ What worked")));
        QVERIFY(!worked.contains(QStringLiteral("What did not\n")));
    }

    void failWithNegativeMargins()
    {
        const QList<ReportSection> s = drillSections(project(), itemOptions(QStringLiteral("q4")));
        QVERIFY(words(s.first()).contains(
            QStringLiteral("Verdict: ✖ failed: missed both targets, recovery time (RTO) and data loss (RPO)")));
        // One target missed is named alone.
        ProjectData one = project();
        one.drills[0].measured.dataLossSeconds = 5;
        QVERIFY(words(drillSections(one, itemOptions(QStringLiteral("q4"))).first())
                    .contains(QStringLiteral("Verdict: ✖ failed: missed the recovery time (RTO) target")));
        const ReportSection *targets = sectionTitled(s, QStringLiteral("Targets and what we observed"));
        const QString text = words(*targets);
        QVERIFY2(text.contains(QStringLiteral("Recovery time (RTO) | 15 min | 32 min | −17 min | ✖ missed by 17 min")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Data loss (RPO) | 5 s | 15 s | −10 s | ✖ missed by 10 s")));
        QVERIFY(text.contains(QStringLiteral("Observed RTO (sum) | 32 min")));
        QStringList ids;
        for (const ReportChart *c : charts(*targets))
            ids << c->chartId + QLatin1Char(':') + c->itemId;
        QCOMPARE(ids, (QStringList{QStringLiteral("drill.phases:q4"), QStringLiteral("drill.data-loss:q4")}));
        const QString findings = words(*sectionTitled(s, QStringLiteral("What worked and what did not")));
        QVERIFY(findings.contains(QStringLiteral("Recovery time: 32 min against a target of 15 min")));
        QVERIFY(findings.contains(QStringLiteral("The plan says | The drill revealed\nStandby scales in 5 minutes | It took 18 minutes")));
    }

    void timelineInTimeOrder()
    {
        const QString text = words(*sectionTitled(drillSections(project(), itemOptions(QStringLiteral("q4"))),
                                                  QStringLiteral("Timeline")));
        QCOMPARE(text, QStringLiteral("Time (UTC) | After | Event\n2026-11-20 10:00 | +0 min | Traffic blocked\n"
                                      "2026-11-20 10:32 | +32 min | Checkout served again"));
    }

    void overdueActionItems()
    {
        const QString text = words(*sectionTitled(drillSections(project(), itemOptions(QStringLiteral("q4"))),
                                                  QStringLiteral("Action items")));
        QVERIFY2(text.contains(QStringLiteral("✖ Overdue action items: 1.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Fix runbook step 7 | Sam | 2026-11-27 | ✖ Open, overdue")));
        QVERIFY(text.contains(QStringLiteral("Alert on lag | nobody yet | 2026-12-01 | ▲ In progress, due soon")));
        QVERIFY(text.contains(QStringLiteral("Pin the image | Lena | 2026-11-21 | ✔ Done")));
        // On the due date itself the item is not overdue yet.
        ReportOptions onDue = itemOptions(QStringLiteral("q4"));
        onDue.generated = QDate(2026, 11, 27);
        QVERIFY(!words(*sectionTitled(drillSections(project(), onDue), QStringLiteral("Action items"))).contains(QStringLiteral("overdue")));
    }

    void trendUpToThisDrill()
    {
        const QList<ReportSection> sections = drillSections(project(), itemOptions(QStringLiteral("q4")));
        const ReportSection *trend = sectionTitled(sections, QStringLiteral("Trend across drills"));
        QVERIFY(trend);
        const QString text = words(*trend);
        QVERIFY2(text.contains(QStringLiteral("2026-08-21 | Q3 database failover | 15 min | 15 min | 5 s | 5 s | ✔ passed\n"
                                              "2026-11-20 | Q4 regional failover | 15 min | 32 min | 5 s | 15 s | ✖ failed")),
                 qPrintable(text));
        QCOMPARE(charts(*trend).size(), 2);
        QCOMPARE(charts(*trend).first()->chartId, QStringLiteral("drill.trend"));
        QCOMPARE(drillsUpTo(project().drills, QStringLiteral("q4")).size(), 2);
        QCOMPARE(drillsUpTo(project().drills, QStringLiteral("q3")).size(), 1);
        QVERIFY(drillsUpTo(project().drills, QStringLiteral("x")).isEmpty());
    }

    void hostileTextIsLiteral()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cmark-gfm")).isEmpty())
            QFAIL("cmark-gfm is needed (scripts/install-deps.sh installs it)");
        const QString hostile = QStringLiteral("| # <b>x</b> > & &amp; * \\ ` _y_ [z](http://e.example)");
        ProjectData data = project();
        Drill &d = data.drills[0];
        d.title = d.description = hostile;
        d.timeline[0].event = hostile;
        d.findings = {Finding{hostile, hostile}};
        d.actionItems[0].text = d.actionItems[0].owner = hostile;
        const auto report = buildReport(data, itemOptions(QStringLiteral("q4")));
        QVERIFY(report.ok());
        const QString md = MarkdownWriter::write(*report);
        const QString html = renderGfm(md);
        QVERIFY(!html.isEmpty());
        QVERIFY2(!html.contains(QStringLiteral("<b>")) && !html.contains(QStringLiteral("href=\"http")), qPrintable(md));
        QCOMPARE(html.count(QStringLiteral("<h1>")), 1);
        QCOMPARE(html.count(QStringLiteral("<h2>")), 6);
        const qsizetype seen = textContent(html).count(hostile);
        QVERIFY2(seen >= 8, qPrintable(QStringLiteral("%1 times in\n%2").arg(seen).arg(md)));
    }
};

QTEST_GUILESS_MAIN(TestDrillSections)
#include "tst_drillsections.moc"
