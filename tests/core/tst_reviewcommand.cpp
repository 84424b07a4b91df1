// `archbench review FILE [--json]` end to end through the real executable: the JSON shape of
// INTERCHANGE.md, the text table, and exit codes (0 ok, 2 refused file, 1 usage).
#include "common/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(test::archbenchExecutable(), arguments);
    if (!process.waitForFinished(60000))
        qFatal("archbench did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestReviewCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void json()
    {
        const Run r = run({QStringLiteral("review"), test::dataPath(QStringLiteral("review/delivery-review.json")),
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject expected = QJsonDocument::fromJson(R"({ "reviews": [ {
            "id": "w1", "title": "Delivery pipeline",
            "pillars": [
              { "id": "delivery", "name": "Delivery", "high": 1, "medium": 0, "none": 0, "notApplicable": 1, "unanswered": 0, "unrated": 0 },
              { "id": "data", "name": "Data", "high": 0, "medium": 1, "none": 0, "notApplicable": 0, "unanswered": 0, "unrated": 0 } ],
            "questions": [
              { "id": "dlv-tests", "pillar": "delivery", "risk": "high" },
              { "id": "dlv-release", "pillar": "delivery", "risk": "not-applicable" },
              { "id": "dat-backup", "pillar": "data", "risk": "medium" } ] } ] })").object();
        QCOMPARE(doc.object(), expected);
    }

    void unratedJson()
    {
        // a lens without a default rule (shaped like the ECS lens's NET3): "None of these" is unrated
        const Run r = run({QStringLiteral("review"), test::dataPath(QStringLiteral("review/unrated-review.json")),
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject expected = QJsonDocument::fromJson(R"({ "reviews": [ {
            "id": "w1", "title": "Container platform",
            "pillars": [
              { "id": "networking", "name": "Networking", "high": 0, "medium": 1, "none": 0, "notApplicable": 0, "unanswered": 0, "unrated": 1 },
              { "id": "storage", "name": "Storage", "high": 0, "medium": 0, "none": 1, "notApplicable": 0, "unanswered": 0, "unrated": 0 } ],
            "questions": [
              { "id": "net-mode", "pillar": "networking", "risk": "unrated" },
              { "id": "net-dns", "pillar": "networking", "risk": "medium" },
              { "id": "sto-backup", "pillar": "storage", "risk": "none" } ] } ] })").object();
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), expected);
    }

    void unratedText()
    {
        const Run r = run({QStringLiteral("review"), test::dataPath(QStringLiteral("review/unrated-review.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Pillar      High  Medium  None  N/A  Unanswered  Unrated\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Unrated (answered, but no rule of the lens matches):\n"
                                             "  net-mode  How do you choose a network mode?\n")),
                 qPrintable(out));
    }

    void archbenchFileGivesTheSameReport()
    {
        // the same project as SQLite (.archbench, through `archbench convert`) reports the same
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("delivery.archbench"));
        const Run convert = run({QStringLiteral("convert"), test::dataPath(QStringLiteral("review/delivery-review.json")), target});
        QVERIFY2(convert.exitCode == 0, qPrintable(convert.err));
        const Run fromJson = run({QStringLiteral("review"), test::dataPath(QStringLiteral("review/delivery-review.json")),
                                  QStringLiteral("--json")});
        const Run fromSqlite = run({QStringLiteral("review"), target, QStringLiteral("--json")});
        QVERIFY2(fromSqlite.exitCode == 0, qPrintable(fromSqlite.err));
        QCOMPARE(QJsonDocument::fromJson(fromSqlite.out), QJsonDocument::fromJson(fromJson.out));
    }

    void text()
    {
        const Run r = run({QStringLiteral("review"), test::dataPath(QStringLiteral("review/delivery-review.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Delivery pipeline (w1), lens: Team delivery lens")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Total        1       1     0    1           0")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  dlv-tests  Which automated tests guard a change?")), qPrintable(out));
    }

    void brokenLensIsRefused()
    {
        const QString file = test::dataPath(QStringLiteral("review/broken-lens-review.json"));
        const Run r = run({QStringLiteral("review"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("broken-lens-review.json")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("question \"dlv-tests\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("character 18")), qPrintable(r.err));
    }

    void missingFileIsRefused()
    {
        const Run r = run({QStringLiteral("review"), QStringLiteral("/no/such/project.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("/no/such/project.json")), qPrintable(r.err));
    }

    void notAProjectIsRefused()
    {
        const QString file = test::dataPath(QStringLiteral("lenses/small-lens.json")); // a lens, not a project
        const Run r = run({QStringLiteral("review"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("small-lens.json")), qPrintable(r.err));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("review")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("a.json"), QStringLiteral("b.json")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("review"), QStringLiteral("--bogus")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewCommand)
#include "tst_reviewcommand.moc"
