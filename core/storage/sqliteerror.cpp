#include "sqliteerror.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace archbench::core::storage {

QString describeRefusal(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
        return QCoreApplication::translate("archbench::core::storage",
                                           "it is not an Archbench project (not a database file)");
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return QCoreApplication::translate("archbench::core::storage", "the file is damaged");
    case SQLITE_TOOBIG:
        return QCoreApplication::translate("archbench::core::storage",
                                           "the file holds a value larger than Archbench accepts");
    case SQLITE_AUTH:
        return QCoreApplication::translate("archbench::core::storage",
                                           "the file tries to do something Archbench does not allow");
    case SQLITE_READONLY:
        if (resultCode == SQLITE_READONLY_ROLLBACK)
            return QCoreApplication::translate(
                "archbench::core::storage",
                "the file was left half-written by another program (a journal lies beside it)");
        return {};
    default:
        return {};
    }
}

Error sqliteError(int resultCode, const char *nativeMessage)
{
    const QString native = QString::fromUtf8(nativeMessage ? nativeMessage : sqlite3_errstr(resultCode));
    const QString refusal = describeRefusal(resultCode);
    if (!refusal.isEmpty())
        return makeError(ErrorCode::Refused,
                         QStringLiteral("%1 [SQLite %2: %3]").arg(refusal).arg(resultCode).arg(native));
    const int primary = resultCode & 0xff;
    const ErrorCode code = (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN
                            || primary == SQLITE_PERM || primary == SQLITE_READONLY)
        ? ErrorCode::Io
        : ErrorCode::Other;
    return makeError(code, QStringLiteral("%1 [SQLite %2]").arg(native).arg(resultCode));
}

Error sqliteError(sqlite3 *db)
{
    return sqliteError(sqlite3_extended_errcode(db), sqlite3_errmsg(db));
}

} // namespace archbench::core::storage
