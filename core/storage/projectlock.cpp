#include "projectlock.h"

#include "../log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace archbench::core::storage {

namespace {

constexpr QLatin1StringView kUserKey("archbench-user=");
constexpr QLatin1StringView kSinceKey("archbench-since=");

} // namespace

ProjectLock::ProjectLock(const QString &projectPath) : m_projectPath(projectPath) {}

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

QString ProjectLock::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd *entry = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
#endif
    return user;
}

Expected<void> ProjectLock::acquire()
{
    if (isHeld())
        return {};
    const QString lockPath = lockPathFor(m_projectPath);
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // never age-based: only a dead process on this host is stale
    if (lock->tryLock(0)) {
        QFile extra(lockPath);
        if (extra.open(QIODevice::WriteOnly | QIODevice::Append)) {
            const QString lines = kUserKey + currentUser() + QLatin1Char('\n') + kSinceKey
                + QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char('\n');
            extra.write(lines.toUtf8());
        }
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        const auto info = holder(m_projectPath);
        return makeError(ErrorCode::Locked,
                         info ? describe(*info)
                              : QCoreApplication::translate("archbench::core::storage", "it is in use by another session"));
    }
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("archbench::core::storage",
                                                 "the lock file %1 cannot be created (is the folder read-only?)")
                         .arg(QDir::toNativeSeparators(lockPath)));
}

void ProjectLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool ProjectLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<LockInfo> ProjectLock::holder(const QString &projectPath)
{
    const QString lockPath = lockPathFor(projectPath);
    QLockFile reader(lockPath);
    LockInfo info;
    if (!reader.getLockInfo(&info.pid, &info.host, &info.application))
        return std::nullopt;
    QFile file(lockPath);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &raw : lines) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(kUserKey))
                info.user = line.mid(kUserKey.size());
            else if (line.startsWith(kSinceKey))
                info.since = QDateTime::fromString(line.mid(kSinceKey.size()), Qt::ISODate);
        }
    }
    if (!info.since.isValid())
        info.since = QFileInfo(lockPath).lastModified();
    return info;
}

Expected<void> ProjectLock::breakLock(const QString &projectPath)
{
    QLockFile lock(lockPathFor(projectPath));
    if (!QFileInfo::exists(lockPathFor(projectPath)) || lock.removeStaleLockFile())
        return {};
    return makeError(ErrorCode::Locked,
                     QCoreApplication::translate("archbench::core::storage",
                                                 "the lock cannot be removed while its session is still running"));
}

QString ProjectLock::describe(const LockInfo &info)
{
    const QString who = info.user.isEmpty() ? info.application : info.user;
    const QString since = QLocale().toString(info.since.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("archbench::core::storage", "it is in use by %1 on %2 since %3")
        .arg(who, info.host, since);
}

} // namespace archbench::core::storage
