// ProjectFile: open never touches the target, edits go to the working copy, Save/Save As/
// Save a Copy write complete files atomically (a failure mid-save leaves the target as it
// was and no temporary file), changedOnDisk notices other writers, read-only blocks edits,
// .json opens as an untitled import, and closing cleans up.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/storage/atomicsave.h"
#include "core/storage/projectfile.h"
#include "core/storage/safeopen.h"
#include "core/storage/workingcopy.h"
#include "storagesample.h"
#include "storagetestutil.h"

#include <QSignalSpy>
#include "core/storage/sqliteconnection.h"
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <utime.h>

using namespace archbench::core;
using namespace archbench::core::storage;
using namespace archbench::test;

namespace {

Decision decision(const QString &id)
{
    Decision d;
    d.id = id;
    d.title = QStringLiteral("Title of ") + id;
    return d;
}

std::unique_ptr<ProjectFile> openOk(const QString &path, OpenOptions options = {})
{
    auto file = ProjectFile::open(path, options);
    if (!file)
        qFatal("open failed: %s", qPrintable(file.error().message));
    return std::move(*file);
}

ProjectData readOk(const QString &path)
{
    auto data = readProjectFile(path);
    if (!data)
        qFatal("read failed: %s", qPrintable(data.error().message));
    return *data;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_work;
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        failOnErrorLogs();
        QVERIFY(m_work.isValid() && m_dir.isValid());
        ProjectFile::setWorkingDirectory(m_work.path());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("project.archbench"));
        QFile::remove(m_path);
        writeValidFile(m_path, fullSampleProject());
    }

    void cleanup()
    {
        setSaveFaultHook({});
        QCOMPARE(QDir(m_work.path()).entryList(QDir::Files), QStringList()); // every working copy closed
        QCOMPARE(archbench::core::storage::SqliteConnection::openConnections(), 0);             // every connection removed
    }

    void openEditSave()
    {
        const QByteArray original = fileBytes(m_path);
        auto file = openOk(m_path);
        QCOMPARE(file->path(), QFileInfo(m_path).canonicalFilePath());
        QCOMPARE(file->project()->data(), fullSampleProject());
        QVERIFY(file->holdsLock());
        QVERIFY(QFile::exists(m_path + QStringLiteral(".lock")));
        QVERIFY(QFile::exists(file->workingCopyPath()));
        QVERIFY(!file->hasUnsavedChanges());
        QVERIFY(!file->isReadOnly());

        QVERIFY(file->project()->insert(0, decision(QStringLiteral("new"))));
        QVERIFY(file->hasUnsavedChanges());
        QCOMPARE(fileBytes(m_path), original); // edits never touch the target
        // ... but are already committed to the working copy.
        auto checked = checkProjectFile(file->workingCopyPath());
        QVERIFY2(checked, qPrintable(checked.error().message));

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(file->save());
        QVERIFY(!file->hasUnsavedChanges());
        QVERIFY(!file->changedOnDisk());
        const ProjectData saved = readOk(m_path);
        QCOMPARE(saved.decisions.first().id, QStringLiteral("new"));
        QVERIFY(saved.project.modified >= before);
        QCOMPARE(saved, file->project()->data());
        QCOMPARE(listing(m_dir.path()).size(), 2); // the file and its lock, no temporary files

        const QString working = file->workingCopyPath();
        file.reset();
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
        QVERIFY(!QFile::exists(working));
    }

    void refusedOpenLeavesNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.archbench"));
        writeBytes(bad, "not a project");
        auto file = ProjectFile::open(bad);
        QVERIFY(!file);
        QCOMPARE(file.error().code, ErrorCode::Refused);
        QVERIFY(!QFile::exists(bad + QStringLiteral(".lock")));
        QCOMPARE(fileBytes(bad), QByteArray("not a project"));
    }

    void invalidContentIsRefusedWithItsPath()
    {
        // Structurally fine, but a score names an option that does not exist.
        rawExec(m_path, "UPDATE decision_score SET option_id = 'o9' WHERE position = 0 AND decision_id = 'd1';");
        auto file = ProjectFile::open(m_path);
        QVERIFY(!file);
        QCOMPARE(file.error().code, ErrorCode::Invalid);
        QVERIFY2(file.error().message.contains(QStringLiteral("decisions[0].scores[0].option")),
                 qPrintable(file.error().message));
    }

    void changedOnDisk()
    {
        auto file = openOk(m_path);
        QVERIFY(!file->changedOnDisk());

        // Same bytes, new time: not a change.
        const QByteArray bytes = fileBytes(m_path);
        QVERIFY(::utime(QFile::encodeName(m_path).constData(), nullptr) == 0);
        QVERIFY(!file->changedOnDisk());

        ProjectData other = fullSampleProject();
        other.project.name = QStringLiteral("Someone else's");
        QVERIFY(writeProjectFile(other, m_path));
        QVERIFY(file->changedOnDisk());
        QVERIFY(file->project()->insert(0, decision(QStringLiteral("mine"))));
        const auto refused = file->save();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ChangedOnDisk);
        QCOMPARE(readOk(m_path).project.name, QStringLiteral("Someone else's"));
        QVERIFY(file->save(true));
        QCOMPARE(readOk(m_path).decisions.first().id, QStringLiteral("mine"));
        QVERIFY(!file->changedOnDisk());

        QVERIFY(QFile::remove(m_path));
        QVERIFY(file->changedOnDisk());
        QVERIFY(file->save(true));
        QVERIFY(QFile::exists(m_path));
        Q_UNUSED(bytes);
    }

    void saveAsMovesTargetAndLock()
    {
        auto file = openOk(m_path);
        const QString other = m_dir.filePath(QStringLiteral("other.archbench"));
        QVERIFY(file->project()->remove<Decision>(QStringLiteral("d2")));
        QVERIFY(file->saveAs(other));
        QCOMPARE(file->path(), QFileInfo(other).canonicalFilePath());
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
        QVERIFY(QFile::exists(other + QStringLiteral(".lock")));
        QCOMPARE(readOk(other).decisions.size(), 1);
        QCOMPARE(readOk(m_path).decisions.size(), 2); // the old target is left as it was
        QVERIFY(!file->hasUnsavedChanges());

        const auto json = file->saveAs(m_dir.filePath(QStringLiteral("x.json")));
        QVERIFY(!json);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
        file.reset();
        QFile::remove(other);
    }

    void saveCopyKeepsTarget()
    {
        auto file = openOk(m_path);
        QVERIFY(file->project()->insert(0, decision(QStringLiteral("copied"))));
        const QString copy = m_dir.filePath(QStringLiteral("copy.archbench"));
        const QString json = m_dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(file->saveCopy(copy));
        QVERIFY(file->saveCopy(json));
        QCOMPARE(file->path(), QFileInfo(m_path).canonicalFilePath());
        QVERIFY(file->hasUnsavedChanges());
        QCOMPARE(readOk(copy), file->project()->data());
        QCOMPARE(readOk(json).decisions.first().id, QStringLiteral("copied"));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".lock")));
        QVERIFY(!file->saveCopy(m_path)); // that is Save
        QFile::remove(copy);
        QFile::remove(json);
    }

    void readOnlyBlocksEdits()
    {
        const QByteArray original = fileBytes(m_path);
        auto file = openOk(m_path, OpenOptions{true, false});
        QVERIFY(file->isReadOnly());
        QVERIFY(file->project()->isReadOnly());
        QVERIFY(!file->holdsLock());
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".lock")));
        QVERIFY(file->workingCopyPath().isEmpty());
        QVERIFY(!file->project()->insert(0, decision(QStringLiteral("nope"))));
        QVERIFY(!file->save(true));
        QCOMPARE(fileBytes(m_path), original);

        // Save As turns it into an ordinary, editable project at the new place.
        const QString other = m_dir.filePath(QStringLiteral("writable.archbench"));
        QSignalSpy readOnly(file->project(), &Project::readOnlyChanged);
        QVERIFY(file->saveAs(other));
        QVERIFY(!file->isReadOnly());
        QVERIFY(!file->project()->isReadOnly());
        QVERIFY(file->project()->insert(0, decision(QStringLiteral("yes"))));
        QVERIFY(file->save());
        QCOMPARE(readOk(other).decisions.first().id, QStringLiteral("yes"));
        file.reset();
        QFile::remove(other);
    }

    void jsonOpensAsUntitledImport()
    {
        const QString json = m_dir.filePath(QStringLiteral("import.json"));
        QVERIFY(writeProjectFile(fullSampleProject(), json));
        auto file = openOk(json);
        QVERIFY(file->path().isEmpty());
        const ProjectData imported = file->project()->data();
        const ProjectData sample = fullSampleProject();
        QCOMPARE(imported.project, sample.project);
        QCOMPARE(imported.decisions, sample.decisions);
        QCOMPARE(imported.reviews, sample.reviews);
        QCOMPARE(imported.lenses, sample.lenses);
        QCOMPARE(imported.drills, sample.drills);
        QCOMPARE(imported.costModels, sample.costModels);
        QCOMPARE(file->save().error().code, ErrorCode::NotFound);
        const QString target = m_dir.filePath(QStringLiteral("imported.archbench"));
        QVERIFY(file->saveAs(target));
        QCOMPARE(readOk(target).decisions, fullSampleProject().decisions);
        file.reset();
        QFile::remove(target);
        QFile::remove(json);

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        writeBytes(bad, R"({"format": "archbench-project", "version": 1, "project": {"id": "p"},
                          "decisions": [{"id": "d1", "title": "t", "chosenOption": "o9"}]})");
        auto refused = ProjectFile::open(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("decisions[0].chosenOption")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("bad.json")), qPrintable(refused.error().message));
        QFile::remove(bad);
    }

    void createNewIsUntitledAndValid()
    {
        auto created = ProjectFile::createNew();
        QVERIFY(created);
        auto &file = *created;
        QVERIFY(file->path().isEmpty());
        QVERIFY(!file->project()->info().id.isEmpty());
        QVERIFY(!file->hasUnsavedChanges());
        QVERIFY(interchange::validate(file->project()->data()));
        const QString target = m_dir.filePath(QStringLiteral("new.archbench"));
        QVERIFY(file->saveAs(target));
        QVERIFY(readProjectFile(target));
        file.reset();
        QFile::remove(target);
    }

    void failedSaveLeavesTarget_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("after creating the temporary file") << int(SaveStage::TempCreated);
        QTest::newRow("before the rename") << int(SaveStage::TempWritten);
    }

    void failedSaveLeavesTarget()
    {
        QFETCH(int, stage);
        auto file = openOk(m_path);
        QVERIFY(file->project()->insert(0, decision(QStringLiteral("unsaved"))));
        const QByteArray before = fileBytes(m_path);
        const QStringList around = listing(m_dir.path());
        QString sawTemp;
        setSaveFaultHook([&](SaveStage at, const QString &temp) -> Expected<void> {
            if (int(at) != stage)
                return {};
            sawTemp = temp;
            return makeError(ErrorCode::Io, QStringLiteral("injected failure"));
        });
        const auto saved = file->save();
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(QStringLiteral("injected failure")));
        QVERIFY(!sawTemp.isEmpty());
        QCOMPARE(fileBytes(m_path), before);
        QCOMPARE(listing(m_dir.path()), around);
        QVERIFY(file->hasUnsavedChanges());

        setSaveFaultHook({});
        QVERIFY(file->save());
        QCOMPARE(readOk(m_path).decisions.first().id, QStringLiteral("unsaved"));
    }

    void diskFullMidSaveLeavesTarget()
    {
        // A real write failure: a file size limit makes SQLite's writes to the temporary file
        // fail part-way (EFBIG), as a full disk would.
        ProjectData big = fullSampleProject();
        for (int i = 0; i < 300; ++i)
            big.decisions << decision(QStringLiteral("bulk%1").arg(i));
        auto source = SqliteStore::create(QStringLiteral(":memory:"), big);
        QVERIFY(source);
        const QByteArray before = fileBytes(m_path);
        const QStringList around = listing(m_dir.path());

        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        rlimit limited = old;
        limited.rlim_cur = 64 * 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
        const auto saved = saveDatabaseAtomically((*source)->connection(), m_path);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);

        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QDir::toNativeSeparators(m_path)), qPrintable(saved.error().message));
        QCOMPARE(fileBytes(m_path), before);
        QCOMPARE(listing(m_dir.path()), around);
    }

    void saveIntoMissingFolderFails()
    {
        auto file = openOk(m_path);
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/x.archbench"));
        const auto saved = file->saveAs(nowhere);
        QVERIFY(!saved);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
        QCOMPARE(file->path(), QFileInfo(m_path).canonicalFilePath());
        QVERIFY(file->holdsLock());
    }

    void saveKeepsPermissions()
    {
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QFileDevice::Permissions before = QFile::permissions(m_path);
        auto file = openOk(m_path);
        QVERIFY(file->project()->insert(0, decision(QStringLiteral("p"))));
        QVERIFY(file->save());
        QCOMPARE(QFile::permissions(m_path), before);
    }

    void saveThroughSymlinkReplacesRealFile()
    {
        const QString link = m_dir.filePath(QStringLiteral("link.archbench"));
        QVERIFY(QFile::link(m_path, link));
        auto file = openOk(link);
        QVERIFY(file->project()->insert(0, decision(QStringLiteral("via-link"))));
        QVERIFY(file->save());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readOk(m_path).decisions.first().id, QStringLiteral("via-link"));
        file.reset();
        QFile::remove(link);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
