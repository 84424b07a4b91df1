// Reading and writing whole project files of either format (.archbench, .json), for the
// command line and for ProjectFile's JSON import.
#include "projectfileimpl.h"
#include "atomicsave.h"
#include "safeopen.h"

#include "../interchange/interchange.h"
#include "../interchange/jsonsplit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <optional>
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

ProjectFileFormat projectFileFormat(const QString &path)
{
    if (isJsonPath(path))
        return ProjectFileFormat::Json;
    if (path.endsWith(QStringLiteral(".archbench"), Qt::CaseInsensitive))
        return ProjectFileFormat::Archbench;
    // no telling extension (git's merge-driver temporaries): a JSON document starts with '{'
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(64).trimmed();
        if (head.startsWith('{') || head.startsWith("\xEF\xBB\xBF{"))
            return ProjectFileFormat::Json;
    }
    return ProjectFileFormat::Archbench;
}

Expected<ProjectData> readProjectFile(const QString &path)
{
    if (projectFileFormat(path) == ProjectFileFormat::Json)
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
    return writeProjectFile(data, path, isJsonPath(path) ? ProjectFileFormat::Json : ProjectFileFormat::Archbench);
}

Expected<void> writeProjectFile(const ProjectData &data, const QString &path, const ServerOrigin &origin)
{
    auto store = SqliteStore::create(QStringLiteral(":memory:"), data);
    if (!store)
        return saveError(path, store.error().code, store.error().message);
    if (auto recorded = (*store)->setServerOrigin(origin); !recorded)
        return saveError(path, recorded.error().code, recorded.error().message);
    return saveDatabaseAtomically((*store)->connection(), path);
}

Expected<void> writeProjectFile(const ProjectData &data, const QString &path, ProjectFileFormat format)
{
    if (format == ProjectFileFormat::Json)
        return saveBytesAtomically(interchange::toJson(data), path);
    auto store = SqliteStore::create(QStringLiteral(":memory:"), data);
    if (!store)
        return saveError(path, store.error().code, store.error().message);
    return saveDatabaseAtomically((*store)->connection(), path);
}

namespace {

/// The decoded project is in the database: free it on another core while the file is written
/// and flushed to disk.
Expected<void> saveFilled(SqliteStore &store, ProjectData &&data, QByteArray &&bytes, const QString &output)
{
    std::thread release([project = std::move(data), text = std::move(bytes)]() mutable {
        project = ProjectData();
        text = QByteArray();
    });
    auto saved = saveDatabaseAtomically(store.connection(), output);
    release.join();
    return saved;
}

/// Reads the whole document at once, then fills the database while a second core checks the
/// references. Every refusal is worded here.
Expected<void> convertWhole(QByteArray &&bytes, const QString &input, const QString &output, bool &inputRefused)
{
    auto root = interchange::parseJson(bytes);
    bytes = QByteArray();
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
    return saveFilled(**store, std::move(*data), QByteArray(), output);
}

/// A long decisions list is parsed and decoded one decision at a time on a second core while
/// this one inserts each as soon as it is ready, so the fill overlaps the reading. nullopt
/// when the document must be read whole: an unusual shape, a short list, or any refusal
/// (convertWhole words it, so messages do not depend on the path taken).
std::optional<Expected<void>> convertStreaming(QByteArray &bytes, const QString &input, const QString &output,
                                               bool &inputRefused)
{
    constexpr qsizetype kStreamFrom = 64;
    auto split = interchange::splitDecisions(bytes);
    if (!split || split->decisions.size() < kStreamFrom)
        return std::nullopt;
    auto data = [&]() -> std::optional<ProjectData> {
        auto root = interchange::parseJson(split->skeleton);
        if (!root)
            return std::nullopt;
        auto decoded = interchange::fromJsonObject(*root, interchange::Checks::DeferReferences);
        if (!decoded || !decoded->decisions.isEmpty())
            return std::nullopt;
        return std::move(*decoded);
    }();
    if (!data)
        return std::nullopt;

    const qsizetype count = split->decisions.size();
    data->decisions.resize(count);
    Decision *filled = data->decisions.data(); // written by the decoder, each before it is published
    std::atomic<qsizetype> ready{0};
    std::atomic<bool> stopped{false};
    Expected<void> valid;
    std::thread decoder([&] {
        const QByteArrayView text(bytes);
        for (qsizetype i = 0; i < count; ++i) {
            const auto extent = split->decisions[i];
            auto decision = interchange::decodeDecision(text.sliced(extent.begin, extent.size), i);
            if (!decision) {
                stopped.store(true);
                ready.store(count, std::memory_order_release);
                ready.notify_all();
                return;
            }
            filled[i] = std::move(*decision);
            ready.store(i + 1, std::memory_order_release);
            ready.notify_one();
        }
        valid = interchange::validate(*data); // every decision is in: the references can be checked
    });
    auto store = SqliteStore::create(QStringLiteral(":memory:"), *data, [&](int i) {
        for (qsizetype now = ready.load(std::memory_order_acquire); now <= i;
             now = ready.load(std::memory_order_acquire))
            ready.wait(now, std::memory_order_acquire);
        return !stopped.load();
    });
    decoder.join();
    if (stopped.load())
        return std::nullopt;
    if (!valid)
        return refusal(input, valid.error().code, valid.error().message);
    inputRefused = false;
    if (!store)
        return saveError(output, store.error().code, store.error().message);
    return saveFilled(**store, std::move(*data), std::move(bytes), output);
}

} // namespace

Expected<void> convertJsonToArchbench(const QString &input, const QString &output, bool &inputRefused)
{
    inputRefused = true;
    auto bytes = readJsonBytes(input);
    if (!bytes)
        return bytes.error();
    if (auto streamed = convertStreaming(*bytes, input, output, inputRefused))
        return *streamed;
    return convertWhole(std::move(*bytes), input, output, inputRefused);
}

} // namespace archbench::core
