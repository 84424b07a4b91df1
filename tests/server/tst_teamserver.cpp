// The team server against a real PostgreSQL 15 (the pgcluster ctest fixture): the schema
// ladder, connection refusals in words, permissions that the database enforces even for
// hand-written SQL, saves that merge instead of overwriting, presence that a crash cannot leave
// behind, and no lost update when many clients save at once.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/server/serverschema.h"
#include "core/server/serversync.h"
#include "pgtestserver.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::server;
using archbench::test::PgTestServer;

namespace {

ProjectData smallProject(const QString &id, const QString &name)
{
    ProjectData data;
    data.project.id = id;
    data.project.name = name;
    data.project.created = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    Decision d;
    d.id = QStringLiteral("d1");
    d.title = QStringLiteral("Primary datastore");
    data.decisions.append(d);
    return data;
}

/// What the server's catalog holds in the archbench schema, one line per object, sorted: the
/// tables with their columns, row-level security, policies, functions, triggers and grants.
QStringList catalog(ServerConnection &db)
{
    auto rows = db.query(QStringLiteral(R"SQL(
SELECT 'table ' || c.relname || ' (' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END, ', ' ORDER BY a.attnum) || ')'
       || CASE WHEN c.relrowsecurity THEN ' row-level security' ELSE '' END
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname = 'archbench' AND c.relkind = 'r' GROUP BY c.relname, c.relrowsecurity
UNION ALL
SELECT 'policy ' || tablename || '.' || policyname || ' ' || cmd || ' using (' || coalesce(qual, '') || ') check ('
       || coalesce(with_check, '') || ')' FROM pg_policies WHERE schemaname = 'archbench'
UNION ALL
SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
       || CASE WHEN p.prosecdef THEN ' security definer' ELSE '' END
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'archbench'
UNION ALL
SELECT 'trigger ' || tgrelid::regclass::text || '.' || tgname FROM pg_trigger
 WHERE NOT tgisinternal AND tgrelid::regclass::text LIKE 'archbench.%'
UNION ALL
SELECT 'grant ' || table_name || ' ' || privilege_type FROM information_schema.role_table_grants
 WHERE table_schema = 'archbench' AND grantee = 'PUBLIC'
UNION ALL
SELECT 'grant ' || table_name || '.' || column_name || ' ' || privilege_type FROM information_schema.column_privileges cp
 WHERE table_schema = 'archbench' AND grantee = 'PUBLIC' AND NOT EXISTS (
   SELECT 1 FROM information_schema.role_table_grants t WHERE t.table_schema = cp.table_schema
      AND t.table_name = cp.table_name AND t.grantee = cp.grantee AND t.privilege_type = cp.privilege_type)
ORDER BY 1
)SQL"));
    if (!rows)
        return {QStringLiteral("catalog query failed: ") + rows.error().message};
    QStringList lines;
    for (const QVariantList &row : *rows)
        lines << row.value(0).toString();
    return lines;
}

} // namespace

class TstTeamServer : public QObject {
    Q_OBJECT

    PgTestServer m_server = PgTestServer::fromEnvironment();

    /// A fresh database with the current schema; alice owns "p1" in it when `withProject`.
    QString freshServer(bool withProject)
    {
        const QString db = m_server.createDatabase();
        if (db.isEmpty())
            return {};
        auto admin = m_server.connect(QStringLiteral("archadmin"), db);
        if (!admin || !initServerSchema(**admin))
            return {};
        if (withProject) {
            auto alice = m_server.connect(QStringLiteral("alice"), db);
            if (!alice)
                return {};
            TeamServer server(**alice);
            if (!server.publish(smallProject(QStringLiteral("p1"), QStringLiteral("Payments"))))
                return {};
        }
        return db;
    }

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.error())); // never a silent skip
    }

    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::addColumn<QString>("reason");
        QTest::newRow("tcp") << "postgresql://dana@db.example:5433/archbench?sslmode=verify-full"
                             << "postgresql://dana@db.example:5433/archbench?sslmode=verify-full" << "";
        QTest::newRow("short scheme") << "postgres://db.example/archbench" << "postgresql://db.example/archbench" << "";
        QTest::newRow("socket") << "postgresql://dana@/archbench?host=/run/postgresql"
                                << "postgresql://dana@/archbench?host=/run/postgresql" << "";
        QTest::newRow("ipv6") << "postgresql://[::1]:5432/a" << "postgresql://[::1]:5432/a" << "";
        QTest::newRow("escaped user") << "postgresql://d%40na@h/db" << "postgresql://d%40na@h/db" << "";
        QTest::newRow("password") << "postgresql://dana:secret@h/db" << "" << "password";
        QTest::newRow("password parameter") << "postgresql://h/db?password=secret" << "" << "password";
        QTest::newRow("scheme") << "mysql://h/db" << "" << "postgresql://";
        QTest::newRow("port") << "postgresql://h:99999/db" << "" << "port";
        QTest::newRow("sslmode") << "postgresql://h/db?sslmode=sometimes" << "" << "sslmode";
        QTest::newRow("unknown parameter") << "postgresql://h/db?service=prod" << "" << "service";
        QTest::newRow("semicolon") << "postgresql://h/db?application_name=a;host=evil" << "" << "semicolon";
    }

    void urls()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, reason);
        auto url = ServerUrl::parse(text);
        if (canonical.isEmpty()) {
            QVERIFY(!url);
            QVERIFY2(url.error().message.contains(reason), qPrintable(url.error().message));
            QVERIFY2(!url.error().message.contains(QLatin1String("secret")), qPrintable(url.error().message)); // never repeated
            return;
        }
        QVERIFY2(url, qPrintable(url.error().message));
        QCOMPARE(url->toString(), canonical);
        QCOMPARE(ServerUrl::parse(url->toString())->toString(), canonical); // stable
    }

    void schemaLadder()
    {
        const QString name = m_server.createDatabase();
        QVERIFY2(!name.isEmpty(), qPrintable(m_server.error()));
        auto db = m_server.connect(QStringLiteral("archadmin"), name);
        QVERIFY2(db, qPrintable(db.error().message));
        auto state = checkServerSchema(**db);
        QVERIFY(state);
        QCOMPARE(state->version, 0);
        QVERIFY(!state->usable);
        QVERIFY(state->message.contains(QLatin1String("archbench server init")));

        auto from = initServerSchema(**db);
        QVERIFY2(from, qPrintable(from.error().message));
        QCOMPARE(*from, 0);
        state = checkServerSchema(**db);
        QCOMPARE(state->version, kServerSchemaVersion);
        QVERIFY(state->usable);

        // what version 1 creates, exactly (tests/data/server/schema-v1.txt)
        const QStringList objects = catalog(**db);
        const QString fixture = test::dataPath(QStringLiteral("server/schema-v%1.txt").arg(kServerSchemaVersion));
        if (const QString dir = qEnvironmentVariable("ARCHBENCH_WRITE_FIXTURES"); !dir.isEmpty()) {
            QFile out(dir + QStringLiteral("/schema-v%1.txt").arg(kServerSchemaVersion));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write((objects.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        }
        const QStringList expected = QString::fromUtf8(test::readData(QStringLiteral("server/schema-v%1.txt").arg(kServerSchemaVersion)))
                                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(objects, expected);
        Q_UNUSED(fixture);

        // again: nothing to do
        from = initServerSchema(**db);
        QCOMPARE(*from, kServerSchemaVersion);
        QCOMPARE(catalog(**db), expected);

        // a rung that fails half-way leaves the server at the last complete rung
        const std::array<ServerMigrationStep, 2> broken{{{1, serverMigrationSteps()[0].sql},
                                                         {2, "CREATE TABLE archbench.half (x integer); SELECT no_such_function();"}}};
        {
            test::ExpectErrorLogs expected;
            auto failed = initServerSchema(**db, 2, broken);
            QVERIFY(!failed);
            QVERIFY2(failed.error().message.contains(QLatin1String("schema 2")), qPrintable(failed.error().message));
        }
        QCOMPARE(checkServerSchema(**db)->version, 1);
        QCOMPARE(catalog(**db), expected);

        // a newer schema: this program says so and leaves it alone
        const std::array<ServerMigrationStep, 2> newer{{{1, serverMigrationSteps()[0].sql},
                                                        {2, "CREATE TABLE archbench.later (x integer);"}}};
        QCOMPARE(*initServerSchema(**db, 2, newer), 1);
        state = checkServerSchema(**db);
        QCOMPARE(state->version, 2);
        QVERIFY(!state->usable);
        QVERIFY2(state->message.contains(QLatin1String("newer")), qPrintable(state->message));
        auto refused = initServerSchema(**db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Refused);
        auto alice = m_server.connect(QStringLiteral("alice"), name);
        QVERIFY(alice);
        TeamServer server(**alice);
        auto unusable = server.requireUsableSchema();
        QVERIFY(!unusable);
        QVERIFY(unusable.error().message.contains(QLatin1String("newer")));
    }

    void connectionRefusalsSayWhatToDo()
    {
        const QString db = freshServer(false);
        QVERIFY(!db.isEmpty());
        test::ExpectErrorLogs expected; // the refusals are logged as warnings at most; tolerate both
        qunsetenv("PGPASSWORD");
        auto noPassword = ServerConnection::open(m_server.serverUrl(QStringLiteral("guarded"), db));
        QVERIFY(!noPassword);
        QCOMPARE(noPassword.error().code, ErrorCode::Unauthorized);
        QVERIFY2(noPassword.error().message.contains(QLatin1String("asks for a password")), qPrintable(noPassword.error().message));

        auto wrong = ServerConnection::open(m_server.serverUrl(QStringLiteral("guarded"), db), QStringLiteral("wrong-horse"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
        QVERIFY2(wrong.error().message.contains(QLatin1String("refused the password for guarded")), qPrintable(wrong.error().message));

        auto right = ServerConnection::open(m_server.serverUrl(QStringLiteral("guarded"), db), QStringLiteral("right-horse"));
        QVERIFY2(right, qPrintable(right.error().message));
        QCOMPARE((*right)->user(), QStringLiteral("guarded"));

        auto missing = ServerConnection::open(m_server.serverUrl(QStringLiteral("alice"), QStringLiteral("nosuchdb")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("no database \"nosuchdb\"")), qPrintable(missing.error().message));

        auto nobody = ServerConnection::open(m_server.serverUrl(QStringLiteral("mallory"), db));
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, ErrorCode::Unauthorized);
        QVERIFY2(nobody.error().message.contains(QLatin1String("no user \"mallory\"")), qPrintable(nobody.error().message));

        auto away = ServerConnection::open(*ServerUrl::parse(QStringLiteral("postgresql://alice@/archbench?host=/nonexistent-socket-dir")));
        QVERIFY(!away);
        QCOMPARE(away.error().code, ErrorCode::Unreachable);
        QVERIFY2(away.error().message.contains(QLatin1String("cannot be reached")), qPrintable(away.error().message));
    }

    void membersAndRolesAreEnforcedByTheServer()
    {
        const QString name = freshServer(true);
        QVERIFY(!name.isEmpty());
        auto alice = m_server.connect(QStringLiteral("alice"), name);
        auto bob = m_server.connect(QStringLiteral("bob"), name);
        auto carol = m_server.connect(QStringLiteral("carol"), name);
        auto dave = m_server.connect(QStringLiteral("dave"), name);
        QVERIFY(alice && bob && carol && dave);
        TeamServer asAlice(**alice), asBob(**bob), asCarol(**carol), asDave(**dave);

        // not a member: the project does not exist for bob
        QCOMPARE(asBob.projects()->size(), 0);
        QCOMPARE(asBob.fetch(QStringLiteral("p1")).error().code, ErrorCode::NotFound);
        QCOMPARE(asBob.grant(QStringLiteral("p1"), ProjectRole::Owner, QStringLiteral("bob")).error().code, ErrorCode::NotFound);

        QVERIFY(asAlice.grant(QStringLiteral("p1"), ProjectRole::Viewer, QStringLiteral("bob")));
        QVERIFY(asAlice.grant(QStringLiteral("p1"), ProjectRole::Editor, QStringLiteral("carol")));
        auto unknown = asAlice.grant(QStringLiteral("p1"), ProjectRole::Editor, QStringLiteral("mallory"));
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);

        auto listed = asBob.projects();
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().role, ProjectRole::Viewer);
        QCOMPARE(listed->first().owner, QStringLiteral("alice"));
        auto seen = asBob.fetch(QStringLiteral("p1"));
        QVERIFY(seen);
        QCOMPARE(seen->role, ProjectRole::Viewer);
        QCOMPARE(seen->data.project.name, QStringLiteral("Payments"));

        // a viewer's save is refused, through the program...
        ProjectData changed = seen->data;
        changed.project.name = QStringLiteral("Bob was here");
        auto refused = asBob.save(QStringLiteral("p1"), seen->version, changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY2(refused.error().message.contains(QLatin1String("viewer")), qPrintable(refused.error().message));
        // ...and by hand-written SQL through bob's own role
        ServerConnection &raw = **bob;
        QCOMPARE(*raw.exec(QStringLiteral("UPDATE archbench.project SET name = 'x', data = '{}'::jsonb")), 0);
        QCOMPARE(*raw.exec(QStringLiteral("DELETE FROM archbench.project")), 0);
        QCOMPARE(*raw.exec(QStringLiteral("UPDATE archbench.member SET role = 'owner' WHERE member = 'bob'")), 0);
        QCOMPARE(*raw.exec(QStringLiteral("DELETE FROM archbench.member")), 0);
        {
            test::ExpectErrorLogs expected;
            QCOMPARE(raw.exec(QStringLiteral("UPDATE archbench.project SET version = 99")).error().code, ErrorCode::Unauthorized);
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO archbench.member VALUES ('p1', 'bob', 'owner')")).error().code,
                     ErrorCode::Unauthorized);
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO archbench.project_version VALUES ('p1', 2, now(), 'bob', '{}')")).error().code,
                     ErrorCode::Unauthorized);
            QCOMPARE(raw.exec(QStringLiteral("DELETE FROM archbench.project_version")).error().code, ErrorCode::Unauthorized);
            QCOMPARE(raw.exec(QStringLiteral("UPDATE archbench.schema_version SET version = 5")).error().code, ErrorCode::Unauthorized);
        }
        // dave, no member at all, reads nothing, not even the history
        QCOMPARE(raw.query(QStringLiteral("SELECT count(*) FROM archbench.project_version"))->first().value(0).toInt(), 1);
        QCOMPARE((*dave)->query(QStringLiteral("SELECT count(*) FROM archbench.project_version"))->first().value(0).toInt(), 0);
        QCOMPARE((*dave)->query(QStringLiteral("SELECT count(*) FROM archbench.member"))->first().value(0).toInt(), 0);
        QCOMPARE(asDave.projects()->size(), 0);

        // an editor saves, but cannot change members or delete
        auto forCarol = asCarol.fetch(QStringLiteral("p1"));
        QCOMPARE(forCarol->role, ProjectRole::Editor);
        ProjectData edited = forCarol->data;
        edited.project.description = QStringLiteral("Card payments for the shop");
        auto saved = asCarol.save(QStringLiteral("p1"), forCarol->version, edited);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QVERIFY(saved->saved);
        QCOMPARE(saved->version, 2);
        auto notOwner = asCarol.grant(QStringLiteral("p1"), ProjectRole::Owner, QStringLiteral("carol"));
        QCOMPARE(notOwner.error().code, ErrorCode::Unauthorized);
        QVERIFY(notOwner.error().message.contains(QLatin1String("only an owner")));
        QCOMPARE(*(*carol)->exec(QStringLiteral("DELETE FROM archbench.project")), 0);
        QCOMPARE(*(*carol)->exec(QStringLiteral("UPDATE archbench.member SET role = 'owner'")), 0);

        // the project is as the owner and the editor left it
        auto final = asAlice.fetch(QStringLiteral("p1"));
        QCOMPARE(final->version, 2);
        QCOMPARE(final->data.project.name, QStringLiteral("Payments"));
        QCOMPARE(final->data.project.description, QStringLiteral("Card payments for the shop"));
        auto history = (*alice)->query(QStringLiteral("SELECT version, saved_by FROM archbench.project_version ORDER BY version"));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).value(1).toString(), QStringLiteral("carol"));

        // a second publish of the same id is refused, in words
        auto again = asCarol.publish(smallProject(QStringLiteral("p1"), QStringLiteral("Copy")));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("already holds")), qPrintable(again.error().message));
    }

    void aSaveThatFindsTheServerMovedOnMerges()
    {
        const QString name = freshServer(true);
        QVERIFY(!name.isEmpty());
        auto alice = m_server.connect(QStringLiteral("alice"), name);
        auto carol = m_server.connect(QStringLiteral("carol"), name);
        TeamServer asAlice(**alice), asCarol(**carol);
        QVERIFY(asAlice.grant(QStringLiteral("p1"), ProjectRole::Editor, QStringLiteral("carol")));
        auto a = asAlice.fetch(QStringLiteral("p1"));
        auto c = asCarol.fetch(QStringLiteral("p1"));
        QCOMPARE(a->version, 1);

        ProjectData mine = a->data;
        mine.decisions[0].title = QStringLiteral("Primary datastore for orders");
        auto first = saveMerging(asAlice, QStringLiteral("p1"), a->version, mine);
        QVERIFY(first);
        QCOMPARE(first->attempts, 1);
        QCOMPARE(first->version, 2);
        QVERIFY(first->cameIn.isEmpty());

        ProjectData theirs = c->data; // carol still at version 1
        theirs.project.description = QStringLiteral("Orders and payments");
        auto second = saveMerging(asCarol, QStringLiteral("p1"), c->version, theirs);
        QVERIFY2(second, qPrintable(second->saved.project.name));
        QCOMPARE(second->attempts, 2);
        QCOMPARE(second->version, 3);
        QCOMPARE(second->cameIn.size(), 1);
        QVERIFY(second->cameIn.first().path.contains(QLatin1String("decisions[d1].title")));
        QVERIFY(second->conflicts.isEmpty());
        auto now = asAlice.fetch(QStringLiteral("p1"));
        QCOMPARE(now->version, 3);
        QCOMPARE(now->data.decisions[0].title, QStringLiteral("Primary datastore for orders"));
        QCOMPARE(now->data.project.description, QStringLiteral("Orders and payments"));
        QCOMPARE(now->data, second->saved);

        // both change the same field: ours stays in the field, theirs is kept in the project
        ProjectData aliceName = now->data;
        aliceName.project.name = QStringLiteral("Payments (Alice)");
        ProjectData carolName = now->data;
        carolName.project.name = QStringLiteral("Payments (Carol)");
        QVERIFY(saveMerging(asAlice, QStringLiteral("p1"), now->version, aliceName));
        auto clash = saveMerging(asCarol, QStringLiteral("p1"), now->version, carolName);
        QVERIFY(clash);
        QCOMPARE(clash->conflicts.size(), 1);
        QCOMPARE(clash->conflicts.first().path, QStringLiteral("project.name"));
        auto settled = asAlice.fetch(QStringLiteral("p1"));
        QCOMPARE(settled->version, 5);
        QCOMPARE(settled->data.project.name, QStringLiteral("Payments (Carol)"));
        QCOMPARE(settled->data.project.mergeConflicts.size(), 1);
        QVERIFY(settled->data.project.mergeConflicts.first().theirs.contains(QLatin1String("Payments (Alice)")));
    }

    void noLostUpdateWhenManySaveAtOnce()
    {
        const QString name = freshServer(true);
        QVERIFY(!name.isEmpty());
        {
            auto alice = m_server.connect(QStringLiteral("alice"), name);
            TeamServer asAlice(**alice);
            for (const char *user : {"bob", "carol", "dave"})
                QVERIFY(asAlice.grant(QStringLiteral("p1"), ProjectRole::Editor, QString::fromLatin1(user)));
        }
        // 8 clients (each user twice), 6 saves each, each save adding a tag of its own
        constexpr int kClients = 8, kSaves = 6;
        const QStringList users{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")};
        std::atomic<int> failures{0}, retries{0};
        QList<QThread *> threads;
        for (int client = 0; client < kClients; ++client) {
            threads << QThread::create([&, client] {
                auto db = m_server.connect(users[client % users.size()], name);
                if (!db) {
                    ++failures;
                    return;
                }
                TeamServer server(**db);
                auto start = server.fetch(QStringLiteral("p1"));
                if (!start) {
                    ++failures;
                    return;
                }
                ProjectData mine = start->data;
                qint64 version = start->version;
                for (int i = 0; i < kSaves; ++i) {
                    mine.project.tags.append(QStringLiteral("c%1-s%2").arg(client).arg(i));
                    auto synced = saveMerging(server, QStringLiteral("p1"), version, mine, 100);
                    if (!synced) {
                        ++failures;
                        return;
                    }
                    retries += synced->attempts - 1;
                    mine = synced->saved;
                    version = synced->version;
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        auto alice = m_server.connect(QStringLiteral("alice"), name);
        TeamServer asAlice(**alice);
        auto end = asAlice.fetch(QStringLiteral("p1"));
        QCOMPARE(end->version, 1 + kClients * kSaves); // every save landed once
        QCOMPARE(end->data.project.tags.size(), kClients * kSaves); // and nothing was lost
        for (int client = 0; client < kClients; ++client)
            for (int i = 0; i < kSaves; ++i)
                QVERIFY(end->data.project.tags.contains(QStringLiteral("c%1-s%2").arg(client).arg(i)));
        QVERIFY(end->data.project.mergeConflicts.isEmpty());
        qInfo("%d saves, %d retries after finding the server moved on", kClients * kSaves, retries.load());
    }

    void presenceEndsWithTheSession()
    {
        const QString name = freshServer(true);
        QVERIFY(!name.isEmpty());
        auto bob = m_server.connect(QStringLiteral("bob"), name);
        TeamServer asBob(**bob);
        {
            auto alice = m_server.connect(QStringLiteral("alice"), name);
            TeamServer asAlice(**alice);
            QVERIFY(asAlice.grant(QStringLiteral("p1"), ProjectRole::Viewer, QStringLiteral("bob")));
            QVERIFY(asAlice.announcePresence(QStringLiteral("p1")));
            QVERIFY(asBob.announcePresence(QStringLiteral("p1")));
            auto seenByBob = asBob.presence(QStringLiteral("p1"));
            QVERIFY(seenByBob);
            QCOMPARE(seenByBob->size(), 1);
            QCOMPARE(seenByBob->first().user, QStringLiteral("alice"));
            QCOMPARE(seenByBob->first().application, QStringLiteral("Archbench"));
            QCOMPARE(asAlice.presence(QStringLiteral("p1"))->first().user, QStringLiteral("bob"));
            QVERIFY(asAlice.presence(QStringLiteral("other"))->isEmpty());
        } // alice's connection ends, as when her program crashes
        QTRY_VERIFY_WITH_TIMEOUT(asBob.presence(QStringLiteral("p1"))->isEmpty(), 5000);
        QVERIFY(asBob.withdrawPresence(QStringLiteral("p1")));
    }
};

QTEST_GUILESS_MAIN(TstTeamServer)
#include "tst_teamserver.moc"
