// The command façade: one command per edit, redo -> undo -> redo exact, typing merges.
#include "common/projectgenerator.h"
#include "common/testsupport.h"
#include "ui/commands/itemcommands.h"

#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace archbench;
using namespace archbench::core;

namespace {

/// Counts the writes a project hands to its store.
struct CountingStore : ProjectStore {
    int writes = 0;
    QString lastTitle;
    Expected<void> writeInfo(const ProjectInfo &) override { return ++writes, Expected<void>(); }
    Expected<void> writeItem(const ProjectData &data, ItemKind, const QString &id) override
    {
        ++writes;
        for (const Drill &d : data.drills)
            if (d.id == id)
                lastTitle = d.title;
        return {};
    }
    Expected<void> removeItem(ItemKind, const QString &) override { return ++writes, Expected<void>(); }
    Expected<void> writeOrder(const ProjectData &, ItemKind) override { return ++writes, Expected<void>(); }
};

} // namespace

class TestItemCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void replaceMergesTypingAndUndoes()
    {
        Project project;
        QUndoStack stack;
        Drill drill;
        drill.id = QStringLiteral("x1");
        QVERIFY(ui::commands::insertItem(&stack, &project, 0, drill, QStringLiteral("Add drill")));
        for (const QString &title : {QStringLiteral("Q"), QStringLiteral("Q4"), QStringLiteral("Q4 drill")}) {
            Drill edited = *project.find<Drill>(QStringLiteral("x1"));
            edited.title = title;
            QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Title"), QStringLiteral("title")));
        }
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(project.find<Drill>(QStringLiteral("x1"))->title, QString());
        stack.redo();
        QCOMPARE(project.find<Drill>(QStringLiteral("x1"))->title, QStringLiteral("Q4 drill"));
        stack.undo();
        stack.undo();
        QVERIFY(project.items<Drill>().isEmpty());
        stack.redo();
        stack.redo();
        QCOMPARE(project.find<Drill>(QStringLiteral("x1"))->title, QStringLiteral("Q4 drill"));
    }

    void typingIsWrittenAfterThePauseUndoAtOnce()
    {
        Project project;
        CountingStore store;
        project.setStore(&store);
        QUndoStack stack;
        Drill drill;
        drill.id = QStringLiteral("x1");
        QVERIFY(ui::commands::insertItem(&stack, &project, 0, drill, QStringLiteral("Add drill")));
        QCOMPARE(store.writes, 1);
        for (const QString &title : {QStringLiteral("Q"), QStringLiteral("Q4"), QStringLiteral("Q4 drill")}) {
            Drill edited = *project.find<Drill>(QStringLiteral("x1"));
            edited.title = title;
            QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Title"), QStringLiteral("title")));
        }
        QCOMPARE(store.writes, 1); // three keystrokes wait for the pause
        QTRY_COMPARE_WITH_TIMEOUT(store.writes, 2, 5000);
        QCOMPARE(store.lastTitle, QStringLiteral("Q4 drill"));

        Drill edited = *project.find<Drill>(QStringLiteral("x1"));
        edited.title = QStringLiteral("Q4 drill!");
        QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Title"), QStringLiteral("title")));
        stack.undo(); // writes the waiting keystroke, then the undo, at once
        QCOMPARE(store.writes, 4);
        QCOMPARE(store.lastTitle, QString());
        QVERIFY(!project.hasPendingWrites());
        stack.redo(); // a redo from the stack is written at once too
        QCOMPARE(store.writes, 5);
        QCOMPARE(store.lastTitle, QStringLiteral("Q4 drill!"));
        // An edit without a merge key (a button, a spin box step) is written at once.
        edited.description = QStringLiteral("set by a button");
        QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Description")));
        QCOMPARE(store.writes, 6);
    }

    void unchangedEditPushesNothing()
    {
        Project project;
        QUndoStack stack;
        QVERIFY(!ui::commands::setProjectInfo(&stack, &project, project.info(), QStringLiteral("Nothing")));
        ProjectInfo info = project.info();
        info.name = QStringLiteral("Checkout");
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Name"), QStringLiteral("name")));
        info.name = QString();
        QVERIFY(ui::commands::setProjectInfo(&stack, &project, info, QStringLiteral("Name"), QStringLiteral("name")));
        // typing back to the original value makes the merged command obsolete
        QCOMPARE(stack.count(), 0);
    }

    void applyingAProjectReachesEveryKindAndLeavesNoReferenceDangling()
    {
        // the target adds a copy of each kind's first item, puts each list in reverse order and
        // moves the review onto a new lens, dropping the old one
        const ProjectData start = test::generateProject(4);
        Project project(start);
        QUndoStack stack;
        ProjectData target = start;
        core::forEachKind([&](auto type) {
            using T = typename decltype(type)::type;
            QList<T> &list = core::ItemTraits<T>::list(target);
            QVERIFY2(!list.isEmpty(), core::ItemTraits<T>::jsonKey);
            T copy = list.first();
            copy.id += QStringLiteral("-applied");
            list << copy;
            std::reverse(list.begin(), list.end());
        });
        QVERIFY(!target.reviews.isEmpty());
        const QString oldLens = target.reviews.first().lens;
        LensRecord lens = *std::find_if(target.lenses.cbegin(), target.lenses.cend(), [&](const LensRecord &l) { return l.id == oldLens; });
        lens.id = QStringLiteral("lens-moved-to");
        target.lenses.removeIf([&](const LensRecord &l) { return l.id == oldLens; });
        target.lenses << lens;
        for (Review &r : target.reviews)
            if (r.lens == oldLens)
                r.lens = lens.id;

        int dangling = 0;
        const auto countDangling = [&] {
            for (const Review &r : project.data().reviews)
                dangling += project.find<LensRecord>(r.lens) ? 0 : 1;
        };
        connect(&project, &Project::itemRemoved, this, countDangling);
        connect(&project, &Project::itemInserted, this, countDangling);
        QVERIFY(ui::commands::applyProjectData(&stack, &project, target, QStringLiteral("Apply")) > 0);
        QCOMPARE(project.data(), target);
        QCOMPARE(dangling, 0);
        QCOMPARE(stack.count(), 1); // one step
        stack.undo();
        QCOMPARE(project.data(), start);
        QCOMPARE(dangling, 0);
    }

    void removeAndMoveUndo()
    {
        Project project;
        QUndoStack stack;
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            CostModel m;
            m.id = id;
            QVERIFY(ui::commands::insertItem(&stack, &project, 99, m, QStringLiteral("Add")));
        }
        QVERIFY(ui::commands::moveItem<CostModel>(&stack, &project, QStringLiteral("c"), 0, QStringLiteral("Move")));
        QCOMPARE(project.items<CostModel>().first().id, QStringLiteral("c"));
        QVERIFY(ui::commands::removeItem<CostModel>(&stack, &project, QStringLiteral("a"), QStringLiteral("Remove")));
        QCOMPARE(project.items<CostModel>().size(), 2);
        stack.undo();
        QCOMPARE(project.items<CostModel>().at(1).id, QStringLiteral("a"));
        stack.undo();
        QCOMPARE(project.items<CostModel>().first().id, QStringLiteral("a"));
    }
};

QTEST_MAIN(TestItemCommands)
#include "tst_itemcommands.moc"
