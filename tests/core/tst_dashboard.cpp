// Dashboard figures for the bundled sample project and for an empty one.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/decision/analysiscache.h"
#include "core/decision/qualitycheck.h"
#include "core/overview/dashboard.h"

#include <QFile>
#include <QTest>

#include <optional>

using namespace archbench::core;

namespace {
ProjectData sample()
{
    QFile f(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    return *interchange::fromJson(f.readAll());
}

// A copy, not a pointer into `lines`: callers pass temporaries (ASan caught a dangling read).
std::optional<DashboardLine> find(const QList<DashboardLine> &lines, DashboardLine::Topic topic)
{
    for (const DashboardLine &l : lines)
        if (l.topic == topic)
            return l;
    return std::nullopt;
}
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void emptyProject()
    {
        const auto lines = dashboardLines(ProjectData{}, QDate(2026, 11, 28));
        const std::optional<DashboardLine> framing = find(lines, DashboardLine::Topic::Framing);
        QVERIFY(framing);
        QCOMPARE(framing->text, QStringLiteral("Framing: 0 of 12 questions answered"));
        QCOMPARE(framing->severity, DashboardLine::Severity::Attention);
        QCOMPARE(find(lines, DashboardLine::Topic::Decisions)->text, QStringLiteral("No decisions recorded yet."));
    }

    void sampleFraming()
    {
        const auto lines = dashboardLines(sample(), QDate(2026, 11, 28));
        QCOMPARE(find(lines, DashboardLine::Topic::Framing)->text,
                 QStringLiteral("Framing: 10 of 12 questions answered"));
    }

    void decisionCounts()
    {
        ProjectData data;
        for (auto [id, status] : {std::pair{"a", DecisionStatus::Accepted}, std::pair{"b", DecisionStatus::Proposed},
                                  std::pair{"c", DecisionStatus::Accepted}}) {
            Decision d;
            d.id = QString::fromLatin1(id);
            d.status = status;
            data.decisions << d;
        }
        const std::optional<DashboardLine> line = find(dashboardLines(data, QDate(2026, 11, 28)), DashboardLine::Topic::Decisions);
        QCOMPARE(line->text, QStringLiteral("Decisions: 1 proposed, 2 accepted"));
        QCOMPARE(line->itemId, QStringLiteral("b")); // jumps to the first open decision
    }

    void sampleFigures()
    {
        // The sample on 2026-11-28: every line the Overview shows, in order, with where it jumps.
        using S = DashboardLine::Severity;
        using T = DashboardLine::Topic;
        struct Expected {
            T topic;
            S severity;
            const char *text;
            ItemKind kind;
            const char *itemId;
            const char *subId;
        };
        const QList<Expected> expected = {
            {T::Framing, S::Attention, "Framing: 10 of 12 questions answered", ItemKind::Decision, "",
             "framing:timeline"}, // the first unanswered question, on the Overview itself
            {T::Decisions, S::Info, "Decisions: 3 accepted, 1 superseded", ItemKind::Decision, "dec-orders-db", ""},
            {T::Triggers, S::Problem, "Revisit triggers: 1 fired, 1 due soon", ItemKind::Decision, "dec-catalog-cache",
             "ca-trg-hit"},
            {T::Triggers, S::Problem,
             "Fired: Cache in front of the product catalogue — Cache hit rate drops below 70 % (hit rate 64\u00A0% < "
             "70\u00A0%)",
             ItemKind::Decision, "dec-catalog-cache", "ca-trg-hit"},
            {T::Triggers, S::Attention,
             "Due soon: Cache in front of the product catalogue — Evaluate after three months of production data "
             "(review by 2026-12-01, in 3 days)",
             ItemKind::Decision, "dec-catalog-cache", "ca-trg-timebox"},
            {T::Reviews, S::Problem, "Review \"Checkout workload review\": 2 high, 10 medium risks; 17 of 33 questions "
                                     "unanswered",
             ItemKind::Review, "w-checkout", ""},
            {T::Drills, S::Problem,
             "Latest drill \"Q4 regional failover drill\" (2026-11-20) failed: RTO missed by 17 min, RPO missed by 10 s",
             ItemKind::Drill, "drill-q4-region", ""},
            {T::Drills, S::Good, "Next drill due 2027-02-18, in 82 days", ItemKind::Drill, "drill-q4-region", ""},
            {T::ActionItems, S::Problem, "Action items: 6 open, 2 overdue", ItemKind::Drill, "drill-q4-region",
             "drill-q4-region-a1"},
            {T::ActionItems, S::Problem,
             "Overdue since 2026-11-27: Replace runbook step 7 with the current DNS failover procedure (Sam Okafor, "
             "from \"Q4 regional failover drill\")",
             ItemKind::Drill, "drill-q4-region", "drill-q4-region-a1"},
            {T::ActionItems, S::Problem,
             "Overdue since 2026-11-27: Keep the standby launch template on the same image as the primary (Lena "
             "Fischer, from \"Q4 regional failover drill\")",
             ItemKind::Drill, "drill-q4-region", "drill-q4-region-a2"},
            // issue 15: the cache leads under 42 % of weightings and its trigger fired
            {T::Checks, S::Attention, "Decision-quality checks: 2 failed", ItemKind::Decision, "dec-catalog-cache",
             "fragile-leader"},
            {T::Checks, S::Attention,
             "Check \"Fragile leader\" on \"Cache in front of the product catalogue\": Redis (ElastiCache) stays first "
             "under only 42\u00A0% of weightings, less than 60\u00A0%. Before relying on this lead, agree the weights "
             "with the participants or add a criterion that separates the options.",
             ItemKind::Decision, "dec-catalog-cache", "fragile-leader"},
            {T::Checks, S::Attention,
             "Check \"Accepted, but revisit triggers fired\" on \"Cache in front of the product catalogue\": The "
             "decision is accepted, but its revisit trigger “Cache hit rate drops below 70 %” (hit rate 64\u00A0% < "
             "70\u00A0%) has fired. Look at it again: confirm it with a new threshold or review-by date, or supersede it.",
             ItemKind::Decision, "dec-catalog-cache", "accepted-triggers-fired"},
        };
        const auto lines = dashboardLines(sample(), QDate(2026, 11, 28));
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines[i].text, QString::fromUtf8(expected[i].text));
            QCOMPARE(lines[i].topic, expected[i].topic);
            QCOMPARE(lines[i].severity, expected[i].severity);
            if (*expected[i].itemId) {
                QCOMPARE(lines[i].kind, expected[i].kind);
                QCOMPARE(lines[i].itemId, QString::fromLatin1(expected[i].itemId));
            } else {
                QVERIFY(lines[i].itemId.isEmpty());
            }
            QCOMPARE(lines[i].subId, QString::fromLatin1(expected[i].subId));
        }
    }

    void sampleAttention()
    {
        const AttentionCounts c = Dashboard::attention(sample(), QDate(2026, 11, 28));
        QCOMPARE(c.firedTriggers, 1);
        QCOMPARE(c.dueSoonTriggers, 1);
        QCOMPARE(c.openActionItems, 6);
        QCOMPARE(c.overdueActionItems, 2);
        QCOMPARE(c.failedChecks, 2);
        QCOMPARE(Dashboard::attentionSummary(c), QStringLiteral("1 trigger fired · 2 actions overdue"));
        QCOMPARE(Dashboard::attentionSummary(AttentionCounts{}), QString());
        // A year later every calendar trigger has fired and the drill is long overdue.
        const QDate later(2027, 11, 28);
        const AttentionCounts l = Dashboard::attention(sample(), later);
        QVERIFY(l.firedTriggers >= 3);
        QCOMPARE(l.overdueActionItems, 6);
    }

    void drillCadenceLines_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("severity");
        using S = DashboardLine::Severity;
        QTest::newRow("later") << QDate(2026, 12, 31) << QStringLiteral("Next drill due 2027-03-31, in 90 days") << int(S::Good);
        QTest::newRow("due in a day") << QDate(2027, 3, 30) << QStringLiteral("Next drill due 2027-03-31, in 1 day") << int(S::Attention);
        QTest::newRow("due today") << QDate(2027, 3, 31) << QStringLiteral("Next drill due today (2027-03-31)") << int(S::Attention);
        QTest::newRow("a day late") << QDate(2027, 4, 1) << QStringLiteral("Next drill was due 2027-03-31: overdue by 1 day") << int(S::Problem);
        QTest::newRow("late") << QDate(2027, 4, 10) << QStringLiteral("Next drill was due 2027-03-31: overdue by 10 days") << int(S::Problem);
    }

    void drillCadenceLines()
    {
        QFETCH(QDate, today);
        QFETCH(QString, text);
        QFETCH(int, severity);
        ProjectData data;
        Drill d;
        d.id = QStringLiteral("x1");
        d.title = QStringLiteral("Year-end drill");
        d.date = QDate(2026, 12, 31); // + 90 days crosses the year end and February
        d.targets.rtoMinutes = 15;
        d.targets.rpoSeconds = 5;
        d.measured.detectMinutes = 5;
        d.measured.decideMinutes = 5;
        d.measured.recoverMinutes = 5; // exactly the target: passes
        data.drills << d;
        const auto lines = dashboardLines(data, today);
        QList<DashboardLine> drillLines;
        for (const DashboardLine &l : lines)
            if (l.topic == DashboardLine::Topic::Drills)
                drillLines << l;
        QCOMPARE(drillLines.size(), 2);
        QCOMPARE(drillLines[0].text, QStringLiteral("Latest drill \"Year-end drill\" (2026-12-31) incomplete: RTO met with "
                                                    "0 min to spare, RPO not measured"));
        QCOMPARE(drillLines[0].severity, DashboardLine::Severity::Attention);
        QCOMPARE(drillLines[1].text, text);
        QCOMPARE(int(drillLines[1].severity), severity);
    }

    // The Overview, the status bar and the Checks dock share a cache: the same lines, and the
    // robustness draws of each decision in force made once however often they ask.
    void checksThroughACache()
    {
        const ProjectData data = sample();
        const QDate today(2026, 11, 28);
        DecisionAnalysisCache cache;
        const auto texts = [](const QList<DashboardLine> &lines) {
            QStringList out;
            for (const DashboardLine &l : lines)
                out << l.text;
            return out;
        };
        const QStringList fresh = texts(dashboardLines(data, today));
        QCOMPARE(texts(dashboardLines(data, today, &cache)), fresh);
        QCOMPARE(cache.computed(), 3); // the three accepted decisions; the superseded one is not checked
        QCOMPARE(Dashboard::attention(data, today, &cache), Dashboard::attention(data, today));
        QCOMPARE(texts(dashboardLines(data, today, &cache)), fresh);
        QCOMPARE(cache.computed(), 3);
        ProjectData fewer = data;
        fewer.decisions.removeFirst();
        dashboardLines(fewer, today, &cache);
        QCOMPARE(cache.size(), 2); // a deleted decision's analysis is dropped
    }

    // Kept between refreshes, the item cache evaluates only what changed, and its lines are
    // always the ones a fresh computation gives: after an edit of one decision's trigger, of a
    // review's answer, of the lens, a new day, and a deleted decision.
    void itemsThroughACache()
    {
        ProjectData data = sample();
        QDate today(2026, 11, 28);
        DecisionAnalysisCache analyses;
        DashboardCache items;
        const auto texts = [](const QList<DashboardLine> &lines) {
            QStringList out;
            for (const DashboardLine &l : lines)
                out << l.text;
            return out;
        };
        const auto same = [&] {
            return texts(dashboardLines(data, today, &analyses, &items)) == texts(dashboardLines(data, today))
                   && Dashboard::attention(data, today, &analyses, &items) == Dashboard::attention(data, today);
        };
        QVERIFY(same());
        const int all = int(data.decisions.size() + data.reviews.size());
        QCOMPARE(items.evaluated(), all);
        QVERIFY(same());
        QCOMPARE(items.evaluated(), all); // nothing changed: nothing evaluated

        // a trigger of the second decision crosses its threshold: that decision alone
        RevisitTrigger &trigger = data.decisions[1].revisitTriggers[0];
        trigger.comparator = Comparator::Greater;
        trigger.threshold = 10;
        trigger.currentValue = 11;
        QVERIFY(same());
        QCOMPARE(items.evaluated(), all + 1);
        QVERIFY(texts(dashboardLines(data, today, &analyses, &items)).join(QLatin1Char('\n')).contains(QStringLiteral("Fired")));

        // an answer left out of the review, then the review's lens changed under it
        data.reviews[0].answers.removeFirst();
        QVERIFY(same());
        QCOMPARE(items.evaluated(), all + 2);
        for (LensRecord &lens : data.lenses)
            if (lens.id == data.reviews[0].lens)
                lens.version += QStringLiteral("-edited");
        QVERIFY(same());
        QCOMPARE(items.evaluated(), all + 3);

        // a new day re-evaluates the triggers of every decision, not the review
        today = today.addDays(400);
        QVERIFY(same());
        QCOMPARE(items.evaluated(), all + 3 + int(data.decisions.size()));

        // a deleted decision is forgotten; its lines go
        const QString gone = data.decisions.takeFirst().id;
        QVERIFY(same());
        QCOMPARE(items.size(), int(data.decisions.size() + data.reviews.size()));
        for (const DashboardLine &line : dashboardLines(data, today, &analyses, &items))
            QVERIFY2(line.itemId != gone, qPrintable(line.text));
    }

    void failedChecksAndMissingLens()
    {
        ProjectData data;
        Decision d;
        d.id = QStringLiteral("d1");
        d.title = QStringLiteral("Queue or log");
        d.status = DecisionStatus::Proposed;
        Option o;
        o.id = QStringLiteral("o1");
        o.name = QStringLiteral("Only option");
        d.options << o;
        data.decisions << d;
        Review r;
        r.id = QStringLiteral("w1");
        r.title = QStringLiteral("Orphan review");
        r.lens = QStringLiteral("gone");
        data.reviews << r;
        const auto lines = dashboardLines(data, QDate(2026, 11, 28));
        const std::optional<DashboardLine> checks = find(lines, DashboardLine::Topic::Checks);
        QVERIFY(checks);
        QVERIFY(checks->text.startsWith(QStringLiteral("Decision-quality checks: ")));
        QCOMPARE(checks->severity, DashboardLine::Severity::Attention);
        QCOMPARE(checks->itemId, QStringLiteral("d1"));
        const int failed = int(QualityChecks::failed(d, QDate(2026, 11, 28)).size());
        QVERIFY(failed >= 2); // one option, no revisit trigger
        QCOMPARE(checks->text, QStringLiteral("Decision-quality checks: %1 failed").arg(failed));
        int detailLines = 0;
        for (const DashboardLine &l : lines)
            detailLines += l.topic == DashboardLine::Topic::Checks && l.subId == QualityChecks::kSingleOption ? 1 : 0;
        QCOMPARE(detailLines, 2); // the summary jumps to the first failed check, and its own line
        QCOMPARE(Dashboard::attention(data, QDate(2026, 11, 28)).failedChecks, failed);
        const std::optional<DashboardLine> review = find(lines, DashboardLine::Topic::Reviews);
        QCOMPARE(review->severity, DashboardLine::Severity::Problem);
        QVERIFY(review->text.contains(QStringLiteral("gone")));
        QCOMPARE(find(lines, DashboardLine::Topic::Drills)->text, QStringLiteral("No disaster-recovery drill recorded yet."));
        QCOMPARE(find(lines, DashboardLine::Topic::ActionItems)->text, QStringLiteral("Action items: none open"));
        QCOMPARE(find(lines, DashboardLine::Topic::Triggers)->text, QStringLiteral("Revisit triggers: none fired or due soon"));
    }

    void unratedAnswersAreMentioned()
    {
        // tests/data/review/unrated-review.json: one medium, one unrated, one no risk
        auto data = interchange::fromJson(archbench::test::readData(QStringLiteral("review/unrated-review.json")));
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        const std::optional<DashboardLine> review = find(dashboardLines(*data, QDate(2026, 11, 28)), DashboardLine::Topic::Reviews);
        QCOMPARE(review->text, QStringLiteral("Review \"Container platform\": 0 high, 1 medium risks; 1 answered but "
                                              "unrated by the lens"));
        QCOMPARE(review->severity, DashboardLine::Severity::Attention);
        // an unrated answer alone is never "good": its risk is unknown
        data->reviews[0].answers.removeAt(1);
        const std::optional<DashboardLine> alone = find(dashboardLines(*data, QDate(2026, 11, 28)), DashboardLine::Topic::Reviews);
        QCOMPARE(alone->severity, DashboardLine::Severity::Attention);
    }

    void supersededDecisionsDoNotNag()
    {
        ProjectData data = sample();
        for (Decision &d : data.decisions)
            d.status = DecisionStatus::Superseded;
        const AttentionCounts c = Dashboard::attention(data, QDate(2026, 11, 28));
        QCOMPARE(c.firedTriggers, 0);
        QCOMPARE(c.dueSoonTriggers, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
