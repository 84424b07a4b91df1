#pragma once
// The operations on a team server's projects, over one connection. Each is one statement or
// one transaction; what a user may do is decided by the server's policies (serverschema.h),
// and these functions only turn its answers into words.

#include "../model/projectdata.h"
#include "serverconnection.h"

#include <QDateTime>
#include <optional>

namespace archbench::core::server {

enum class ProjectRole { Owner, Editor, Viewer };
QString roleName(ProjectRole role); ///< "owner", "editor", "viewer" (INTERCHANGE.md)
std::optional<ProjectRole> parseRole(const QString &name);
/// The role in words a person reads ("viewer": "a viewer").
QString roleWords(ProjectRole role);

struct ServerProject {
    QString id;
    QString name;
    qint64 version = 0;
    QDateTime modified; ///< UTC
    QString modifiedBy;
    QString owner;
    ProjectRole role = ProjectRole::Viewer;
};

struct ServerSnapshot {
    ProjectData data;
    qint64 version = 0;
    ProjectRole role = ProjectRole::Viewer;
};

struct SaveOutcome {
    bool saved = false;
    qint64 version = 0; ///< the new version when saved; else the server's current one
};

struct PresenceEntry {
    QString user;
    QString application;
    QDateTime since; ///< UTC, when that session connected
};

class TeamServer {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::server::TeamServer)
public:
    explicit TeamServer(ServerConnection &db) : m_db(db) {}
    ServerConnection &connection() { return m_db; }

    /// Refuses, with the words of `server check`, a server this program cannot use.
    Expected<void> requireUsableSchema();

    /// The projects this user is a member of, by name. Reads no project content.
    Expected<QList<ServerProject>> projects();
    /// The project as the server has it now, checked like any imported file.
    Expected<ServerSnapshot> fetch(const QString &id);
    /// An earlier version of the project (the base of a merge).
    Expected<ProjectData> fetchVersion(const QString &id, qint64 version);
    /// A new project on the server, owned by this user; returns its version (1).
    Expected<qint64> publish(const ProjectData &data);
    /// Saves `data` as the next version, only if the server is still at `baseVersion`.
    /// Refused (Unauthorized) for a viewer, NotFound for a project this user cannot see.
    Expected<SaveOutcome> save(const QString &id, qint64 baseVersion, const ProjectData &data);
    /// Makes `user` a member of the project with `role` (only owners may).
    Expected<void> grant(const QString &id, ProjectRole role, const QString &user);
    /// This user's role in the project, or NotFound.
    Expected<ProjectRole> roleIn(const QString &id);

    /// Marks this connection as having the project open: a shared advisory lock that the
    /// server drops when the connection ends, so a crash never leaves a stale mark.
    Expected<void> announcePresence(const QString &id);
    Expected<void> withdrawPresence(const QString &id);
    /// The other sessions that have the project open.
    Expected<QList<PresenceEntry>> presence(const QString &id);

private:
    Error notVisible(const QString &id) const;
    ServerConnection &m_db;
};

} // namespace archbench::core::server
