#include "safeopen.h"
#include "schema.h"
#include "sqliteerror.h"

#include "../log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>

namespace archbench::core::storage {

namespace {

Error refused(const QString &path, const QString &reason)
{
    return refusal(path, ErrorCode::Refused, reason);
}

/// Header fields at their documented offsets (https://sqlite.org/fileformat2.html).
struct Header {
    quint32 pageSize = 0;
    quint8 writeVersion = 0;
    quint8 readVersion = 0;
    quint32 changeCounter = 0;
    quint32 pageCount = 0;
    qint32 applicationId = 0;
    quint32 versionValidFor = 0;
};

Header parseHeader(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    Header h;
    const quint16 rawPageSize = qFromBigEndian<quint16>(b + 16);
    h.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    h.writeVersion = b[18];
    h.readVersion = b[19];
    h.changeCounter = qFromBigEndian<quint32>(b + 24);
    h.pageCount = qFromBigEndian<quint32>(b + 28);
    h.applicationId = qFromBigEndian<qint32>(b + 68);
    h.versionValidFor = qFromBigEndian<quint32>(b + 92);
    return h;
}

/// Steps 1-2: the path and the header, before SQLite sees the file.
Expected<Header> checkPathAndHeader(const QString &path, QString &canonical)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return refusal(path, ErrorCode::NotFound,
                       QCoreApplication::translate("archbench::core::storage", "the file does not exist"));
    if (info.isDir())
        return refused(path, QCoreApplication::translate("archbench::core::storage", "it is a folder, not a project file"));
    if (!info.isFile())
        return refused(path, QCoreApplication::translate("archbench::core::storage", "it is not a regular file"));
    canonical = info.canonicalFilePath();

    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly))
        return refused(path, QCoreApplication::translate("archbench::core::storage", "the file cannot be read (%1)")
                                 .arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is empty"));
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return refused(path, QCoreApplication::translate("archbench::core::storage", "it is not an Archbench project (not a database file)"));
    const Header h = parseHeader(bytes);
    if (h.applicationId != kApplicationId)
        return refused(path, QCoreApplication::translate("archbench::core::storage", "it is not an Archbench project (a database made by another program)"));
    if (h.writeVersion == 2 || h.readVersion == 2)
        return refused(path, QCoreApplication::translate("archbench::core::storage", "it uses write-ahead logging, which Archbench project files never do"));
    const bool pageSizeOk = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) == 0;
    if (!pageSizeOk || h.writeVersion != 1 || h.readVersion != 1)
        return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (its header is invalid)"));
    const bool headerCountValid = h.versionValidFor == h.changeCounter && h.pageCount > 0;
    if (size % h.pageSize != 0 || (headerCountValid && qint64(h.pageCount) * h.pageSize > size))
        return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (it is incomplete)"));
    return h;
}

/// Refusal for a native error during step 3.
Error nativeRefusal(const QString &path, const Error &native)
{
    if (native.code == ErrorCode::Refused)
        return refused(path, native.message);
    return refusal(path, native.code == ErrorCode::Other ? ErrorCode::Refused : native.code, native.message);
}

Expected<void> quickCheck(SqliteConnection &db, const QString &path)
{
    auto check = db.prepare("PRAGMA quick_check");
    if (!check)
        return nativeRefusal(path, check.error());
    QStringList problems;
    for (;;) {
        auto row = (*check)->next();
        if (!row)
            return nativeRefusal(path, row.error());
        if (!*row)
            break;
        const QString line = (*check)->text(0);
        if (line != QLatin1StringView("ok") && problems.size() < 3)
            problems << line;
    }
    if (problems.isEmpty())
        return {};
    AB_LOG_WARN("quick_check refused {}: {}", path, problems.join(QStringLiteral("; ")));
    return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (%1)")
                             .arg(problems.first()));
}

QString describeObject(const SchemaObject &o)
{
    if (o.type == QLatin1StringView("trigger"))
        return QCoreApplication::translate("archbench::core::storage", "a trigger \"%1\"").arg(o.name);
    if (o.type == QLatin1StringView("view"))
        return QCoreApplication::translate("archbench::core::storage", "a view \"%1\"").arg(o.name);
    if (o.type == QLatin1StringView("index"))
        return QCoreApplication::translate("archbench::core::storage", "an index \"%1\"").arg(o.name);
    return QCoreApplication::translate("archbench::core::storage", "a table \"%1\"").arg(o.name);
}

Expected<void> checkSchemaObjects(SqliteConnection &db, const QString &path, int version)
{
    auto expected = expectedObjects(version);
    if (!expected)
        return expected.error();
    auto actual = actualObjects(db);
    if (!actual)
        return nativeRefusal(path, actual.error());
    if (*actual == *expected)
        return {};
    for (const SchemaObject &o : *actual) {
        const bool known = std::any_of(expected->cbegin(), expected->cend(), [&](const SchemaObject &e) {
            return e.type == o.type && e.name == o.name;
        });
        if (!known)
            return refused(path, QCoreApplication::translate("archbench::core::storage", "it contains %1, which Archbench project files never have")
                                     .arg(describeObject(o)));
    }
    for (const SchemaObject &e : *expected) {
        const auto it = std::find_if(actual->cbegin(), actual->cend(), [&](const SchemaObject &o) {
            return e.type == o.type && e.name == o.name;
        });
        if (it == actual->cend())
            return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (%1 is missing)")
                                     .arg(describeObject(e)));
        if (*it != e)
            return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (%1 is not as Archbench defines it)")
                                     .arg(describeObject(e)));
    }
    return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (unexpected schema)"));
}

Expected<void> foreignKeyCheck(SqliteConnection &db, const QString &path)
{
    auto check = db.prepare("PRAGMA foreign_key_check");
    if (!check)
        return nativeRefusal(path, check.error());
    auto row = (*check)->next();
    if (!row)
        return nativeRefusal(path, row.error());
    if (!*row)
        return {};
    const QString table = (*check)->text(0);
    (*check)->reset();
    return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (%1 has rows without their parent)")
                             .arg(table));
}

} // namespace

Error refusal(const QString &path, ErrorCode code, const QString &reason)
{
    return makeError(code, QCoreApplication::translate("archbench::core::storage", "Cannot open %1: %2")
                               .arg(QDir::toNativeSeparators(path), reason));
}

Expected<CheckedFile> checkProjectFile(const QString &path)
{
    QString canonical;
    auto header = checkPathAndHeader(path, canonical);
    if (!header)
        return header.error();

    auto connection = SqliteConnection::open(canonical, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return nativeRefusal(path, connection.error());
    SqliteConnection &db = **connection;

    auto applicationId = db.queryInt("PRAGMA application_id");
    if (!applicationId)
        return nativeRefusal(path, applicationId.error());
    if (*applicationId != kApplicationId)
        return refused(path, QCoreApplication::translate("archbench::core::storage", "it is not an Archbench project (a database made by another program)"));
    AB_TRY(quickCheck(db, path));
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return nativeRefusal(path, version.error());
    if (*version > kSchemaVersion)
        return refused(path, QCoreApplication::translate("archbench::core::storage", "it was created by a newer Archbench (schema %1); this version reads up to %2")
                                 .arg(*version)
                                 .arg(kSchemaVersion));
    if (*version < 1)
        return refused(path, QCoreApplication::translate("archbench::core::storage", "the file is damaged (it has no schema version)"));
    AB_TRY(checkSchemaObjects(db, path, int(*version)));
    AB_TRY(foreignKeyCheck(db, path));

    CheckedFile checked;
    checked.path = canonical;
    checked.schemaVersion = int(*version);
    checked.pageSize = int(header->pageSize);
    checked.connection = std::move(*connection);
    return checked;
}

Expected<void> copyDatabase(SqliteConnection &source, SqliteConnection &destination)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        return sqliteError(destination.handle());
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return sqliteError(stepped, nullptr);
    if (finished != SQLITE_OK)
        return sqliteError(destination.handle());
    return {};
}

Expected<std::unique_ptr<SqliteStore>> copyToStore(const CheckedFile &file, const QString &destination)
{
    auto target = SqliteConnection::open(destination, SqliteConnection::Mode::Create);
    if (!target)
        return target.error();
    // An in-memory destination must have the source's page size before the copy. The copy
    // itself is not synced: until the first edit it holds nothing the original does not, and
    // that edit's commit (synchronous=FULL) flushes the whole file.
    const QByteArray pageSize = "PRAGMA page_size=" + QByteArray::number(file.pageSize) + "; PRAGMA synchronous=OFF;";
    AB_TRY((*target)->exec(pageSize.constData()));
    if (auto copied = copyDatabase(*file.connection, **target); !copied)
        return refusal(file.path, copied.error().code, copied.error().message);
    if (auto migrated = migrate(**target, file.schemaVersion); !migrated)
        return refusal(file.path, migrated.error().code, migrated.error().message);
    AB_TRY((*target)->exec("PRAGMA synchronous=FULL;"));
    return std::make_unique<SqliteStore>(std::move(*target));
}

} // namespace archbench::core::storage
