#pragma once
// The Archbench file format: the SQLite schema, its version and the migration ladder.
//
//   new file   = base schema (version 1) + every migration step (2, 3, ...), in one transaction
//   older file = its version + the steps above it, in the working copy, in one transaction
//
// So a file that was migrated and a file that was created new always hold the same schema,
// and the objects a file of version N must hold are known exactly (expectedObjects).
// docs/storage.md describes the tables; tests/data/storage/ holds a fixture of every version.

#include "../expected.h"

#include <QList>
#include <QString>
#include <span>

namespace archbench::core::storage {

class SqliteConnection;

/// PRAGMA application_id of every Archbench project file: "ARCH" in ASCII.
inline constexpr qint32 kApplicationId = 0x41524348;
/// PRAGMA user_version this build writes and reads up to.
inline constexpr int kSchemaVersion = 7;

/// One rung of the ladder: the SQL that takes a file from version `to - 1` to `to`.
struct MigrationStep {
    int to;
    const char *sql;
};

/// The steps of this build, in order: the one to version 2 first, the last to kSchemaVersion.
std::span<const MigrationStep> migrationSteps();

/// Creates the current schema in an empty database and stamps application_id/user_version.
Expected<void> createSchema(SqliteConnection &db);

/// Migrates a database of version `from` to kSchemaVersion in one transaction; on any error
/// nothing changes. `steps` is for tests; production uses migrationSteps().
Expected<void> migrate(SqliteConnection &db, int from);
Expected<void> migrate(SqliteConnection &db, int from, int to, std::span<const MigrationStep> steps);

/// One object of sqlite_schema as SQLite records it.
struct SchemaObject {
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const SchemaObject &) const = default;
};

/// The objects a file of `version` holds, sorted by (type, name). Built once per version by
/// creating that schema in memory, so the list can never drift from the DDL.
Expected<QList<SchemaObject>> expectedObjects(int version);
/// The objects actually in `db`, sorted by (type, name).
Expected<QList<SchemaObject>> actualObjects(SqliteConnection &db);

} // namespace archbench::core::storage
