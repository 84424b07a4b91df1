// `archbench cost FILE [--json]` through the real executable: the JSON contract, the text
// tables, and the exit codes (0 ok, 1 a model that breaks a rule or bad arguments, 2 a file
// it refuses).
#include "common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(test::archbenchExecutable(), QStringList{QStringLiteral("cost")} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return Run{process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestCostCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void jsonReport()
    {
        const Run r = run({test::dataPath(QStringLiteral("cost/checkout-costs.json")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray models = doc.object()[QStringLiteral("costModels")].toArray();
        QCOMPARE(models.size(), 4);

        const QJsonObject latency = models[0].toObject();
        QCOMPARE(latency[QStringLiteral("id")].toString(), QStringLiteral("cm1"));
        QCOMPARE(latency[QStringLiteral("kind")].toString(), QStringLiteral("latency"));
        QCOMPARE(latency[QStringLiteral("targetMetAfterStep")].toInt(), 2);
        const QJsonArray steps = latency[QStringLiteral("steps")].toArray();
        QCOMPARE(steps[0].toObject()[QStringLiteral("roi")].toDouble(), 42.5);
        QCOMPARE(steps[0].toObject()[QStringLiteral("monthlyValue")].toDouble(), 8500.0);
        QCOMPARE(std::round(steps[0].toObject()[QStringLiteral("costPerMsSaved")].toDouble() * 100) / 100, 1.18);
        QCOMPARE(std::round(steps[1].toObject()[QStringLiteral("costPerMsSaved")].toDouble() * 100) / 100, 8.89);
        QCOMPARE(std::round(steps[2].toObject()[QStringLiteral("costPerMsSaved")].toDouble() * 100) / 100, 26.67);
        QVERIFY(steps[2].toObject()[QStringLiteral("beyondTarget")].toBool());

        const QJsonObject crossover = models[1].toObject();
        const QJsonObject c = crossover[QStringLiteral("crossovers")].toArray()[0].toObject();
        QCOMPARE(std::round(c[QStringLiteral("load")].toDouble() * 10) / 10, 107.1);
        QCOMPARE(c[QStringLiteral("from")].toString(), QStringLiteral("Serverless"));
        QCOMPARE(c[QStringLiteral("to")].toString(), QStringLiteral("Containers (reserved)"));

        QCOMPARE(models[2].toObject()[QStringLiteral("monthly")].toObject()[QStringLiteral("threeYear")].toDouble(), 388.5);
        QVERIFY(models[3].toObject()[QStringLiteral("steps")].toArray()[0].toObject()[QStringLiteral("roi")].isNull());
    }

    void textReport()
    {
        const Run r = run({test::dataPath(QStringLiteral("cost/checkout-costs.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Checkout p99 (cost vs latency)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("met after step 2")));
        QVERIFY(text.contains(QStringLiteral("42.5×")));
        QVERIFY(text.contains(QStringLiteral("107.1 rps")));
        QVERIFY(text.contains(QStringLiteral("(beyond target)")));
    }

    void modelBreakingARuleFails()
    {
        QByteArray json = test::readData(QStringLiteral("cost/checkout-costs.json"));
        json.replace("\"latencyAfterMs\": 75", "\"latencyAfterMs\": 0");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const Run r = run({path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("costModels[0] (Checkout p99): steps[2].latencyAfterMs must be positive")),
                 qPrintable(r.err));
        const QJsonObject latency = QJsonDocument::fromJson(r.out).object()[QStringLiteral("costModels")].toArray()[0].toObject();
        QCOMPARE(latency[QStringLiteral("error")].toString(), QStringLiteral("steps[2].latencyAfterMs must be positive"));
    }

    void refusedFileExitsWithTwo()
    {
        const Run missing = run({QStringLiteral("/nonexistent/project.json")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("/nonexistent/project.json")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"something-else\" }");
        file.close();
        const Run broken = run({path, QStringLiteral("--json")});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains(path));
        QVERIFY(broken.out.isEmpty());
    }

    void badArguments()
    {
        QCOMPARE(run({}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("--bogus"), QStringLiteral("x.json")}).exitCode, 1);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(QString::fromUtf8(help.out).contains(QStringLiteral("archbench cost FILE [--json]")));
    }
};

QTEST_GUILESS_MAIN(TestCostCommand)
#include "tst_costcommand.moc"
