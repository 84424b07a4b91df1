// `archbench lens check LENS.json [--json]` end to end through the real executable: warnings one
// per line and a summary, exit 0 even with warnings; a lens the import refuses exits 2 with the
// reason naming the file on stderr; bad arguments exit 1.
#include "common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace archbench;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(test::archbenchExecutable(), arguments);
    if (!process.waitForFinished(60000))
        qFatal("archbench did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run check(const QString &lens, const QStringList &extra = {})
{
    return run(QStringList{QStringLiteral("lens"), QStringLiteral("check"), test::dataPath(QStringLiteral("lenses/") + lens)}
               + extra);
}
} // namespace

class TestLensCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void warningsExitZero()
    {
        const Run r = check(QStringLiteral("net-mode-gap.json"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("question \"net-mode\" (pillars[0].questions[0]): riskRules: choice {net-mode_no} "
                                             "matches no rule, so such an answer is unrated (1 of 8 combinations of choices)"));
        QCOMPARE(lines.at(1), QStringLiteral("lens \"Container networking lens\": 1 warning; every combination of choices "
                                             "tried in all 3 questions"));
    }

    void deadRules()
    {
        const Run r = check(QStringLiteral("rule-after-default.json"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("riskRules[2] (MEDIUM_RISK) never decides the risk: it comes after the "
                                               "default rule riskRules[1]\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral("3 warnings; every combination of choices tried in all 2 questions\n")),
                 qPrintable(r.out));
    }

    void cleanLens()
    {
        const Run r = check(QStringLiteral("no-default-covered.json"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("lens \"Covered lens\": 0 warnings; every combination of choices tried in all 2 "
                                       "questions\n"));
    }

    void json()
    {
        const Run r = check(QStringLiteral("net-mode-gap.json"), {QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("lens")).toString(), QStringLiteral("Container networking lens"));
        QCOMPARE(o.value(QStringLiteral("questions")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("exhaustive")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("sampled")).toInt(), 0);
        const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        const QJsonObject w = warnings.first().toObject();
        QCOMPARE(w.value(QStringLiteral("question")).toString(), QStringLiteral("net-mode"));
        QCOMPARE(w.value(QStringLiteral("place")).toString(), QStringLiteral("pillars[0].questions[0]"));
        QCOMPARE(w.value(QStringLiteral("kind")).toString(), QStringLiteral("unrated"));
        QCOMPARE(w.value(QStringLiteral("choices")).toArray(), QJsonArray{QStringLiteral("net-mode_no")});
        QCOMPARE(w.value(QStringLiteral("sampled")).toBool(), false);
    }

    void refusedLensExitsTwo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown choice") << QStringLiteral("broken-unknown-choice.json")
                                        << QStringLiteral("question \"dat-backup\" (pillars[1].questions[0])");
        QTest::newRow("truncated") << QStringLiteral("broken-truncated.json") << QStringLiteral("not valid JSON");
        QTest::newRow("missing file") << QStringLiteral("no-such-lens.json") << QStringLiteral("cannot be read");
    }

    void refusedLensExitsTwo()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const Run r = check(file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("archbench lens: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }

    void usageErrorsExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{QStringLiteral("lens")} << QStringLiteral("no action given");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("lens"), QStringLiteral("fix"), QStringLiteral("a.json")}
                                        << QStringLiteral("unknown action \"fix\"");
        QTest::newRow("no file") << QStringList{QStringLiteral("lens"), QStringLiteral("check")} << QStringLiteral("no lens file given");
        QTest::newRow("two files") << QStringList{QStringLiteral("lens"), QStringLiteral("check"), QStringLiteral("a.json"),
                                                  QStringLiteral("b.json")}
                                   << QStringLiteral("give exactly one lens file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("lens"), QStringLiteral("check"), QStringLiteral("--bogus")}
                                        << QStringLiteral("bogus");
    }

    void usageErrorsExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: archbench lens check LENS.json [--json]")), qPrintable(r.err));
    }

    void help()
    {
        const Run r = run({QStringLiteral("lens"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: archbench lens check LENS.json [--json]\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--json")));
        // and the program's own help lists the subcommand
        const Run top = run({QStringLiteral("--help")});
        QVERIFY2(top.out.contains(QStringLiteral("\n  lens ")), qPrintable(top.out));
    }
};

QTEST_GUILESS_MAIN(TestLensCommand)
#include "tst_lenscommand.moc"
