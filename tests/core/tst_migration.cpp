// Schema versions: a committed fixture of every version opens, migrates (in the copy, never
// in the file) to the current schema and holds exactly its expected content; the migration
// ladder runs its steps in order in one transaction and leaves nothing changed on failure.
//
// Fixtures live in tests/data/storage/ (see the README there). To add the fixture of a new
// schema version, run:  ARCHBENCH_WRITE_FIXTURES=$PWD/tests/data/storage tst_migration writeFixture
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/storage/projectfile.h"
#include "core/storage/safeopen.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitestore.h"
#include "storagesample.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <array>

using namespace archbench::core;
using namespace archbench::core::storage;
using namespace archbench::test;

namespace {

QString fixture(int version, const char *suffix)
{
    return dataPath(QStringLiteral("storage/schema-v%1.%2").arg(version).arg(QLatin1StringView(suffix)));
}

qint64 pragma(SqliteConnection &db, const char *sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

std::unique_ptr<SqliteConnection> memoryWithBaseSchema()
{
    auto db = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
    if (!db || !createSchema(**db))
        qFatal("cannot create a schema in memory");
    return std::move(*db);
}

} // namespace

class TestMigration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { failOnErrorLogs(); }

    void everyVersionMigrates_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= kSchemaVersion; ++v)
            QTest::addRow("schema v%d", v) << v;
    }

    void everyVersionMigrates()
    {
        QFETCH(int, version);
        const QString file = fixture(version, "archbench");
        QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing: every schema version needs one")));
        auto expected = interchange::fromJson(readData(QStringLiteral("storage/schema-v%1.json").arg(version)));
        QVERIFY2(expected, qPrintable(expected.error().message));

        // Work on a copy so that a bug here can never damage the committed fixture.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fixture.archbench"));
        QVERIFY(QFile::copy(file, path));
        const QByteArray before = fileBytes(path);

        auto checked = checkProjectFile(path);
        QVERIFY2(checked, qPrintable(checked.error().message));
        QCOMPARE(checked->schemaVersion, version);
        auto store = copyToStore(*checked, QStringLiteral(":memory:"));
        QVERIFY2(store, qPrintable(store.error().message));
        checked->connection.reset();
        QCOMPARE(pragma((*store)->connection(), "PRAGMA user_version"), qint64(kSchemaVersion));
        QCOMPARE(*actualObjects((*store)->connection()), *expectedObjects(kSchemaVersion));
        auto data = (*store)->load();
        QVERIFY2(data, qPrintable(data.error().message));
        QCOMPARE(*data, *expected);
        QCOMPARE(fileBytes(path), before); // migration never writes the original

        // The same through the front door.
        QTemporaryDir work;
        ProjectFile::setWorkingDirectory(work.path());
        auto opened = ProjectFile::open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE((*opened)->project()->data(), *expected);
        // from schema 7 on a file may remember the team server it came from; older ones do not
        if (version >= 7)
            QCOMPARE((*opened)->serverOrigin(), (ServerOrigin{QStringLiteral("postgresql://dana@db.example/archbench"),
                                                              QStringLiteral("sample"), 7}));
        else
            QVERIFY(!(*opened)->serverOrigin());
        auto working = checkProjectFile((*opened)->workingCopyPath());
        QVERIFY2(working, qPrintable(working.error().message));
        QCOMPARE(working->schemaVersion, kSchemaVersion);
        working->connection.reset();
        opened->reset();
        QCOMPARE(fileBytes(path), before);
    }

    // The ladder is tested with made-up rungs above the current version (v = kSchemaVersion).
    void ladderRunsStepsInOrderInOneTransaction()
    {
        constexpr int v = kSchemaVersion;
        auto db = memoryWithBaseSchema();
        const std::array<MigrationStep, 2> steps{{
            {v + 1, "ALTER TABLE drill ADD COLUMN region TEXT NOT NULL DEFAULT '';"},
            {v + 2, "CREATE TABLE drill_region_note (drill_id TEXT NOT NULL REFERENCES drill (id) ON DELETE CASCADE, "
                    "note TEXT NOT NULL) STRICT; UPDATE drill SET region = 'eu';"},
        }};
        QVERIFY(migrate(*db, v, v + 2, steps));
        QCOMPARE(pragma(*db, "PRAGMA user_version"), v + 2);
        QCOMPARE(pragma(*db, "SELECT count(*) FROM pragma_table_info('drill') WHERE name = 'region'"), 1);
        QCOMPARE(pragma(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'drill_region_note'"), 1);

        // From the first made-up version only the later step runs.
        auto db2 = memoryWithBaseSchema();
        const QByteArray bump = "ALTER TABLE drill ADD COLUMN region TEXT NOT NULL DEFAULT ''; PRAGMA user_version="
                                + QByteArray::number(v + 1) + ";";
        QVERIFY(db2->exec(bump.constData()));
        QVERIFY(migrate(*db2, v + 1, v + 2, steps));
        QCOMPARE(pragma(*db2, "PRAGMA user_version"), v + 2);
    }

    void failedStepChangesNothing()
    {
        constexpr int v = kSchemaVersion;
        auto db = memoryWithBaseSchema();
        const std::array<MigrationStep, 2> steps{{
            {v + 1, "ALTER TABLE drill ADD COLUMN region TEXT NOT NULL DEFAULT '';"},
            {v + 2, "CREATE TABLE drill (id TEXT) STRICT;"}, // already exists: fails
        }};
        const auto result = migrate(*db, v, v + 2, steps);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("schema %1").arg(v + 2)), qPrintable(result.error().message));
        QCOMPARE(pragma(*db, "PRAGMA user_version"), v);
        QCOMPARE(pragma(*db, "SELECT count(*) FROM pragma_table_info('drill') WHERE name = 'region'"), 0);
    }

    void version2AddsTheLoadScale()
    {
        // The real rung 1 -> 2: crossover models of an old file read as linear.
        auto v1 = checkProjectFile(fixture(1, "archbench"));
        QVERIFY2(v1, qPrintable(v1.error().message));
        QCOMPARE(pragma(*v1->connection, "SELECT count(*) FROM pragma_table_info('cost_model') WHERE name = 'load_scale'"), 0);
        auto store = copyToStore(*v1, QStringLiteral(":memory:"));
        QVERIFY2(store, qPrintable(store.error().message));
        QCOMPARE(pragma((*store)->connection(), "SELECT count(*) FROM cost_model WHERE load_scale = 'linear'"),
                 pragma((*store)->connection(), "SELECT count(*) FROM cost_model"));
        // The column refuses anything but the two spellings.
        QVERIFY(!(*store)->connection().exec("UPDATE cost_model SET load_scale = 'ln'"));
    }

    void currentVersionIsNotMigrated()
    {
        auto db = memoryWithBaseSchema();
        QCOMPARE(pragma(*db, "PRAGMA user_version"), qint64(kSchemaVersion));
        QVERIFY(migrate(*db, kSchemaVersion));
        QCOMPARE(*actualObjects(*db), *expectedObjects(kSchemaVersion));
    }

    /// Not a test: writes the fixture of the current version when asked to (see the top).
    void writeFixture()
    {
        const QString dir = qEnvironmentVariable("ARCHBENCH_WRITE_FIXTURES");
        if (dir.isEmpty())
            QSKIP("set ARCHBENCH_WRITE_FIXTURES=<tests/data/storage> to write the current version's fixture");
        const QString base = dir + QStringLiteral("/schema-v%1").arg(kSchemaVersion);
        QFile::remove(base + QStringLiteral(".archbench"));
        auto db = SqliteConnection::open(base + QStringLiteral(".archbench"), SqliteConnection::Mode::Create);
        QVERIFY(db);
        QVERIFY((*db)->exec("PRAGMA page_size=1024;")); // small fixtures; any page size opens
        QVERIFY(createSchema(**db));
        SqliteStore store(std::move(*db));
        const ProjectData sample = fullSampleProject();
        QVERIFY(store.writeAll(sample));
        QVERIFY(store.setServerOrigin(ServerOrigin{QStringLiteral("postgresql://dana@db.example/archbench"), QStringLiteral("sample"), 7}));
        QFile json(base + QStringLiteral(".json"));
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(interchange::toJson(sample));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
