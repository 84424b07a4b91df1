// `archbench score` through the real executable: the JSON matches what the GUI computes (the
// same engine), the text form is a table, and bad input gives the documented exit codes.
#include "common/testsupport.h"
#include "core/decision/scorereport.h"
#include "core/interchange/interchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run score(const QStringList &arguments)
{
    QProcess p;
    p.start(test::archbenchExecutable(), QStringList{QStringLiteral("score")} + arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestScoreCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void jsonIsWhatTheEngineSays()
    {
        const Run r = score({test::dataPath(QStringLiteral("decision/score.json")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject got = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto data = interchange::fromJson(test::readData(QStringLiteral("decision/score.json")));
        QVERIFY(data.ok());
        QCOMPARE(got, ScoreReport::toJson(ScoreReport::analyse(*data)));

        const QJsonArray decisions = got.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 2);
        const QJsonObject db = decisions[0].toObject();
        QCOMPARE(db.value(QStringLiteral("leader")).toString(), QStringLiteral("db-postgres"));
        const QJsonObject first = db.value(QStringLiteral("ranking")).toArray()[0].toObject();
        QCOMPARE(first.value(QStringLiteral("weighted")).toDouble(), 4.65);
        QCOMPARE(first.value(QStringLiteral("percent")).toDouble(), 91.25);
        // a tie shares rank 1; the first listed leads; the unscored option has no rank
        const QJsonObject tie = decisions[1].toObject();
        QCOMPARE(tie.value(QStringLiteral("leader")).toString(), QStringLiteral("a"));
        const QJsonArray ranking = tie.value(QStringLiteral("ranking")).toArray();
        QCOMPARE(ranking[0].toObject().value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(ranking[1].toObject().value(QStringLiteral("rank")).toInt(), 1);
        QVERIFY(ranking[2].toObject().value(QStringLiteral("rank")).isNull());
        QCOMPARE(ranking[2].toObject().value(QStringLiteral("complete")).toBool(), false);
    }

    void oneDecision()
    {
        const Run r = score({test::dataPath(QStringLiteral("decision/score.json")), QStringLiteral("--decision"),
                             QStringLiteral("tie"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray decisions = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("tie"));
    }

    void textTable()
    {
        const Run r = score({test::dataPath(QStringLiteral("decision/score.json"))});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("Primary database for orders")));
        QVERIFY(text.contains(QStringLiteral("PostgreSQL (Aurora)")));
        QVERIFY(text.contains(QStringLiteral("4.65")));
        QVERIFY(text.contains(QStringLiteral("eliminated")));
        QVERIFY(text.contains(QStringLiteral("Rank")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = test::dataPath(QStringLiteral("decision/score.json"));
        QTest::newRow("unknown decision") << QStringList{file, QStringLiteral("--decision"), QStringLiteral("nope")} << 1
                                          << QStringLiteral("no decision with the id \"nope\"");
        QTest::newRow("no file") << QStringList{} << 1 << QStringLiteral("Usage: archbench score");
        QTest::newRow("two files") << QStringList{file, file} << 1 << QStringLiteral("exactly one");
        QTest::newRow("unknown option") << QStringList{file, QStringLiteral("--fast")} << 1 << QStringLiteral("fast");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = score(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingFile()
    {
        const Run r = score({QStringLiteral("/nonexistent/project.archbench")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/project.archbench")), qPrintable(r.err));
    }

    void refusedFileNamesItself()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "archbench-project", "version": 1, "decisions": [ { "id": 3 } ]})");
        f.close();
        const Run r = score({path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "tst_scorecommand.moc"
