// Every chart dock of the real window follows the document the same way (ui/chartdock.h): it
// draws the item of its kind in front, shows its note for anything else, for a removed item
// and for no project, redraws on an edit of its item, and redraws when the font or the
// palette changes. The docks are found in the window, so a dock added later is checked too.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/project.h"
#include "ui/chartdock.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {

ProjectData sample()
{
    return *interchange::fromJson(test::readData(QStringLiteral("../../resources/sample/checkout-platform.json")));
}

QStringList idsOf(const ProjectData &data, ItemKind kind)
{
    QStringList ids;
    switch (kind) {
    case ItemKind::Decision: for (const auto &i : data.decisions) ids << i.id; break;
    case ItemKind::Review: for (const auto &i : data.reviews) ids << i.id; break;
    case ItemKind::Lens: for (const auto &i : data.lenses) ids << i.id; break;
    case ItemKind::Drill: for (const auto &i : data.drills) ids << i.id; break;
    case ItemKind::CostModel: for (const auto &i : data.costModels) ids << i.id; break;
    }
    return ids;
}

template <typename T> void retitle(Project &project, const QString &id)
{
    T item = *project.find<T>(id);
    item.title += QStringLiteral(" (edited)");
    project.replace(item);
}

void editTitle(Project &project, ItemKind kind, const QString &id)
{
    switch (kind) {
    case ItemKind::Decision: retitle<Decision>(project, id); break;
    case ItemKind::Review: retitle<Review>(project, id); break;
    case ItemKind::Drill: retitle<Drill>(project, id); break;
    case ItemKind::CostModel: retitle<CostModel>(project, id); break;
    case ItemKind::Lens: break;
    }
}

bool removeItem(Project &project, ItemKind kind, const QString &id)
{
    switch (kind) {
    case ItemKind::Decision: return project.remove<Decision>(id);
    case ItemKind::Review: return project.remove<Review>(id);
    case ItemKind::Drill: return project.remove<Drill>(id);
    case ItemKind::CostModel: return project.remove<CostModel>(id);
    case ItemKind::Lens: return false;
    }
    return false;
}

} // namespace

class TestChartDocks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void everyChartDockFollowsTheOnePolicy()
    {
        const ProjectData data = sample();
        ui::MainWindow window;
        Project project(data);
        QUndoStack stack;
        window.setDocument(&project, &stack);
        ui::Workbench *bench = window.workbench();

        QList<ui::ChartDock *> docks;
        for (QDockWidget *dock : bench->docks())
            if (auto *chartDock = qobject_cast<ui::ChartDock *>(dock))
                docks << chartDock;
        // scores, sensitivity, risks, drills, latency, crossover
        QVERIFY2(docks.size() >= 6, qPrintable(QString::number(docks.size())));

        for (ui::ChartDock *dock : std::as_const(docks)) {
            const QByteArray name = dock->objectName().toUtf8();
            // the first item of its kind that this dock draws
            QString drawn;
            for (const QString &id : idsOf(data, dock->kind())) {
                bench->setCurrentItem(ui::ItemRef{dock->kind(), id, false});
                if (dock->shownItem() == id) {
                    drawn = id;
                    break;
                }
            }
            QVERIFY2(!drawn.isEmpty(), name.constData());

            int draws = dock->drawCount();
            editTitle(project, dock->kind(), drawn); // an edit of the item drawn reaches the dock
            QVERIFY2(dock->drawCount() > draws, name.constData());

            draws = dock->drawCount();
            QFont bigger = dock->font();
            bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
            dock->setFont(bigger); // the presentation zoom
            QVERIFY2(dock->drawCount() > draws, name.constData());
            draws = dock->drawCount();
            QPalette dark = dock->palette();
            dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
            dock->setPalette(dark);
            QVERIFY2(dock->drawCount() > draws, name.constData());

            bench->setCurrentItem(ui::ItemRef::overviewTab()); // no stale chart
            QVERIFY2(dock->shownItem().isEmpty(), name.constData());
            bench->setCurrentItem(ui::ItemRef{dock->kind(), drawn, false});
            QCOMPARE(dock->shownItem(), drawn);
        }

        // a removed item: every dock that drew it shows its note
        for (ui::ChartDock *dock : std::as_const(docks)) {
            const QString id = dock->shownItem();
            if (id.isEmpty()
                || (!project.find<Decision>(id) && !project.find<Review>(id) && !project.find<Drill>(id)
                    && !project.find<CostModel>(id)))
                continue;
            bench->setCurrentItem(ui::ItemRef{dock->kind(), id, false});
            QVERIFY(removeItem(project, dock->kind(), id));
            QVERIFY2(dock->shownItem().isEmpty(), dock->objectName().toUtf8().constData());
        }

        window.setDocument(nullptr, nullptr);
        for (ui::ChartDock *dock : std::as_const(docks))
            QVERIFY(dock->shownItem().isEmpty());
    }

    // A chart behind another comes forward for the item brought to the front, unless the chart
    // in front draws it too, the user closed it, or the tab in front is the overview.
    void aChartBehindComesForwardForItsItem()
    {
        const ProjectData data = sample();
        QVERIFY(data.decisions.size() >= 2 && !data.reviews.isEmpty() && !data.drills.isEmpty());
        ui::MainWindow window;
        Project project(data);
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::Workbench *bench = window.workbench();
        const auto dock = [&](const char *name) { return window.findChild<ui::ChartDock *>(QLatin1StringView(name)); };
        ui::ChartDock *scores = dock("weightedScoresDock"), *sensitivity = dock("sensitivityDock"),
                      *risks = dock("riskChartDock"), *drills = dock("drillChartDock");
        QVERIFY(scores && sensitivity && risks && drills);
        QVERIFY(window.tabifiedDockWidgets(scores).contains(risks));
        const auto front = [&]() -> ui::ChartDock * {
            ui::ChartDock *shown = nullptr;
            for (ui::ChartDock *d : window.findChildren<ui::ChartDock *>())
                if (ui::ChartDock::inFront(d)) {
                    if (shown)
                        return nullptr; // two charts in front: not one tab group any more
                    shown = d;
                }
            return shown;
        };
        const auto open = [&](ItemKind kind, const QString &id) { bench->openItem(ui::ItemRef{kind, id, false}); };

        QCOMPARE(front(), scores); // the default layout
        open(ItemKind::Review, data.reviews[0].id);
        QTRY_COMPARE(front(), risks);
        QCOMPARE(risks->shownItem(), data.reviews[0].id);
        open(ItemKind::Drill, data.drills[0].id);
        QTRY_COMPARE(front(), drills);
        open(ItemKind::Decision, data.decisions[0].id);
        QTRY_COMPARE(front(), scores); // the first of the two decision charts
        QCOMPARE(scores->shownItem(), data.decisions[0].id);

        // the user's choice among the charts that draw the item stays
        sensitivity->raise();
        QTRY_COMPARE(front(), sensitivity);
        open(ItemKind::Decision, data.decisions[1].id);
        QTest::qWait(20);
        QCOMPARE(front(), sensitivity);
        QCOMPARE(sensitivity->shownItem(), data.decisions[1].id);
        // the overview: no chart draws it, none moves
        bench->setCurrentItem(ui::ItemRef::overviewTab());
        QTest::qWait(20);
        QCOMPARE(front(), sensitivity);

        // a closed chart stays closed
        risks->toggleViewAction()->trigger();
        QVERIFY(risks->isHidden());
        open(ItemKind::Review, data.reviews[0].id);
        QTest::qWait(20);
        QVERIFY(risks->isHidden());
        QCOMPARE(front(), sensitivity);
    }
};

QTEST_MAIN(TestChartDocks)
#include "tst_chartdocks.moc"
