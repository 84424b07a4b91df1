// The `archbench review --json` report: exact shape, pillar ids from the lens, lens order,
// refusals naming the review; and the plain text table. Unrated answers (a lens without a
// default rule) are counted and listed.
#include "core/review/builtinlens.h"
#include "core/review/reviewreport.h"
#include "reviewfixtures.h"
#include "core/interchange/interchange.h"

#include <QFile>

#include <QJsonArray>

using namespace archbench;
using namespace archbench::core;

namespace {
ProjectData project()
{
    ProjectData data;
    data.lenses = {test::smallLensRecord(QStringLiteral("l1"))};
    Review review;
    review.id = QStringLiteral("w1");
    review.title = QStringLiteral("Delivery review");
    review.lens = QStringLiteral("l1");
    review.answers = {
        test::answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily")}),    // medium
        test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests_no")}),        // high
    };
    data.reviews = {review};
    return data;
}
} // namespace

class TestReviewReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void jsonShape()
    {
        auto report = ReviewReport::toJson(project());
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QJsonObject expected = QJsonDocument::fromJson(R"({ "reviews": [ {
            "id": "w1", "title": "Delivery review",
            "pillars": [
              { "id": "delivery", "name": "Delivery", "high": 1, "medium": 0, "none": 0, "notApplicable": 0, "unanswered": 1, "unrated": 0 },
              { "id": "data", "name": "Data", "high": 0, "medium": 1, "none": 0, "notApplicable": 0, "unanswered": 0, "unrated": 0 } ],
            "questions": [
              { "id": "dlv-tests", "pillar": "delivery", "risk": "high" },
              { "id": "dlv-release", "pillar": "delivery", "risk": "unanswered" },
              { "id": "dat-backup", "pillar": "data", "risk": "medium" } ] } ] })").object();
        QCOMPARE(*report, expected);
        // numbers are JSON numbers
        QVERIFY(report->value(QStringLiteral("reviews"))[0][QStringLiteral("pillars")][0][QStringLiteral("high")].isDouble());
    }

    void everyRiskSpelling()
    {
        ProjectData data = project();
        data.reviews[0].answers = {
            test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit"), QStringLiteral("dlv-tests-e2e")}),
            test::answer(QStringLiteral("dlv-release"), {QStringLiteral("n/a")}),
        };
        auto report = ReviewReport::toJson(data);
        QVERIFY(report.ok());
        const QJsonArray questions = report->value(QStringLiteral("reviews"))[0][QStringLiteral("questions")].toArray();
        QCOMPARE(questions.at(0)[QStringLiteral("risk")].toString(), QStringLiteral("none"));
        QCOMPARE(questions.at(1)[QStringLiteral("risk")].toString(), QStringLiteral("not-applicable"));
        QCOMPARE(questions.at(2)[QStringLiteral("risk")].toString(), QStringLiteral("unanswered"));
        const QJsonObject delivery = report->value(QStringLiteral("reviews"))[0][QStringLiteral("pillars")][0].toObject();
        QCOMPARE(delivery.value(QStringLiteral("none")).toInt(), 1);
        QCOMPARE(delivery.value(QStringLiteral("notApplicable")).toInt(), 1);
    }

    void unratedAnswer()
    {
        // net-mode is shaped like the ECS lens's NET3: no default rule, "None of these" matches nothing
        ProjectData data;
        LensRecord record;
        record.id = QStringLiteral("l2");
        record.definition = QJsonDocument::fromJson(test::readData(QStringLiteral("lenses/net-mode-gap.json"))).object();
        data.lenses = {record};
        Review review;
        review.id = QStringLiteral("w2");
        review.title = QStringLiteral("Containers");
        review.lens = QStringLiteral("l2");
        review.answers = {test::answer(QStringLiteral("net-mode"), {QStringLiteral("net-mode_no")}),
                          test::answer(QStringLiteral("net-dns"), {QStringLiteral("net-dns-health")})};
        data.reviews = {review};

        auto report = ReviewReport::toJson(data);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QJsonObject w = report->value(QStringLiteral("reviews"))[0].toObject();
        QCOMPARE(w[QStringLiteral("questions")][0][QStringLiteral("risk")].toString(), QStringLiteral("unrated"));
        QCOMPARE(w[QStringLiteral("pillars")][0][QStringLiteral("unrated")].toInt(), 1);
        QCOMPARE(w[QStringLiteral("pillars")][0][QStringLiteral("medium")].toInt(), 1);
        QCOMPARE(w[QStringLiteral("pillars")][1][QStringLiteral("unrated")].toInt(), 0);

        auto text = ReviewReport::toText(data);
        QVERIFY2(text.ok(), qPrintable(text.error().message));
        const QStringList lines = text->split(u'\n');
        QCOMPARE(lines.at(1), QStringLiteral("Pillar      High  Medium  None  N/A  Unanswered  Unrated"));
        QCOMPARE(lines.at(2), QStringLiteral("Networking     0       1     0    0           0        1"));
        QVERIFY2(text->contains(QStringLiteral("Unrated (answered, but no rule of the lens matches):\n"
                                               "  net-mode  How do you choose a network mode?\n")),
                 qPrintable(*text));
    }

    void noReviewsIsAnEmptyList()
    {
        auto report = ReviewReport::toJson(ProjectData());
        QVERIFY(report.ok());
        QCOMPARE(*report, QJsonObject({{QStringLiteral("reviews"), QJsonArray()}}));
    }

    void builtInLensReport()
    {
        ProjectData data;
        data.lenses = {BuiltInLens::record()};
        Review review;
        review.id = QStringLiteral("w9");
        review.lens = BuiltInLens::id();
        review.answers = {test::answer(QStringLiteral("rel-backup"), {QStringLiteral("rel-backup-auto")})};
        data.reviews = {review};
        auto report = ReviewReport::toJson(data);
        QVERIFY(report.ok());
        const QJsonArray pillars = report->value(QStringLiteral("reviews"))[0][QStringLiteral("pillars")].toArray();
        QCOMPARE(pillars.size(), 6);
        QCOMPARE(pillars.at(2)[QStringLiteral("id")].toString(), QStringLiteral("reliability"));
        QCOMPARE(pillars.at(2)[QStringLiteral("high")].toInt(), 1); // automated but untested backups
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("breakLens");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing lens") << false << QStringLiteral("review \"Delivery review\" (w1): lens \"nope\" is not in the project");
        QTest::newRow("broken lens") << true << QStringLiteral("review \"Delivery review\" (w1): lens \"l1\" (\"Team delivery lens\"): pillars: must be a list");
    }

    void refusals()
    {
        QFETCH(bool, breakLens);
        QFETCH(QString, expected);
        ProjectData data = project();
        if (breakLens)
            data.lenses[0].definition[QStringLiteral("pillars")] = QStringLiteral("none");
        else
            data.reviews[0].lens = QStringLiteral("nope");
        auto json = ReviewReport::toJson(data);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().message, expected);
        auto text = ReviewReport::toText(data);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().message, expected);
    }

    void samplePartImportsAndReports()
    {
        // resources/sample/checkout-platform.json merged into the sample project, as the
        // coordinator will: the interchange import accepts it and the report has the figures
        // the sample is meant to show (half answered, risks in every state, one milestone)
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
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        QCOMPARE(data->lenses.first().definition, BuiltInLens::record().definition);

        auto report = ReviewReport::toJson(*data);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QJsonObject review = report->value(QStringLiteral("reviews"))[0].toObject();
        QCOMPARE(review.value(QStringLiteral("id")).toString(), QStringLiteral("w-checkout"));
        RiskCounts total;
        for (const QJsonValue &p : review.value(QStringLiteral("pillars")).toArray()) {
            total.high += p[QStringLiteral("high")].toInt();
            total.medium += p[QStringLiteral("medium")].toInt();
            total.none += p[QStringLiteral("none")].toInt();
            total.notApplicable += p[QStringLiteral("notApplicable")].toInt();
            total.unanswered += p[QStringLiteral("unanswered")].toInt();
        }
        QCOMPARE(total, (RiskCounts{2, 10, 3, 1, 17}));
        const QJsonArray pillars = review.value(QStringLiteral("pillars")).toArray();
        QCOMPARE(pillars.at(2)[QStringLiteral("id")].toString(), QStringLiteral("reliability"));
        QCOMPARE(pillars.at(2)[QStringLiteral("high")].toInt(), 2);

        // the milestone had more high risks than now
        const Review &w = data->reviews.first();
        QCOMPARE(w.milestones.size(), 1);
        const Lens lens = *ReviewReport::lensFor(*data, w);
        QCOMPARE(RiskAssessment::assess(lens, w.milestones.first().answers).totals().high, 4);
        // the plan items carry the lens's text, so "Generate from risks" does not repeat them
        for (const Improvement &i : w.improvements)
            QVERIFY2(RiskAssessment::assess(lens, w.answers).riskOf(i.question) == RiskLevel::High, qPrintable(i.id));
    }

    void textTable()
    {
        auto text = ReviewReport::toText(project());
        QVERIFY2(text.ok(), qPrintable(text.error().message));
        const QStringList lines = text->split(u'\n');
        QCOMPARE(lines.at(0), QStringLiteral("Delivery review (w1), lens: Team delivery lens"));
        QCOMPARE(lines.at(1), QStringLiteral("Pillar    High  Medium  None  N/A  Unanswered"));
        QCOMPARE(lines.at(2), QStringLiteral("Delivery     1       0     0    0           1"));
        QCOMPARE(lines.at(3), QStringLiteral("Data         0       1     0    0           0"));
        QCOMPARE(lines.at(4), QStringLiteral("Total        1       1     0    0           1"));
        QCOMPARE(lines.at(5), QStringLiteral("High risk:"));
        QCOMPARE(lines.at(6), QStringLiteral("  dlv-tests  Which automated tests guard a change?"));
        QCOMPARE(lines.at(7), QStringLiteral("Medium risk:"));
        QCOMPARE(lines.at(8), QStringLiteral("  dat-backup  How are backups made and checked?"));
    }
};

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
