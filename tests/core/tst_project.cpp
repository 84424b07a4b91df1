// The document API: inserts, replaces, removes and moves items, refuses edits when read-only,
// signals each change and hands it to the store.
#include "common/testsupport.h"
#include "core/project.h"

#include <QSignalSpy>
#include <QTest>

using namespace archbench::core;

namespace {
class RecordingStore : public ProjectStore {
public:
    QStringList calls;
    Expected<void> writeInfo(const ProjectInfo &) override { calls << QStringLiteral("info"); return {}; }
    Expected<void> writeItem(const ProjectData &, ItemKind, const QString &id) override
    {
        calls << QStringLiteral("write:") + id;
        return {};
    }
    Expected<void> removeItem(ItemKind, const QString &id) override
    {
        calls << QStringLiteral("remove:") + id;
        return makeError(ErrorCode::Io, QStringLiteral("disk full"));
    }
    Expected<void> writeOrder(const ProjectData &, ItemKind) override { calls << QStringLiteral("order"); return {}; }
};

Decision decision(const QString &id, const QString &title)
{
    Decision d;
    d.id = id;
    d.title = title;
    return d;
}
} // namespace

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void insertReplaceRemove()
    {
        Project project;
        RecordingStore store;
        project.setStore(&store);
        QSignalSpy inserted(&project, &Project::itemInserted);
        QSignalSpy changed(&project, &Project::itemChanged);
        QSignalSpy failed(&project, &Project::storageFailed);

        QVERIFY(project.insert(0, decision(QStringLiteral("d1"), QStringLiteral("One"))));
        QVERIFY(project.insert(0, decision(QStringLiteral("d2"), QStringLiteral("Two"))));
        QVERIFY(!project.insert(0, decision(QStringLiteral("d1"), QStringLiteral("Dup"))));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(project.items<Decision>().first().id, QStringLiteral("d2"));

        QVERIFY(project.replace(decision(QStringLiteral("d1"), QStringLiteral("Renamed"))));
        QVERIFY(!project.replace(decision(QStringLiteral("d1"), QStringLiteral("Renamed"))));
        QVERIFY(!project.replace(decision(QStringLiteral("zz"), QStringLiteral("Nope"))));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(project.find<Decision>(QStringLiteral("d1"))->title, QStringLiteral("Renamed"));

        QVERIFY(project.move<Decision>(QStringLiteral("d1"), 0));
        QCOMPARE(project.indexOf<Decision>(QStringLiteral("d1")), 0);

        QVERIFY(project.remove<Decision>(QStringLiteral("d2")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("disk full"));
        QCOMPARE(store.calls, (QStringList{QStringLiteral("write:d1"), QStringLiteral("write:d2"),
                                           QStringLiteral("order"), QStringLiteral("write:d1"),
                                           QStringLiteral("order"), QStringLiteral("remove:d2")}));
    }

    void readOnlyRefusesEverything()
    {
        Project project;
        QVERIFY(project.insert(0, decision(QStringLiteral("d1"), QStringLiteral("One"))));
        project.setReadOnly(true);
        QVERIFY(!project.insert(0, decision(QStringLiteral("d2"), QStringLiteral("Two"))));
        QVERIFY(!project.replace(decision(QStringLiteral("d1"), QStringLiteral("X"))));
        QVERIFY(!project.remove<Decision>(QStringLiteral("d1")));
        ProjectInfo info = project.info();
        info.name = QStringLiteral("changed");
        QVERIFY(!project.setInfo(info));
        QCOMPARE(project.items<Decision>().size(), 1);
    }

    void enumSpellingsRoundTrip()
    {
        QCOMPARE(enumToString(DoorType::OneWay), QStringLiteral("one-way"));
        QCOMPARE(enumFromString<WorkStatus>(u"in-progress"), std::optional(WorkStatus::InProgress));
        QVERIFY(!enumFromString<DrTier>(u"cold").has_value());
        QCOMPARE(enumSpellings<Comparator>(), (QStringList{QStringLiteral(">"), QStringLiteral(">="),
                                                          QStringLiteral("<"), QStringLiteral("<=")}));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
