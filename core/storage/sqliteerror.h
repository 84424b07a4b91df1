#pragma once
// Turns SQLite's native result codes into Errors: damaged or foreign files become Refused
// with words a person understands, disk trouble becomes Io; SQLite's own text is kept in
// brackets for the log and for support.

#include "../expected.h"

struct sqlite3;

namespace archbench::core::storage {

/// The error of the last failed call on `db`.
Error sqliteError(sqlite3 *db);
/// The same for a known result code (e.g. from sqlite3_open_v2 or the backup API).
Error sqliteError(int resultCode, const char *nativeMessage);

/// Words for a result code that refuses a file ("the file is damaged", ...), or empty.
QString describeRefusal(int resultCode);

} // namespace archbench::core::storage
