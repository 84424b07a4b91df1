// Deleting, duplicating and reordering items from the Project tree (issue 13 §4: "the commands
// exist; nothing reaches them"), by the keys of the tree, the Edit menu and the tree's context
// menu: every change one undo step, a duplicate with new ids throughout, links to a deleted
// decision cleared in the same step, a lens in use refused, and the keys left to the editors
// when the tree does not have the keyboard.
#include "common/testsupport.h"
#include "core/decision/weightedscore.h"
#include "core/interchange/interchange.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/shell/documenttabs.h"
#include "ui/shell/itemactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/projectdock.h"
#include "ui/shell/projecttreemodel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::ItemRef;

namespace {
ProjectData sample()
{
    QFile f(QStringLiteral(ARCHBENCH_SOURCE_DIR "/resources/sample/checkout-platform.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    return *interchange::fromJson(f.readAll());
}

QStringList ids(const QList<Decision> &decisions)
{
    QStringList out;
    for (const Decision &d : decisions)
        out << d.id;
    return out;
}

/// Every id nested in a decision (criteria, options, constraints, triggers).
QSet<QString> nestedIds(const Decision &d)
{
    QSet<QString> out;
    for (const Criterion &c : d.criteria)
        out << c.id;
    for (const Option &o : d.options)
        out << o.id;
    for (const HardConstraint &k : d.constraints)
        out << k.id;
    for (const RevisitTrigger &t : d.revisitTriggers)
        out << t.id;
    return out;
}

/// The main window with the sample open and the keyboard in the Project tree.
struct Session {
    Session() : project(sample())
    {
        window.setDocument(&project, &stack);
        window.resize(1600, 1000);
        window.show();
        QApplication::setActiveWindow(&window);
    }
    bool ready()
    {
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        tree()->setFocus();
        return tree()->hasFocus();
    }
    QTreeView *tree() const { return window.projectDock()->view(); }
    void select(core::ItemKind kind, const QString &id)
    {
        tree()->setCurrentIndex(window.projectDock()->model()->indexOf(ItemRef{kind, id, false}));
    }
    ItemRef current() const { return window.projectDock()->selectedItem(); }
    QAction *action(const char *name) const { return window.findChild<QAction *>(QLatin1StringView(name)); }
    void key(int key, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(tree(), Qt::Key(key), mods); }

    Project project;
    QUndoStack stack;
    ui::MainWindow window;
};
} // namespace

class TestItemActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QCoreApplication::setOrganizationName(QStringLiteral("ArchbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_itemactions"));
        QSettings().clear();
    }

    void inTheEditMenuWithTheirKeys()
    {
        Session s;
        QMenu *edit = s.window.menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"));
        QVERIFY(edit);
        for (const char *name : {"actionDuplicateItem", "actionDeleteItem", "actionMoveItemUp", "actionMoveItemDown"})
            QVERIFY2(edit->actions().contains(s.action(name)), name);
        QCOMPARE(s.action("actionDeleteItem")->shortcut(), QKeySequence(Qt::Key_Delete));
        QCOMPARE(s.action("actionDuplicateItem")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(s.action("actionMoveItemUp")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
        QCOMPARE(s.action("actionMoveItemDown")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
        // nothing to act on: a group row
        s.tree()->setCurrentIndex(s.window.projectDock()->model()->groupIndex(ItemKind::Decision));
        for (QAction *a : s.window.itemActions()->actions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        s.select(ItemKind::Decision, QStringLiteral("dec-orders-db"));
        QVERIFY(s.action("actionDeleteItem")->isEnabled());
        QVERIFY(!s.action("actionMoveItemUp")->isEnabled()); // already first
        QVERIFY(s.action("actionMoveItemDown")->isEnabled());
        s.project.setReadOnly(true);
        for (QAction *a : s.window.itemActions()->actions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
    }

    void deleteByKeyAndUndo()
    {
        Session s;
        QVERIFY(s.ready());
        const ProjectData before = s.project.data();
        s.select(ItemKind::Drill, before.drills.first().id);
        s.key(Qt::Key_Delete);
        QCOMPARE(s.project.data().drills.size(), before.drills.size() - 1);
        QVERIFY(!s.project.find<Drill>(before.drills.first().id));
        QCOMPARE(s.stack.count(), 1);
        QVERIFY(s.window.statusBar()->currentMessage().startsWith(QStringLiteral("Deleted \u201C")));
        s.stack.undo();
        QCOMPARE(s.project.data(), before);
        s.stack.redo();
        QVERIFY(!s.project.find<Drill>(before.drills.first().id));
        s.stack.undo();
        QCOMPARE(s.project.data(), before);

        // every kind of the tree, from the Edit menu
        s.select(ItemKind::CostModel, before.costModels.last().id);
        s.action("actionDeleteItem")->trigger();
        QCOMPARE(s.project.data().costModels.size(), before.costModels.size() - 1);
        s.select(ItemKind::Review, before.reviews.first().id);
        s.action("actionDeleteItem")->trigger();
        QCOMPARE(s.project.data().reviews.size(), before.reviews.size() - 1);
        s.select(ItemKind::Decision, before.decisions[1].id);
        s.action("actionDeleteItem")->trigger();
        QCOMPARE(s.project.data().decisions.size(), before.decisions.size() - 1);
        while (s.stack.canUndo())
            s.stack.undo();
        QCOMPARE(s.project.data(), before);
    }

    void deletingASupersedingDecisionClearsTheLink()
    {
        Session s;
        QVERIFY(s.ready());
        const ProjectData before = s.project.data();
        const QString queue = QStringLiteral("dec-order-events-queue");
        const QString log = QStringLiteral("dec-order-events-log");
        QCOMPARE(s.project.find<Decision>(queue)->supersededBy, log);
        s.select(ItemKind::Decision, log);
        s.key(Qt::Key_Delete);
        QVERIFY(!s.project.find<Decision>(log));
        QCOMPARE(s.project.find<Decision>(queue)->supersededBy, QString());
        QCOMPARE(s.project.find<Decision>(queue)->status, DecisionStatus::Superseded);
        QVERIFY(interchange::validate(s.project.data())); // no dangling link in a saved file
        QVERIFY2(s.window.statusBar()->currentMessage().contains(QStringLiteral("no longer names it")),
                 qPrintable(s.window.statusBar()->currentMessage()));
        QCOMPARE(s.stack.count(), 1); // one step for both
        s.stack.undo();
        QCOMPARE(s.project.data(), before);
    }

    void aLensInUseIsNotDeleted()
    {
        Project project(sample());
        QUndoStack stack;
        const QString lens = project.data().reviews.first().lens;
        QVERIFY(project.find<LensRecord>(lens));
        const QString refusal = ui::commands::deleteRefusal(project, ItemKind::Lens, lens);
        QVERIFY2(refusal.contains(project.data().reviews.first().title), qPrintable(refusal));
        QVERIFY(!ui::commands::deleteItem(&stack, &project, ItemKind::Lens, lens, QStringLiteral("Delete lens")));
        QVERIFY(project.find<LensRecord>(lens));
        QCOMPARE(stack.count(), 0);
        // once no review uses it, it goes, undoably
        for (const Review &r : project.data().reviews)
            QVERIFY(ui::commands::deleteItem(&stack, &project, ItemKind::Review, r.id, QStringLiteral("Delete review")));
        QVERIFY(ui::commands::deleteRefusal(project, ItemKind::Lens, lens).isEmpty());
        QVERIFY(ui::commands::deleteItem(&stack, &project, ItemKind::Lens, lens, QStringLiteral("Delete lens")));
        QVERIFY(!project.find<LensRecord>(lens));
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(project.data(), sample());
        // a lens is not duplicated
        QVERIFY(ui::commands::duplicateItem(&stack, &project, ItemKind::Lens, lens, QStringLiteral("Copy")).isEmpty());
    }

    void duplicateHasNewIdsThroughout()
    {
        Session s;
        QVERIFY(s.ready());
        const ProjectData before = s.project.data();
        const Decision &original = before.decisions.first();
        s.select(ItemKind::Decision, original.id);
        s.key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(s.project.data().decisions.size(), before.decisions.size() + 1);
        const Decision copy = s.project.data().decisions[1]; // right after the original
        QCOMPARE(copy.title, original.title + QStringLiteral(" (copy)"));
        QVERIFY(copy.id != original.id);
        QVERIFY(!nestedIds(original).intersects(nestedIds(copy)));
        QCOMPARE(nestedIds(copy).size(), nestedIds(original).size());
        // references follow the new ids: same scores, same ranking, same chosen option
        QCOMPARE(copy.scores.size(), original.scores.size());
        const WeightedScore a = WeightedScore::compute(original);
        const WeightedScore b = WeightedScore::compute(copy);
        QCOMPARE(b.rankedCount(), a.rankedCount());
        QCOMPARE(b.find(b.leader())->name, a.find(a.leader())->name);
        QVERIFY(!copy.chosenOption.isEmpty());
        QVERIFY(b.find(copy.chosenOption));
        QCOMPARE(b.find(copy.chosenOption)->name, a.find(original.chosenOption)->name);
        QVERIFY(interchange::validate(s.project.data()));
        // the copy is selected in the tree; one undo step takes it away
        QCOMPARE(s.current(), (ItemRef{ItemKind::Decision, copy.id, false}));
        QCOMPARE(s.stack.count(), 1);
        s.stack.undo();
        QCOMPARE(s.project.data(), before);
        s.stack.redo();
        QCOMPARE(s.project.data().decisions[1], copy);
    }

    void duplicateEveryKind()
    {
        Session s;
        QVERIFY(s.ready());
        const ProjectData before = s.project.data();
        s.select(ItemKind::Review, before.reviews.first().id);
        s.action("actionDuplicateItem")->trigger();
        s.select(ItemKind::Drill, before.drills.first().id);
        s.action("actionDuplicateItem")->trigger();
        s.select(ItemKind::CostModel, before.costModels.first().id);
        s.action("actionDuplicateItem")->trigger();
        const ProjectData after = s.project.data();
        QCOMPARE(after.reviews.size(), before.reviews.size() + 1);
        QCOMPARE(after.drills.size(), before.drills.size() + 1);
        QCOMPARE(after.costModels.size(), before.costModels.size() + 1);
        const Review &review = after.reviews[1];
        QCOMPARE(review.lens, before.reviews.first().lens);
        QCOMPARE(review.answers, before.reviews.first().answers);
        QCOMPARE(review.improvements.size(), before.reviews.first().improvements.size());
        for (int i = 0; i < review.improvements.size(); ++i)
            QVERIFY(review.improvements[i].id != before.reviews.first().improvements[i].id);
        for (int i = 0; i < review.milestones.size(); ++i)
            QVERIFY(review.milestones[i].id != before.reviews.first().milestones[i].id);
        const Drill &drill = after.drills[1];
        QVERIFY(drill.title.endsWith(QStringLiteral(" (copy)")));
        for (int i = 0; i < drill.actionItems.size(); ++i)
            QVERIFY(drill.actionItems[i].id != before.drills.first().actionItems[i].id);
        QVERIFY(after.costModels[1].id != before.costModels.first().id);
        QCOMPARE(after.costModels[1].steps, before.costModels.first().steps);
        QVERIFY(interchange::validate(after));
        QCOMPARE(s.stack.count(), 3);
        while (s.stack.canUndo())
            s.stack.undo();
        QCOMPARE(s.project.data(), before);
    }

    void moveByKeysAndUndo()
    {
        Session s;
        QVERIFY(s.ready());
        const QStringList before = ids(s.project.data().decisions);
        s.select(ItemKind::Decision, before[0]);
        s.key(Qt::Key_Down, Qt::AltModifier);
        QStringList expected = before;
        expected.move(0, 1);
        QCOMPARE(ids(s.project.data().decisions), expected);
        QCOMPARE(s.current(), (ItemRef{ItemKind::Decision, before[0], false})); // the moved row stays current
        QCOMPARE(s.window.projectDock()->model()->indexOf(s.current()).row(), 1);
        s.key(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(ids(s.project.data().decisions), before);
        s.key(Qt::Key_Up, Qt::AltModifier); // already first: nothing
        QCOMPARE(ids(s.project.data().decisions), before);
        QCOMPARE(s.stack.count(), 2);
        s.stack.undo();
        QCOMPARE(ids(s.project.data().decisions), expected);
        s.stack.undo();
        QCOMPARE(ids(s.project.data().decisions), before);
        // the last one cannot go further down
        s.select(ItemKind::Decision, before.last());
        QVERIFY(!s.action("actionMoveItemDown")->isEnabled());
        s.key(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(ids(s.project.data().decisions), before);
    }

    void keysBelongToTheTree()
    {
        Session s;
        QVERIFY(s.ready());
        const ProjectData before = s.project.data();
        // the tree follows the tab in front, but the keyboard is in the editor
        s.select(ItemKind::Decision, before.decisions.first().id);
        s.window.workbench()->openItem(ItemRef{ItemKind::Decision, before.decisions.first().id, false});
        QWidget *editorFocus = QApplication::focusWidget();
        QVERIFY(editorFocus);
        if (editorFocus == s.tree()) {
            s.window.tabs()->currentWidget()->setFocus();
            editorFocus = QApplication::focusWidget();
        }
        QVERIFY(!s.tree()->isAncestorOf(editorFocus) && editorFocus != s.tree());
        QTest::keyClick(editorFocus, Qt::Key_D, Qt::ControlModifier);
        QTest::keyClick(editorFocus, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(ids(s.project.data().decisions), ids(before.decisions));
    }

    void contextMenu()
    {
        Session s;
        QVERIFY(s.ready());
        const QModelIndex row = s.window.projectDock()->model()->indexOf(
            ItemRef{ItemKind::Drill, s.project.data().drills.first().id, false});
        QStringList shown;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions())
                if (!a->isSeparator())
                    shown << (a->objectName().isEmpty() ? a->text() : a->objectName());
            menu->close();
        });
        emit s.tree()->customContextMenuRequested(s.tree()->visualRect(row).center());
        QCOMPARE(s.current(), (ItemRef{ItemKind::Drill, s.project.data().drills.first().id, false}));
        QCOMPARE(shown, (QStringList{QStringLiteral("&Open"), QStringLiteral("actionDuplicateItem"),
                                     QStringLiteral("actionDeleteItem"), QStringLiteral("actionMoveItemUp"),
                                     QStringLiteral("actionMoveItemDown")}));
    }
};

QTEST_MAIN(TestItemActions)
#include "tst_itemactions.moc"
