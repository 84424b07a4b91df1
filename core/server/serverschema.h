#pragma once
// The team server's schema in PostgreSQL and its ladder of versions, like the file format's
// (core/storage/schema.h): each rung is one SQL script run in one transaction together with
// the new version number, so a server is always exactly at one version. docs/team-server.md
// describes the tables and the policies; tests/data/server/ holds what each version creates.
//
// Everything lives in the schema `archbench`. Who may do what is enforced by PostgreSQL
// itself, by row-level security on the tables, so it holds for any client:
//   - every user who may connect to the database may create projects (and owns them);
//   - a project's members are owner, editor or viewer; others do not see it at all;
//   - owners and editors save; viewers read; only owners change members or delete;
//   - a save is an UPDATE that the server numbers (version + 1) and copies to the history.

#include "../expected.h"

#include <QList>
#include <QString>
#include <span>

namespace archbench::core::server {

class ServerConnection;

/// The server schema this build creates and uses.
inline constexpr int kServerSchemaVersion = 1;

struct ServerMigrationStep {
    int to;
    const char *sql;
};

std::span<const ServerMigrationStep> serverMigrationSteps();

struct ServerSchemaState {
    int version = 0;      ///< 0: no Archbench schema in this database
    bool usable = false;  ///< this program can work with it as it is
    QString message;      ///< what `server check` says
};

/// Reads the schema's version and says whether this program can use it.
Expected<ServerSchemaState> checkServerSchema(ServerConnection &db);

/// Creates the schema or brings it up to kServerSchemaVersion, one transaction per rung
/// (an error leaves the server at the last rung that completed). Refuses a newer schema.
/// Returns the version it started from. `steps`/`to` are for tests.
Expected<int> initServerSchema(ServerConnection &db);
Expected<int> initServerSchema(ServerConnection &db, int to, std::span<const ServerMigrationStep> steps);

} // namespace archbench::core::server
