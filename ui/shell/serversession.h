#pragma once
// The team server behind an open project (UI side of core/server): one connection, opened
// again after the server went away, a password asked once and kept only in memory, and the
// presence of this session (who else has the project open, refreshed while it stays open).

#include "core/server/teamserver.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>

namespace archbench::ui {

class FilePrompts;

/// Connects to `url`, asking `prompts` for a password while the server asks for one; the
/// password that worked comes back in `password`.
core::Expected<std::unique_ptr<core::server::ServerConnection>>
connectAsking(const core::server::ServerUrl &url, FilePrompts &prompts, QString &password);

class ServerSession : public QObject {
    Q_OBJECT
public:
    ServerSession(std::unique_ptr<core::server::ServerConnection> connection, QString password, QString projectId,
                  core::server::ProjectRole role, FilePrompts &prompts, QObject *parent = nullptr);
    ~ServerSession() override;

    const core::server::ServerUrl &url() const { return m_url; }
    QString projectId() const { return m_projectId; }
    core::server::ProjectRole role() const { return m_role; }
    void setRole(core::server::ProjectRole role) { m_role = role; }
    /// The server, connected again if the last connection was lost.
    core::Expected<core::server::TeamServer *> server();
    /// The other sessions that have this project open ("bob (Archbench)"), as last seen.
    QStringList others() const { return m_others; }
    /// Asks the server now; emits presenceChanged when the answer differs.
    void refreshPresence();

signals:
    void presenceChanged(const QStringList &others);

private:
    void announce();
    core::server::ServerUrl m_url;
    std::unique_ptr<core::server::ServerConnection> m_connection;
    std::unique_ptr<core::server::TeamServer> m_server;
    QString m_password;
    QString m_projectId;
    core::server::ProjectRole m_role;
    FilePrompts &m_prompts;
    QStringList m_others;
    QTimer m_presenceTimer;
};

} // namespace archbench::ui
