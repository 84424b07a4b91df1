#pragma once
// The throwaway PostgreSQL cluster of tests/server/pgcluster.sh, as the tests see it: its
// socket folder, a fresh database per test, URLs for its users, and stopping/starting it.

#include "core/server/serverconnection.h"

#include <QString>

namespace archbench::test {

class PgTestServer {
public:
    /// The cluster whose state file ARCHBENCH_TEST_PG_STATE names (the ctest fixture's).
    static PgTestServer fromEnvironment();
    /// A private cluster for this test alone (started now, stopped by the destructor); `tls`:
    /// also on 127.0.0.1:port(), TLS only, with the self-signed certificate certificate().
    static PgTestServer startPrivate(const QString &stateFile, bool tls = false);

    PgTestServer(PgTestServer &&other) noexcept;
    ~PgTestServer();

    bool isValid() const { return !m_dir.isEmpty(); }
    QString error() const { return m_error; }
    QString socketDir() const { return m_dir; }
    int port() const { return m_port; }
    QString certificate() const { return m_dir + QStringLiteral("/server.crt"); }

    /// A new empty database owned by archadmin; returns its name ("" and error() on failure).
    QString createDatabase(const QString &prefix = QStringLiteral("t"));
    /// postgresql://USER@/DB?host=SOCKETDIR
    QString url(const QString &user, const QString &database) const;
    core::server::ServerUrl serverUrl(const QString &user, const QString &database) const;
    /// Connects as `user` (trust on the socket); fails the test via QVERIFY in the caller.
    core::Expected<std::unique_ptr<core::server::ServerConnection>> connect(const QString &user, const QString &database) const;

    /// Kills the server at once (pg_ctl -m immediate), as a crash or a pulled cable would.
    bool kill();
    bool start();

private:
    PgTestServer() = default;
    bool pgctl(const QStringList &arguments);
    QString m_dir;
    QString m_state;
    QString m_error;
    int m_port = 5432;
    bool m_private = false;
};

} // namespace archbench::test
