#include "sqliteconnection.h"
#include "sqliteerror.h"

#include "../log.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFile>
#include <sqlite3.h>

namespace archbench::core::storage {

namespace {

QAtomicInteger<int> g_openConnections;

// Another connection writing the file (another Archbench on a shared folder) is waited for
// this long before the write fails as busy.
constexpr int kBusyTimeoutMs = 5000;

// Generous for real projects (a lens definition is a few hundred kB), small enough that a
// hostile file cannot make us allocate gigabytes for one value.
constexpr int kMaxValueBytes = 64 * 1024 * 1024;

Expected<void> harden(sqlite3 *db)
{
    struct Flag {
        int option;
        int value;
    };
    const Flag flags[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
        {SQLITE_DBCONFIG_DQS_DDL, 0},
        {SQLITE_DBCONFIG_DQS_DML, 0},
        {SQLITE_DBCONFIG_ENABLE_FKEY, 1},
    };
    for (const Flag &flag : flags) {
        int applied = -1;
        if (sqlite3_db_config(db, flag.option, flag.value, &applied) != SQLITE_OK || applied != flag.value)
            return makeError(ErrorCode::Other,
                             QCoreApplication::translate("archbench::core::storage",
                                                         "SQLite refused a safety setting (%1)")
                                 .arg(flag.option));
    }
    sqlite3_enable_load_extension(db, 0);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 4);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 64);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 8); // ON DELETE CASCADE runs as triggers, 3 levels deep
    sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
    return {};
}

} // namespace

Expected<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Mode mode)
{
    const bool memory = path == QLatin1StringView(":memory:");
    if (mode == Mode::ReadWrite && !QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("archbench::core::storage", "%1 does not exist")
                             .arg(path));
    if (mode == Mode::Create && !memory && QFileInfo::exists(path))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("archbench::core::storage", "%1 already exists")
                             .arg(path));

    // SQLite's own API, not Qt's driver: this class is the one owner of the handle, and no
    // plugin is looked up and loaded for every file. Each connection is used by one thread
    // at a time (NOMUTEX); extended result codes name the reason of a failure.
    // Before SQLite's first use in the process: no global count of its allocations, which
    // takes a process-wide mutex on every malloc and free and serves nothing of ours.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    // ReadWrite never creates: a file that vanished since the check above is an error, not
    // a new empty database.
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
        : mode == Mode::ReadWrite      ? SQLITE_OPEN_READWRITE
                                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_EXRESCODE;
    sqlite3 *handle = nullptr;
    const QByteArray name = memory ? QByteArrayLiteral(":memory:") : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(handle ? sqlite3_extended_errcode(handle) : rc,
                              handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        return e;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection);
    connection->m_path = path;
    connection->m_handle = handle;
    g_openConnections.ref();
    AB_TRY(harden(connection->m_handle));
    AB_TRY(connection->exec("PRAGMA trusted_schema=OFF; PRAGMA mmap_size=0; PRAGMA cell_size_check=ON;"));
    if (mode != Mode::ReadOnly)
        AB_TRY(connection->exec("PRAGMA foreign_keys=ON; PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;"));
    return connection;
}

SqliteConnection::~SqliteConnection()
{
    m_statements.clear(); // finalise before closing, or SQLite keeps the file open
    if (!m_handle)
        return;
    sqlite3_close_v2(m_handle); // releases SQLite's file locks
    g_openConnections.deref();
}

int SqliteConnection::openConnections()
{
    return g_openConnections.loadRelaxed();
}

Expected<void> SqliteConnection::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error e = sqliteError(sqlite3_extended_errcode(m_handle), message);
    sqlite3_free(message);
    return e;
}

Expected<SqliteStatement *> SqliteConnection::prepare(const char *sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return error(ErrorCode::Other);
    auto owned = std::make_unique<SqliteStatement>(m_handle, statement);
    SqliteStatement *raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

Expected<qint64> SqliteConnection::queryInt(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return error(ErrorCode::Other);
    SqliteStatement owned(m_handle, statement);
    auto row = owned.next();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Other, QStringLiteral("no result from %1").arg(QString::fromUtf8(sql)));
    const qint64 value = owned.integer(0);
    owned.reset();
    return value;
}

Expected<void> SqliteConnection::begin()
{
    return exec("BEGIN IMMEDIATE");
}

Expected<void> SqliteConnection::commit()
{
    return exec("COMMIT");
}

void SqliteConnection::rollback()
{
    if (!sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

Error SqliteConnection::error(ErrorCode code) const
{
    Error e = sqliteError(m_handle);
    if (e.code == ErrorCode::Other)
        e.code = code;
    return e;
}

int SqliteConnection::errorCode() const
{
    return sqlite3_extended_errcode(m_handle);
}

} // namespace archbench::core::storage
