// The document API: inserts, replaces, removes and moves items, refuses edits when read-only,
// signals each change and hands it to the store.
#include "common/testsupport.h"
#include "core/project.h"

#include <QSignalSpy>
#include <functional>
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

    void lookupsFollowInsertsRemovalsAndMoves()
    {
        Project project;
        for (int i = 0; i < 5; ++i)
            QVERIFY(project.insert(i, decision(QStringLiteral("d%1").arg(i), QString())));
        const auto order = [&] {
            QStringList ids;
            for (int i = 0; i < 5; ++i)
                for (const Decision &d : project.items<Decision>())
                    if (project.indexOf<Decision>(d.id) == i)
                        ids << d.id;
            return ids.join(QLatin1Char(' '));
        };
        QCOMPARE(order(), QStringLiteral("d0 d1 d2 d3 d4"));
        QVERIFY(project.move<Decision>(QStringLiteral("d4"), 1));
        QCOMPARE(order(), QStringLiteral("d0 d4 d1 d2 d3"));
        QVERIFY(project.remove<Decision>(QStringLiteral("d0")));
        QCOMPARE(project.indexOf<Decision>(QStringLiteral("d0")), -1);
        QCOMPARE(project.find<Decision>(QStringLiteral("d0")), nullptr);
        QCOMPARE(project.indexOf<Decision>(QStringLiteral("d3")), 3);
        QVERIFY(project.insert(0, decision(QStringLiteral("d9"), QString())));
        QCOMPARE(project.indexOf<Decision>(QStringLiteral("d9")), 0);
        QCOMPARE(project.indexOf<Decision>(QStringLiteral("d3")), 4);
        QCOMPARE(project.find<Decision>(QStringLiteral("d3"))->id, QStringLiteral("d3"));
    }

    void anEditSaysWhichPartsChanged()
    {
        Decision d = decision(QStringLiteral("d1"), QStringLiteral("One"));
        d.criteria << Criterion{QStringLiteral("c1"), QStringLiteral("Fit"), 60, {}}
                   << Criterion{QStringLiteral("c2"), QStringLiteral("Cost"), 40, {}};
        d.options << Option{QStringLiteral("o1"), QStringLiteral("A"), {}, false};
        Project project;
        QVERIFY(project.insert(0, d));
        QSignalSpy edited(&project, &Project::itemEdited);
        const auto partsOf = [&](const std::function<void(Decision &)> &change) {
            Decision next = *project.find<Decision>(QStringLiteral("d1"));
            change(next);
            edited.clear();
            if (!project.replace(next))
                return ItemParts();
            const auto c = edited.first().first().value<ItemChange>();
            return c.kind == ItemKind::Decision && c.id == QStringLiteral("d1") ? c.parts : ItemParts();
        };
        QCOMPARE(partsOf([](Decision &x) { x.scores << Score{QStringLiteral("o1"), QStringLiteral("c1"), 4, {}}; }),
                 ItemParts(ItemPart::Scores));
        QCOMPARE(partsOf([](Decision &x) { x.scores[0].rationale = QStringLiteral("why"); }), ItemParts(ItemPart::Scores));
        QCOMPARE(partsOf([](Decision &x) { x.criteria[1].weight = 50; }), ItemParts(ItemPart::Weights));
        QCOMPARE(partsOf([](Decision &x) { x.criteria[1].name = QStringLiteral("Price"); }), ItemParts(ItemPart::Structure));
        QCOMPARE(partsOf([](Decision &x) { x.criteria.removeLast(); }), ItemPart::Structure | ItemPart::Weights);
        QCOMPARE(partsOf([](Decision &x) { x.options[0].name = QStringLiteral("B"); }), ItemParts(ItemPart::Structure));
        QCOMPARE(partsOf([](Decision &x) { x.title = QStringLiteral("Two"); }), ItemParts(ItemPart::Title));
        QCOMPARE(partsOf([](Decision &x) { x.context = QStringLiteral("why now"); }), ItemParts(ItemPart::Record));
        QCOMPARE(partsOf([](Decision &x) { x.status = DecisionStatus::Accepted; x.chosenOption = QStringLiteral("o1"); }),
                 ItemParts(ItemPart::Record));
        QCOMPARE(partsOf([](Decision &x) { x.revisitTriggers << RevisitTrigger{}; }), ItemParts(ItemPart::Triggers));
        QCOMPARE(partsOf([](Decision &x) { x.risks << Risk{}; }), ItemParts(ItemPart::Constraints));
        QCOMPARE(partsOf([](Decision &x) { x.attendees << QStringLiteral("Ana"); }), ItemParts(ItemPart::Meeting));
        QCOMPARE(partsOf([](Decision &x) { x.ballots << Ballot{QStringLiteral("Ana"), {}, {}, {}}; }), ItemParts(ItemPart::Meeting));
        QCOMPARE(partsOf([](Decision &x) { x.title = QStringLiteral("Three"); x.scores.clear(); }),
                 ItemPart::Title | ItemPart::Scores);
        // typing (merged into one step, written after a pause) says the same
        Decision typed = *project.find<Decision>(QStringLiteral("d1"));
        typed.problem = QStringLiteral("p");
        edited.clear();
        QVERIFY(project.replace(typed, Persist::AfterPause, QStringLiteral("problem")));
        QCOMPARE(edited.first().first().value<ItemChange>().parts, ItemParts(ItemPart::Record));
        // the other kinds tell a title from the rest
        Drill drill;
        drill.id = QStringLiteral("x1");
        QVERIFY(project.insert(0, drill));
        drill.title = QStringLiteral("Failover");
        edited.clear();
        QVERIFY(project.replace(drill));
        QCOMPARE(edited.first().first().value<ItemChange>().parts, ItemParts(ItemPart::All));
        drill.description = QStringLiteral("region lost");
        edited.clear();
        QVERIFY(project.replace(drill));
        QCOMPARE(edited.first().first().value<ItemChange>().parts, ItemParts(ItemPart::Content));
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
