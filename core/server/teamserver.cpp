#include "teamserver.h"

#include "../interchange/interchange.h"
#include "serverschema.h"

#include <QJsonDocument>

namespace archbench::core::server {

namespace {

/// Presence locks: (this key, hashtext(project id)) in PostgreSQL's two-int advisory lock space.
constexpr int kPresenceKey = 0x41524348; // "ARCH"

QByteArray compactJson(const ProjectData &data)
{
    return QJsonDocument(interchange::toJsonObject(data)).toJson(QJsonDocument::Compact);
}

} // namespace

QString roleName(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Owner: return QStringLiteral("owner");
    case ProjectRole::Editor: return QStringLiteral("editor");
    case ProjectRole::Viewer: return QStringLiteral("viewer");
    }
    return {};
}

std::optional<ProjectRole> parseRole(const QString &name)
{
    for (ProjectRole role : {ProjectRole::Owner, ProjectRole::Editor, ProjectRole::Viewer})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

QString roleWords(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Owner: return TeamServer::tr("an owner");
    case ProjectRole::Editor: return TeamServer::tr("an editor");
    case ProjectRole::Viewer: return TeamServer::tr("a viewer");
    }
    return {};
}

Error TeamServer::notVisible(const QString &id) const
{
    return makeError(ErrorCode::NotFound, tr("the server %1 has no project \"%2\" that %3 may see")
                                              .arg(m_db.url().displayName(), id, m_db.user()));
}

Expected<void> TeamServer::requireUsableSchema()
{
    auto state = checkServerSchema(m_db);
    if (!state)
        return state.error();
    if (!state->usable)
        return makeError(ErrorCode::Refused, state->message);
    return {};
}

Expected<QList<ServerProject>> TeamServer::projects()
{
    auto rows = m_db.query(QStringLiteral("SELECT id, name, version, modified, modified_by, owner, "
                                          "archbench.role_in(id, current_user) FROM archbench.project "
                                          "ORDER BY lower(name), id"));
    if (!rows)
        return rows.error();
    QList<ServerProject> list;
    list.reserve(rows->size());
    for (const QVariantList &row : *rows) {
        ServerProject p;
        p.id = row[0].toString();
        p.name = row[1].toString();
        p.version = row[2].toLongLong();
        p.modified = row[3].toDateTime().toUTC();
        p.modifiedBy = row[4].toString();
        p.owner = row[5].toString();
        p.role = parseRole(row[6].toString()).value_or(ProjectRole::Viewer);
        list.append(std::move(p));
    }
    return list;
}

Expected<ProjectRole> TeamServer::roleIn(const QString &id)
{
    auto rows = m_db.query(QStringLiteral("SELECT archbench.role_in(?, current_user)"), {id});
    if (!rows)
        return rows.error();
    const auto role = rows->isEmpty() ? std::nullopt : parseRole(rows->first().value(0).toString());
    if (!role)
        return notVisible(id);
    return *role;
}

Expected<ServerSnapshot> TeamServer::fetch(const QString &id)
{
    auto rows = m_db.query(QStringLiteral("SELECT version, data::text, archbench.role_in(id, current_user) "
                                          "FROM archbench.project WHERE id = ?"),
                           {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notVisible(id);
    const QVariantList &row = rows->first();
    auto data = interchange::fromJson(row[1].toString().toUtf8());
    if (!data)
        return makeError(ErrorCode::Refused, tr("the project \"%1\" on the server %2 is not a valid project: %3")
                                                 .arg(id, m_db.url().displayName(), data.error().message));
    ServerSnapshot snapshot;
    snapshot.data = std::move(*data);
    snapshot.version = row[0].toLongLong();
    snapshot.role = parseRole(row[2].toString()).value_or(ProjectRole::Viewer);
    return snapshot;
}

Expected<ProjectData> TeamServer::fetchVersion(const QString &id, qint64 version)
{
    auto rows = m_db.query(QStringLiteral("SELECT data::text FROM archbench.project_version WHERE project_id = ? AND version = ?"),
                           {id, version});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, tr("the server no longer keeps version %1 of the project \"%2\"").arg(version).arg(id));
    auto data = interchange::fromJson(rows->first().value(0).toString().toUtf8());
    if (!data)
        return makeError(ErrorCode::Refused, tr("version %1 of the project \"%2\" on the server is not a valid project: %3")
                                                 .arg(version)
                                                 .arg(id, data.error().message));
    return std::move(*data);
}

Expected<qint64> TeamServer::publish(const ProjectData &data)
{
    const QString id = data.project.id;
    if (id.isEmpty())
        return makeError(ErrorCode::Invalid, tr("the project has no id, so it cannot be published"));
    auto exists = m_db.query(QStringLiteral("SELECT count(*) FROM archbench.project WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    // a plain INSERT: ON CONFLICT would apply the read policy to a row nobody is a member of yet
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO archbench.project (id, name, data) VALUES (?, ?, ?::jsonb)"),
                              {id, data.project.name, QString::fromUtf8(compactJson(data))});
    if (!inserted && inserted.error().code == ErrorCode::Refused)
        return makeError(ErrorCode::Refused, tr("the server %1 already holds a project with the id \"%2\"%3")
                                                 .arg(m_db.url().displayName(), id,
                                                      exists->first().value(0).toInt() > 0
                                                          ? tr("; pull it, or push the file it was pulled into")
                                                          : tr(", which you are not a member of")));
    if (!inserted)
        return inserted.error();
    return qint64(1);
}

Expected<SaveOutcome> TeamServer::save(const QString &id, qint64 baseVersion, const ProjectData &data)
{
    if (data.project.id != id)
        return makeError(ErrorCode::Invalid, tr("the project's id \"%1\" is not the server's \"%2\"").arg(data.project.id, id));
    auto updated = m_db.query(QStringLiteral("UPDATE archbench.project SET name = ?, data = ?::jsonb "
                                             "WHERE id = ? AND version = ? RETURNING version"),
                              {data.project.name, QString::fromUtf8(compactJson(data)), id, baseVersion});
    if (!updated)
        return updated.error();
    if (!updated->isEmpty())
        return SaveOutcome{true, updated->first().value(0).toLongLong()};
    // nothing changed: moved on, not ours to write, or not there
    auto rows = m_db.query(QStringLiteral("SELECT version, archbench.role_in(id, current_user) FROM archbench.project WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notVisible(id);
    const auto role = parseRole(rows->first().value(1).toString());
    if (role == ProjectRole::Viewer)
        return makeError(ErrorCode::Unauthorized, tr("%1 is a viewer of the project \"%2\" on the server: a viewer reads it but "
                                                     "cannot save it (an owner can make you an editor)")
                                                      .arg(m_db.user(), data.project.name));
    return SaveOutcome{false, rows->first().value(0).toLongLong()};
}

Expected<void> TeamServer::grant(const QString &id, ProjectRole role, const QString &user)
{
    auto mine = roleIn(id);
    if (!mine)
        return mine.error();
    if (*mine != ProjectRole::Owner)
        return makeError(ErrorCode::Unauthorized, tr("only an owner of the project \"%1\" can change its members; %2 is %3")
                                                      .arg(id, m_db.user(), roleWords(*mine)));
    auto known = m_db.query(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {user});
    if (!known)
        return known.error();
    if (known->first().value(0).toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("the server has no user \"%1\": an administrator creates it first").arg(user));
    auto granted = m_db.exec(QStringLiteral("INSERT INTO archbench.member (project_id, member, role) VALUES (?, ?, ?) "
                                            "ON CONFLICT (project_id, member) DO UPDATE SET role = EXCLUDED.role"),
                             {id, user, roleName(role)});
    if (!granted)
        return granted.error();
    return {};
}

Expected<void> TeamServer::announcePresence(const QString &id)
{
    auto locked = m_db.query(QStringLiteral("SELECT pg_advisory_lock_shared(?, hashtext(?))"), {kPresenceKey, id});
    if (!locked)
        return locked.error();
    return {};
}

Expected<void> TeamServer::withdrawPresence(const QString &id)
{
    auto unlocked = m_db.query(QStringLiteral("SELECT pg_advisory_unlock_shared(?, hashtext(?))"), {kPresenceKey, id});
    if (!unlocked)
        return unlocked.error();
    return {};
}

Expected<QList<PresenceEntry>> TeamServer::presence(const QString &id)
{
    auto rows = m_db.query(QStringLiteral(
                               "SELECT a.usename, a.application_name, a.backend_start FROM pg_locks l "
                               "JOIN pg_stat_activity a ON a.pid = l.pid "
                               "WHERE l.locktype = 'advisory' AND l.granted "
                               "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                               "AND l.classid = (?)::integer::oid AND l.objid = hashtext(?)::oid AND l.objsubid = 2 "
                               "AND l.pid <> pg_backend_pid() ORDER BY a.backend_start"),
                           {kPresenceKey, id});
    if (!rows)
        return rows.error();
    QList<PresenceEntry> list;
    for (const QVariantList &row : *rows)
        list.append({row[0].toString(), row[1].toString(), row[2].toDateTime().toUTC()});
    return list;
}

} // namespace archbench::core::server
