#pragma once
// Helpers for storage tests: make valid and hostile files with the raw SQLite API (no
// hardening, as an attacker would), read bytes, list a folder.

#include "core/model/projectdata.h"
#include "core/storage/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <sqlite3.h>

namespace archbench::test {

/// Writes `data` as a valid current-schema project file at `path`.
inline void writeValidFile(const QString &path, const core::ProjectData &data)
{
    auto store = core::storage::SqliteStore::create(path, data);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error().message));
}

/// Runs `sql` on `path` through a plain, unhardened connection (creates the file if needed).
inline void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("raw exec failed: %s", message);
    sqlite3_close(db);
}

inline QByteArray fileBytes(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {}; // never open a FIFO: it would block
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// Names and sizes of everything in `dir` (to see that nothing appeared or changed).
inline QStringList listing(const QString &dir)
{
    QStringList out;
    const auto entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                                 QDir::Name);
    for (const QFileInfo &info : entries)
        out << info.fileName() + QLatin1Char(':') + QString::number(info.size());
    return out;
}

} // namespace archbench::test
