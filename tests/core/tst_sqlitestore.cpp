// SqliteStore: every field survives a write and a read, each edit is one transaction that
// rewrites its aggregate, removals cascade to child rows, order is kept, a failing write
// leaves the database as it was, and the schema is STRICT with foreign keys on.
#include "common/testsupport.h"
#include "core/project.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitestore.h"
#include "storagesample.h"

#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <sqlite3.h>
#include <QTest>
#include <cmath>

using namespace archbench::core;
using namespace archbench::core::storage;

namespace {

std::unique_ptr<SqliteStore> storeWith(const ProjectData &data, const QString &path = QStringLiteral(":memory:"))
{
    auto store = SqliteStore::create(path, data);
    if (!store)
        qFatal("create failed: %s", qPrintable(store.error().message));
    return std::move(*store);
}

ProjectData loaded(SqliteStore &store)
{
    auto data = store.load();
    if (!data)
        qFatal("load failed: %s", qPrintable(data.error().message));
    return *data;
}

qint64 count(SqliteStore &store, const char *sql)
{
    auto n = store.connection().queryInt(sql);
    return n ? *n : -1;
}

} // namespace

class TestSqliteStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void everyFieldRoundTrips()
    {
        const ProjectData sample = archbench::test::fullSampleProject();
        auto store = storeWith(sample);
        const ProjectData back = loaded(*store);
        QCOMPARE(back.project, sample.project);
        QCOMPARE(back.decisions, sample.decisions);
        QCOMPARE(back.reviews, sample.reviews);
        QCOMPARE(back.lenses, sample.lenses);
        QCOMPARE(back.drills, sample.drills);
        QCOMPARE(back.costModels, sample.costModels);
        // Timestamps keep their offset, not only the instant.
        QCOMPARE(back.project.modified.offsetFromUtc(), 3600);
    }

    void emptyProjectRoundTrips()
    {
        auto store = storeWith(ProjectData{});
        QCOMPARE(loaded(*store), ProjectData{});
    }

    void fileRoundTripAndStamps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.archbench"));
        storeWith(archbench::test::fullSampleProject(), path).reset();
        auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(connection);
        SqliteStore store(std::move(*connection));
        QCOMPARE(loaded(store), archbench::test::fullSampleProject());
        QCOMPARE(count(store, "PRAGMA application_id"), qint64(kApplicationId));
        QCOMPARE(count(store, "PRAGMA user_version"), qint64(kSchemaVersion));
        QCOMPARE(count(store, "PRAGMA foreign_keys"), 1);
        QCOMPARE(count(store, "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' "
                              "AND name NOT LIKE 'sqlite_%' AND strict = 0"),
                 0);
        QCOMPARE(count(store, "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' "
                              "AND name NOT LIKE 'sqlite_%'"),
                 36);
        // No journal beside a closed file; the format never uses WAL.
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void optionalNumbersAreNull()
    {
        auto store = storeWith(archbench::test::fullSampleProject());
        QCOMPARE(count(*store, "SELECT count(*) FROM decision_trigger WHERE threshold IS NULL"), 1);
        QCOMPARE(count(*store, "SELECT count(*) FROM drill WHERE measured_recover_minutes IS NULL "
                                    "AND target_rpo_seconds IS NULL"),
                 1);
        QCOMPARE(count(*store, "SELECT count(*) FROM cost_model WHERE monthly_revenue IS NULL "
                                    "AND conversion_gain_per_100ms IS NULL"), 2);
        QCOMPARE(count(*store, "SELECT count(*) FROM review_milestone WHERE date IS NULL"), 1);
    }

    void projectEditsReachTheStore()
    {
        ProjectData sample = archbench::test::fullSampleProject();
        auto store = storeWith(sample);
        Project project(sample);
        project.setStore(store.get());

        Decision changed = sample.decisions[0];
        changed.title = QStringLiteral("Renamed");
        changed.scores.removeLast();
        changed.constraints[0].failedBy.clear();
        QVERIFY(project.replace(changed));

        Decision inserted;
        inserted.id = QStringLiteral("d0");
        inserted.title = QStringLiteral("First now");
        inserted.participants = {QStringLiteral("Cy")};
        QVERIFY(project.insert(0, inserted));

        QVERIFY(project.move<Decision>(QStringLiteral("d2"), 0));
        QVERIFY(project.remove<CostModel>(QStringLiteral("cm2")));

        ProjectInfo info = project.info();
        info.tags << QStringLiteral("new");
        info.requirements.removeFirst();
        QVERIFY(project.setInfo(info));

        QCOMPARE(loaded(*store), project.data());
        QCOMPARE(count(*store, "SELECT count(*) FROM decision_score"), 2);
        QCOMPARE(count(*store, "SELECT count(*) FROM decision_constraint_failure"), 0);
        QCOMPARE(count(*store, "SELECT count(*) FROM cost_compute_option"), 0);
    }

    void decisionEditsWriteOnlyWhatChanged()
    {
        // A decision edit reaches the store as the rows that differ: one score is one row,
        // and after every kind of edit the stored decision reads back equal.
        ProjectData sample = archbench::test::fullSampleProject();
        auto store = storeWith(sample);
        Project project(sample);
        project.setStore(store.get());
        sqlite3 *db = store->connection().handle();
        const auto edit = [&](const std::function<void(Decision &)> &change) {
            Decision d = project.data().decisions[0];
            change(d);
            const qint64 before = sqlite3_total_changes64(db);
            if (!project.replace(d))
                qFatal("edit changed nothing");
            if (loaded(*store) != project.data())
                qFatal("store differs from the project after an edit");
            return sqlite3_total_changes64(db) - before;
        };
        QVERIFY(sample.decisions[0].scores.size() >= 2);
        QCOMPARE(edit([](Decision &d) { d.scores[1].value = d.scale.max; }), 1);
        QCOMPARE(edit([](Decision &d) { d.scores[0].rationale = QStringLiteral("because"); }), 1);
        QCOMPARE(edit([](Decision &d) { d.title = QStringLiteral("Retitled"); }), 1);
        QCOMPARE(edit([](Decision &d) { d.adrNumber = 42; }), 1);
        QCOMPARE(edit([](Decision &d) { d.criteria[0].weight += 5; }), 1);
        QCOMPARE(edit([](Decision &d) { d.scores.removeLast(); }), 1); // the row past the end
        QCOMPARE(edit([](Decision &d) { d.informed << QStringLiteral("Ada") << QStringLiteral("Bo"); }), 2);
        // one list of people, decision-makers first: one more decision-maker moves the
        // consulted (1) and informed (4) one place down
        QCOMPARE(edit([](Decision &d) { d.participants << QStringLiteral("Cy"); }), 6);
        QCOMPARE(edit([](Decision &d) { d.notes = QStringLiteral("more"); }), 1);
        edit([](Decision &d) { d.options.move(0, d.options.size() - 1); });
        edit([](Decision &d) { std::reverse(d.scores.begin(), d.scores.end()); });
        edit([](Decision &d) { d.constraints[0].failedBy.clear(); });
        edit([](Decision &d) { d.constraints.clear(); });
        edit([](Decision &d) {
            d.risks = {Risk{QStringLiteral("r"), QStringLiteral("m")}};
            d.tradeoffsAccepted = {QStringLiteral("t1")};
            d.revisitTriggers.clear();
            d.scale.max = 10;
            d.chosenOption.clear();
        });
        edit([](Decision &d) { d.criteria.clear(); d.scores.clear(); });
        QCOMPARE(count(*store, "SELECT count(*) FROM decision_score WHERE decision_id = 'd1'"), 0);
    }

    void halfACharacterStaysInItsValue()
    {
        // A title ending in half a surrogate pair (a JSON "\\ud800" escape) must not spill
        // into the next text value of the same row.
        ProjectData sample = archbench::test::fullSampleProject();
        sample.decisions[0].title = QStringLiteral("cut") + QChar(0xD800);
        sample.decisions[0].supersededBy.clear();
        auto store = storeWith(sample);
        const ProjectData back = loaded(*store);
        QCOMPARE(back.decisions[0].context, sample.decisions[0].context);
        QVERIFY(back.decisions[0].title.startsWith(QStringLiteral("cut")));
    }

    void typingWaitsForThePause()
    {
        // Keystrokes (Persist::AfterPause) reach the store once, after the pause or when
        // something else happens first; the store always ends equal to the project.
        ProjectData sample = archbench::test::fullSampleProject();
        auto store = storeWith(sample);
        Project project(sample);
        project.setStore(store.get());
        sqlite3 *db = store->connection().handle();
        const auto type = [&](const QString &letters, const QString &field) {
            for (const QChar c : letters) {
                Decision d = project.data().decisions[0];
                (field == QLatin1StringView("title") ? d.title : d.context) += c;
                QVERIFY(project.replace(d, Persist::AfterPause, field));
            }
        };
        qint64 before = sqlite3_total_changes64(db);
        type(QStringLiteral("abcde"), QStringLiteral("title"));
        QCOMPARE(sqlite3_total_changes64(db) - before, 0); // five keystrokes, nothing written yet
        QVERIFY(project.hasPendingWrites());
        QTRY_VERIFY_WITH_TIMEOUT(!project.hasPendingWrites(), 5000);
        QCOMPARE(sqlite3_total_changes64(db) - before, 1); // one row for the word
        QCOMPARE(loaded(*store), project.data());

        // A change of field writes the previous field at once.
        before = sqlite3_total_changes64(db);
        type(QStringLiteral("xy"), QStringLiteral("title"));
        type(QStringLiteral("z"), QStringLiteral("context"));
        QCOMPARE(sqlite3_total_changes64(db) - before, 1);
        QVERIFY(project.hasPendingWrites());

        // Any other change writes the typing first, then itself.
        ProjectInfo info = project.info();
        info.name = QStringLiteral("renamed while typing");
        QVERIFY(project.setInfo(info));
        QVERIFY(!project.hasPendingWrites());
        QCOMPARE(loaded(*store), project.data());

        // An explicit flush (the UI's focus-out) writes at once.
        type(QStringLiteral("!"), QStringLiteral("context"));
        project.flushPendingWrites();
        QVERIFY(!project.hasPendingWrites());
        QCOMPARE(loaded(*store), project.data());
    }

    void insertInMiddleKeepsOrderInOneWrite()
    {
        ProjectData data = archbench::test::fullSampleProject();
        auto store = storeWith(data);
        Drill x;
        x.id = QStringLiteral("x0");
        data.drills.prepend(x);
        // Only writeItem, no writeOrder: the stored order must already be right.
        QVERIFY(store->writeItem(data, ItemKind::Drill, QStringLiteral("x0")));
        QCOMPARE(loaded(*store).drills, data.drills);
    }

    void removingCascades()
    {
        auto store = storeWith(archbench::test::fullSampleProject());
        QVERIFY(store->removeItem(ItemKind::Review, QStringLiteral("w1")));
        QVERIFY(store->removeItem(ItemKind::Decision, QStringLiteral("d1")));
        QVERIFY(store->removeItem(ItemKind::Drill, QStringLiteral("x1")));
        for (const char *table : {"review_answer", "review_answer_choice", "review_improvement", "review_milestone",
                                  "review_milestone_answer", "review_milestone_answer_choice",
                                  "decision_participant", "decision_criterion", "decision_option",
                                  "decision_constraint", "decision_constraint_failure", "decision_score",
                                  "decision_tradeoff", "decision_risk", "decision_trigger", "drill_event",
                                  "drill_finding", "drill_action_item"}) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
            QVERIFY2(count(*store, sql.constData()) == 0, table);
        }
    }

    void failedWriteChangesNothing()
    {
        ProjectData data = archbench::test::fullSampleProject();
        auto store = storeWith(data);
        ProjectData broken = data;
        broken.decisions[0].title = QStringLiteral("never stored");
        broken.decisions[0].criteria[1].weight = std::nan(""); // SQLite stores NaN as NULL: NOT NULL fails
        const auto result = store->writeItem(broken, ItemKind::Decision, QStringLiteral("d1"));
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(loaded(*store), data);
        // And the connection is usable afterwards.
        data.decisions[0].title = QStringLiteral("stored");
        QVERIFY(store->writeItem(data, ItemKind::Decision, QStringLiteral("d1")));
        QCOMPARE(loaded(*store), data);
    }

    void writingUnknownItemFails()
    {
        auto store = storeWith(ProjectData{});
        const auto result = store->writeItem(ProjectData{}, ItemKind::Decision, QStringLiteral("nope"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
