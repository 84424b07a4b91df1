// Saving when the disk fills up (issue 13 §4): the JSON form said "Unknown error" where the
// .archbench form said "database or disk is full". Every whole-file write (the JSON project,
// Markdown and PDF reports) now names the system's reason, and the old file stays whole.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/report/reportexport.h"
#include "core/storage/atomicsave.h"
#include "core/storage/projectfile.h"
#include "common/filesizelimit.h"
#include "storagesample.h"
#include "storagetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <system_error>

using namespace archbench;
using namespace archbench::core;

namespace {
QString systemReason(int error)
{
    return QString::fromStdString(std::generic_category().message(error));
}

/// A project whose JSON is far larger than `bytes`.
ProjectData largerThan(qsizetype bytes)
{
    ProjectData data = test::fullSampleProject();
    while (interchange::toJson(data).size() < 4 * bytes) {
        Decision copy = data.decisions.first();
        copy.id = Project::newId();
        copy.adrNumber = 0; // ADR numbers are unique in a project
        data.decisions << copy;
    }
    return data;
}
} // namespace

class TestAtomicSave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void reasonInWords_data()
    {
        QTest::addColumn<int>("error"); // QFileDevice::FileError
        QTest::addColumn<QString>("qtMessage");
        QTest::addColumn<int>("systemError");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Qt knows") << int(QFileDevice::WriteError) << "Permission denied" << EACCES << "Permission denied";
        QTest::newRow("short write: errno says") << int(QFileDevice::WriteError) << "Unknown error" << ENOSPC
                                                << systemReason(ENOSPC);
        QTest::newRow("empty message: errno says") << int(QFileDevice::WriteError) << "" << EFBIG << systemReason(EFBIG);
        QTest::newRow("nothing known, resource") << int(QFileDevice::ResourceError) << "Unknown error" << 0
                                                 << "the disk is full or another system resource ran out";
        QTest::newRow("nothing known, write") << int(QFileDevice::WriteError) << "" << 0
                                              << "the file could not be written completely (is the disk full?)";
    }

    void reasonInWords()
    {
        QFETCH(int, error);
        QFETCH(QString, qtMessage);
        QFETCH(int, systemError);
        QFETCH(QString, expected);
        QCOMPARE(storage::fileErrorReason(QFileDevice::FileError(error), qtMessage, systemError), expected);
    }

    void writeToAFullDevice()
    {
        if (!QFileInfo(QStringLiteral("/dev/full")).exists())
            QSKIP("no /dev/full here");
        const QByteArray bytes(100 * 1024, 'x');
        for (const QIODevice::OpenMode mode : {QIODevice::OpenMode(QIODevice::WriteOnly | QIODevice::Unbuffered),
                                                QIODevice::OpenMode(QIODevice::WriteOnly)}) {
            QFile full(QStringLiteral("/dev/full"));
            QVERIFY(full.open(mode));
            const auto written = storage::writeFully(full, bytes);
            QVERIFY(!written);
            QCOMPARE(written.error().message, systemReason(ENOSPC));
        }
    }

    void jsonSaveOnAFullDisk_data()
    {
        QTest::addColumn<qint64>("limit");
        // a buffered QSaveFile reported success here and left a truncated file: the short write
        // fell inside Qt's write buffer and surfaced only in commit()
        QTest::newRow("fills up inside the first buffer") << qint64(1000);
        QTest::newRow("fills up part way") << qint64(40000);
    }

    void jsonSaveOnAFullDisk()
    {
        QFETCH(qint64, limit);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.json"));
        ProjectData small;
        small.project.id = QStringLiteral("p");
        small.project.name = QStringLiteral("Old");
        QVERIFY(writeProjectFile(small, path));
        const QByteArray before = test::fileBytes(path);
        QVERIFY(before.size() < limit);
        const ProjectData data = largerThan(limit);

        Expected<void> saved;
        Expected<void> exported;
        {
            test::FileSizeLimit full(limit);
            if (!full.active())
                QSKIP("cannot lower the file size limit here");
            saved = writeProjectFile(data, path);
            exported = writeFileAtomically(dir.filePath(QStringLiteral("report.md")), interchange::toJson(data));
        }
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.endsWith(QStringLiteral(": ") + systemReason(EFBIG)), qPrintable(saved.error().message));
        QVERIFY(saved.error().message.contains(QStringLiteral("review.json")));
        QVERIFY(!saved.error().message.contains(QStringLiteral("Unknown error")));
        QCOMPARE(test::fileBytes(path), before); // the old file is whole
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.endsWith(systemReason(EFBIG)), qPrintable(exported.error().message));
        // no temporary file left behind, no report written
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("review.json")});

        // with room again the same save goes through
        QVERIFY(writeProjectFile(data, path));
        const auto reread = readProjectFile(path);
        QVERIFY(reread);
        QCOMPARE(reread->decisions.size(), data.decisions.size());
    }
};

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
