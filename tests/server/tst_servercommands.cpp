// The team server from the command line, as an administrator and three architects use it:
// server init/check/grant, push (publish, then save back with a merge), pull, projects --json,
// and the refusals' exit codes and words. Runs the real archbench executable.
#include "common/testsupport.h"
#include "core/server/serverurl.h"
#include "core/storage/projectfile.h"
#include "pgtestserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;
using namespace archbench::core;
using archbench::test::PgTestServer;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PGPASSWORD"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(test::archbenchExecutable(), args);
    p.waitForFinished(60000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

std::optional<ServerOrigin> originOf(const QString &path)
{
    auto file = ProjectFile::open(path, OpenOptions{true, false});
    return file ? (*file)->serverOrigin() : std::nullopt;
}

/// Edits a project file the way the program does (its lock, its working copy, a save).
template <typename Edit> bool edit(const QString &path, Edit &&change)
{
    auto file = ProjectFile::open(path);
    if (!file)
        return false;
    change(*(*file)->project());
    return bool((*file)->save());
}

} // namespace

class TstServerCommands : public QObject {
    Q_OBJECT
    PgTestServer m_server = PgTestServer::fromEnvironment();

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
    }

    void theTeamWorksThroughTheCommandLine()
    {
        const QString db = m_server.createDatabase();
        QVERIFY2(!db.isEmpty(), qPrintable(m_server.error()));
        const QString admin = m_server.url(QStringLiteral("archadmin"), db);
        const QString alice = m_server.url(QStringLiteral("alice"), db);
        const QString bob = m_server.url(QStringLiteral("bob"), db);
        const QString carol = m_server.url(QStringLiteral("carol"), db);

        Run r = run({QStringLiteral("server"), QStringLiteral("check"), admin});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("no Archbench schema")), qPrintable(r.out));
        r = run({QStringLiteral("server"), QStringLiteral("init"), admin});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Created the Archbench schema, version 1")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("server"), QStringLiteral("check"), alice, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(check.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(check.value(QStringLiteral("usable")).toBool(), true);
        QCOMPARE(check.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));

        // alice publishes her file; it now remembers the server and version 1
        QTemporaryDir dir;
        const QString mine = dir.filePath(QStringLiteral("payments.archbench"));
        ProjectData data;
        data.project.id = QStringLiteral("pay");
        data.project.name = QStringLiteral("Payments");
        Decision d;
        d.id = QStringLiteral("d1");
        d.title = QStringLiteral("Primary datastore");
        data.decisions << d;
        QVERIFY(writeProjectFile(data, mine));
        r = run({QStringLiteral("push"), mine, alice});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Published \"Payments\" (id pay)")), qPrintable(r.out + r.err));
        const QString aliceUrl = server::ServerUrl::parse(alice)->toString();
        QCOMPARE(originOf(mine), (ServerOrigin{aliceUrl, QStringLiteral("pay"), 1}));

        r = run({QStringLiteral("projects"), alice, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray projects = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 1);
        const QJsonObject listed = projects.first().toObject();
        QCOMPARE(listed.value(QStringLiteral("id")).toString(), QStringLiteral("pay"));
        QCOMPARE(listed.value(QStringLiteral("name")).toString(), QStringLiteral("Payments"));
        QCOMPARE(listed.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(listed.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QVERIFY(QDateTime::fromString(listed.value(QStringLiteral("modified")).toString(), Qt::ISODate).isValid());
        QCOMPARE(listed.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("modified"), QStringLiteral("name"),
                                             QStringLiteral("role"), QStringLiteral("version")}));

        // members, granted by the owner; nobody else may
        QCOMPARE(run({QStringLiteral("server"), QStringLiteral("grant"), alice, QStringLiteral("pay"), QStringLiteral("editor"),
                      QStringLiteral("carol")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("server"), QStringLiteral("grant"), alice, QStringLiteral("pay"), QStringLiteral("viewer"),
                      QStringLiteral("bob")}).exitCode, 0);
        r = run({QStringLiteral("server"), QStringLiteral("grant"), carol, QStringLiteral("pay"), QStringLiteral("owner"),
                 QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("only an owner")), qPrintable(r.err));
        r = run({QStringLiteral("server"), QStringLiteral("grant"), alice, QStringLiteral("pay"), QStringLiteral("boss"),
                 QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not owner, editor or viewer")), qPrintable(r.err));

        // carol pulls; a second pull does not overwrite her file by accident
        const QString hers = dir.filePath(QStringLiteral("carol.archbench"));
        r = run({QStringLiteral("pull"), carol, QStringLiteral("pay"), hers});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("you are an editor")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("pull"), carol, QStringLiteral("pay"), hers});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--force")));

        // both change the project apart; alice pushes first, carol's push merges
        QVERIFY(edit(mine, [](Project &p) {
            Decision changed = p.items<Decision>().first();
            changed.title = QStringLiteral("Primary datastore for orders");
            p.replace(changed);
        }));
        QVERIFY(edit(hers, [](Project &p) {
            ProjectInfo info = p.info();
            info.description = QStringLiteral("Card payments");
            p.setInfo(info);
        }));
        r = run({QStringLiteral("push"), mine, alice});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("as version 2")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("push"), hers, carol});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Merged 1 change")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Primary datastore for orders")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("as version 3")), qPrintable(r.out));
        auto merged = readProjectFile(hers);
        QCOMPARE(merged->decisions.first().title, QStringLiteral("Primary datastore for orders"));
        QCOMPARE(merged->project.description, QStringLiteral("Card payments"));
        QCOMPARE(originOf(hers)->version, 3);

        // the same field both ways: exit 1, carol's value stays, alice's is recorded
        QVERIFY(edit(mine, [](Project &p) {
            ProjectInfo info = p.info();
            info.name = QStringLiteral("Payments (A)");
            p.setInfo(info);
        }));
        QCOMPARE(run({QStringLiteral("push"), mine, alice}).exitCode, 0); // 2 -> 4, merging carol's 3
        QVERIFY(edit(hers, [](Project &p) {
            ProjectInfo info = p.info();
            info.name = QStringLiteral("Payments (C)");
            p.setInfo(info);
        }));
        r = run({QStringLiteral("push"), hers, carol});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("1 conflict")), qPrintable(r.out + r.err));
        auto clashed = readProjectFile(hers);
        QCOMPARE(clashed->project.name, QStringLiteral("Payments (C)"));
        QCOMPARE(clashed->project.mergeConflicts.size(), 1);
        QCOMPARE(originOf(hers)->version, 5);

        // a viewer's push is refused by the server
        const QString his = dir.filePath(QStringLiteral("bob.archbench"));
        QCOMPARE(run({QStringLiteral("pull"), bob, QStringLiteral("pay"), his}).exitCode, 0);
        QVERIFY(edit(his, [](Project &p) {
            ProjectInfo info = p.info();
            info.name = QStringLiteral("Bob's");
            p.setInfo(info);
        }));
        r = run({QStringLiteral("push"), his, bob});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("viewer")), qPrintable(r.err));
        QCOMPARE(originOf(his)->version, 5); // his file is left as it was

        // the server's portfolio and the pipeline gate read it like a folder
        r = run({QStringLiteral("portfolio"), carol, QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-12-06")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject portfolio = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray rows = portfolio.value(QStringLiteral("projects")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("pay"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("source")).toString(),
                 server::ServerUrl::parse(carol)->toString() + QStringLiteral("#pay"));
        QCOMPARE(portfolio.value(QStringLiteral("unreadable")).toArray().size(), 0);
        r = run({QStringLiteral("check"), carol, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on"),
                 QStringLiteral("trigger")});
        QCOMPARE(r.exitCode, 0); // no revisit trigger fired in this project
        const QString report = dir.filePath(QStringLiteral("portfolio.md"));
        r = run({QStringLiteral("export"), carol, QStringLiteral("-o"), report, QStringLiteral("--date"), QStringLiteral("2026-12-06")});
        QCOMPARE(r.exitCode, 0);
        QFile md(report);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY2(md.readAll().contains("Payments (C)"), "the server's project is not in the portfolio report");
        r = run({QStringLiteral("portfolio"), m_server.url(QStringLiteral("dave"), db)}); // dave is in no project
        QCOMPARE(r.exitCode, 0);

        // a file open in another session is not pushed behind its back
        auto open = ProjectFile::open(mine);
        QVERIFY(open);
        r = run({QStringLiteral("push"), mine, alice});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("payments.archbench")), qPrintable(r.err));
    }

    void refusalsBeforeAnyServerWork()
    {
        Run r = run({QStringLiteral("projects"), QStringLiteral("postgresql://dana:secret@db.example/archbench")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("secret")), qPrintable(r.err)); // never echoed back
        r = run({QStringLiteral("projects"), QStringLiteral("postgresql://alice@/archbench?host=/nonexistent-socket-dir")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot be reached")), qPrintable(r.err));
        r = run({QStringLiteral("server"), QStringLiteral("frobnicate"), QStringLiteral("postgresql://h/db")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not init, check or grant")));
        r = run({QStringLiteral("push"), QStringLiteral("/nonexistent/file.archbench"), m_server.url(QStringLiteral("alice"), QStringLiteral("archbench"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("file.archbench")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstServerCommands)
#include "tst_servercommands.moc"
