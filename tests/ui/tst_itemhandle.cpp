// ItemHandle<T> (ui/itemhandle.h), the one way the editors change an item: one undo command
// per edit, refused on a read-only project or a removed item, cancelled by the change itself,
// and the item's own changes, removal and return reported, not other items'.
#include "common/testsupport.h"
#include "shellfixtures.h"
#include "ui/commands/itemcommands.h"
#include "ui/itemhandle.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

class TestItemHandle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void anEditIsOneUndoCommand()
    {
        Project project(test::sampleProject());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        const QString id = project.items<Drill>().first().id;
        ui::ItemHandle<Drill> drill(&document, id);
        QSignalSpy changed(&drill, &ui::ItemHandleBase::changed);
        QVERIFY(drill.edit(QStringLiteral("Set RTO"), [](Drill &d) { d.targets.rtoMinutes = 42; }));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(drill.item()->targets.rtoMinutes, std::optional<double>(42));
        QCOMPARE(changed.count(), 1);
        // an unchanged item pushes nothing; a change that returns false cancels
        QVERIFY(!drill.edit(QStringLiteral("Same"), [](Drill &d) { d.targets.rtoMinutes = 42; }));
        QVERIFY(!drill.edit(QStringLiteral("Cancelled"), [](Drill &d) {
            d.targets.rtoMinutes = 7;
            return false;
        }));
        QCOMPARE(stack.count(), 1);
        // typing merges by key
        QVERIFY(drill.edit(QStringLiteral("Title"), [](Drill &d) { d.title = QStringLiteral("Q"); }, QStringLiteral("title")));
        QVERIFY(drill.edit(QStringLiteral("Title"), [](Drill &d) { d.title = QStringLiteral("Q4"); }, QStringLiteral("title")));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(changed.count(), 4);
        QVERIFY(drill.item()->title != QStringLiteral("Q4"));
    }

    void readOnlyAndRemovedRefuse()
    {
        Project project(test::sampleProject());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        const QString id = project.items<Drill>().first().id;
        ui::ItemHandle<Drill> drill(&document, id);
        QSignalSpy readOnly(&drill, &ui::ItemHandleBase::readOnlyChanged);
        project.setReadOnly(true);
        QCOMPARE(readOnly.count(), 1);
        QVERIFY(drill.isReadOnly());
        QVERIFY(!drill.edit(QStringLiteral("Refused"), [](Drill &d) { d.title = QStringLiteral("x"); }));
        project.setReadOnly(false);

        QSignalSpy removed(&drill, &ui::ItemHandleBase::removed);
        QSignalSpy changed(&drill, &ui::ItemHandleBase::changed);
        QVERIFY(ui::commands::removeItem<Drill>(&stack, &project, id, QStringLiteral("Remove")));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!drill.item());
        QVERIFY(!drill.edit(QStringLiteral("Gone"), [](Drill &d) { d.title = QStringLiteral("x"); }));
        Drill other;
        other.id = id;
        QVERIFY(!drill.replace(other, QStringLiteral("Gone")));
        stack.undo(); // it comes back
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<ItemParts>(), ItemParts(ItemPart::All));
        QVERIFY(drill.item());
    }

    void otherItemsAreNotReported()
    {
        Project project(test::sampleProject());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        QVERIFY(project.items<Decision>().size() >= 2);
        ui::ItemHandle<Decision> first(&document, project.items<Decision>().at(0).id);
        ui::ItemHandle<Decision> second(&document, project.items<Decision>().at(1).id);
        QSignalSpy firstChanged(&first, &ui::ItemHandleBase::changed);
        QVERIFY(second.edit(QStringLiteral("Rename"), [](Decision &d) { d.title += QStringLiteral("!"); }));
        QCOMPARE(firstChanged.count(), 0);
        // replace() takes only its own item
        Decision foreign = *second.item();
        QVERIFY(!first.replace(foreign, QStringLiteral("Wrong item")));
    }

    void theDocumentRoutesEachChangeToItsItemsHandles()
    {
        Project project(test::sampleProject());
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        const QString firstId = project.items<Decision>().at(0).id;
        const QString secondId = project.items<Decision>().at(1).id;
        ui::ItemHandle<Decision> first(&document, firstId);
        ui::ItemHandle<Decision> alsoFirst(&document, firstId);
        QSignalSpy firstChanged(&first, &ui::ItemHandleBase::changed);
        QSignalSpy alsoFirstChanged(&alsoFirst, &ui::ItemHandleBase::changed);
        {
            ui::ItemHandle<Decision> second(&document, secondId);
            QCOMPARE(document.handleCount(), 3);
        }
        QCOMPARE(document.handleCount(), 2); // a destroyed handle is let go
        QVERIFY(first.edit(QStringLiteral("Rename"), [](Decision &d) { d.title += QStringLiteral("!"); }));
        QCOMPARE(firstChanged.count(), 1);
        QCOMPARE(alsoFirstChanged.count(), 1);
        QCOMPARE(firstChanged.first().first().value<ItemParts>(), ItemParts(ItemPart::Title));

        // a handle that hears of a change may destroy another handle of the same item
        auto *doomed = new ui::ItemHandle<Decision>(&document, firstId);
        QSignalSpy doomedChanged(doomed, &ui::ItemHandleBase::changed);
        connect(&first, &ui::ItemHandleBase::changed, doomed, [doomed] { delete doomed; });
        QVERIFY(first.edit(QStringLiteral("Rename"), [](Decision &d) { d.title += QStringLiteral("?"); }));
        QCOMPARE(document.handleCount(), 2);

        // read-only reaches every handle
        QSignalSpy readOnly(&alsoFirst, &ui::ItemHandleBase::readOnlyChanged);
        project.setReadOnly(true);
        QCOMPARE(readOnly.count(), 1);
        QVERIFY(!first.edit(QStringLiteral("Refused"), [](Decision &d) { d.title.clear(); }));
    }

    void aHandleOutlivingItsDocumentRefusesEdits()
    {
        Project project(test::sampleProject());
        QUndoStack stack;
        auto document = std::make_unique<ui::ProjectDocument>(&project, &stack);
        ui::ItemHandle<Drill> drill(document.get(), project.items<Drill>().first().id);
        QVERIFY(drill.item());
        document.reset();
        QVERIFY(!drill.document());
        QVERIFY(!drill.item());
        QVERIFY(drill.isReadOnly());
        QVERIFY(!drill.edit(QStringLiteral("Set RTO"), [](Drill &d) { d.targets.rtoMinutes = 1; }));
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestItemHandle)
#include "tst_itemhandle.moc"
