#include "pgtestserver.h"

#include <QFile>
#include <QProcess>
#include <QUuid>

#include <unistd.h>

namespace archbench::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin");

QString script()
{
    return QStringLiteral(ARCHBENCH_PGCLUSTER_SCRIPT);
}

/// The state file: the cluster's folder, then its port.
QString readState(const QString &state, QString &error, int &port)
{
    QFile file(state);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("no PostgreSQL test cluster: cannot read %1 (the pgcluster fixture starts it)").arg(state);
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    port = lines.value(1, QStringLiteral("5432")).toInt();
    return lines.value(0).trimmed();
}

} // namespace

PgTestServer PgTestServer::fromEnvironment()
{
    PgTestServer server;
    const QString state = qEnvironmentVariable("ARCHBENCH_TEST_PG_STATE");
    if (state.isEmpty()) {
        server.m_error = QStringLiteral("ARCHBENCH_TEST_PG_STATE is not set (run the test through ctest)");
        return server;
    }
    server.m_state = state;
    server.m_dir = readState(state, server.m_error, server.m_port);
    return server;
}

PgTestServer PgTestServer::startPrivate(const QString &stateFile, bool tls)
{
    PgTestServer server;
    server.m_state = stateFile;
    QProcess p;
    if (tls) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGCLUSTER_TLS"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
    }
    p.start(script(), {QStringLiteral("start"), stateFile});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        server.m_error = QStringLiteral("pgcluster.sh start failed: ") + QString::fromUtf8(p.readAllStandardError());
        return server;
    }
    server.m_private = true;
    server.m_dir = readState(stateFile, server.m_error, server.m_port);
    return server;
}

PgTestServer::PgTestServer(PgTestServer &&other) noexcept
    : m_dir(std::move(other.m_dir)), m_state(std::move(other.m_state)), m_error(std::move(other.m_error)),
      m_port(other.m_port), m_private(std::exchange(other.m_private, false))
{
}

PgTestServer::~PgTestServer()
{
    if (m_private) {
        QProcess p;
        p.start(script(), {QStringLiteral("stop"), m_state});
        p.waitForFinished(60000);
    }
}

QString PgTestServer::url(const QString &user, const QString &database) const
{
    const QString url = QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, m_dir);
    return m_port == 5432 ? url : url + QStringLiteral("&port=%1").arg(m_port);
}

core::server::ServerUrl PgTestServer::serverUrl(const QString &user, const QString &database) const
{
    return *core::server::ServerUrl::parse(url(user, database));
}

core::Expected<std::unique_ptr<core::server::ServerConnection>> PgTestServer::connect(const QString &user,
                                                                                      const QString &database) const
{
    return core::server::ServerConnection::open(serverUrl(user, database));
}

QString PgTestServer::createDatabase(const QString &prefix)
{
    const QString name = prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto admin = connect(QStringLiteral("postgres"), QStringLiteral("postgres"));
    if (!admin) {
        m_error = admin.error().message;
        return {};
    }
    // CREATE DATABASE takes no parameters; the name is ours, made of hex digits
    if (auto created = (*admin)->execScript(QStringLiteral("CREATE DATABASE %1 OWNER archadmin").arg(name)); !created) {
        m_error = created.error().message;
        return {};
    }
    return name;
}

bool PgTestServer::pgctl(const QStringList &arguments)
{
    QStringList args = QStringList{QStringLiteral("-D"), m_dir + QStringLiteral("/data")} + arguments;
    QProcess p;
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                                       kBin + QStringLiteral("/pg_ctl")} + args);
    else
        p.start(kBin + QStringLiteral("/pg_ctl"), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        m_error = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
        return false;
    }
    return true;
}

bool PgTestServer::kill()
{
    return pgctl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PgTestServer::start()
{
    return pgctl({QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                  QStringLiteral("60"), QStringLiteral("-o"),
                  QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c max_connections=200 -c fsync=off").arg(m_dir).arg(m_port),
                  QStringLiteral("start")});
}

} // namespace archbench::test
