#include "atomicsave.h"
#include "safeopen.h"
#include "sqliteconnection.h"

#include "../log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace archbench::core::storage {

namespace {

SaveFaultHook &faultHook()
{
    static SaveFaultHook hook;
    return hook;
}

Expected<void> checkHook(SaveStage stage, const QString &tempPath)
{
    if (faultHook())
        return faultHook()(stage, tempPath);
    return {};
}

/// fsync of a file or folder by path (no-op where the platform has no such call).
bool syncPath(const QString &path, bool directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    Q_UNUSED(directory);
    return true;
#endif
}

void removeTemp(const QString &tempPath)
{
    QFile::remove(tempPath);
    QFile::remove(tempPath + QStringLiteral("-journal"));
}

/// Where the bytes land: the canonical target when it exists (so a symlink keeps pointing
/// at the real file), otherwise the absolute path.
QString resolvedTarget(const QString &target)
{
    const QFileInfo info(target);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

void setSaveFaultHook(SaveFaultHook hook)
{
    faultHook() = std::move(hook);
}

Error saveError(const QString &path, ErrorCode code, const QString &reason)
{
    return makeError(code, QCoreApplication::translate("archbench::core::storage", "Cannot save %1: %2")
                               .arg(QDir::toNativeSeparators(path), reason));
}

Expected<void> saveDatabaseAtomically(SqliteConnection &source, const QString &target)
{
    const QString finalPath = resolvedTarget(target);
    const QFileInfo finalInfo(finalPath);
    if (finalInfo.isDir())
        return saveError(target, ErrorCode::Io,
                         QCoreApplication::translate("archbench::core::storage", "it is a folder"));
    const QString folder = finalInfo.absolutePath();
    if (!QFileInfo(folder).isDir())
        return saveError(target, ErrorCode::Io,
                         QCoreApplication::translate("archbench::core::storage", "the folder does not exist"));

    // Reserve a fresh name beside the target (hidden, so file browsers do not show it).
    const QString tempPath = folder + QStringLiteral("/.") + finalInfo.fileName() + QLatin1Char('.')
        + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".saving");
    {
        QFile reserve(tempPath);
        if (!reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return saveError(target, ErrorCode::Io,
                             QCoreApplication::translate("archbench::core::storage",
                                                         "cannot create a file in its folder (%1)")
                                 .arg(reserve.errorString()));
    }
    auto fail = [&](const Error &e) -> Error {
        removeTemp(tempPath);
        AB_LOG_WARN("save to {} failed: {}", target, e.message);
        return saveError(target, e.code == ErrorCode::Other ? ErrorCode::Io : e.code, e.message);
    };
    if (auto hooked = checkHook(SaveStage::TempCreated, tempPath); !hooked)
        return fail(hooked.error());

    {
        auto temp = SqliteConnection::open(tempPath, SqliteConnection::Mode::ReadWrite);
        if (!temp)
            return fail(temp.error());
        // A brand-new private file: no rollback journal on disk; we fsync it ourselves below.
        if (auto pragmas = (*temp)->exec("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;"); !pragmas)
            return fail(pragmas.error());
        if (auto copied = copyDatabase(source, **temp); !copied)
            return fail(copied.error());
    } // closed and its connection removed before the rename
    if (!syncPath(tempPath, false))
        return fail(makeError(ErrorCode::Io, QCoreApplication::translate("archbench::core::storage",
                                                                         "the new file could not be flushed to disk")));
    if (finalInfo.exists())
        QFile::setPermissions(tempPath, QFile::permissions(finalPath));
    if (auto hooked = checkHook(SaveStage::TempWritten, tempPath); !hooked)
        return fail(hooked.error());

    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(tempPath).toStdString()),
                            std::filesystem::path(QFile::encodeName(finalPath).toStdString()), ec);
    if (ec)
        return fail(makeError(ErrorCode::Io, QString::fromStdString(ec.message())));
    syncPath(folder, true);
    return {};
}

Expected<void> saveBytesAtomically(const QByteArray &bytes, const QString &target)
{
    const QString finalPath = resolvedTarget(target);
    QSaveFile file(finalPath);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(target, ErrorCode::Io, file.errorString());
    if (auto hooked = checkHook(SaveStage::TempCreated, finalPath); !hooked) {
        file.cancelWriting();
        return saveError(target, hooked.error().code, hooked.error().message);
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return saveError(target, ErrorCode::Io, reason);
    }
    if (auto hooked = checkHook(SaveStage::TempWritten, finalPath); !hooked) {
        file.cancelWriting();
        return saveError(target, hooked.error().code, hooked.error().message);
    }
    if (!file.commit())
        return saveError(target, ErrorCode::Io, file.errorString());
    return {};
}

} // namespace archbench::core::storage
