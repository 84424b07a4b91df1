#include "serversession.h"

#include "core/log.h"
#include "fileprompts.h"

namespace archbench::ui {

using core::ErrorCode;
using core::server::ServerConnection;
using core::server::TeamServer;

core::Expected<std::unique_ptr<ServerConnection>> connectAsking(const core::server::ServerUrl &url, FilePrompts &prompts,
                                                                 QString &password)
{
    auto connection = ServerConnection::open(url, password);
    // asked while the server wants a password; a refused one is asked again, with the reason
    while (!connection && connection.error().code == ErrorCode::Unauthorized
           && connection.error().message.contains(QLatin1String("password"))) {
        auto given = prompts.askServerPassword(url.displayName(), connection.error().message);
        if (!given)
            return connection.error();
        password = *given;
        connection = ServerConnection::open(url, password);
    }
    return connection;
}

ServerSession::ServerSession(std::unique_ptr<ServerConnection> connection, QString password, QString projectId,
                             core::server::ProjectRole role, FilePrompts &prompts, QObject *parent)
    : QObject(parent), m_url(connection->url()), m_connection(std::move(connection)), m_password(std::move(password)),
      m_projectId(std::move(projectId)), m_role(role), m_prompts(prompts)
{
    m_server = std::make_unique<TeamServer>(*m_connection);
    announce();
    m_presenceTimer.setInterval(30000);
    connect(&m_presenceTimer, &QTimer::timeout, this, &ServerSession::refreshPresence);
    m_presenceTimer.start();
    refreshPresence();
}

ServerSession::~ServerSession()
{
    m_server.reset();
    m_connection.reset(); // ends the session: its presence ends with it
}

void ServerSession::announce()
{
    if (auto announced = m_server->announcePresence(m_projectId); !announced)
        AB_LOG_WARN("cannot announce presence on {}: {}", m_url.toString(), announced.error().message);
}

core::Expected<TeamServer *> ServerSession::server()
{
    if (m_connection && m_connection->isOpen()) {
        // a connection the server dropped still looks open until used: ask it once
        if (m_connection->query(QStringLiteral("SELECT 1")))
            return m_server.get();
    }
    m_server.reset();
    m_connection.reset();
    auto again = connectAsking(m_url, m_prompts, m_password);
    if (!again)
        return again.error();
    m_connection = std::move(*again);
    m_server = std::make_unique<TeamServer>(*m_connection);
    announce();
    return m_server.get();
}

void ServerSession::refreshPresence()
{
    if (!m_server || !m_connection || !m_connection->isOpen())
        return;
    auto present = m_server->presence(m_projectId);
    if (!present)
        return; // the next save says what is wrong; presence is a courtesy
    QStringList others;
    for (const core::server::PresenceEntry &p : *present) {
        const QString who = p.application.isEmpty() ? p.user : tr("%1 (%2)").arg(p.user, p.application);
        if (!others.contains(who))
            others << who;
    }
    if (others != m_others) {
        m_others = others;
        emit presenceChanged(m_others);
    }
}

} // namespace archbench::ui
