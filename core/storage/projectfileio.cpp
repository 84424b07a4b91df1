// Reading and writing whole project files of either format (.archbench, .json), for the
// command line and for ProjectFile's JSON import.
#include "projectfileimpl.h"
#include "atomicsave.h"
#include "safeopen.h"

#include "../interchange/interchange.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <thread>

namespace archbench::core {

namespace storage {

namespace {
constexpr qint64 kMaxJsonBytes = 256LL * 1024 * 1024;
} // namespace

bool isJsonPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

/// The bytes of an interchange file, within the size limit; refusals name the file.
Expected<QByteArray> readJsonBytes(const QString &path)
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
    return file.readAll();
}

/// Reads and decodes an interchange file; refusals name the file.
Expected<ProjectData> readJsonFile(const QString &path)
{
    auto bytes = readJsonBytes(path);
    if (!bytes)
        return bytes.error();
    auto data = interchange::fromJson(*bytes);
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

Expected<void> convertJsonToArchbench(const QString &input, const QString &output, bool &inputRefused)
{
    inputRefused = true;
    auto bytes = readJsonBytes(input);
    if (!bytes)
        return bytes.error();
    auto root = interchange::parseJson(*bytes);
    *bytes = QByteArray();
    if (!root)
        return refusal(input, root.error().code, root.error().message);
    auto data = interchange::fromJsonObject(*root, interchange::Checks::DeferReferences);
    if (!data)
        return refusal(input, data.error().code, data.error().message);

    // The reference checks and the freeing of the parsed document run on a second core while
    // this one fills the in-memory database; nothing is written to `output` before both
    // finish, so a refused input leaves no trace. Both sides only read `data`.
    Expected<void> valid;
    std::thread checker([&valid, &data, document = std::move(*root)]() mutable {
        document = QJsonObject();
        valid = interchange::validate(*data);
    });
    auto store = SqliteStore::create(QStringLiteral(":memory:"), *data);
    checker.join();
    if (!valid)
        return refusal(input, valid.error().code, valid.error().message);
    inputRefused = false;
    if (!store)
        return saveError(output, store.error().code, store.error().message);
    // The decoded project is in the database now: free it while the file is written and
    // flushed to disk.
    std::thread release([project = std::move(*data)]() mutable { project = ProjectData(); });
    auto saved = saveDatabaseAtomically((*store)->connection(), output);
    release.join();
    return saved;
}

} // namespace archbench::core
