// `archbench portfolio`, `archbench check` and `archbench set-metric` through the built binary,
// as a pipeline runs them: exit codes 0 / 1 / 2, --today, --metrics, --fail-on, --format, and
// set-metric writing .json and .archbench projects (or nothing, when a name measures nothing).
#include "common/testsupport.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(test::archbenchExecutable(), args);
    p.waitForFinished(60000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// The example project with an accepted decision whose rps trigger reads `rps`.
core::ProjectData project(const QString &id, double rps)
{
    auto data = core::readProjectFile(test::dataPath(QStringLiteral("interchange/example.json")));
    if (!data)
        qFatal("example.json unreadable");
    data->project.id = id;
    data->project.name = id;
    data->drills.clear();
    data->reviews.clear();
    data->decisions[0].status = core::DecisionStatus::Accepted;
    data->decisions[0].scores << core::Score{QStringLiteral("o2"), QStringLiteral("c2"), 3, {}};
    data->decisions[0].revisitTriggers[0].currentValue = rps;
    return *data;
}

const QString kToday = QStringLiteral("2026-12-05");

} // namespace

class TestCheckCommand : public QObject {
    Q_OBJECT

private slots:
    void exitCodesAndFormats()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("docs/architecture"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(core::writeProjectFile(project(QStringLiteral("calm"), 3200), folder + QStringLiteral("/calm.json")));

        Run clean = run({QStringLiteral("check"), folder, QStringLiteral("--today"), kToday});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(clean.out.contains(QStringLiteral("nothing needs attention")), qPrintable(clean.out));

        // a monitoring reading fires the trigger for this run only, and github says where
        const QString metrics = dir.filePath(QStringLiteral("metrics.json"));
        write(metrics, "{\"rps\": 12000, \"monthly_cost\": 31000}");
        Run fired = run({QStringLiteral("check"), folder, QStringLiteral("--today"), kToday, QStringLiteral("--metrics"), metrics,
                         QStringLiteral("--format"), QStringLiteral("github")});
        QCOMPARE(fired.exitCode, 1);
        QVERIFY2(fired.out.startsWith(QStringLiteral("::warning file=") + folder + QStringLiteral("/calm.json,line=")), qPrintable(fired.out));
        QVERIFY2(fired.out.contains(QStringLiteral("revisit trigger \"Traffic exceeds 10,000 RPS\" fired (rps 12,000 > 10,000)")),
                 qPrintable(fired.out));
        QCOMPARE(run({QStringLiteral("check"), folder, QStringLiteral("--today"), kToday}).exitCode, 0); // not recorded

        // the calendar trigger (2027-05-28): due within 30 days counts only with --fail-on due
        Run due = run({QStringLiteral("check"), folder, QStringLiteral("--today"), QStringLiteral("2027-05-20"),
                       QStringLiteral("--fail-on"), QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(due.exitCode, 1);
        const QJsonArray attention = QJsonDocument::fromJson(due.out.toUtf8()).object().value(QStringLiteral("attention")).toArray();
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("due"));
        QCOMPARE(attention[0].toObject().value(QStringLiteral("project")).toString(), QStringLiteral("calm"));
        QCOMPARE(run({QStringLiteral("check"), folder, QStringLiteral("--today"), QStringLiteral("2027-05-20")}).exitCode, 0);
        // the day after the review-by date the trigger has fired
        QCOMPARE(run({QStringLiteral("check"), folder, QStringLiteral("--today"), QStringLiteral("2027-05-29")}).exitCode, 1);

        // a corrupt project: 2, named on stderr and in the JUnit XML
        write(folder + QStringLiteral("/broken.archbench"), "not a database");
        Run broken = run({QStringLiteral("check"), folder, QStringLiteral("--today"), kToday, QStringLiteral("--format"),
                          QStringLiteral("junit")});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(QStringLiteral("broken.archbench")), qPrintable(broken.err));
        QVERIFY2(broken.out.contains(QStringLiteral("<testsuites")) && broken.out.contains(QStringLiteral("<error")), qPrintable(broken.out));

        // the portfolio lists the readable project and the unreadable file
        Run portfolio = run({QStringLiteral("portfolio"), folder, QStringLiteral("--json"), QStringLiteral("--today"), kToday});
        QCOMPARE(portfolio.exitCode, 0);
        const QJsonObject rows = QJsonDocument::fromJson(portfolio.out.toUtf8()).object();
        QCOMPARE(rows.value(QStringLiteral("projects")).toArray().size(), 1);
        QCOMPARE(rows.value(QStringLiteral("unreadable")).toArray().size(), 1);
    }

    void exportFolder()
    {
        // the consolidated report: a summary whose names link to each project's section, the
        // attention items by kind, and the unreadable file at the end
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("projects"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(core::writeProjectFile(project(QStringLiteral("Hot path"), 12400), folder + QStringLiteral("/hot.archbench")));
        QVERIFY(core::writeProjectFile(project(QStringLiteral("Calm path"), 100), folder + QStringLiteral("/calm.json")));
        write(folder + QStringLiteral("/broken.archbench"), "not a database");
        const QString md = dir.filePath(QStringLiteral("portfolio.md"));
        Run markdown = run({QStringLiteral("export"), folder, QStringLiteral("--date"), kToday, QStringLiteral("-o"), md});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY2(markdown.err.contains(QStringLiteral("broken.archbench")), qPrintable(markdown.err));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("# Architecture portfolio")), qPrintable(text.left(200)));
        QVERIFY2(text.contains(QStringLiteral("| [Hot path](#hot-path) |")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n## Hot path\n")) && text.contains(QStringLiteral("\n### Fired revisit triggers\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("revisit trigger \"Traffic exceeds 10,000 RPS\" fired")), qPrintable(text));
        const qsizetype calm = text.indexOf(QStringLiteral("\n## Calm path\n"));
        QVERIFY(calm > 0);
        QVERIFY2(text.indexOf(QStringLiteral("Nothing needs attention."), calm) > calm, qPrintable(text.mid(calm)));
        QVERIFY2(text.contains(QStringLiteral("## Files that could not be read")), qPrintable(text));

        const QString pdf = dir.filePath(QStringLiteral("portfolio.pdf"));
        Run drawn = run({QStringLiteral("export"), folder, QStringLiteral("--date"), kToday, QStringLiteral("-o"), pdf});
        QCOMPARE(drawn.exitCode, 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Outlines"));
        QVERIFY(bytes.contains("/Link")); // the summary's names link to the sections

        // one item of one project makes no sense for a folder
        QCOMPARE(run({QStringLiteral("export"), folder, QStringLiteral("--item"), QStringLiteral("d1"), QStringLiteral("-o"), md}).exitCode, 1);
    }

    void refusals()
    {
        QTemporaryDir dir;
        Run missing = run({QStringLiteral("check"), dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("nowhere")), qPrintable(missing.err));
        Run server = run({QStringLiteral("portfolio"), QStringLiteral("postgresql://arch@db.example/archbench")});
        QCOMPARE(server.exitCode, 2);
        QVERIFY2(server.err.contains(QStringLiteral("cannot be reached")), qPrintable(server.err)); // 2, never "attention"
        Run badDate = run({QStringLiteral("check"), dir.path(), QStringLiteral("--today"), QStringLiteral("tomorrow")});
        QCOMPARE(badDate.exitCode, 2); // a usage mistake must not look like "needs attention"
        QVERIFY2(badDate.err.contains(QStringLiteral("--today")), qPrintable(badDate.err));
        Run badKind = run({QStringLiteral("check"), dir.path(), QStringLiteral("--fail-on"), QStringLiteral("triggers,weather")});
        QCOMPARE(badKind.exitCode, 2);
        QVERIFY2(badKind.err.contains(QStringLiteral("weather")), qPrintable(badKind.err));
        QCOMPARE(run({QStringLiteral("check"), dir.path(), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("check"), dir.path(), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        write(dir.filePath(QStringLiteral("m.json")), "{\"rps\": true}");
        Run badMetrics = run({QStringLiteral("check"), dir.path(), QStringLiteral("--metrics"), dir.filePath(QStringLiteral("m.json"))});
        QCOMPARE(badMetrics.exitCode, 2);
        QVERIFY2(badMetrics.err.contains(QStringLiteral("m.json")) && badMetrics.err.contains(QStringLiteral("rps")), qPrintable(badMetrics.err));
    }

    void setMetric_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("json") << QStringLiteral("p.json");
        QTest::newRow("archbench") << QStringLiteral("p.archbench");
    }

    void setMetric()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString file = dir.filePath(name);
        QVERIFY(core::writeProjectFile(project(QStringLiteral("p"), 3200), file));
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();

        // a name no trigger measures: refused, nothing written
        Run unknown = run({QStringLiteral("set-metric"), file, QStringLiteral("rps=12000"), QStringLiteral("queue_depth=5")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("queue_depth")), qPrintable(unknown.err));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        original.close();

        Run set = run({QStringLiteral("set-metric"), file, QStringLiteral("RPS=12000")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(QStringLiteral("12,000")) && set.out.contains(QStringLiteral("fired")), qPrintable(set.out));
        auto data = core::readProjectFile(file);
        QVERIFY(data);
        QCOMPARE(data->decisions[0].revisitTriggers[0].currentValue, std::optional<double>(12000));
        QCOMPARE(run({QStringLiteral("check"), file, QStringLiteral("--today"), kToday}).exitCode, 1);

        QCOMPARE(run({QStringLiteral("set-metric"), file, QStringLiteral("rps=800")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("check"), file, QStringLiteral("--today"), kToday}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("set-metric"), file, QStringLiteral("rps")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
