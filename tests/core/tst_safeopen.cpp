// checkProjectFile/copyToStore: every hostile or broken file is refused with a message that
// names the file and the reason, the file stays byte-identical, nothing appears beside it,
// and a good file (also behind a symlink or with URI-like characters in its name) opens.
#include "common/testsupport.h"
#include "core/storage/safeopen.h"
#include "core/storage/schema.h"
#include "storagesample.h"
#include "storagetestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include "core/storage/sqliteconnection.h"
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace archbench::core;
using namespace archbench::core::storage;
using namespace archbench::test;

class TestSafeOpen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeHostileFile(const QString &kind)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".archbench"));
        QFile::remove(path);
        const auto valid = [&] { writeValidFile(path, fullSampleProject()); };
        if (kind == QLatin1StringView("empty")) {
            writeBytes(path, {});
        } else if (kind == QLatin1StringView("tiny")) {
            writeBytes(path, "SQLite format 3");
        } else if (kind == QLatin1StringView("text")) {
            writeBytes(path, "{\"format\": \"archbench-project\"}\n");
        } else if (kind == QLatin1StringView("random")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator rng(42);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            writeBytes(path, bytes);
        } else if (kind == QLatin1StringView("random-after-header")) {
            valid();
            QByteArray bytes = fileBytes(path);
            QRandomGenerator rng(7);
            for (qsizetype i = 100; i < bytes.size(); ++i)
                bytes[i] = char(rng.bounded(256));
            writeBytes(path, bytes);
        } else if (kind == QLatin1StringView("truncated")) {
            valid();
            writeBytes(path, fileBytes(path).left(fileBytes(path).size() / 2));
        } else if (kind == QLatin1StringView("truncated-odd")) {
            valid();
            writeBytes(path, fileBytes(path).left(5000));
        } else if (kind == QLatin1StringView("damaged-page")) {
            valid();
            QByteArray bytes = fileBytes(path);
            for (qsizetype i = 4096 * 3 + 8; i < 4096 * 3 + 200; ++i)
                bytes[i] = char(0xA5);
            writeBytes(path, bytes);
        } else if (kind == QLatin1StringView("foreign")) {
            rawExec(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x');");
        } else if (kind == QLatin1StringView("wrong-app-id")) {
            valid();
            rawExec(path, "PRAGMA application_id=1234567;");
        } else if (kind == QLatin1StringView("newer")) {
            valid();
            const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(kSchemaVersion + 1) + ";";
            rawExec(path, sql.constData());
        } else if (kind == QLatin1StringView("no-version")) {
            valid();
            rawExec(path, "PRAGMA user_version=0;");
        } else if (kind == QLatin1StringView("trigger")) {
            valid();
            rawExec(path, "CREATE TRIGGER evil AFTER INSERT ON decision BEGIN DELETE FROM decision; END;");
        } else if (kind == QLatin1StringView("view")) {
            valid();
            rawExec(path, "CREATE VIEW decision_view AS SELECT * FROM decision;");
        } else if (kind == QLatin1StringView("extra-table")) {
            valid();
            rawExec(path, "CREATE TABLE extra (x TEXT);");
        } else if (kind == QLatin1StringView("extra-index")) {
            valid();
            rawExec(path, "CREATE INDEX decision_title ON decision (title);");
        } else if (kind == QLatin1StringView("altered-table")) {
            valid();
            rawExec(path, "ALTER TABLE decision ADD COLUMN extra TEXT;");
        } else if (kind == QLatin1StringView("missing-table")) {
            valid();
            rawExec(path, "DROP TABLE cost_step;");
        } else if (kind == QLatin1StringView("orphan-rows")) {
            valid();
            rawExec(path, "PRAGMA foreign_keys=OFF; INSERT INTO decision_score VALUES ('ghost', 0, 'o', 'c', 1, '');");
        } else if (kind == QLatin1StringView("wal")) {
            valid();
            rawExec(path, "PRAGMA journal_mode=WAL;");
        } else if (kind == QLatin1StringView("hot-journal")) {
            // A writer that died mid-transaction: its rollback journal still lies beside the file.
            valid();
            sqlite3 *db = nullptr;
            sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_exec(db, "PRAGMA cache_size=1; BEGIN IMMEDIATE; UPDATE decision_score SET rationale = "
                             "rationale || 'changed'; UPDATE decision SET title = 'half-written';",
                         nullptr, nullptr, nullptr);
            const QByteArray journal = fileBytes(path + QStringLiteral("-journal"));
            const QByteArray halfWritten = fileBytes(path);
            sqlite3_exec(db, "ROLLBACK;", nullptr, nullptr, nullptr);
            sqlite3_close(db);
            writeBytes(path, halfWritten);
            writeBytes(path + QStringLiteral("-journal"), journal);
        } else if (kind == QLatin1StringView("folder")) {
            QDir().mkpath(path);
        } else if (kind == QLatin1StringView("fifo")) {
            ::mkfifo(QFile::encodeName(path).constData(), 0600);
        } else if (kind == QLatin1StringView("missing")) {
            // nothing
        } else {
            qFatal("unknown kind %s", qPrintable(kind));
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        failOnErrorLogs();
        QVERIFY(m_dir.isValid());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("code");
        const int refused = int(ErrorCode::Refused);
        QTest::newRow("missing") << "missing" << "does not exist" << int(ErrorCode::NotFound);
        QTest::newRow("folder") << "folder" << "folder" << refused;
        QTest::newRow("fifo") << "fifo" << "not a regular file" << refused;
        QTest::newRow("empty") << "empty" << "empty" << refused;
        QTest::newRow("tiny") << "tiny" << "not an Archbench project" << refused;
        QTest::newRow("text") << "text" << "not an Archbench project" << refused;
        QTest::newRow("random bytes") << "random" << "not an Archbench project" << refused;
        QTest::newRow("random after header") << "random-after-header" << "damaged" << refused;
        QTest::newRow("truncated") << "truncated" << "damaged" << refused;
        QTest::newRow("truncated mid-page") << "truncated-odd" << "damaged" << refused;
        QTest::newRow("damaged page") << "damaged-page" << "damaged" << refused;
        QTest::newRow("foreign SQLite") << "foreign" << "made by another program" << refused;
        QTest::newRow("wrong application id") << "wrong-app-id" << "made by another program" << refused;
        QTest::newRow("newer schema")
            << "newer"
            << QStringLiteral("created by a newer Archbench (schema %1); this version reads up to %2")
                   .arg(kSchemaVersion + 1)
                   .arg(kSchemaVersion)
            << refused;
        QTest::newRow("no schema version") << "no-version" << "no schema version" << refused;
        QTest::newRow("planted trigger") << "trigger" << "a trigger \"evil\"" << refused;
        QTest::newRow("planted view") << "view" << "a view \"decision_view\"" << refused;
        QTest::newRow("extra table") << "extra-table" << "a table \"extra\"" << refused;
        QTest::newRow("extra index") << "extra-index" << "an index \"decision_title\"" << refused;
        QTest::newRow("altered table") << "altered-table" << "not as Archbench defines it" << refused;
        QTest::newRow("missing table") << "missing-table" << "is missing" << refused;
        QTest::newRow("orphan rows") << "orphan-rows" << "without their parent" << refused;
        QTest::newRow("WAL mode") << "wal" << "write-ahead logging" << refused;
        QTest::newRow("hot journal beside it") << "hot-journal" << "half-written" << refused;
    }

    void refuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, phrase);
        QFETCH(int, code);
        const QString path = makeHostileFile(kind);
        const QByteArray before = fileBytes(path);
        const QStringList around = listing(m_dir.path());

        auto checked = checkProjectFile(path);
        QVERIFY(!checked);
        const QString message = checked.error().message;
        QVERIFY2(message.contains(phrase), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QCOMPARE(int(checked.error().code), code);

        QCOMPARE(fileBytes(path), before);
        QCOMPARE(listing(m_dir.path()), around);
        QCOMPARE(QFileInfo::exists(path), kind != QLatin1StringView("missing"));
        QCOMPARE(archbench::core::storage::SqliteConnection::openConnections(), 0); // refused: its connection is gone
    }

    void unreadableFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("secret.archbench"));
        writeValidFile(path, fullSampleProject());
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (::geteuid() != 0) {
            auto checked = checkProjectFile(path);
            QVERIFY(!checked);
            QVERIFY2(checked.error().message.contains(QStringLiteral("cannot be read")),
                     qPrintable(checked.error().message));
            return;
        }
        // Root reads any file, so ask the same question as an unprivileged user: the
        // command-line validator runs under setpriv as "nobody" and must refuse the file.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: no way to drop the read permission");
        QTemporaryDir open(QStringLiteral("/tmp/archbench-perm-XXXXXX"));
        QVERIFY(QFile::setPermissions(open.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                       | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                       | QFileDevice::ExeOther));
        const QString target = open.filePath(QStringLiteral("secret.archbench"));
        QVERIFY(QFile::copy(path, target));
        QVERIFY(QFile::setPermissions(target, QFileDevice::WriteOwner));
        QProcess probe;
        probe.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("test"), QStringLiteral("-r"),
                              target});
        QVERIFY(probe.waitForFinished());
        if (probe.exitCode() == 0)
            QSKIP("the unprivileged user can still read the file (file system ignores modes)");
        QProcess validate;
        validate.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                 QStringLiteral("--clear-groups"), archbenchExecutable(),
                                 QStringLiteral("validate"), target});
        QVERIFY(validate.waitForFinished(30000));
        const QString err = QString::fromUtf8(validate.readAllStandardError());
        if (validate.exitCode() == 126
            || (err.contains(QStringLiteral("Permission denied")) && !err.contains(target)))
            QSKIP("the unprivileged user cannot run the archbench binary from this build folder");
        QCOMPARE(validate.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("cannot be read")) && err.contains(target), qPrintable(err));
    }

    void goodFileOpensAndCopies()
    {
        const QString path = m_dir.filePath(QStringLiteral("good.archbench"));
        writeValidFile(path, fullSampleProject());
        const QByteArray before = fileBytes(path);
        {
            auto checked = checkProjectFile(path);
            QVERIFY2(checked, qPrintable(checked.error().message));
            QCOMPARE(checked->schemaVersion, kSchemaVersion);
            auto store = copyToStore(*checked, QStringLiteral(":memory:"));
            QVERIFY2(store, qPrintable(store.error().message));
            auto data = (*store)->load();
            QVERIFY(data);
            QCOMPARE(*data, fullSampleProject());
        }
        QCOMPARE(fileBytes(path), before);
    }

    void symlinkAndUriLikeNames()
    {
        const QString weird = m_dir.filePath(QStringLiteral("file:odd?mode=memory#x.archbench"));
        writeValidFile(weird, fullSampleProject());
        const QString link = m_dir.filePath(QStringLiteral("link.archbench"));
        QVERIFY(QFile::link(weird, link));
        for (const QString &path : {weird, link}) {
            auto checked = checkProjectFile(path);
            QVERIFY2(checked, qPrintable(checked.error().message));
            QCOMPARE(checked->path, QFileInfo(weird).canonicalFilePath());
        }
        // A relative name starting with "file:" is not taken as a URI either.
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        auto relative = checkProjectFile(QStringLiteral("file:odd?mode=memory#x.archbench"));
        QDir::setCurrent(cwd);
        QVERIFY2(relative, qPrintable(relative.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSafeOpen)
#include "tst_safeopen.moc"
