// The review's report sections: levels and anchors, risks per pillar, questions at risk with
// their missing practices, not applicable with reasons, the plan with overdue items against
// the report date, milestones with the changes since the latest; and the Markdown they make.
#include "core/interchange/interchange.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportregistry.h"
#include "core/review/reviewsections.h"
#include "reviewfixtures.h"

#include <QFile>

using namespace archbench;
using namespace archbench::core;

namespace {
ProjectData sample()
{
    auto read = [](const QString &relative) {
        QFile f(QStringLiteral(ARCHBENCH_SOURCE_DIR "/") + relative);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing %s", qPrintable(relative));
        return QJsonDocument::fromJson(f.readAll()).object();
    };
    QJsonObject root = read(QStringLiteral("resources/sample/checkout-platform.json"));
    const QJsonObject part = read(QStringLiteral("resources/sample/checkout-platform.json"));
    root[QStringLiteral("lenses")] = part.value(QStringLiteral("lenses"));
    root[QStringLiteral("reviews")] = part.value(QStringLiteral("reviews"));
    auto data = interchange::fromJsonObject(root);
    if (!data)
        qFatal("sample does not import: %s", qPrintable(data.error().message));
    return *data;
}

ReportOptions options(const QString &id)
{
    ReportOptions o;
    o.scope = ReportScope::Item;
    o.itemId = id;
    o.generated = QDate(2027, 1, 20);
    return o;
}

const ReportTable *firstTable(const ReportSection &s)
{
    for (const ReportBlock &b : s.blocks)
        if (const auto *t = std::get_if<ReportTable>(&b))
            return t;
    return nullptr;
}

int countCharts(const ReportSection &s, const QString &id)
{
    int n = 0;
    for (const ReportBlock &b : s.blocks)
        if (const auto *c = std::get_if<ReportChart>(&b); c && c->chartId == id)
            ++n;
    return n;
}
} // namespace

class TestReviewSections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void unknownItemGivesNothing()
    {
        QVERIFY(reviewSections(sample(), options(QStringLiteral("nope"))).isEmpty());
    }

    void sampleReviewSections()
    {
        const QList<ReportSection> s = reviewSections(sample(), options(QStringLiteral("w-checkout")));
        QStringList titles;
        for (const ReportSection &section : s)
            titles << QStringLiteral("%1:%2").arg(section.level).arg(section.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("1:Checkout workload review"), QStringLiteral("2:Risks by pillar"),
                                      QStringLiteral("2:Questions at risk"), QStringLiteral("2:Not applicable"),
                                      QStringLiteral("2:Improvement plan"), QStringLiteral("2:Milestones"),
                                      QStringLiteral("2:All questions and answers")}));
        QCOMPARE(s.at(0).anchor, QStringLiteral("review-w-checkout"));
        const auto &kv = std::get<ReportKeyValues>(s.at(0).blocks.at(0));
        QCOMPARE(kv.entries.at(0).second.plainText(), QStringLiteral("Archbench Well-Architected"));
        QCOMPARE(kv.entries.at(2).second.plainText(), QStringLiteral("16 of 33"));
        QCOMPARE(kv.entries.at(3).first, QStringLiteral("High risk"));
        QCOMPARE(kv.entries.at(3).second.plainText(), QStringLiteral("✖ 2"));
        QCOMPARE(kv.entries.at(3).second.runs.first().tone, ReportTone::Problem);

        // risks by pillar: six pillars and the total, with the chart
        const ReportTable *pillars = firstTable(s.at(1));
        QCOMPARE(pillars->rows.size(), 7);
        QCOMPARE(pillars->rows.at(2).at(0).plainText(), QStringLiteral("Reliability"));
        QCOMPARE(pillars->rows.at(2).at(1).plainText(), QStringLiteral("2"));
        QCOMPARE(pillars->rows.last().at(2).plainText(), QStringLiteral("10"));
        QCOMPARE(countCharts(s.at(1), QString::fromLatin1(kReviewPillarRiskChart)), 1);

        // questions at risk: high first, missing practices listed, the tone carries a word
        const ReportTable *risky = firstTable(s.at(2));
        QCOMPARE(risky->rows.size(), 12);
        QCOMPARE(risky->rows.at(0).at(1).plainText(), QStringLiteral("How do you back up data and know that you can restore it?"));
        QCOMPARE(risky->rows.at(0).at(2).runs.first().tone, ReportTone::Problem);
        QVERIFY(risky->rows.at(0).at(3).plainText().startsWith(QStringLiteral("Restores are tested regularly and timed; ")));
        QCOMPARE(risky->rows.at(2).at(2).plainText(), QStringLiteral("▲ medium risk"));

        // not applicable, with the reason
        const ReportTable *na = firstTable(s.at(3));
        QCOMPARE(na->rows.size(), 1);
        QCOMPARE(na->rows.at(0).at(1).plainText(), QStringLiteral("architecture constraints"));

        // plan: on 2027-01-20 two items are past due and not done
        const ReportTable *plan = firstTable(s.at(4));
        QCOMPARE(plan->rows.size(), 4);
        QCOMPARE(plan->rows.at(0).at(4).plainText(), QStringLiteral("✖ in progress, overdue"));
        QCOMPARE(plan->rows.at(0).at(4).runs.first().tone, ReportTone::Problem);
        QCOMPARE(plan->rows.at(1).at(4).plainText(), QStringLiteral("open"));
        QVERIFY(std::get<ReportParagraph>(s.at(4).blocks.at(0)).text.plainText().contains(QStringLiteral("2 overdue")));

        // milestones: the kick-off, now, the trend chart and the changes since the kick-off
        const ReportTable *milestones = firstTable(s.at(5));
        QCOMPARE(milestones->rows.size(), 2);
        QCOMPARE(milestones->rows.at(0).at(2).plainText(), QStringLiteral("4"));
        QCOMPARE(milestones->rows.at(1).at(2).plainText(), QStringLiteral("2"));
        QCOMPARE(countCharts(s.at(5), QString::fromLatin1(kReviewRiskTrendChart)), 1);
        const auto &diff = std::get<ReportTable>(s.at(5).blocks.last());
        QCOMPARE(diff.rows.size(), 11);
    }

    void unratedQuestionsHaveTheirOwnSection()
    {
        // a lens without a default rule (shaped like the ECS lens's NET3): the pillar table gets
        // an Unrated column and the unrated question is listed with the practices ticked
        auto data = interchange::fromJson(test::readData(QStringLiteral("review/unrated-review.json")));
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        const QList<ReportSection> s = reviewSections(*data, options(QStringLiteral("w1")));
        QStringList titles;
        for (const ReportSection &section : s)
            titles << section.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("Container platform"), QStringLiteral("Risks by pillar"),
                                      QStringLiteral("Questions at risk"), QStringLiteral("Unrated questions"),
                                      QStringLiteral("Improvement plan"), QStringLiteral("All questions and answers")}));
        const auto &kv = std::get<ReportKeyValues>(s.at(0).blocks.at(0));
        QCOMPARE(kv.entries.last().first, QStringLiteral("Unrated"));
        QCOMPARE(kv.entries.last().second.plainText(), QStringLiteral("? 1"));

        const ReportTable *pillars = firstTable(s.at(1));
        QCOMPARE(pillars->header.last(), QStringLiteral("Unrated"));
        QCOMPARE(pillars->header.size(), pillars->widths.size());
        QCOMPARE(pillars->rows.at(0).last().plainText(), QStringLiteral("1")); // Networking
        QCOMPARE(pillars->rows.at(1).last().plainText(), QStringLiteral("0")); // Storage

        const ReportTable *unrated = firstTable(s.at(3));
        QCOMPARE(unrated->rows.size(), 1);
        QCOMPARE(unrated->rows.at(0).at(1).plainText(), QStringLiteral("How do you choose a network mode?"));
        QCOMPARE(unrated->rows.at(0).at(2).plainText(), QStringLiteral("? unrated"));
        QCOMPARE(unrated->rows.at(0).at(3).plainText(), QStringLiteral("None of these"));
        QCOMPARE(unrated->rows.at(0).at(4).plainText(), QStringLiteral("bridge and host both in use, undecided"));
    }

    // Issue 15 §8: every question by name with its state, the practices ticked for the
    // answered ones (no risk included), the unanswered ones, and N/A with the reason.
    void everyQuestionWithItsAnswer()
    {
        const QList<ReportSection> s = reviewSections(sample(), options(QStringLiteral("w-checkout")));
        const ReportSection &all = s.last();
        QCOMPARE(all.title, QStringLiteral("All questions and answers"));
        QCOMPARE(all.level, 2);
        const ReportTable *table = firstTable(all);
        QCOMPARE(table->header, (QStringList{QStringLiteral("Pillar"), QStringLiteral("Question"), QStringLiteral("State"),
                                             QStringLiteral("Practices in place"), QStringLiteral("Notes")}));
        QCOMPARE(table->header.size(), table->widths.size());
        QCOMPARE(table->rows.size(), 33); // every question of the lens, answered or not
        QMap<QString, int> states;
        for (const QList<ReportText> &row : table->rows)
            ++states[row.at(2).plainText().section(QLatin1Char(':'), 0, 0)];
        // the same counts as the top of the review: 2 high, 10 medium, 17 unanswered, 1 N/A
        QCOMPARE(states.value(QStringLiteral("✖ high risk")), 2);
        QCOMPARE(states.value(QStringLiteral("▲ medium risk")), 10);
        QCOMPARE(states.value(QStringLiteral("unanswered")), 17);
        QCOMPARE(states.value(QStringLiteral("not applicable")), 1);
        QCOMPARE(states.value(QStringLiteral("✔ no risk")), 3);

        const auto row = [&](const QString &question) -> const QList<ReportText> & {
            for (const QList<ReportText> &r : table->rows)
                if (r.at(1).plainText() == question)
                    return r;
            qFatal("no row for %s", qPrintable(question));
        };
        const QList<ReportText> &secrets = row(QStringLiteral("How do you store and rotate secrets?"));
        QCOMPARE(secrets.at(0).plainText(), QStringLiteral("Security"));
        QCOMPARE(secrets.at(2).plainText(), QStringLiteral("✔ no risk"));
        QCOMPARE(secrets.at(2).runs.first().tone, ReportTone::Good);
        QCOMPARE(secrets.at(3).plainText(),
                 QStringLiteral("Secrets live in a managed secret store, never in code or images; Secrets are rotated "
                                "automatically; Repositories and images are scanned for committed secrets"));
        const QList<ReportText> &backup = row(QStringLiteral("How do you back up data and know that you can restore it?"));
        QCOMPARE(backup.at(2).plainText(), QStringLiteral("✖ high risk"));
        QCOMPARE(backup.at(3).plainText(),
                 QStringLiteral("Backups run automatically on a schedule that meets the recovery point objective"));
        QVERIFY(backup.at(4).plainText().startsWith(QStringLiteral("Nightly snapshots")));
        const QList<ReportText> &incidents = row(QStringLiteral("How do you respond when something goes wrong?"));
        QCOMPARE(incidents.at(2).plainText(), QStringLiteral("unanswered"));
        QCOMPARE(incidents.at(3).plainText(), QStringLiteral("–"));
        const QList<ReportText> &region = row(QStringLiteral("How do you take the location of the workload into account?"));
        QCOMPARE(region.at(2).plainText(), QStringLiteral("not applicable: architecture constraints"));
        QCOMPARE(region.at(3).plainText(), QStringLiteral("–"));
        QVERIFY(region.at(4).plainText().startsWith(QStringLiteral("EU customer data")));
    }

    // "None of these" is what was ticked; an unrated answer shows its practices too.
    void noneOfTheseAndUnratedInTheFullList()
    {
        auto data = interchange::fromJson(test::readData(QStringLiteral("review/unrated-review.json")));
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        const ReportTable *table = firstTable(reviewSections(*data, options(QStringLiteral("w1"))).last());
        bool seen = false;
        for (const QList<ReportText> &r : table->rows)
            if (r.at(1).plainText() == QStringLiteral("How do you choose a network mode?")) {
                QCOMPARE(r.at(2).plainText(), QStringLiteral("? unrated"));
                QCOMPARE(r.at(3).plainText(), QStringLiteral("None of these"));
                seen = true;
            }
        QVERIFY(seen);
    }

    void lensWithDefaultsHasNoUnratedColumn()
    {
        const QList<ReportSection> s = reviewSections(sample(), options(QStringLiteral("w-checkout")));
        QCOMPARE(firstTable(s.at(1))->header.last(), QStringLiteral("Unanswered"));
    }

    void brokenLensSaysWhy()
    {
        ProjectData data = sample();
        data.lenses[0].definition.remove(QStringLiteral("pillars"));
        const QList<ReportSection> s = reviewSections(data, options(QStringLiteral("w-checkout")));
        QCOMPARE(s.size(), 1);
        QVERIFY(std::get<ReportParagraph>(s.at(0).blocks.at(0)).text.plainText().contains(QStringLiteral("pillars: missing")));
    }

    void markdownThroughTheBuilder()
    {
        ReportRegistry registry;
        registry.add(ItemKind::Review, &reviewSections);
        auto report = buildReport(sample(), options(QStringLiteral("w-checkout")), registry);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QString md = MarkdownWriter::write(*report);
        QVERIFY2(md.contains(QStringLiteral("# Checkout workload review")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("## Risks by pillar")));
        QVERIFY(md.contains(QStringLiteral("| Reliability | 2 | 2 | 0 | 0 | 2 |")));
        if (qEnvironmentVariableIsSet("ARCHBENCH_PRINT_REPORT"))
            qInfo().noquote() << md;
    }
};

QTEST_GUILESS_MAIN(TestReviewSections)
#include "tst_reviewsections.moc"
