// Two sessions, one file: the lock beside the project names its holder (user, host, since),
// a second session is refused with Locked (in this process and from another process) but may
// open read-only or "anyway", a killed holder's lock is cleared, and a lock of another host
// is never taken over silently but can be broken explicitly.
#include "common/testsupport.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectlock.h"
#include "storagesample.h"
#include "storagetestutil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

using namespace archbench::core;
using namespace archbench::core::storage;
using namespace archbench::test;

namespace {

/// Starts storage_child in `mode` on `path` and waits for its first line.
QByteArray startChild(QProcess &child, const QString &workDir, const QString &mode, const QString &path)
{
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(STORAGE_CHILD), {workDir, mode, path});
    if (!child.waitForStarted())
        return "not started";
    if (!child.waitForReadyRead(30000))
        return "no answer";
    return child.readLine().trimmed();
}

void killChild(QProcess &child)
{
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished();
}

} // namespace

class TestLock : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_work;
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        failOnErrorLogs();
        ProjectFile::setWorkingDirectory(m_work.path());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("shared.archbench"));
        QFile::remove(m_path);
        writeValidFile(m_path, fullSampleProject());
    }

    void secondSessionInThisProcess()
    {
        auto first = ProjectFile::open(m_path);
        QVERIFY(first);
        QVERIFY((*first)->holdsLock());

        auto second = ProjectFile::open(m_path);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Locked);
        const QString message = second.error().message;
        QVERIFY2(message.contains(QStringLiteral("in use by ")), qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(ProjectLock::currentUser()), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(m_path)), qPrintable(message));

        const auto holder = ProjectFile::lockHolder(m_path);
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        QCOMPARE(holder->user, ProjectLock::currentUser());
        QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // Breaking the lock of a live session is refused.
        QVERIFY(!ProjectFile::breakLock(m_path));

        auto readOnly = ProjectFile::open(m_path, OpenOptions{true, false});
        QVERIFY(readOnly);
        QVERIFY((*readOnly)->isReadOnly());
        auto anyway = ProjectFile::open(m_path, OpenOptions{false, true});
        QVERIFY(anyway);
        QVERIFY(!(*anyway)->holdsLock());
        QVERIFY(!(*anyway)->isReadOnly());
        anyway->reset();
        QVERIFY(QFile::exists(ProjectLock::lockPathFor(QFileInfo(m_path).canonicalFilePath()))); // not its lock

        first->reset();
        QVERIFY(!ProjectFile::lockHolder(m_path));
        auto third = ProjectFile::open(m_path);
        QVERIFY2(third, qPrintable(third.error().message));
    }

    void holderInAnotherProcessThenKilled()
    {
        QProcess child;
        QCOMPARE(startChild(child, m_work.path(), QStringLiteral("hold"), m_path), QByteArray("ready"));

        auto refused = ProjectFile::open(m_path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QVERIFY2(refused.error().message.contains(QSysInfo::machineHostName()), qPrintable(refused.error().message));
        const auto holder = ProjectFile::lockHolder(m_path);
        QVERIFY(holder);
        QCOMPARE(holder->pid, child.processId());
        QCOMPARE(holder->application, QStringLiteral("storage_child"));
        QVERIFY(!ProjectFile::breakLock(m_path));

        killChild(child);
        // The lock file is still there, but its process is gone: the next open clears it.
        QVERIFY(ProjectFile::lockHolder(m_path));
        auto opened = ProjectFile::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY((*opened)->holdsLock());
        QCOMPARE(ProjectFile::lockHolder(m_path)->pid, QCoreApplication::applicationPid());
        opened->reset();
        // The killed child's working copy is left for recovery; clean it up here.
        for (const RecoveryCandidate &c : ProjectFile::recoverable())
            ProjectFile::discardRecoverable(c);
    }

    void childRefusedWhileWeHoldIt()
    {
        auto mine = ProjectFile::open(m_path);
        QVERIFY(mine);
        QProcess child;
        const QByteArray answer = startChild(child, m_work.path(), QStringLiteral("hold"), m_path);
        child.waitForFinished();
        QVERIFY2(answer.startsWith("error "), answer.constData());
        QVERIFY2(answer.contains("in use by"), answer.constData());
        QCOMPARE(child.exitCode(), 2);
    }

    void lockOfAnotherHostIsNeverStale()
    {
        const QString canonical = QFileInfo(m_path).canonicalFilePath();
        // As another machine on a shared folder would leave it (QLockFile's lines, then ours).
        writeBytes(ProjectLock::lockPathFor(canonical),
                   "4242\nArchbench\nfar-away-host\nother-machine-id\nother-boot-id\n"
                   "archbench-user=zoe\narchbench-since=2026-11-27T08:00:00Z\n");
        auto refused = ProjectFile::open(m_path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QVERIFY2(refused.error().message.contains(QStringLiteral("in use by zoe on far-away-host since")),
                 qPrintable(refused.error().message));
        const auto holder = ProjectFile::lockHolder(m_path);
        QVERIFY(holder);
        QCOMPARE(holder->user, QStringLiteral("zoe"));
        QCOMPARE(holder->since, QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc()));

        QVERIFY(ProjectFile::breakLock(m_path)); // the explicit act
        auto opened = ProjectFile::open(m_path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(ProjectFile::lockHolder(m_path)->user, ProjectLock::currentUser());
    }

    void readOnlyFolderOpensReadOnly()
    {
        // Root may create files anywhere, so the folder is made read-only for "nobody" and
        // the child process runs as that user.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (::geteuid() == 0 && setpriv.isEmpty())
            QSKIP("running as root without setpriv: a read-only folder cannot be made");
        QTemporaryDir shared(QStringLiteral("/tmp/archbench-ro-XXXXXX"));
        QTemporaryDir work(QStringLiteral("/tmp/archbench-work-XXXXXX"));
        const QString file = shared.filePath(QStringLiteral("readonly.archbench"));
        writeValidFile(file, fullSampleProject());
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(shared.path(), all));
        QVERIFY(QFile::setPermissions(work.path(), all | QFileDevice::WriteOther));
        const QByteArray before = fileBytes(file);

        QProcess child;
        if (::geteuid() == 0)
            child.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral(STORAGE_CHILD), work.path(),
                                  QStringLiteral("hold"), file});
        else
            child.start(QStringLiteral(STORAGE_CHILD), {work.path(), QStringLiteral("hold"), file});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(30000));
        const QByteArray answer = child.readLine().trimmed();
        killChild(child);
        if (answer.contains("Permission denied") && answer.contains(QFile::encodeName(QStringLiteral(STORAGE_CHILD))))
            QSKIP("the unprivileged user cannot run the helper from this build folder");
        QCOMPARE(answer, QByteArray("ready read-only"));
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(listing(shared.path()).size(), 1);
        QDir(work.path()).removeRecursively();
    }

    void saveAsOntoLockedFileIsRefused()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.archbench"));
        writeValidFile(other, fullSampleProject());
        auto holder = ProjectFile::open(other);
        QVERIFY(holder);
        const QByteArray before = fileBytes(other);

        auto mine = ProjectFile::open(m_path);
        QVERIFY(mine);
        const auto saved = (*mine)->saveAs(other);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Locked);
        QVERIFY(!(*mine)->saveCopy(other));
        QCOMPARE(fileBytes(other), before);
        QCOMPARE((*mine)->path(), QFileInfo(m_path).canonicalFilePath());
    }
};

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
