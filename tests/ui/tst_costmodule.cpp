// The cost module in the workbench: Project-menu actions create models from the guide's
// figures (one undo step) and open them, the editor factory picks the editor for the
// model's kind, the chart docks sit on the right and follow the tab in front.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/project.h"
#include "ui/cost/costchartdock.h"
#include "ui/cost/costmodule.h"
#include "ui/cost/crossovermodeleditor.h"
#include "ui/cost/latencymodeleditor.h"
#include "ui/cost/reservedmodeleditor.h"
#include "ui/shell/documenttabs.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shellactions.h"
#include "ui/workbench.h"

#include <QAction>
#include <QChart>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::ui;

class TestCostModule : public QObject {
    Q_OBJECT

    QAction *action(Workbench &bench, const QString &name)
    {
        for (QAction *a : bench.projectActions())
            if (a->objectName() == name)
                return a;
        return nullptr;
    }

private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void installsDocksActionsAndEditor()
    {
        QMainWindow window;
        Workbench bench(&window);
        installCostModule(bench);
        QStringList dockNames;
        for (const auto &[dock, area] : bench.dockPlacements()) {
            dockNames << dock->objectName();
            QCOMPARE(area, Qt::RightDockWidgetArea);
        }
        QCOMPARE(dockNames, (QStringList{QStringLiteral("costVsLatencyDock"), QStringLiteral("loadVsCostDock")}));
        QStringList actionTexts;
        for (QAction *a : bench.projectActions())
            actionTexts << a->text().remove(QLatin1Char('&'));
        QCOMPARE(actionTexts, (QStringList{QStringLiteral("New Latency Model"), QStringLiteral("New Crossover Model"),
                                           QStringLiteral("New Reserved-Capacity Model")}));
        // no project yet: nothing to add to
        QVERIFY(!action(bench, QStringLiteral("newLatencyModel"))->isEnabled());
    }

    void newModelActionsCreateAndOpen()
    {
        QMainWindow window;
        Workbench bench(&window);
        installCostModule(bench);
        Project project;
        QUndoStack stack;
        bench.setProject(&project, &stack);
        QSignalSpy opened(&bench, &Workbench::openItemRequested);

        const QList<std::pair<QString, CostModelKind>> kinds{{QStringLiteral("newLatencyModel"), CostModelKind::Latency},
                                                            {QStringLiteral("newCrossoverModel"), CostModelKind::Crossover},
                                                            {QStringLiteral("newReservedModel"), CostModelKind::Reserved}};
        for (const auto &[name, kind] : kinds) {
            QAction *a = action(bench, name);
            QVERIFY(a && a->isEnabled());
            a->trigger();
            const CostModel &created = project.items<CostModel>().last();
            QCOMPARE(created.kind, kind);
            CostModel expected = cost::defaultCostModel(kind);
            expected.id = created.id;
            QCOMPARE(created, expected);
            QCOMPARE(opened.last().at(0).value<ItemRef>(), (ItemRef{ItemKind::CostModel, created.id, false}));

            std::unique_ptr<QWidget> editor(bench.createEditor(ItemRef{ItemKind::CostModel, created.id, false}, nullptr));
            QVERIFY(editor);
            switch (kind) {
            case CostModelKind::Latency: QVERIFY(qobject_cast<LatencyModelEditor *>(editor.get())); break;
            case CostModelKind::Crossover: QVERIFY(qobject_cast<CrossoverModelEditor *>(editor.get())); break;
            case CostModelKind::Reserved: QVERIFY(qobject_cast<ReservedModelEditor *>(editor.get())); break;
            }
        }
        QCOMPARE(project.items<CostModel>().size(), 3);
        QCOMPARE(stack.count(), 3);
        stack.undo();
        QCOMPARE(project.items<CostModel>().size(), 2);
        QVERIFY(!bench.createEditor(ItemRef{ItemKind::CostModel, QStringLiteral("missing"), false}, nullptr));

        project.setReadOnly(true);
        QVERIFY(!action(bench, QStringLiteral("newLatencyModel"))->isEnabled());
        QVERIFY(createCostModel(bench, CostModelKind::Latency).isEmpty());
        QCOMPARE(project.items<CostModel>().size(), 2);
    }

    void inTheMainWindow()
    {
        MainWindow window;
        Project project;
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Project > New Crossover Model, then New Latency Model: each opens in front
        QAction *newCrossover = nullptr;
        QAction *newLatency = nullptr;
        for (QAction *a : window.actions()->projectMenu->actions()) {
            if (a->objectName() == QStringLiteral("newCrossoverModel"))
                newCrossover = a;
            if (a->objectName() == QStringLiteral("newLatencyModel"))
                newLatency = a;
        }
        QVERIFY(newCrossover && newLatency);
        newCrossover->trigger();
        QTRY_VERIFY(qobject_cast<CrossoverModelEditor *>(window.tabs()->currentWidget()));
        auto *loadDock = window.findChild<CostChartDock *>(QStringLiteral("loadVsCostDock"));
        QTRY_COMPARE(loadDock->shownModelId(), project.items<CostModel>().last().id);
        newLatency->trigger();
        QTRY_VERIFY(qobject_cast<LatencyModelEditor *>(window.tabs()->currentWidget()));
        auto *latencyDock = window.findChild<CostChartDock *>(QStringLiteral("costVsLatencyDock"));
        QTRY_COMPARE(latencyDock->shownModelId(), project.items<CostModel>().last().id);
        latencyDock->raise();
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()).remove(QLatin1Char('&')),
                 QStringLiteral("Checkout p99 latency"));
        const QString dir = qEnvironmentVariable("ARCHBENCH_RENDER_DIR");
        if (!dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/main-window-latency.png"));

        // undo the creation: the tab closes and the dock lets go of the model
        stack.undo();
        QTRY_VERIFY(!qobject_cast<LatencyModelEditor *>(window.tabs()->currentWidget()));
        QVERIFY(latencyDock->shownModelId().isEmpty());
        window.setDocument(nullptr, nullptr);
    }

    void docksFollowTheTabInFront()
    {
        QMainWindow window;
        Workbench bench(&window);
        installCostModule(bench);
        Project project;
        QUndoStack stack;
        bench.setProject(&project, &stack);
        const QString latency = createCostModel(bench, CostModelKind::Latency);
        const QString crossover = createCostModel(bench, CostModelKind::Crossover);
        auto *latencyDock = window.findChild<CostChartDock *>(QStringLiteral("costVsLatencyDock"));
        auto *loadDock = window.findChild<CostChartDock *>(QStringLiteral("loadVsCostDock"));
        QVERIFY(latencyDock && loadDock);

        bench.setCurrentItem(ItemRef{ItemKind::CostModel, latency, false});
        QCOMPARE(latencyDock->shownModelId(), latency);
        QVERIFY(loadDock->shownModelId().isEmpty());
        bench.setCurrentItem(ItemRef{ItemKind::CostModel, crossover, false});
        QCOMPARE(loadDock->shownModelId(), crossover);
        // one policy for every chart dock (ChartDock): no stale chart of a model not in front
        QVERIFY(latencyDock->shownModelId().isEmpty());
        QVERIFY(!latencyDock->chart());
        bench.setCurrentItem(ItemRef::overviewTab());
        QVERIFY(loadDock->shownModelId().isEmpty());
        QVERIFY(!loadDock->chart());
        bench.setCurrentItem(ItemRef{ItemKind::CostModel, latency, false});
        QCOMPARE(latencyDock->shownModelId(), latency);
        QVERIFY(latencyDock->chart());

        bench.setProject(nullptr, nullptr);
        QVERIFY(latencyDock->shownModelId().isEmpty());
        QVERIFY(!latencyDock->chart());
    }
};

QTEST_MAIN(TestCostModule)
#include "tst_costmodule.moc"
