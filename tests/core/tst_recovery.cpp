// Crash recovery: a process that edits a project and is killed (SIGKILL, no clean-up) leaves
// a working copy that the next session lists (name, original path, time) and reopens with
// exactly the edits that were committed; the working copy of a live session is never
// offered; killing a process in the middle of saves never leaves a broken target.
#include "common/testsupport.h"
#include "core/storage/projectfile.h"
#include "core/storage/safeopen.h"
#include "storagesample.h"
#include "storagetestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace archbench::core;
using namespace archbench::test;

namespace {

/// The project after edits 1..n of storage_child (see storagechild.cpp).
bool holdsExactlyEdits(const ProjectData &data, int n, const ProjectData &base)
{
    if (n > 0 && data.project.name != QStringLiteral("edit %1").arg(n))
        return false;
    if (data.decisions.size() != base.decisions.size() + n)
        return false;
    for (int i = 1; i <= n; ++i) {
        const Decision &d = data.decisions[base.decisions.size() + i - 1];
        if (d.id != QStringLiteral("edit-%1").arg(i) || d.title != QStringLiteral("Decision %1").arg(i))
            return false;
    }
    return true;
}

/// Reads lines of `child` until one starts with `prefix` followed by a number >= `atLeast`.
int waitForCount(QProcess &child, const QByteArray &prefix, int atLeast)
{
    int last = 0;
    while (last < atLeast) {
        if (!child.canReadLine() && !child.waitForReadyRead(30000)) {
            qWarning("child gave no line: state %d, exit %d, stderr %s", int(child.state()), child.exitCode(),
                     child.readAllStandardError().constData());
            return -1;
        }
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith(prefix))
                last = line.mid(prefix.size()).toInt();
            else if (line.startsWith("error") || line.startsWith("storage failed"))
                qWarning("child: %s", line.constData());
        }
    }
    return last;
}

int drainCount(QProcess &child, const QByteArray &prefix, int last)
{
    const QList<QByteArray> rest = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : rest)
        if (line.startsWith(prefix))
            last = line.mid(prefix.size()).toInt();
    return last;
}

} // namespace

class TestRecovery : public QObject {
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
        m_path = m_dir.filePath(QStringLiteral("project.archbench"));
        QFile::remove(m_path);
        writeValidFile(m_path, fullSampleProject());
        QVERIFY(ProjectFile::recoverable().isEmpty());
    }

    void cleanup()
    {
        for (const RecoveryCandidate &c : ProjectFile::recoverable())
            ProjectFile::discardRecoverable(c);
    }

    void killedAfterEditsIsRecoveredExactly()
    {
        const QByteArray target = fileBytes(m_path);
        QProcess child;
        child.start(QStringLiteral(STORAGE_CHILD), {m_work.path(), QStringLiteral("edit"), m_path, QStringLiteral("5")});
        QCOMPARE(waitForCount(child, "committed ", 5), 5);

        // While the owner lives, its working copy is not offered.
        QVERIFY(ProjectFile::recoverable().isEmpty());

        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();

        const QList<RecoveryCandidate> candidates = ProjectFile::recoverable();
        QCOMPARE(candidates.size(), 1);
        const RecoveryCandidate &c = candidates.first();
        QCOMPARE(c.originalPath, QFileInfo(m_path).canonicalFilePath());
        QCOMPARE(c.projectName, QStringLiteral("edit 5"));
        QVERIFY(qAbs(c.lastEdit.secsTo(QDateTime::currentDateTime())) < 120);
        QCOMPARE(fileBytes(m_path), target); // edits never reached the target

        auto recovered = ProjectFile::recover(c);
        QVERIFY2(recovered, qPrintable(recovered.error().message));
        ProjectFile &file = **recovered;
        QVERIFY(holdsExactlyEdits(file.project()->data(), 5, fullSampleProject()));
        QCOMPARE(file.path(), QFileInfo(m_path).canonicalFilePath());
        QVERIFY(file.hasUnsavedChanges());
        QVERIFY(file.holdsLock()); // the killed child's stale lock was cleared
        QVERIFY(!QFile::exists(c.workingCopyPath));
        QVERIFY(ProjectFile::recoverable().isEmpty());

        QVERIFY(file.save());
        auto saved = readProjectFile(m_path);
        QVERIFY(saved);
        QVERIFY(holdsExactlyEdits(*saved, 5, fullSampleProject()));
    }

    void killedDuringEditsLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("waitFor");
        for (int n : {1, 17, 60})
            QTest::addRow("after %d edits", n) << n;
    }

    void killedDuringEditsLosesNothingCommitted()
    {
        QFETCH(int, waitFor);
        QProcess child;
        child.start(QStringLiteral(STORAGE_CHILD), {m_work.path(), QStringLiteral("edit"), m_path, QStringLiteral("0")});
        int seen = waitForCount(child, "committed ", waitFor);
        QVERIFY(seen >= waitFor);
        ::kill(pid_t(child.processId()), SIGKILL); // in the middle of the next edit, most likely
        child.waitForFinished();
        seen = drainCount(child, "committed ", seen);

        const auto candidates = ProjectFile::recoverable();
        QCOMPARE(candidates.size(), 1);
        auto recovered = ProjectFile::recover(candidates.first());
        QVERIFY2(recovered, qPrintable(recovered.error().message));
        const ProjectData data = (*recovered)->project()->data();
        // Every edit it reported is there; at most the one in flight (committed, not yet
        // reported) is there too; never half an edit.
        const int n = int(data.decisions.size() - fullSampleProject().decisions.size());
        QVERIFY2(n == seen || n == seen + 1, qPrintable(QStringLiteral("seen %1, recovered %2").arg(seen).arg(n)));
        QVERIFY(holdsExactlyEdits(data, n, fullSampleProject()));
    }

    void killedMidTypingLosesAtMostThePause_data()
    {
        QTest::addColumn<bool>("settled");
        QTest::addRow("while typing") << false;
        QTest::addRow("after the pause") << true;
    }

    void killedMidTypingLosesAtMostThePause()
    {
        // Typing reaches the working copy after Project::kWritePauseMs without a keystroke:
        // killed in the middle of a word, the recovered project lacks that word and nothing
        // else; killed after the pause, it holds every letter.
        QFETCH(bool, settled);
        const QString typed = QStringLiteral(" (reviewed)");
        QProcess child;
        child.start(QStringLiteral(STORAGE_CHILD), {m_work.path(), QStringLiteral("type"), m_path, typed});
        if (settled)
            QCOMPARE(waitForCount(child, "typed ", int(typed.size())), int(typed.size()));
        else
            QVERIFY(waitForCount(child, "typed ", 5) >= 5);
        if (settled) {
            bool sawSettled = false;
            while (!sawSettled && (child.canReadLine() || child.waitForReadyRead(30000)))
                sawSettled = child.readLine().trimmed() == "settled";
            QVERIFY(sawSettled);
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();

        const auto candidates = ProjectFile::recoverable();
        QCOMPARE(candidates.size(), 1);
        auto recovered = ProjectFile::recover(candidates.first());
        QVERIFY2(recovered, qPrintable(recovered.error().message));
        ProjectData expected = fullSampleProject();
        if (settled)
            expected.decisions[0].title += typed;
        QCOMPARE((*recovered)->project()->data().decisions[0].title, expected.decisions[0].title);
        QCOMPARE((*recovered)->project()->data(), expected);
    }

    void untitledProjectIsRecoverable()
    {
        QProcess child;
        child.start(QStringLiteral(STORAGE_CHILD), {m_work.path(), QStringLiteral("edit"), QStringLiteral("-"),
                                                    QStringLiteral("3")});
        QCOMPARE(waitForCount(child, "committed ", 3), 3);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        const auto candidates = ProjectFile::recoverable();
        QCOMPARE(candidates.size(), 1);
        QVERIFY(candidates.first().originalPath.isEmpty());
        QCOMPARE(candidates.first().projectName, QStringLiteral("edit 3"));
        auto recovered = ProjectFile::recover(candidates.first());
        QVERIFY2(recovered, qPrintable(recovered.error().message));
        QVERIFY((*recovered)->path().isEmpty());
        QVERIFY(holdsExactlyEdits((*recovered)->project()->data(), 3, ProjectData{}));
    }

    void discardRemovesTheWorkingCopy()
    {
        QProcess child;
        child.start(QStringLiteral(STORAGE_CHILD), {m_work.path(), QStringLiteral("edit"), m_path, QStringLiteral("1")});
        QCOMPARE(waitForCount(child, "committed ", 1), 1);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        const auto candidates = ProjectFile::recoverable();
        QCOMPARE(candidates.size(), 1);
        ProjectFile::discardRecoverable(candidates.first());
        QVERIFY(ProjectFile::recoverable().isEmpty());
        QCOMPARE(QDir(m_work.path()).entryList(QDir::Files), QStringList());
    }

    void killedDuringSavesLeavesACompleteTarget()
    {
        for (int round = 0; round < 3; ++round) {
            QProcess child;
            child.start(QStringLiteral(STORAGE_CHILD), {m_work.path(), QStringLiteral("editsave"), m_path});
            const int wanted = 2 + int(QRandomGenerator::global()->bounded(8));
            int seen = waitForCount(child, "saved ", wanted);
            QVERIFY(seen >= wanted);
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished();
            seen = drainCount(child, "saved ", seen);

            // The target is a complete file holding the last save or the one in flight.
            auto checked = archbench::core::storage::checkProjectFile(m_path);
            QVERIFY2(checked, qPrintable(checked.error().message));
            checked->connection.reset();
            auto data = readProjectFile(m_path);
            QVERIFY2(data, qPrintable(data.error().message));
            const int n = int(data->decisions.size() - fullSampleProject().decisions.size() - 0);
            QVERIFY2(n == seen || n == seen + 1, qPrintable(QStringLiteral("saved %1, file has %2").arg(seen).arg(n)));
            // No temporary file survives beside it except possibly the one being written.
            const QStringList temps = QDir(m_dir.path()).entryList({QStringLiteral(".*.saving")}, QDir::Files | QDir::Hidden);
            QVERIFY(temps.size() <= 1);
            for (const QString &t : temps)
                QFile::remove(m_dir.filePath(t));
            cleanup();
            writeValidFile(m_path + QStringLiteral(".tmp"), fullSampleProject());
            QFile::remove(m_path);
            QFile::rename(m_path + QStringLiteral(".tmp"), m_path);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
