// `archbench drills FILE [--json]` as a pipeline sees it: the JSON shape of INTERCHANGE.md,
// the text table, and the exit codes (0 ok, 2 refused file naming it, 1 usage).
#include "common/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(archbench::test::archbenchExecutable(), QStringList{QStringLiteral("drills")} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("archbench drills did not finish");
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
} // namespace

class TestDrillsCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void jsonReport()
    {
        const Run r = run({archbench::test::dataPath(QStringLiteral("drills/two-drills.json")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject expected = QJsonDocument::fromJson(R"({
          "drills": [
            { "id": "drill-q3-database", "observedRtoMinutes": 12, "rtoPass": true, "rtoMarginMinutes": 3,
              "observedRpoSeconds": 1, "rpoPass": true, "rpoMarginSeconds": 4, "openActionItems": 0 },
            { "id": "drill-q4-region", "observedRtoMinutes": 32, "rtoPass": false, "rtoMarginMinutes": -17,
              "observedRpoSeconds": 15, "rpoPass": false, "rpoMarginSeconds": -10, "openActionItems": 2 },
            { "id": "drill-draft", "observedRtoMinutes": null, "rtoPass": null, "rtoMarginMinutes": null,
              "observedRpoSeconds": null, "rpoPass": null, "rpoMarginSeconds": null, "openActionItems": 0 } ],
          "nextDrillDue": "2027-04-10" })").object();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), expected);
    }

    void textReport()
    {
        const Run r = run({archbench::test::dataPath(QStringLiteral("drills/two-drills.json"))});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Q4 regional failover drill")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("missed")));
        QVERIFY(text.contains(QStringLiteral("not measured")));
        QVERIFY(text.contains(QStringLiteral("Next drill due: 2027-04-10")));
    }

    void refusedFileExitsTwoAndNamesIt()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"something-else\" }");
        file.close();
        const Run r = run({bad, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("broken.json"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorsExitOne()
    {
        QCOMPARE(run({}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("--frobnicate"), QStringLiteral("x.json")}).exitCode, 1);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--json"));
    }
};

QTEST_GUILESS_MAIN(TestDrillsCommand)
#include "tst_drillscommand.moc"
