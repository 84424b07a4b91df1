// Reading and writing whole project files of either format (.archbench, .json), for the
// command line and for ProjectFile's JSON import.
#include "projectfileimpl.h"
#include "atomicsave.h"
#include "safeopen.h"

#include "../interchange/interchange.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace archbench::core {

namespace storage {

namespace {
constexpr qint64 kMaxJsonBytes = 256LL * 1024 * 1024;
} // namespace

bool isJsonPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

/// Reads and decodes an interchange file; refusals name the file.
Expected<ProjectData> readJsonFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refusal(path, ErrorCode::NotFound,
                       QCoreApplication::translate("archbench::core::storage", "the file does not exist"));
    if (!info.isFile())
        return refusal(path, ErrorCode::Refused,
                       QCoreApplication::translate("archbench::core::storage", "it is not a regular file"));
    if (info.size() > kMaxJsonBytes)
        return refusal(path, ErrorCode::Refused,
                       QCoreApplication::translate("archbench::core::storage", "the file is too large (%1 MB)")
                           .arg(info.size() / (1024 * 1024)));
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return refusal(path, ErrorCode::Refused,
                       QCoreApplication::translate("archbench::core::storage", "the file cannot be read (%1)")
                           .arg(file.errorString()));
    auto data = interchange::fromJson(file.readAll());
    if (!data)
        return refusal(path, data.error().code, data.error().message);
    return data;
}

/// Loads a checked file into `store` and applies the interchange rules to its content.
Expected<ProjectData> loadChecked(SqliteStore &store, const QString &path)
{
    auto data = store.load();
    if (!data)
        return refusal(path, data.error().code, data.error().message);
    if (auto valid = interchange::validate(*data); !valid)
        return refusal(path, ErrorCode::Invalid, valid.error().message);
    return data;
}

} // namespace storage

using namespace storage;

Expected<ProjectData> readProjectFile(const QString &path)
{
    if (isJsonPath(path))
        return readJsonFile(path);
    auto checked = checkProjectFile(path);
    if (!checked)
        return checked.error();
    auto store = copyToStore(*checked, QStringLiteral(":memory:"));
    if (!store)
        return store.error();
    checked->connection.reset();
    return loadChecked(**store, path);
}

Expected<void> writeProjectFile(const ProjectData &data, const QString &path)
{
    if (isJsonPath(path))
        return saveBytesAtomically(interchange::toJson(data), path);
    auto store = SqliteStore::create(QStringLiteral(":memory:"), data);
    if (!store)
        return saveError(path, store.error().code, store.error().message);
    return saveDatabaseAtomically((*store)->connection(), path);
}

} // namespace archbench::core
