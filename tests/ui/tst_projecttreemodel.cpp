// The Project tree model follows every kind of document change row by row, under
// QAbstractItemModelTester, with counts in the group rows.
#include "common/testsupport.h"
#include "shellfixtures.h"
#include "ui/commands/itemcommands.h"
#include "ui/shell/itemtitles.h"
#include "ui/shell/kindui.h"
#include "ui/shell/projecttreemodel.h"
#include "ui/widgets/themedicon.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::ItemRef;
using ui::ProjectTreeModel;

namespace {
QStringList childTitles(const ProjectTreeModel &model, ItemKind kind)
{
    QStringList out;
    const QModelIndex group = model.groupIndex(kind);
    for (int r = 0; r < model.rowCount(group); ++r)
        out << model.index(r, 0, group).data().toString();
    return out;
}
} // namespace

class TestProjectTreeModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    // The tree's groups come from the kind table (kindui.h): one group per listed kind, in
    // the table's order, each with its icon on its items and its plural as the group's name.
    void groupsFollowTheKindTable()
    {
        Project project(test::sampleProject());
        ProjectTreeModel model;
        model.setProject(&project);
        int group = ProjectTreeModel::OverviewRow + 1;
        for (const ui::KindUi &k : ui::kKindUi) {
            if (!k.inTree) {
                QVERIFY(!model.groupIndex(k.kind).isValid());
                continue;
            }
            const QModelIndex g = model.groupIndex(k.kind);
            QCOMPARE(g.row(), group++);
            QCOMPARE(g.data(ProjectTreeModel::KindRole).toInt(), int(k.kind));
            QVERIFY2(g.data().toString().startsWith(ui::kindName(k.kind, true) + QLatin1String(" (")),
                     qPrintable(g.data().toString()));
            QVERIFY2(!ui::themedIcon(QString::fromLatin1(k.icon)).isNull(), k.icon);
            const QStringList ids = idsOfKind(project.data(), k.kind);
            QCOMPARE(model.rowCount(g), int(ids.size()));
            for (int r = 0; r < ids.size(); ++r) {
                const QModelIndex item = model.index(r, 0, g);
                QCOMPARE(model.itemRef(item), (ItemRef{k.kind, ids[r], false}));
                QCOMPARE(item.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
                         ui::themedIcon(QString::fromLatin1(k.icon)).cacheKey());
            }
        }
        QCOMPARE(group, int(ProjectTreeModel::RowCount));
        // an untitled item is named by its kind's placeholder
        Decision untitled = project.items<Decision>().first();
        untitled.title = QStringLiteral("   ");
        QVERIFY(project.replace(untitled));
        QCOMPARE(model.index(0, 0, model.groupIndex(ItemKind::Decision)).data().toString(),
                 QStringLiteral("Untitled decision"));
    }

    void showsGroupsWithCounts()
    {
        Project project(test::sampleProject());
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setProject(&project);
        QCOMPARE(model.rowCount(), int(ProjectTreeModel::RowCount));
        QCOMPARE(model.index(ProjectTreeModel::OverviewRow, 0).data().toString(), QStringLiteral("Overview"));
        QCOMPARE(model.itemRef(model.index(ProjectTreeModel::OverviewRow, 0)), ItemRef::overviewTab());
        QCOMPARE(model.groupIndex(ItemKind::Decision).data().toString(), QStringLiteral("Decisions (2)"));
        QCOMPARE(model.groupIndex(ItemKind::Review).data().toString(), QStringLiteral("Reviews (1)"));
        QCOMPARE(model.groupIndex(ItemKind::Drill).data().toString(), QStringLiteral("Drills (1)"));
        QCOMPARE(model.groupIndex(ItemKind::CostModel).data().toString(), QStringLiteral("Cost models (1)"));
        QCOMPARE(childTitles(model, ItemKind::Decision), (QStringList{QStringLiteral("Database for orders"), QStringLiteral("Session cache")}));
        QVERIFY(!model.itemRef(model.groupIndex(ItemKind::Decision)).isValid());
        const QModelIndex drill = model.indexOf(ItemRef{ItemKind::Drill, QStringLiteral("x1"), false});
        QCOMPARE(drill.data().toString(), QStringLiteral("Q4 database failover"));
        QCOMPARE(drill.parent(), model.groupIndex(ItemKind::Drill));
        QCOMPARE(model.itemRef(drill), (ItemRef{ItemKind::Drill, QStringLiteral("x1"), false}));
        QVERIFY(!model.indexOf(ItemRef{ItemKind::Drill, QStringLiteral("nope"), false}).isValid());
        QVERIFY(!model.groupIndex(ItemKind::Lens).isValid());
    }

    void followsEditsRowByRow()
    {
        Project project(test::sampleProject());
        QUndoStack stack;
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&project);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Drill second;
        second.id = QStringLiteral("x2");
        second.title = QStringLiteral("Region evacuation");
        QVERIFY(ui::commands::insertItem(&stack, &project, 0, second, QStringLiteral("Add drill")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(childTitles(model, ItemKind::Drill), (QStringList{QStringLiteral("Region evacuation"), QStringLiteral("Q4 database failover")}));
        QCOMPARE(model.groupIndex(ItemKind::Drill).data().toString(), QStringLiteral("Drills (2)"));

        // a persistent index follows its row through a move
        QPersistentModelIndex failover = model.indexOf(ItemRef{ItemKind::Drill, QStringLiteral("x1"), false});
        QCOMPARE(failover.row(), 1);
        QVERIFY(ui::commands::moveItem<Drill>(&stack, &project, QStringLiteral("x1"), 0, QStringLiteral("Move")));
        QCOMPARE(failover.row(), 0);
        QCOMPARE(failover.data().toString(), QStringLiteral("Q4 database failover"));

        Drill renamed = *project.find<Drill>(QStringLiteral("x2"));
        renamed.title = QString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ui::commands::replaceItem(&stack, &project, renamed, QStringLiteral("Rename")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.indexOf(ItemRef{ItemKind::Drill, QStringLiteral("x2"), false}).data().toString(), QStringLiteral("Untitled drill"));

        // an edit that keeps the title repaints no row; a new title does, every time
        Drill described = *project.find<Drill>(QStringLiteral("x2"));
        described.description = QStringLiteral("Evacuate eu-west-1");
        QVERIFY(ui::commands::replaceItem(&stack, &project, described, QStringLiteral("Describe")));
        QCOMPARE(changed.count(), 1);
        described.title = QStringLiteral("Region evacuation");
        QVERIFY(ui::commands::replaceItem(&stack, &project, described, QStringLiteral("Rename")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.indexOf(ItemRef{ItemKind::Drill, QStringLiteral("x2"), false}).data().toString(), QStringLiteral("Region evacuation"));
        stack.undo(); // the title it had, shown again
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.indexOf(ItemRef{ItemKind::Drill, QStringLiteral("x2"), false}).data().toString(), QStringLiteral("Untitled drill"));
        stack.undo(); // the description goes: the title stays
        QCOMPARE(changed.count(), 3);

        QVERIFY(ui::commands::removeItem<Drill>(&stack, &project, QStringLiteral("x1"), QStringLiteral("Delete")));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!failover.isValid());
        QCOMPARE(model.groupIndex(ItemKind::Drill).data().toString(), QStringLiteral("Drills (1)"));

        // undo all the way back, then redo
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(childTitles(model, ItemKind::Drill), (QStringList{QStringLiteral("Q4 database failover")}));
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(childTitles(model, ItemKind::Drill), (QStringList{QStringLiteral("Untitled drill")}));
        QCOMPARE(reset.count(), 0); // never a reset for an edit
    }

    void titlesAreKeptPerKind()
    {
        // a decision and a drill may share an id: renaming one to the other's title still
        // shows the new title
        Project project(test::sampleProject());
        QUndoStack stack;
        ProjectTreeModel model;
        model.setProject(&project);
        Decision twin;
        twin.id = QStringLiteral("x1"); // the drill's id
        twin.title = QStringLiteral("Queue or stream");
        QVERIFY(ui::commands::insertItem(&stack, &project, 0, twin, QStringLiteral("Add decision")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Drill drill = *project.find<Drill>(QStringLiteral("x1"));
        drill.title = QStringLiteral("Same words");
        QVERIFY(ui::commands::replaceItem(&stack, &project, drill, QStringLiteral("Rename drill")));
        twin.title = QStringLiteral("Same words");
        QVERIFY(ui::commands::replaceItem(&stack, &project, twin, QStringLiteral("Rename decision")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.indexOf(ItemRef{ItemKind::Decision, QStringLiteral("x1"), false}).data().toString(),
                 QStringLiteral("Same words"));
    }

    void lensesAreNotListed()
    {
        Project project(test::sampleProject());
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&project);
        LensRecord lens;
        lens.id = QStringLiteral("wa");
        QVERIFY(project.insert(0, lens));
        int children = 0;
        for (int g = 0; g < model.rowCount(); ++g)
            children += model.rowCount(model.index(g, 0));
        QCOMPARE(children, 5);
    }

    void projectGoingAwayEmptiesTheModel()
    {
        ProjectTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        {
            Project project(test::sampleProject());
            model.setProject(&project);
            QCOMPARE(model.rowCount(), int(ProjectTreeModel::RowCount));
        }
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.project());
    }
};

QTEST_MAIN(TestProjectTreeModel)
#include "tst_projecttreemodel.moc"
