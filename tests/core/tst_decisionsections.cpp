// The ADR sections of a decision: order and levels, MADR front matter, the weighted matrix
// with eliminated and incomplete options in words, robustness, triggers fired against the
// report date, supersede links both ways, failed quality checks, and hostile user text coming
// out literally in the Markdown (checked with cmark-gfm).
#include "core/decision/decisionsections.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"
#include "decisionbuilder.h"
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

template <typename B> QList<const B *> blocksOf(const ReportSection &s)
{
    QList<const B *> out;
    for (const ReportBlock &b : s.blocks)
        if (const auto *x = std::get_if<B>(&b))
            out << x;
    return out;
}

/// Every word of a section, blocks in order, cells separated by " | ".
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

/// Anchors linked from a section.
QStringList links(const ReportSection &s)
{
    QStringList out;
    const auto collect = [&](const ReportText &t) {
        for (const ReportRun &r : t.runs)
            if (!r.link.isEmpty())
                out << r.link;
    };
    for (const ReportBlock &b : s.blocks)
        if (const auto *kv = std::get_if<ReportKeyValues>(&b))
            for (const auto &entry : kv->entries)
                collect(entry.second);
    return out;
}

/// The database decision of DOMAIN.md, accepted, with DynamoDB eliminated, a fourth option
/// missing a score, and three triggers: one fired by its value, one fired by its date, one clear.
ProjectData project()
{
    ProjectData data;
    Decision d = test::databaseDecision();
    d.id = QStringLiteral("db");
    d.status = DecisionStatus::Accepted;
    d.doorType = DoorType::OneWay;
    d.date = QDate(2026, 3, 2);
    d.participants = {QStringLiteral("Dana Reyes"), QStringLiteral("Sam Lee")};
    d.chosenOption = QStringLiteral("o1");
    test::eliminate(d, QStringLiteral("o3"));
    d.options << Option{QStringLiteral("o4"), QStringLiteral("CockroachDB"), {}, false};
    d.scores << Score{QStringLiteral("o4"), QStringLiteral("c1"), 4, {}};
    d.tradeoffsAccepted = {QStringLiteral("We give up effortless write scaling for transactions.")};
    d.risks = {Risk{QStringLiteral("Write hot spots"), QStringLiteral("Partition the orders table")}};
    RevisitTrigger rps{QStringLiteral("t1"), TriggerCategory::Scale, QStringLiteral("Peak load grows"),
                       QStringLiteral("rps"), Comparator::Greater, 10000, 12400, {}};
    RevisitTrigger calendar{QStringLiteral("t2"), TriggerCategory::Calendar, QStringLiteral("Half-yearly look"),
                            {}, Comparator::None, std::nullopt, std::nullopt, QDate(2026, 9, 1)};
    RevisitTrigger cost{QStringLiteral("t3"), TriggerCategory::Cost, QStringLiteral("Bill grows"),
                        QStringLiteral("usd"), Comparator::Greater, 25000, 18000, {}};
    d.revisitTriggers = {rps, calendar, cost};

    Decision old;
    old.id = QStringLiteral("old");
    old.title = QStringLiteral("Orders in MySQL");
    old.status = DecisionStatus::Superseded;
    old.supersededBy = QStringLiteral("db");
    data.decisions = {old, d};
    return data;
}

/// GitHub-flavoured HTML of `markdown`, raw HTML let through (so an injection would show).
} // namespace

class TestDecisionSections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void unknownDecisionGivesNothing()
    {
        QVERIFY(decisionSections(project(), itemOptions(QStringLiteral("nope"))).isEmpty());
    }

    void sectionsInTemplateOrder()
    {
        const QList<ReportSection> s = decisionSections(project(), itemOptions(QStringLiteral("db")));
        QStringList titles;
        for (const ReportSection &section : s)
            titles << QStringLiteral("%1:%2").arg(section.level).arg(section.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("1:Primary database for orders"), QStringLiteral("2:Context"),
                                      QStringLiteral("2:Options considered"), QStringLiteral("2:Recommendation"),
                                      QStringLiteral("2:Trade-offs accepted"), QStringLiteral("2:Risks"),
                                      QStringLiteral("2:Revisit triggers"), QStringLiteral("2:Decision record"),
                                      QStringLiteral("2:Decision-quality checks")}));
        QCOMPARE(s.first().anchor, QStringLiteral("decision-db"));
        // the Recommendation's own anchor lets later decisions point at its explanation
        for (int i = 1; i < s.size(); ++i)
            QCOMPARE(s[i].anchor, s[i].title == QStringLiteral("Recommendation") ? QStringLiteral("decision-db-recommendation")
                                                                                  : QString());
    }

    void theGroupsViewAndTheMinutes()
    {
        ProjectData data = project();
        Decision &d = data.decisions[1];
        d.participants << QStringLiteral("Bo");
        d.attendees = {QStringLiteral("Dana Reyes"), QStringLiteral("Bo")};
        d.dissent = {Dissent{QStringLiteral("Bo"), QStringLiteral("Would rather pay for Aurora")}};
        d.ballots = {Ballot{QStringLiteral("Dana Reyes"), {}, {}, {Score{d.options[0].id, d.criteria[0].id, 1, {}}}},
                     Ballot{QStringLiteral("Bo"), {}, {}, {Score{d.options[0].id, d.criteria[0].id, 5, {}}}}};
        for (qsizetype i = 0; i < d.criteria.size(); ++i)
            for (qsizetype k = i + 1; k < d.criteria.size(); ++k)
                d.pairwise << PairwiseJudgment{{}, d.criteria[i].id, d.criteria[k].id, 2};
        const QList<ReportSection> s = decisionSections(data, itemOptions(QStringLiteral("db")));
        QCOMPARE(s[4].title, QStringLiteral("The group's view")); // after the Recommendation
        const auto report = buildReport(data, itemOptions(QStringLiteral("db")));
        QVERIFY(report.ok());
        const QString md = MarkdownWriter::write(*report);
        QVERIFY2(md.contains(QStringLiteral("2, combined by mean")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("Where the ballots lie furthest apart")));
        QVERIFY2(md.contains(QStringLiteral("Pairwise weights: consistency ratio")), qPrintable(md.section(QStringLiteral("Where the ballots"), 1).left(900)));
        QVERIFY2(md.contains(QStringLiteral("Attended")), qPrintable(md.section(QStringLiteral("Decision record"), 1).left(900)));
        QVERIFY(md.contains(QStringLiteral("Dana Reyes, Bo")));
        QVERIFY(md.contains(QStringLiteral("**Bo**: Would rather pay for Aurora")));
        // no ballots, no judgments: no such section
        for (const ReportSection &section : decisionSections(project(), itemOptions(QStringLiteral("db"))))
            QVERIFY(section.title != QStringLiteral("The group's view"));
    }

    void frontMatterIsMadr()
    {
        const QList<ReportSection> s = decisionSections(project(), itemOptions(QStringLiteral("db")));
        QCOMPARE(s.first().frontMatter,
                 (ReportFrontMatter{{QStringLiteral("status"), QStringLiteral("accepted")},
                                    {QStringLiteral("date"), QStringLiteral("2026-03-02")},
                                    {QStringLiteral("decision-makers"), QStringLiteral("Dana Reyes, Sam Lee")}}));
        const auto report = buildReport(project(), itemOptions(QStringLiteral("db")));
        QVERIFY(report.ok());
        const QString md = MarkdownWriter::write(*report);
        QVERIFY2(md.startsWith(QStringLiteral("---\nstatus: accepted\ndate: 2026-03-02\ndecision-makers: Dana Reyes, Sam Lee\n---\n")),
                 qPrintable(md.left(200)));
        QVERIFY(md.contains(QStringLiteral("\n# Primary database for orders\n")));
    }

    void matrixWithTotalsAndWords()
    {
        const QList<ReportSection> s = decisionSections(project(), itemOptions(QStringLiteral("db")));
        const ReportSection *options = sectionTitled(s, QStringLiteral("Options considered"));
        QVERIFY(options);
        const ReportTable *matrix = blocksOf<ReportTable>(*options).first();
        QCOMPARE(matrix->header, (QStringList{QStringLiteral("Criterion"), QStringLiteral("Weight"), QStringLiteral("PostgreSQL"),
                                              QStringLiteral("MongoDB"), QStringLiteral("DynamoDB"), QStringLiteral("CockroachDB")}));
        QCOMPARE(matrix->rows.size(), 5 + 3);
        const QString text = words(*options);
        // 30×5 + 20×4 + 20×5 + 15×4 + 15×5 = 465 → 4.65, (4.65 − 1) ÷ 4 = 91 %
        QVERIFY2(text.contains(QStringLiteral("Weighted score | 100 | 4.65 | 3.60 | 3.50 | –")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Percent | – | 91\u00A0% | 65\u00A0% |")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Rank | – | 1 ✔ | 2 | eliminated | incomplete")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Data model fit | 30 | 5 | 4 | 3 | 4")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Operational maturity | 20 | 4 | 3 | 5 | missing")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("DynamoDB |  | ✖ eliminated: fails “Must support ACID transactions”")));
        QVERIFY(text.contains(QStringLiteral("CockroachDB |  | incomplete: no score for Operational maturity, Team expertise, "
                                             "Cost at projected scale, Ecosystem")));
        // issue 15: "rank 1 of 2" beside four options said nothing of the two not ranked
        QVERIFY2(text.contains(QStringLiteral("PostgreSQL |  | ✔ rank 1 of 2 ranked options")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("MongoDB |  | rank 2 of 2 ranked options")));
        const auto charts = blocksOf<ReportChart>(*options);
        QCOMPARE(charts.size(), 1);
        QCOMPARE(charts.first()->chartId, QStringLiteral("decision.weighted-scores"));
        QCOMPARE(charts.first()->itemId, QStringLiteral("db"));
    }

    void recommendationSaysRobustness()
    {
        const QList<ReportSection> s = decisionSections(project(), itemOptions(QStringLiteral("db")));
        const ReportSection *rec = sectionTitled(s, QStringLiteral("Recommendation"));
        QVERIFY(rec);
        const QString text = words(*rec);
        QVERIFY(text.contains(QStringLiteral("Chosen option: PostgreSQL")));
        QVERIFY(text.contains(QStringLiteral("Leader by score: PostgreSQL with 4.65 (91\u00A0%)")));
        const QRegularExpressionMatch robustness
            = QRegularExpression(QStringLiteral("Robustness: PostgreSQL stays first under (\\d+)\u00A0% of weightings"))
                  .match(text);
        QVERIFY2(robustness.hasMatch(), qPrintable(text));
        // issue 15: what that figure and the flip points mean, in words, before the flip table
        const QList<const ReportParagraph *> paragraphs = blocksOf<ReportParagraph>(*rec);
        QVERIFY(!paragraphs.isEmpty());
        const ReportParagraph *explained = paragraphs.first();
        QVERIFY(explained->note);
        const QString words = explained->text.plainText();
        QVERIFY2(words.startsWith(QStringLiteral("How to read these figures: ")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("“PostgreSQL stays first under %1\u00A0% of weightings” means that "
                                               "PostgreSQL came out on top in %1 of every 100 of them")
                                    .arg(robustness.captured(1))),
                 qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("20000 weightings")));
        QVERIFY(words.contains(QStringLiteral("Its flip point is the share at which another option would take the lead")));
        QVERIFY(words.contains(QStringLiteral("from 0 to 100\u00A0% would")));
        QVERIFY(text.indexOf(QStringLiteral("How to read these figures")) < text.indexOf(QStringLiteral("Criterion | Weight | Share")));
        QVERIFY(text.contains(QStringLiteral("Criterion | Weight | Share | Leader changes at")));
        QCOMPARE(blocksOf<ReportChart>(*rec).first()->chartId, QStringLiteral("decision.sensitivity"));
    }

    void triggersAgainstReportDate()
    {
        const QList<ReportSection> s = decisionSections(project(), itemOptions(QStringLiteral("db")));
        const QString text = words(*sectionTitled(s, QStringLiteral("Revisit triggers")));
        QVERIFY2(text.contains(QStringLiteral("✖ Triggers fired: 2. This decision is due for another look.")), qPrintable(text));
        // A decision no longer in force is not due for a look, however many triggers fired.
        ProjectData history = project();
        history.decisions[1].status = DecisionStatus::Deprecated;
        const QString old = words(*sectionTitled(decisionSections(history, itemOptions(QStringLiteral("db"))),
                                                 QStringLiteral("Revisit triggers")));
        QVERIFY2(old.contains(QStringLiteral("Triggers fired: 2. The decision is no longer in force.")), qPrintable(old));
        QVERIFY(text.contains(QStringLiteral("Scale | Peak load grows | rps > 10000, now 12400 | – | ✖ fired:")));
        QVERIFY(text.contains(QStringLiteral("Calendar | Half-yearly look | – | 2026-09-01 | ✖ fired: review by 2026-09-01 passed")));
        QVERIFY(text.contains(QStringLiteral("Cost | Bill grows | usd > 25000, now 18000 | – | ✔ not fired")));
        // a unit at the end of the metric goes with the numbers (issue 15: "hit rate % 64 < 70")
        ProjectData units = project();
        units.decisions[1].revisitTriggers[0].metric = QStringLiteral("hit rate %");
        units.decisions[1].revisitTriggers[0].comparator = Comparator::Less;
        units.decisions[1].revisitTriggers[0].threshold = 70;
        units.decisions[1].revisitTriggers[0].currentValue = 64;
        const QString withUnits = words(*sectionTitled(decisionSections(units, itemOptions(QStringLiteral("db"))),
                                                       QStringLiteral("Revisit triggers")));
        QVERIFY2(withUnits.contains(QStringLiteral("| hit rate < 70\u00A0%, now 64\u00A0% | – | ✖ fired: hit rate 64\u00A0% < 70\u00A0%")),
                 qPrintable(withUnits));
        QVERIFY(text.contains(QStringLiteral("State on 2026-11-28")));
        // A day before the calendar date only the value trigger has fired.
        ReportOptions early = itemOptions(QStringLiteral("db"));
        early.generated = QDate(2026, 8, 31);
        const QString before = words(*sectionTitled(decisionSections(project(), early), QStringLiteral("Revisit triggers")));
        QVERIFY2(before.contains(QStringLiteral("▲ due soon")), qPrintable(before));
    }

    void supersedeLinksBothWays()
    {
        const ProjectData data = project();
        const QList<ReportSection> old = decisionSections(data, itemOptions(QStringLiteral("old")));
        QCOMPARE(links(old.first()), QStringList{QStringLiteral("decision-db")});
        QVERIFY(words(old.first()).contains(QStringLiteral("Status: superseded by Primary database for orders")));
        QCOMPARE(links(*sectionTitled(old, QStringLiteral("Decision record"))), QStringList{QStringLiteral("decision-db")});
        const QList<ReportSection> newer = decisionSections(data, itemOptions(QStringLiteral("db")));
        const ReportSection *record = sectionTitled(newer, QStringLiteral("Decision record"));
        QCOMPARE(links(*record), QStringList{QStringLiteral("decision-old")});
        const QString text = words(*record);
        QVERIFY(text.contains(QStringLiteral("Supersedes: Orders in MySQL")));
        QVERIFY(text.contains(QStringLiteral("Decision-makers: Dana Reyes, Sam Lee")));
        QVERIFY(text.contains(QStringLiteral("Date: 2026-03-02")));
        // In the whole project the links point at headings of the same document.
        const auto report = buildReport(data, ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)});
        QVERIFY(report.ok());
        const QString md = MarkdownWriter::write(*report);
        QVERIFY2(md.contains(QStringLiteral("[Orders in MySQL](#orders-in-mysql)")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("[Primary database for orders](#primary-database-for-orders)")));
    }

    void failedQualityChecks()
    {
        ProjectData data;
        Decision d = test::makeDecision({1}, {{3}});
        d.doorType = DoorType::OneWay;
        data.decisions << d;
        const QString text = words(*sectionTitled(decisionSections(data, itemOptions(QStringLiteral("d1"))),
                                                  QStringLiteral("Decision-quality checks")));
        QVERIFY2(text.contains(QStringLiteral("▲ Only one option")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Checks that fail: ")));
        // The sample-like decision is accepted while CockroachDB still misses scores: its
        // ranking is incomplete. Scored in full, it passes them all; history is not checked.
        ProjectData p = project();
        const QString incomplete = words(*sectionTitled(decisionSections(p, itemOptions(QStringLiteral("db"))),
                                                        QStringLiteral("Decision-quality checks")));
        QVERIFY2(incomplete.contains(QStringLiteral("▲ Accepted without a complete ranking")), qPrintable(incomplete));
        QVERIFY(!incomplete.contains(QStringLiteral("Only one option")));
        for (const char *c : {"c2", "c3", "c4", "c5"})
            p.decisions[1].scores << Score{QStringLiteral("o4"), QString::fromLatin1(c), 3, {}};
        // scored in full, its fired triggers are what is left, counted on the report's date
        const QString fired = words(*sectionTitled(decisionSections(p, itemOptions(QStringLiteral("db"))),
                                                   QStringLiteral("Decision-quality checks")));
        QVERIFY2(fired.contains(QStringLiteral("▲ Accepted, but revisit triggers fired: The decision is accepted, but "
                                               "2 of its revisit triggers have fired")),
                 qPrintable(fired));
        QVERIFY(fired.contains(QStringLiteral("Checks that fail: 1")));
        ReportOptions early = itemOptions(QStringLiteral("db"));
        early.generated = QDate(2026, 8, 31); // before the calendar trigger's date: one fired
        QVERIFY(words(*sectionTitled(decisionSections(p, early), QStringLiteral("Decision-quality checks")))
                    .contains(QStringLiteral("its revisit trigger “Peak load grows” (rps 12400 > 10000) has fired")));
        p.decisions[1].revisitTriggers[0].currentValue = 9000;
        p.decisions[1].revisitTriggers[1].reviewBy = QDate(2027, 3, 1);
        QVERIFY(words(*sectionTitled(decisionSections(p, itemOptions(QStringLiteral("db"))), QStringLiteral("Decision-quality checks")))
                    .contains(QStringLiteral("All decision-quality checks pass")));
        QVERIFY(words(*sectionTitled(decisionSections(p, itemOptions(QStringLiteral("old"))), QStringLiteral("Decision-quality checks")))
                    .contains(QStringLiteral("no longer in force")));
    }

    // Issue 15 §8: "a decision that leads under only 42 % of weightings with two fired
    // triggers still shows 'All decision-quality checks pass'".
    void fragileLeaderWithFiredTriggersFails()
    {
        ProjectData data = project();
        Decision &d = data.decisions[1];
        const Decision m = test::makeDecision({60, 40}, {{5, 1}, {1, 5}});
        d.criteria = m.criteria;
        d.options = m.options;
        d.scores = m.scores;
        d.constraints.clear();
        const QList<ReportSection> s = decisionSections(data, itemOptions(QStringLiteral("db")));
        const QString text = words(*sectionTitled(s, QStringLiteral("Decision-quality checks")));
        QVERIFY2(!text.contains(QStringLiteral("All decision-quality checks pass")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Checks that fail: 2")));
        QVERIFY(text.contains(QStringLiteral("▲ Fragile leader: Option 1 stays first under only ")));
        QVERIFY(text.contains(QStringLiteral("▲ Accepted, but revisit triggers fired: ")));
        // the check reads the figure the Recommendation section shows
        const QString rec = words(*sectionTitled(s, QStringLiteral("Recommendation")));
        const QString figure = QRegularExpression(QStringLiteral("stays first under (\\d+\u00A0%)")).match(rec).captured(1);
        QVERIFY(!figure.isEmpty());
        QVERIFY(text.contains(QStringLiteral("only %1 of weightings").arg(figure)));
    }

    // In a whole-project report the explanation comes once, under the first decision with
    // figures (the superseded one has no matrix); later ones link to it, and each decision
    // exported alone carries its own.
    void figuresExplainedWhereTheyFirstAppear()
    {
        ProjectData data = project();
        Decision second = data.decisions[1];
        second.id = QStringLiteral("db2");
        second.title = QStringLiteral("Reporting database");
        data.decisions << second;
        const auto report = buildReport(data, ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)});
        QVERIFY(report.ok());
        const QString md = MarkdownWriter::write(*report);
        if (qEnvironmentVariableIsSet("ARCHBENCH_PRINT_REPORT"))
            qInfo().noquote() << md;
        QCOMPARE(md.count(QStringLiteral("How to read these figures:")), 1);
        QVERIFY(md.indexOf(QStringLiteral("How to read these figures:")) < md.indexOf(QStringLiteral("### Reporting database")));
        // the superseded decision's heading holds #recommendation
        QVERIFY2(md.contains(QStringLiteral("*How to read the robustness figure and the flip points: see the note under* "
                                            "[*Primary database for orders*](#recommendation-1)*.*")),
                 qPrintable(md));
        for (const QString &id : {QStringLiteral("db"), QStringLiteral("db2")}) {
            const auto alone = buildReport(data, itemOptions(id));
            QVERIFY(alone.ok());
            QCOMPARE(MarkdownWriter::write(*alone).count(QStringLiteral("How to read these figures:")), 1);
        }
    }

    // Issue 15 §8: what a score means at the ends and the middle of the scale, and each
    // criterion's description when there are any.
    void scaleAnchorsAndCriterionDescriptions()
    {
        ProjectData data = project();
        QString text = words(*sectionTitled(decisionSections(data, itemOptions(QStringLiteral("db"))),
                                            QStringLiteral("Options considered")));
        QVERIFY2(text.contains(QStringLiteral("How to read a score: 1 means the option serves the criterion poorly, 3 "
                                              "adequately and 5 as well as one could wish. Higher is better on every "
                                              "criterion")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("What it measures"))); // no description: no criteria table

        Decision &d = data.decisions[1];
        d.scale = ScoreScale{0, 10};
        for (Score &sc : d.scores)
            sc.value *= 2;
        d.criteria[0].description = QStringLiteral("Orders, payments and stock change together.");
        d.criteria[3].description = QStringLiteral("Monthly cost at 3x today's peak.");
        const QList<ReportSection> s = decisionSections(data, itemOptions(QStringLiteral("db")));
        const ReportSection *options = sectionTitled(s, QStringLiteral("Options considered"));
        text = words(*options);
        QVERIFY2(text.contains(QStringLiteral("How to read a score: 0 means the option serves the criterion poorly, 5 "
                                              "adequately and 10 as well")),
                 qPrintable(text));
        const QList<const ReportTable *> tables = blocksOf<ReportTable>(*options);
        const ReportTable *criteria = tables.first();
        QCOMPARE(criteria->header, (QStringList{QStringLiteral("Criterion"), QStringLiteral("Weight"), QStringLiteral("What it measures")}));
        QCOMPARE(criteria->rows.size(), 5);
        QCOMPARE(criteria->rows[0][2].plainText(), QStringLiteral("Orders, payments and stock change together."));
        QCOMPARE(criteria->rows[1][2].plainText(), QStringLiteral("not recorded"));
        QCOMPARE(criteria->rows[3][0].plainText(), QStringLiteral("Cost at projected scale"));
        QCOMPARE(criteria->rows[3][1].plainText(), QStringLiteral("15"));
        QCOMPARE(tables[1]->header.first(), QStringLiteral("Criterion")); // the matrix follows
        QCOMPARE(tables[1]->header.size(), 6);
    }

    // "rank N of M" counts all options when all are ranked; one ranked option says so.
    void rankWordsCountWhatIsShown()
    {
        ProjectData data;
        data.decisions << test::databaseDecision();
        QString text = words(*sectionTitled(decisionSections(data, itemOptions(QStringLiteral("d1"))),
                                            QStringLiteral("Options considered")));
        QVERIFY2(text.contains(QStringLiteral("PostgreSQL |  | ✔ rank 1 of 3\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("DynamoDB |  | rank 3 of 3")));
        test::eliminate(data.decisions[0], QStringLiteral("o2"));
        test::eliminate(data.decisions[0], QStringLiteral("o3"));
        text = words(*sectionTitled(decisionSections(data, itemOptions(QStringLiteral("d1"))), QStringLiteral("Options considered")));
        QVERIFY2(text.contains(QStringLiteral("PostgreSQL |  | ✔ rank 1, the only ranked option")), qPrintable(text));
        // one ranked option: no robustness figure to explain, but the flip table stays explained
        const QString rec = words(*sectionTitled(decisionSections(data, itemOptions(QStringLiteral("d1"))),
                                                 QStringLiteral("Recommendation")));
        QVERIFY(!rec.contains(QStringLiteral("weightings drawn at random")));
    }

    void emptyDecisionSaysWhatIsMissing()
    {
        ProjectData data;
        Decision d;
        d.id = QStringLiteral("e");
        data.decisions << d;
        const QList<ReportSection> s = decisionSections(data, itemOptions(QStringLiteral("e")));
        QCOMPARE(s.first().title, QStringLiteral("(untitled decision)"));
        QVERIFY(words(*sectionTitled(s, QStringLiteral("Options considered"))).contains(QStringLiteral("No options recorded yet.")));
        QVERIFY(words(*sectionTitled(s, QStringLiteral("Context"))).contains(QStringLiteral("Problem being solved: not recorded")));
        QVERIFY(blocksOf<ReportChart>(*sectionTitled(s, QStringLiteral("Recommendation"))).isEmpty());
        QVERIFY(!words(*sectionTitled(s, QStringLiteral("Recommendation"))).contains(QStringLiteral("How to read these figures")));
    }

    void hostileTextIsLiteral()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cmark-gfm")).isEmpty())
            QFAIL("cmark-gfm is needed (scripts/install-deps.sh installs it)");
        const QString hostile = QStringLiteral("| # <b>x</b> > & &amp; * \\ ` _y_ [z](http://e.example)");
        ProjectData data = project();
        Decision &d = data.decisions[1];
        d.title = d.context = d.problem = d.constraintsText = d.tradeoffsText = d.recommendation = hostile;
        d.participants = {hostile};
        d.options[0].name = d.options[0].description = hostile;
        d.criteria[0].name = hostile;
        d.constraints[0].text = hostile;
        d.scores[0].rationale = hostile;
        d.tradeoffsAccepted = {hostile};
        d.risks = {Risk{hostile, hostile}};
        d.revisitTriggers[0].condition = hostile;
        const auto report = buildReport(data, itemOptions(QStringLiteral("db")));
        QVERIFY(report.ok());
        const QString md = MarkdownWriter::write(*report);
        // cmark-gfm knows no front matter: render what follows it.
        QVERIFY(md.startsWith(QStringLiteral("---\n")));
        const QString html = renderGfm(md.mid(md.indexOf(QStringLiteral("\n---\n")) + 5));
        QVERIFY(!html.isEmpty());
        QVERIFY2(!html.contains(QStringLiteral("<b>")) && !html.contains(QStringLiteral("href=\"http")), qPrintable(md));
        QCOMPARE(html.count(QStringLiteral("<h1>")), 1);
        QCOMPARE(html.count(QStringLiteral("<h2>")), 8);
        const qsizetype seen = textContent(html).count(hostile);
        QVERIFY2(seen >= 15, qPrintable(QStringLiteral("%1 times in\n%2").arg(seen).arg(md)));
    }
};

QTEST_GUILESS_MAIN(TestDecisionSections)
#include "tst_decisionsections.moc"
