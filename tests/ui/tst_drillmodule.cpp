// The drill module plugged into a workbench: the editor factory for drills, "New Drill" in
// the Project menu (creates through an undo command and opens the new drill), and the two
// docks in their areas.
#include "common/testsupport.h"
#include "core/drill/drtierpresets.h"
#include "core/project.h"
#include "ui/drill/drilleditor.h"
#include "ui/drill/drillmodule.h"
#include "ui/workbench.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

class TestDrillModule : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void installsEditorActionAndDocks()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        ui::installDrillModule(workbench);

        QAction *newDrill = nullptr;
        for (QAction *action : workbench.projectActions())
            if (action->objectName() == QStringLiteral("newDrillAction"))
                newDrill = action;
        QVERIFY(newDrill);
        QVERIFY(!newDrill->isEnabled()); // no project yet

        QStringList docks;
        for (const auto &[dock, area] : workbench.dockPlacements()) {
            docks << dock->objectName();
            if (dock->objectName() == QStringLiteral("actionItemsDock"))
                QCOMPARE(area, Qt::BottomDockWidgetArea);
            if (dock->objectName() == QStringLiteral("drillChartDock"))
                QCOMPARE(area, Qt::RightDockWidgetArea);
        }
        QVERIFY(docks.contains(QStringLiteral("actionItemsDock")));
        QVERIFY(docks.contains(QStringLiteral("drillChartDock")));

        Project project;
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QVERIFY(newDrill->isEnabled());

        QSignalSpy open(&workbench, &ui::Workbench::openItemRequested);
        newDrill->trigger();
        QCOMPARE(project.items<Drill>().size(), 1);
        const Drill &drill = project.items<Drill>().first();
        QCOMPARE(drill.date, QDate::currentDate());
        QCOMPARE(drill.targets, typicalTargets(drill.tier));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).value<ui::ItemRef>(), (ui::ItemRef{ItemKind::Drill, drill.id}));

        std::unique_ptr<QWidget> editor(workbench.createEditor(ui::ItemRef{ItemKind::Drill, drill.id}, nullptr));
        QVERIFY(qobject_cast<ui::DrillEditor *>(editor.get()));
        QVERIFY(!workbench.createEditor(ui::ItemRef{ItemKind::Drill, QStringLiteral("nope")}, nullptr));

        stack.undo();
        QVERIFY(project.items<Drill>().isEmpty());

        project.setReadOnly(true);
        QVERIFY(!newDrill->isEnabled());
        newDrill->trigger();
        QVERIFY(project.items<Drill>().isEmpty());
        project.setReadOnly(false);
        QVERIFY(newDrill->isEnabled());
        workbench.setProject(nullptr, nullptr);
    }
};

QTEST_MAIN(TestDrillModule)
#include "tst_drillmodule.moc"
