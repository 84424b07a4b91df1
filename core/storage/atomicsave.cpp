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
#include <cerrno>
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

QString fileErrorReason(QFileDevice::FileError error, const QString &qtMessage, int systemError)
{
    const QString message = qtMessage.trimmed();
    const bool meaningless = message.isEmpty() || message == QLatin1StringView("Unknown error")
        || message == QCoreApplication::translate("QIODevice", "Unknown error");
    if (!meaningless)
        return message;
    if (systemError != 0)
        return QString::fromStdString(std::generic_category().message(systemError));
    const char *context = "archbench::core::storage";
    switch (error) {
    case QFileDevice::ResourceError:
        return QCoreApplication::translate(context, "the disk is full or another system resource ran out");
    case QFileDevice::PermissionsError:
        return QCoreApplication::translate(context, "permission denied");
    case QFileDevice::OpenError:
        return QCoreApplication::translate(context, "the file could not be opened for writing");
    case QFileDevice::RenameError:
        return QCoreApplication::translate(context, "the new file could not replace the old one");
    default:
        return QCoreApplication::translate(context, "the file could not be written completely (is the disk full?)");
    }
}

Expected<void> writeFully(QFileDevice &file, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        errno = 0;
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const int system = errno;
            return makeError(ErrorCode::Io, fileErrorReason(file.error(), file.errorString(), system));
        }
        done += written;
    }
    errno = 0;
    if (!file.flush()) {
        const int system = errno;
        return makeError(ErrorCode::Io, fileErrorReason(file.error(), file.errorString(), system));
    }
    return {};
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
    // Unbuffered: every write reaches the system at once, so a full disk is reported with the
    // system's reason; with Qt's buffer it surfaces in commit() as "Unknown error", and Qt 6.4's
    // commit() even reports success after a flush that wrote only part of the file.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int system = errno;
        return saveError(target, ErrorCode::Io, fileErrorReason(file.error(), file.errorString(), system));
    }
    if (auto hooked = checkHook(SaveStage::TempCreated, finalPath); !hooked) {
        file.cancelWriting();
        return saveError(target, hooked.error().code, hooked.error().message);
    }
    if (auto written = writeFully(file, bytes); !written) {
        file.cancelWriting();
        AB_LOG_WARN("save to {} failed: {}", target, written.error().message);
        return saveError(target, ErrorCode::Io, written.error().message);
    }
    if (auto hooked = checkHook(SaveStage::TempWritten, finalPath); !hooked) {
        file.cancelWriting();
        return saveError(target, hooked.error().code, hooked.error().message);
    }
    errno = 0;
    if (!file.commit()) {
        const int system = errno;
        return saveError(target, ErrorCode::Io, fileErrorReason(file.error(), file.errorString(), system));
    }
    return {};
}

} // namespace archbench::core::storage
