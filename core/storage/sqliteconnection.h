#pragma once
// One SQLite connection, opened through SQLite's own API (sqlite3_open_v2; this class owns
// the handle and closes it in the destructor, which also releases SQLite's file locks); the
// handle is hardened at once, before any SQL has read the schema (RELIABILITY.md):
// defensive mode, untrusted schema, no triggers, views, ATTACH or extensions, modest limits,
// no memory mapping, cell size checks. Their SQL text is always ours, never taken from a file.

#include "../expected.h"
#include "sqlitestatement.h"

#include <QString>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace archbench::core::storage {

class SqliteConnection {
public:
    enum class Mode {
        ReadOnly,  ///< SQLITE_OPEN_READONLY: SQLite never writes the file
        ReadWrite, ///< an existing file (checked first: SQLITE_OPEN_CREATE would make a missing one)
        Create,    ///< a new file (refused if the path exists) or ":memory:"
    };

    /// Opens `path` (an absolute, canonical path or ":memory:") and hardens the handle.
    static Expected<std::unique_ptr<SqliteConnection>> open(const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    sqlite3 *handle() const { return m_handle; }
    QString path() const { return m_path; }
    /// How many connections are open in this process (tests check that none leak).
    static int openConnections();

    /// Runs constant SQL of our own (may hold several statements).
    Expected<void> exec(const char *sql);
    /// A cached prepared statement for constant SQL (keyed by the text pointer), reset.
    Expected<SqliteStatement *> prepare(const char *sql);
    /// Reads one integer (e.g. a PRAGMA).
    Expected<qint64> queryInt(const char *sql);

    Expected<void> begin();
    Expected<void> commit();
    void rollback();

    /// The current native error as an Error with `code`; the message holds SQLite's text.
    Error error(ErrorCode code) const;
    /// The extended result code of the last failed call.
    int errorCode() const;

private:
    SqliteConnection() = default;
    QString m_path;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_statements;
};

/// Runs `body` inside BEGIN IMMEDIATE / COMMIT, rolling back when it fails.
template <typename F> Expected<void> inTransaction(SqliteConnection &db, F &&body)
{
    if (auto started = db.begin(); !started)
        return started;
    Expected<void> result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (auto committed = db.commit(); !committed) {
        db.rollback();
        return committed;
    }
    return {};
}

} // namespace archbench::core::storage
