// Faults on the way to a team server, on a private cluster that this test kills and restarts:
// a server killed in the middle of a save keeps every committed version and none of the
// half-done one; the client says the server went away, keeps its copy, and its next save, on
// a new connection after the restart, lands with nothing lost.
#include "common/testsupport.h"
#include "core/server/serverschema.h"
#include "core/server/serversync.h"
#include "pgtestserver.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::server;
using archbench::test::PgTestServer;

class TstServerFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    /// sslmode and sslrootcert in the URL reach libpq: verify-full checks the server's
    /// certificate and name, a server that takes TLS only refuses sslmode=disable.
    void tlsParametersAreHonoured()
    {
        QTemporaryDir state;
        PgTestServer server = PgTestServer::startPrivate(state.filePath(QStringLiteral("cluster.state")), true);
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(server.port() != 5432);
        const QString tcp = QStringLiteral("postgresql://alice@%1:%2/archbench?sslmode=%3&sslrootcert=%4");
        auto verified = ServerConnection::open(
            *ServerUrl::parse(tcp.arg(QStringLiteral("localhost")).arg(server.port()).arg(QStringLiteral("verify-full"), server.certificate())));
        QVERIFY2(verified, qPrintable(verified.error().message));
        auto ssl = (*verified)->query(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(ssl);
        QCOMPARE(ssl->first().value(0).toBool(), true);

        test::ExpectErrorLogs expected;
        auto plain = ServerConnection::open(
            *ServerUrl::parse(tcp.arg(QStringLiteral("localhost")).arg(server.port()).arg(QStringLiteral("disable"), server.certificate())));
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, ErrorCode::Unauthorized);
        QVERIFY2(plain.error().message.contains(QLatin1String("does not let this user in")), qPrintable(plain.error().message));
        // the certificate names "localhost", not 127.0.0.1: verify-full refuses the address
        auto wrongName = ServerConnection::open(
            *ServerUrl::parse(tcp.arg(QStringLiteral("127.0.0.1")).arg(server.port()).arg(QStringLiteral("verify-full"), server.certificate())));
        QVERIFY(!wrongName);
        QVERIFY2(wrongName.error().message.contains(QLatin1String("certificate")), qPrintable(wrongName.error().message));
        // require encrypts without checking the name
        auto required = ServerConnection::open(
            *ServerUrl::parse(tcp.arg(QStringLiteral("127.0.0.1")).arg(server.port()).arg(QStringLiteral("require"), server.certificate())));
        QVERIFY2(required, qPrintable(required.error().message));
    }

    void killedMidSaveLosesNothingCommitted()
    {
        QTemporaryDir state;
        PgTestServer server = PgTestServer::startPrivate(state.filePath(QStringLiteral("cluster.state")));
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        const QString db = QStringLiteral("archbench");
        {
            auto admin = server.connect(QStringLiteral("archadmin"), db);
            QVERIFY2(admin, qPrintable(admin.error().message));
            QVERIFY(initServerSchema(**admin));
        }
        ProjectData project;
        project.project.id = QStringLiteral("p1");
        project.project.name = QStringLiteral("Payments");
        auto alice = server.connect(QStringLiteral("alice"), db);
        QVERIFY(alice);
        TeamServer asAlice(**alice);
        QVERIFY(asAlice.publish(project));
        ProjectData committed = project;
        committed.project.tags << QStringLiteral("committed");
        auto first = saveMerging(asAlice, QStringLiteral("p1"), 1, committed);
        QVERIFY(first);
        QCOMPARE(first->version, 2);

        // the next save waits behind a row lock (the administrator's open transaction), so the
        // kill comes while it is in flight
        auto blocker = server.connect(QStringLiteral("archadmin"), db);
        QVERIFY(blocker);
        QVERIFY((*blocker)->begin());
        QVERIFY((*blocker)->query(QStringLiteral("SELECT version FROM archbench.project WHERE id = 'p1' FOR UPDATE")));

        ProjectData inFlight = first->saved;
        inFlight.project.tags << QStringLiteral("in flight");
        Expected<SyncResult> outcome = makeError(ErrorCode::Other, QStringLiteral("not run"));
        QThread *saver = QThread::create([&] {
            auto own = server.connect(QStringLiteral("alice"), db);
            if (!own) {
                outcome = own.error();
                return;
            }
            TeamServer mine(**own);
            outcome = saveMerging(mine, QStringLiteral("p1"), 2, inFlight);
        });
        saver->start();
        // wait until the save is blocked on the lock, then kill the server
        auto watcher = server.connect(QStringLiteral("postgres"), db); // sees every session's state
        QVERIFY(watcher);
        QTRY_VERIFY_WITH_TIMEOUT((*watcher)->query(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"))
                                         ->first()
                                         .value(0)
                                         .toInt()
                                     == 1,
                                 10000);
        {
            test::ExpectErrorLogs expected;
            QVERIFY2(server.kill(), qPrintable(server.error()));
            QVERIFY(saver->wait(30000));
        }
        delete saver;
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Unreachable);
        QVERIFY2(outcome.error().message.contains(QLatin1String("went away")), qPrintable(outcome.error().message));
        QVERIFY(inFlight.project.tags.contains(QStringLiteral("in flight"))); // the client's copy is untouched
        blocker->reset();
        watcher->reset();
        alice->reset();

        // restart: the committed version is there, the half-done one is not
        QVERIFY2(server.start(), qPrintable(server.error()));
        auto again = server.connect(QStringLiteral("alice"), db);
        QVERIFY2(again, qPrintable(again.error().message));
        TeamServer afterRestart(**again);
        auto head = afterRestart.fetch(QStringLiteral("p1"));
        QVERIFY(head);
        QCOMPARE(head->version, 2);
        QCOMPARE(head->data.project.tags, QStringList{QStringLiteral("committed")});
        // and the client's save, tried again, lands
        auto retried = saveMerging(afterRestart, QStringLiteral("p1"), 2, inFlight);
        QVERIFY2(retried, qPrintable(retried.error().message));
        QCOMPARE(retried->version, 3);
        QCOMPARE(afterRestart.fetch(QStringLiteral("p1"))->data.project.tags,
                 (QStringList{QStringLiteral("committed"), QStringLiteral("in flight")}));
    }
};

QTEST_GUILESS_MAIN(TstServerFaults)
#include "tst_serverfaults.moc"
