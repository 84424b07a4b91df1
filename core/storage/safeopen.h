#pragma once
// Opening a project file that a stranger may have written (RELIABILITY.md "Opening a file"):
//
//   checkProjectFile(path)        1. canonical absolute path; missing, folder, special or
//                                    unreadable files refused (never created)
//                                 2. header read by hand: SQLite magic, application id,
//                                    page size, length, no WAL
//                                 3. opened read-only, handle hardened; quick_check,
//                                    user_version (not newer), schema objects exactly as
//                                    this version writes them (planted triggers, views,
//                                    tables refused), foreign keys intact
//   copyToStore(checked, dest)    4. backup API into the working copy (or memory), migrated
//                                    there in one transaction; the original is never written
//
// Every refusal names the file and says the reason in words.

#include "../expected.h"
#include "sqliteconnection.h"
#include "sqlitestore.h"

#include <memory>

namespace archbench::core::storage {

/// A project file that passed every check, held open read-only.
struct CheckedFile {
    QString path; ///< canonical absolute path
    int schemaVersion = 0;
    int pageSize = 0;
    std::unique_ptr<SqliteConnection> connection;
};

/// Runs steps 1-3 on `path` without writing anything anywhere.
Expected<CheckedFile> checkProjectFile(const QString &path);

/// Copies a checked file into a new database at `destination` (must not exist; ":memory:"
/// allowed), migrates it to the current schema there and returns it as a store.
Expected<std::unique_ptr<SqliteStore>> copyToStore(const CheckedFile &file, const QString &destination);

/// Copies the whole database `source` into `destination` with SQLite's backup API.
Expected<void> copyDatabase(SqliteConnection &source, SqliteConnection &destination);

/// "Cannot open FILE: REASON" with the path in native separators.
Error refusal(const QString &path, ErrorCode code, const QString &reason);

} // namespace archbench::core::storage
