#include "workingcopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace archbench::core::storage {

namespace {

QString &directoryOverride()
{
    static QString path;
    return path;
}

/// Start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), 0 if unknown.
qint64 processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? fields[19].toLongLong() : 0;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

DiskStamp DiskStamp::of(const QString &path)
{
    DiskStamp stamp;
    const QFileInfo info(path);
    if (!info.isFile())
        return stamp;
    stamp.size = info.size();
    stamp.modified = info.lastModified().toUTC();
    stamp.sha256 = sha256Of(path);
    return stamp;
}

bool DiskStamp::matches(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isFile())
        return size < 0;
    if (info.size() != size)
        return false;
    if (info.lastModified().toUTC() == modified)
        return true;
    return sha256Of(path) == sha256;
}

WorkingCopyOwner WorkingCopyOwner::current()
{
    WorkingCopyOwner owner;
    owner.pid = QCoreApplication::applicationPid();
    owner.processStart = processStartTime(owner.pid);
    owner.host = QSysInfo::machineHostName();
    owner.bootId = QString::fromLatin1(QSysInfo::bootUniqueId());
    return owner;
}

bool WorkingCopyOwner::mayBeAlive() const
{
    const WorkingCopyOwner self = current();
    if (host != self.host)
        return true; // cannot see processes of another machine: never offer its working copies
    if (!bootId.isEmpty() && !self.bootId.isEmpty() && bootId != self.bootId)
        return false; // the machine restarted since
    if (pid == self.pid)
        return processStart == self.processStart; // ourselves, or a dead namesake of our PID
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    // The PID exists; if we know when the owner started, a different start time means the
    // PID was reused by another process.
    const qint64 start = processStartTime(pid);
    return !(processStart != 0 && start != 0 && start != processStart);
#else
    return true;
#endif
}

QString WorkingCopy::directory()
{
    if (!directoryOverride().isEmpty())
        return directoryOverride();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/working");
}

void WorkingCopy::setDirectoryOverride(const QString &path)
{
    directoryOverride() = path;
}

WorkingCopy WorkingCopy::allocate()
{
    const QString dir = directory();
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        // Working copies hold whole projects: only their owner may look inside.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return at(dir + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
              + QStringLiteral(".archbench"));
}

WorkingCopy WorkingCopy::at(const QString &databasePath)
{
    WorkingCopy copy;
    copy.m_databasePath = databasePath;
    return copy;
}

QList<WorkingCopy> WorkingCopy::all()
{
    QList<WorkingCopy> out;
    const QDir dir(directory());
    const QStringList sidecars = dir.entryList({QStringLiteral("*.archbench.json")}, QDir::Files, QDir::Name);
    for (const QString &name : sidecars)
        out << at(dir.filePath(name.chopped(int(qstrlen(".json")))));
    return out;
}

QString WorkingCopy::sidecarPath() const
{
    return m_databasePath + QStringLiteral(".json");
}

Expected<void> WorkingCopy::writeSidecar(const WorkingCopySidecar &s) const
{
    QJsonObject owner{{QStringLiteral("pid"), s.owner.pid},
                      {QStringLiteral("processStart"), QString::number(s.owner.processStart)},
                      {QStringLiteral("host"), s.owner.host},
                      {QStringLiteral("bootId"), s.owner.bootId}};
    QJsonObject target{{QStringLiteral("size"), s.target.size},
                       {QStringLiteral("modified"), s.target.modified.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("sha256"), QString::fromLatin1(s.target.sha256.toHex())}};
    QJsonObject root{{QStringLiteral("originalPath"), s.originalPath},
                     {QStringLiteral("projectName"), s.projectName},
                     {QStringLiteral("opened"), s.opened.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("owner"), owner},
                     {QStringLiteral("target"), target}};
    QSaveFile file(sidecarPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return makeError(ErrorCode::Io, file.errorString());
    return {};
}

Expected<WorkingCopySidecar> WorkingCopy::readSidecar() const
{
    QFile file(sidecarPath());
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return makeError(ErrorCode::NotFound, file.errorString());
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("unreadable sidecar %1").arg(sidecarPath()));
    WorkingCopySidecar s;
    s.originalPath = root.value(QStringLiteral("originalPath")).toString();
    s.projectName = root.value(QStringLiteral("projectName")).toString();
    s.opened = QDateTime::fromString(root.value(QStringLiteral("opened")).toString(), Qt::ISODateWithMs);
    const QJsonObject owner = root.value(QStringLiteral("owner")).toObject();
    s.owner.pid = qint64(owner.value(QStringLiteral("pid")).toDouble());
    s.owner.processStart = owner.value(QStringLiteral("processStart")).toString().toLongLong();
    s.owner.host = owner.value(QStringLiteral("host")).toString();
    s.owner.bootId = owner.value(QStringLiteral("bootId")).toString();
    const QJsonObject target = root.value(QStringLiteral("target")).toObject();
    s.target.size = qint64(target.value(QStringLiteral("size")).toDouble(-1));
    s.target.modified = QDateTime::fromString(target.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    s.target.sha256 = QByteArray::fromHex(target.value(QStringLiteral("sha256")).toString().toLatin1());
    return s;
}

void WorkingCopy::remove() const
{
    QFile::remove(m_databasePath);
    QFile::remove(m_databasePath + QStringLiteral("-journal"));
    QFile::remove(sidecarPath());
}

} // namespace archbench::core::storage
