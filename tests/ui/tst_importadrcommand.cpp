// `archbench import-adr` through the built binary, as a pipeline runs it: a new project (-o),
// an existing one (--into, twice: nothing added the second time), a dry run, --json, and the
// exit codes 0 / 1 / 2 with messages that name the file.
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
    p.start(test::archbenchExecutable(), QStringList{QStringLiteral("import-adr")} + args);
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

} // namespace

class TestImportAdrCommand : public QObject {
    Q_OBJECT

private slots:
    void newProjectThenInto()
    {
        QTemporaryDir dir;
        const QString adr = dir.filePath(QStringLiteral("adr"));
        QVERIFY(QDir().mkpath(adr));
        write(adr + QStringLiteral("/0001-use-adrs.md"), "# 1. Use ADRs\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n");
        write(adr + QStringLiteral("/0002-pick-a-db.md"), "# 2. Pick a database\n\n## Status\n\nProposed\n");
        write(adr + QStringLiteral("/0003-broken.md"), "---\nstatus: [x\n---\n# Broken\n");

        // dry run: says what it would do, writes nothing
        Run dry = run({adr});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("2 ADR files read: 2 added")), qPrintable(dry.out));
        QVERIFY2(dry.err.contains(QStringLiteral("0003-broken.md: the front matter is not valid YAML")), qPrintable(dry.err));

        // a new project
        const QString out = dir.filePath(QStringLiteral("p.json"));
        Run created = run({adr, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(created.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("decisions")).toArray().size(), 2);
        QCOMPARE(report.value(QStringLiteral("decisions")).toArray()[1].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("proposed"));
        QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 1);
        auto project = core::readProjectFile(out);
        QVERIFY(project);
        QCOMPARE(project->decisions.size(), 2);
        QCOMPARE(project->decisions[1].adrNumber, 2);

        // -o never overwrites
        QCOMPARE(run({adr, QStringLiteral("-o"), out}).exitCode, 1);

        // --into: an edited file updates its decision, nothing is added
        write(adr + QStringLiteral("/0002-pick-a-db.md"), "# 2. Pick a database\n\n## Status\n\nAccepted\n");
        Run into = run({adr, QStringLiteral("--into"), out});
        QCOMPARE(into.exitCode, 0);
        QVERIFY2(into.out.contains(QStringLiteral("Pick a database: status proposed → accepted")), qPrintable(into.out));
        QVERIFY(into.out.contains(QStringLiteral("0 added, 1 updated, 1 unchanged")));
        project = core::readProjectFile(out);
        QCOMPARE(project->decisions.size(), 2);
        QCOMPARE(project->decisions[1].status, core::DecisionStatus::Accepted);

        // into an .archbench file, through its own store
        const QString file = dir.filePath(QStringLiteral("p.archbench"));
        QCOMPARE(run({adr, QStringLiteral("-o"), file}).exitCode, 0);
        QVERIFY(run({adr, QStringLiteral("--into"), file}).out.contains(QStringLiteral("0 added, 0 updated, 2 unchanged")));
    }

    void refusals()
    {
        QTemporaryDir dir;
        Run missing = run({dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("nowhere")) && missing.err.contains(QStringLiteral("does not exist")),
                 qPrintable(missing.err));
        Run both = run({dir.path(), QStringLiteral("-o"), QStringLiteral("a.json"), QStringLiteral("--into"), QStringLiteral("b.json")});
        QCOMPARE(both.exitCode, 1);
        QVERIFY(both.err.contains(QStringLiteral("either -o or --into")));
        write(dir.filePath(QStringLiteral("bad.json")), "{ not json");
        Run badTarget = run({dir.path(), QStringLiteral("--into"), dir.filePath(QStringLiteral("bad.json"))});
        QCOMPARE(badTarget.exitCode, 2);
        QVERIFY(badTarget.err.contains(QStringLiteral("bad.json")));
    }
};

QTEST_GUILESS_MAIN(TestImportAdrCommand)
#include "tst_importadrcommand.moc"
