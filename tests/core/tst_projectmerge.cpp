// core/merge: the merge laws over random edit scripts on the sample project
// (merge(B, X, B) = X, merge(B, B, Y) = Y, merge(B, X, X) = X, disjoint edits commute, and the
// merge's diff from BASE is both sides' changes), conflicts for every kind of entity,
// deletion against edit, sets of strings, list order, and the diff's paths and words.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/merge/projectmerge.h"
#include "core/storage/projectfile.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {

ProjectData sample()
{
    auto data = readProjectFile(test::dataPath(QStringLiteral("../../resources/sample/checkout-platform.json")));
    if (!data)
        qFatal("sample unreadable: %s", qPrintable(data.error().message));
    return *data;
}

QSet<QString> paths(const QList<ProjectChange> &changes)
{
    QSet<QString> out;
    for (const ProjectChange &c : changes)
        out.insert(c.path);
    return out;
}

/// One random field edit on decision `d` (or, with `d` < 0, on anything): a score, a weight, a
/// title, a trigger's reading, a tag, an action item's status, a review answer's notes.
void randomEdit(ProjectData &p, QRandomGenerator &rng, int d, int serial)
{
    if (d >= 0) {
        Decision &dec = p.decisions[d];
        switch (rng.bounded(4)) {
        case 0:
            if (!dec.scores.isEmpty()) {
                Score &s = dec.scores[rng.bounded(int(dec.scores.size()))];
                s.value = dec.scale.min + rng.bounded(int(dec.scale.max - dec.scale.min) + 1);
                s.rationale = QStringLiteral("edit %1").arg(serial);
                break;
            }
            [[fallthrough]];
        case 1:
            if (!dec.criteria.isEmpty()) {
                dec.criteria[rng.bounded(int(dec.criteria.size()))].weight = 1 + rng.bounded(50) + serial * 100;
                break;
            }
            [[fallthrough]];
        case 2:
            dec.title = QStringLiteral("%1 (edit %2)").arg(dec.title).arg(serial);
            break;
        default:
            dec.context += QStringLiteral(" More context %1.").arg(serial);
            break;
        }
        return;
    }
    switch (rng.bounded(3)) {
    case 0:
        p.project.tags << QStringLiteral("tag-%1").arg(serial);
        break;
    case 1:
        if (!p.drills.isEmpty() && !p.drills[0].actionItems.isEmpty()) {
            p.drills[0].actionItems[0].owner = QStringLiteral("owner %1").arg(serial);
            break;
        }
        [[fallthrough]];
    default:
        p.project.description += QStringLiteral(" %1").arg(serial);
        break;
    }
}

MergeResult merged(const ProjectData &b, const ProjectData &x, const ProjectData &y)
{
    auto m = ProjectMerge::merge(b, x, y);
    if (!m)
        qFatal("merge refused: %s", qPrintable(m.error().message));
    return *m;
}

} // namespace

class TestProjectMerge : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void lawsOverRandomEdits()
    {
        const ProjectData base = sample();
        QVERIFY(base.decisions.size() >= 2);
        QRandomGenerator rng(20261205);
        for (int round = 0; round < 40; ++round) {
            // X edits the even decisions (and the project), Y the odd ones: disjoint
            ProjectData x = base, y = base;
            const int edits = 1 + int(rng.bounded(5));
            for (int e = 0; e < edits; ++e) {
                randomEdit(x, rng, (2 * int(rng.bounded(int(base.decisions.size() + 1) / 2))) % int(base.decisions.size()), round * 10 + e);
                randomEdit(y, rng, 1 + 2 * int(rng.bounded(int(base.decisions.size()) / 2)), round * 10 + e + 5);
            }
            if (round % 3 == 0)
                randomEdit(x, rng, -1, round);
            QVERIFY(interchange::validate(x));
            QVERIFY(interchange::validate(y));

            const MergeResult xb = merged(base, x, base);
            QCOMPARE(xb.merged, x);
            QVERIFY(xb.conflicts.isEmpty());
            const MergeResult by = merged(base, base, y);
            QCOMPARE(by.merged, y);
            QVERIFY(by.conflicts.isEmpty());
            const MergeResult xx = merged(base, x, x);
            QCOMPARE(xx.merged, x);
            QVERIFY(xx.conflicts.isEmpty());

            const MergeResult xy = merged(base, x, y);
            const MergeResult yx = merged(base, y, x);
            QVERIFY2(xy.conflicts.isEmpty(), qPrintable(xy.conflicts.value(0).path));
            QCOMPARE(xy.merged.decisions, yx.merged.decisions); // disjoint edits commute
            QCOMPARE(xy.merged.project.tags, yx.merged.project.tags);
            // the merge holds every change of both sides, and nothing else
            QCOMPARE(paths(ProjectMerge::diff(base, xy.merged)), paths(ProjectMerge::diff(base, x)) + paths(ProjectMerge::diff(base, y)));
            QCOMPARE(paths(ProjectMerge::diff(x, xy.merged)), paths(ProjectMerge::diff(base, y)));
        }
    }

    void conflictsForEveryKind()
    {
        const ProjectData base = sample();
        QVERIFY(!base.reviews.isEmpty() && !base.drills.isEmpty() && !base.costModels.isEmpty() && !base.lenses.isEmpty());
        ProjectData x = base, y = base;
        x.decisions[0].title = QStringLiteral("Ours");
        y.decisions[0].title = QStringLiteral("Theirs");
        x.reviews[0].title = QStringLiteral("Ours");
        y.reviews[0].title = QStringLiteral("Theirs");
        x.drills[0].title = QStringLiteral("Ours");
        y.drills[0].title = QStringLiteral("Theirs");
        x.costModels[0].title = QStringLiteral("Ours");
        y.costModels[0].title = QStringLiteral("Theirs");
        x.lenses[0].version = QStringLiteral("ours");
        y.lenses[0].version = QStringLiteral("theirs");
        x.project.name = QStringLiteral("Ours");
        y.project.name = QStringLiteral("Theirs");
        const MergeResult m = merged(base, x, y);
        QStringList found;
        for (const MergeConflict &c : m.conflicts)
            found << c.path;
        const QStringList expected{QStringLiteral("costModels[%1].title").arg(base.costModels[0].id),
                                   QStringLiteral("decisions[%1].title").arg(base.decisions[0].id),
                                   QStringLiteral("drills[%1].title").arg(base.drills[0].id),
                                   QStringLiteral("lenses[%1].version").arg(base.lenses[0].id),
                                   QStringLiteral("project.name"),
                                   QStringLiteral("reviews[%1].title").arg(base.reviews[0].id)};
        QCOMPARE(found, expected);
        // ours kept for each, base/ours/theirs reported
        QCOMPARE(m.merged.decisions[0].title, QStringLiteral("Ours"));
        QCOMPARE(m.merged.project.name, QStringLiteral("Ours"));
        const MergeConflict &title = m.conflicts[1];
        QCOMPARE(title.base.toString(), base.decisions[0].title);
        QCOMPARE(title.ours.toString(), QStringLiteral("Ours"));
        QCOMPARE(title.theirs.toString(), QStringLiteral("Theirs"));
        // each conflict is listed once
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()).size(), found.size());
        // and recorded in the merged project for the GUI, values as compact JSON
        QCOMPARE(m.merged.project.mergeConflicts.size(), found.size());
        QCOMPARE(m.merged.project.mergeConflicts[1].path, expected[1]);
        QCOMPARE(m.merged.project.mergeConflicts[1].ours, QStringLiteral("\"Ours\""));
        QCOMPARE(m.merged.project.mergeConflicts[1].theirs, QStringLiteral("\"Theirs\""));
        // merging again keeps what is still to resolve; the list itself is no one's edit
        const MergeResult again = merged(base, m.merged, y);
        QCOMPARE(again.merged.project.mergeConflicts.size(), found.size());
        QVERIFY(ProjectMerge::diff(m.merged, x).size() == 0);
    }

    void takingTheirs()
    {
        const ProjectData base = sample();
        const Decision &d = base.decisions[0];
        const Score &s = d.scores[0];
        const QString path = QStringLiteral("decisions[%1].scores[%2,%3].value").arg(d.id, s.option, s.criterion);
        auto taken = ProjectMerge::withValue(base, path, QJsonValue(1));
        QVERIFY2(taken, qPrintable(taken.error().message));
        QCOMPARE(taken->decisions[0].scores[0].value, 1.0);
        QCOMPARE(ProjectMerge::diff(base, *taken).size(), 1);
        // an entity: null deletes it, an object adds it back
        const QString trigger = QStringLiteral("decisions[%1].revisitTriggers[%2]").arg(d.id, d.revisitTriggers.value(0).id);
        if (!d.revisitTriggers.isEmpty()) {
            auto removed = ProjectMerge::withValue(base, trigger, QJsonValue());
            QVERIFY(removed);
            QCOMPARE(removed->decisions[0].revisitTriggers.size(), d.revisitTriggers.size() - 1);
        }
        // refusals: nothing there, a value that breaks the rules
        QVERIFY(!ProjectMerge::withValue(base, QStringLiteral("decisions[nope].title"), QJsonValue(QStringLiteral("x"))));
        QVERIFY(!ProjectMerge::withValue(base, path, QJsonValue(99))); // outside the scale
    }

    void deletionAgainstEdit()
    {
        const ProjectData base = sample();
        int withTrigger = -1;
        for (int i = 0; i < base.decisions.size(); ++i)
            if (!base.decisions[i].revisitTriggers.isEmpty())
                withTrigger = i;
        QVERIFY(withTrigger >= 0);
        const QString trigger = base.decisions[withTrigger].revisitTriggers[0].id;
        ProjectData deleted = base, edited = base;
        deleted.decisions[withTrigger].revisitTriggers.removeFirst();
        edited.decisions[withTrigger].revisitTriggers[0].condition = QStringLiteral("Changed on the other side");
        // ours deleted, theirs edited: a conflict, ours (deleted) kept
        MergeResult m = merged(base, deleted, edited);
        QCOMPARE(m.conflicts.size(), 1);
        QCOMPARE(m.conflicts[0].path, QStringLiteral("decisions[%1].revisitTriggers[%2]").arg(base.decisions[withTrigger].id, trigger));
        QVERIFY(m.conflicts[0].ours.isNull());
        QCOMPARE(m.merged.decisions[withTrigger].revisitTriggers.size(), base.decisions[withTrigger].revisitTriggers.size() - 1);
        // the other way round: ours edited is kept
        m = merged(base, edited, deleted);
        QCOMPARE(m.conflicts.size(), 1);
        QVERIFY(m.conflicts[0].theirs.isNull());
        QCOMPARE(m.merged.decisions[withTrigger].revisitTriggers[0].condition, QStringLiteral("Changed on the other side"));
        // deleted on one side, untouched on the other: deleted, no conflict
        m = merged(base, base, deleted);
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged, deleted);
    }

    void danglingReferenceKeepsTheDeletedEntity()
    {
        // theirs deletes an option (with its scores); ours scores it anew: the option stays
        const ProjectData base = sample();
        ProjectData ours = base, theirs = base;
        Decision &t = theirs.decisions[0];
        const QString option = t.options.last().id;
        t.options.removeLast();
        t.scores.removeIf([&](const Score &s) { return s.option == option; });
        for (HardConstraint &c : t.constraints)
            c.failedBy.removeAll(option);
        if (t.chosenOption == option)
            t.chosenOption.clear();
        QVERIFY(interchange::validate(theirs));
        Decision &o = ours.decisions[0];
        for (Score &s : o.scores)
            if (s.option == option)
                s.rationale = QStringLiteral("Scored again by us");
        // theirs also deletes something nothing refers to, and changes another decision: those stand
        QVERIFY(theirs.decisions.size() >= 2);
        const qsizetype triggersBefore = theirs.decisions[1].revisitTriggers.size();
        if (triggersBefore > 0)
            theirs.decisions[1].revisitTriggers.removeFirst();
        theirs.decisions[1].title = QStringLiteral("Renamed by them");
        const auto m = ProjectMerge::merge(base, ours, theirs);
        QVERIFY2(m, qPrintable(m.error().message));
        QVERIFY(std::any_of(m->merged.decisions[0].options.cbegin(), m->merged.decisions[0].options.cend(),
                            [&](const Option &op) { return op.id == option; }));
        QVERIFY(interchange::validate(m->merged));
        QCOMPARE(m->merged.decisions[1].title, QStringLiteral("Renamed by them"));
        if (triggersBefore > 0)
            QCOMPARE(m->merged.decisions[1].revisitTriggers.size(), triggersBefore - 1);
        // the conflicts: each score ours changed and theirs deleted, and the option kept for
        // them (ours, now, holds it; theirs deleted it); nothing about the other decision
        const QString option0 = QStringLiteral("decisions[%1].options[%2]").arg(base.decisions[0].id, option);
        QCOMPARE(m->conflicts.last().path, option0);
        QVERIFY(m->conflicts.last().ours.isObject());
        QVERIFY(m->conflicts.last().theirs.isNull());
        for (const MergeConflict &c : m->conflicts)
            QVERIFY2(c.path == option0 || c.path.startsWith(QStringLiteral("decisions[%1].scores[%2,").arg(base.decisions[0].id, option)),
                     qPrintable(c.path));
    }

    void adrNumbersGivenOnBothSides()
    {
        // both sides exported a new decision as ADR N+1: the merge keeps ours' number and gives
        // theirs the next one; the project's highest is the larger
        ProjectData base = sample();
        base.project.lastAdrNumber = 4;
        ProjectData x = base, y = base;
        Decision ours = base.decisions[0];
        ours.id = QStringLiteral("d-ours");
        ours.supersededBy.clear();
        ours.adrNumber = 5;
        x.decisions << ours;
        x.project.lastAdrNumber = 5;
        Decision theirs = base.decisions[0];
        theirs.id = QStringLiteral("d-theirs");
        theirs.supersededBy.clear();
        theirs.adrNumber = 5;
        y.decisions << theirs;
        y.project.lastAdrNumber = 5;
        const auto m = ProjectMerge::merge(base, x, y);
        QVERIFY2(m, qPrintable(m.error().message));
        const auto number = [&](const QString &id) {
            for (const Decision &d : m->merged.decisions)
                if (d.id == id)
                    return d.adrNumber;
            return 0;
        };
        QCOMPARE(number(QStringLiteral("d-ours")), 5);
        QCOMPARE(number(QStringLiteral("d-theirs")), 6);
        QCOMPARE(m->merged.project.lastAdrNumber, 6);
        QVERIFY(m->conflicts.isEmpty());
    }

    void stringListsMergeAsSets()
    {
        ProjectData base = sample();
        base.project.tags = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        ProjectData x = base, y = base;
        x.project.tags = {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("x")}; // removed b, added x
        y.project.tags = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("y")}; // added y
        const MergeResult m = merged(base, x, y);
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged.project.tags, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("y")}));
    }

    void listOrderMergesById()
    {
        // both sides add a criterion: ours' order first, theirs' new one after the one it follows
        const ProjectData base = sample();
        ProjectData x = base, y = base;
        Decision &dx = x.decisions[0], &dy = y.decisions[0];
        dx.criteria.insert(0, Criterion{QStringLiteral("c-ours"), QStringLiteral("Ours first"), 5, {}});
        dy.criteria.insert(1, Criterion{QStringLiteral("c-theirs"), QStringLiteral("Theirs second"), 5, {}});
        const MergeResult m = merged(base, x, y);
        QVERIFY(m.conflicts.isEmpty());
        const QList<Criterion> &c = m.merged.decisions[0].criteria;
        QCOMPARE(c[0].id, QStringLiteral("c-ours"));
        QCOMPARE(c[1].id, base.decisions[0].criteria[0].id);
        QCOMPARE(c[2].id, QStringLiteral("c-theirs"));
    }

    void orderChanges()
    {
        // a reorder is a change the diff shows, and a merge keeps it when ours left the order alone
        const ProjectData base = sample();
        ProjectData reordered = base;
        Decision &d = reordered.decisions[0];
        QVERIFY(d.options.size() >= 2);
        std::swap(d.options[0], d.options[1]);
        const QList<ProjectChange> changes = ProjectMerge::diff(base, reordered);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].path, QStringLiteral("decisions[%1].options").arg(d.id));
        QVERIFY2(changes[0].words.contains(QStringLiteral("order")), qPrintable(changes[0].words));
        ProjectData ours = base;
        ours.decisions[0].title = QStringLiteral("Ours renamed it");
        const MergeResult m = merged(base, ours, reordered);
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged.decisions[0].options[0].id, d.options[0].id);
        QCOMPARE(m.merged.decisions[0].title, QStringLiteral("Ours renamed it"));
    }

    void diffPathsAndWords()
    {
        const ProjectData a = sample();
        ProjectData b = a;
        Decision &d = b.decisions[0];
        Score &s = d.scores[0];
        const double before = s.value;
        s.value = before == d.scale.max ? d.scale.min : d.scale.max;
        d.options << Option{QStringLiteral("o-new"), QStringLiteral("Brand new"), {}, false};
        const QList<ProjectChange> changes = ProjectMerge::diff(a, b);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].path, QStringLiteral("decisions[%1].options[o-new]").arg(d.id));
        QVERIFY(changes[0].from.isNull());
        QVERIFY2(changes[0].words.contains(QStringLiteral("option \"Brand new\" added")), qPrintable(changes[0].words));
        QCOMPARE(changes[1].path, QStringLiteral("decisions[%1].scores[%2,%3].value").arg(d.id, s.option, s.criterion));
        QCOMPARE(changes[1].from.toDouble(), before);
        QCOMPARE(changes[1].to.toDouble(), s.value);
        const auto nameOf = [](const auto &list, const QString &id) {
            for (const auto &e : list)
                if (e.id == id)
                    return e.name;
            return QString();
        };
        QVERIFY2(changes[1].words.startsWith(d.title + QStringLiteral(": "))
                     && changes[1].words.contains(nameOf(d.options, s.option) + QStringLiteral(" × ") + nameOf(d.criteria, s.criterion))
                     && changes[1].words.endsWith(QStringLiteral("%1 → %2").arg(before).arg(s.value)),
                 qPrintable(changes[1].words));
        QVERIFY(ProjectMerge::diff(a, a).isEmpty());

        // an item of a kind added or removed is named by its kind's noun (ItemTraits::noun)
        ProjectData c = a;
        CostModel model;
        model.id = QStringLiteral("cm-new");
        model.title = QStringLiteral("Egress estimate");
        c.costModels << model;
        const QList<ProjectChange> added = ProjectMerge::diff(a, c);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].path, QStringLiteral("costModels[cm-new]"));
        QVERIFY2(added[0].words.contains(QStringLiteral("cost model \"Egress estimate\" added")), qPrintable(added[0].words));
        const QList<ProjectChange> removed = ProjectMerge::diff(c, a);
        QCOMPARE(removed.size(), 1);
        QVERIFY2(removed[0].words.contains(QStringLiteral("cost model \"Egress estimate\" removed")), qPrintable(removed[0].words));

        // a list inside an item is named by the word its kind gives it (ItemTraits::childLists)
        ProjectData e = a;
        QVERIFY(!e.drills.isEmpty());
        ActionItem action;
        action.id = QStringLiteral("ai-new");
        action.text = QStringLiteral("Point the runbook at the new replica");
        e.drills[0].actionItems << action;
        const QList<ProjectChange> found = ProjectMerge::diff(a, e);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].words.contains(QStringLiteral("action item \"Point the runbook at the new replica\" added")), qPrintable(found[0].words));

        // an entry without an id is keyed and named by the fields its list's ChildList gives:
        // the facilitator's judgment of two criteria by the pair, named by the criteria's names
        ProjectData judging = a;
        QVERIFY(judging.decisions[0].criteria.size() >= 2);
        judging.decisions[0].pairwise << PairwiseJudgment{QStringLiteral("Sam"), judging.decisions[0].criteria[0].id,
                                                          judging.decisions[0].criteria[1].id, 5};
        ProjectData f = judging;
        Decision &g = f.decisions[0];
        g.pairwise << PairwiseJudgment{{}, g.criteria[0].id, g.criteria[1].id, 3};
        const QList<ProjectChange> judged = ProjectMerge::diff(judging, f);
        QCOMPARE(judged.size(), 1);
        QCOMPARE(judged[0].path, QStringLiteral("decisions[%1].pairwise[,%2,%3]").arg(g.id, g.criteria[0].id, g.criteria[1].id));
        QVERIFY2(judged[0].words.contains(QStringLiteral("pairwise judgment \"%1 × %2\" added").arg(g.criteria[0].name, g.criteria[1].name)),
                 qPrintable(judged[0].words));

        // a list nested deeper finds the names in its item: a ballot's weight by its criterion
        ProjectData voting = a;
        Decision &v = voting.decisions[0];
        QVERIFY(v.criteria.size() >= 3);
        v.ballots << Ballot{QStringLiteral("Sam"), {}, {BallotWeight{v.criteria[0].id, 60}, BallotWeight{v.criteria[1].id, 40}}, {}};
        ProjectData revoted = voting;
        revoted.decisions[0].ballots[0].weights << BallotWeight{v.criteria.last().id, 10};
        revoted.decisions[0].ballots[0].weights.removeFirst();
        const QList<ProjectChange> weighed = ProjectMerge::diff(voting, revoted);
        QCOMPARE(weighed.size(), 2); // one removed, one added
        QVERIFY2(weighed[0].words.contains(QStringLiteral("weight \"%1\" removed").arg(v.criteria[0].name)), qPrintable(weighed[0].words));
        QVERIFY2(weighed[1].words.contains(QStringLiteral("weight \"%1\" added").arg(v.criteria.last().name)), qPrintable(weighed[1].words));

        // an answer is named by its question, in the words its list gives (ChildList::nameFormat)
        ProjectData answered = a;
        QVERIFY(!answered.reviews.isEmpty());
        Review &r = answered.reviews[0];
        r.answers << Answer{QStringLiteral("q-first"), {}, false, {}, {}} << Answer{QStringLiteral("q-new"), {}, false, {}, QStringLiteral("Checked")};
        ProjectData renoted = answered;
        renoted.reviews[0].answers.last().notes = QStringLiteral("Checked twice");
        const QList<ProjectChange> noted = ProjectMerge::diff(answered, renoted);
        QCOMPARE(noted.size(), 1);
        QCOMPARE(noted[0].path, QStringLiteral("reviews[%1].answers[q-new].notes").arg(r.id));
        QVERIFY2(noted[0].words.contains(QStringLiteral("question q-new: notes")), qPrintable(noted[0].words));
    }
};

QTEST_GUILESS_MAIN(TestProjectMerge)
#include "tst_projectmerge.moc"
