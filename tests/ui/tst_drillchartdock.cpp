// The drill charts and their dock: the per-drill charts stack the three phases against the
// RTO line and the data loss against the RPO line, the trend puts drills in date order; the
// dock follows the drill tab in front and rebuilds on edits.
#include "common/testsupport.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/drill/drillchartdock.h"
#include "ui/drill/drillcharts.h"
#include "ui/workbench.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QMainWindow>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::ui;

namespace {
Drill drill(const QString &id, const QDate &date, DrillMeasured measured)
{
    Drill d;
    d.id = id;
    d.title = id;
    d.date = date;
    d.targets = {15.0, 5.0};
    d.measured = measured;
    return d;
}

ProjectData sample()
{
    ProjectData data;
    data.drills = {drill(QStringLiteral("q4"), QDate(2026, 11, 20), {4.0, 6.0, 22.0, 15.0}),
                   drill(QStringLiteral("q3"), QDate(2026, 8, 21), {2.0, 3.0, 7.0, 1.0})};
    return data;
}

template <typename T> QList<T *> seriesOf(QChart *chart)
{
    QList<T *> out;
    for (QAbstractSeries *s : chart->series())
        if (auto *t = qobject_cast<T *>(s))
            out << t;
    return out;
}
} // namespace

class TestDrillChartDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void drillChartStacksPhasesAgainstTheTarget()
    {
        const Drill d = sample().drills[0];
        std::unique_ptr<QChart> chart(createDrillChart(d));
        QVERIFY(!chart->title().isEmpty());
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
        const auto bars = seriesOf<QHorizontalStackedBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->count(), 3);
        QCOMPARE(bars[0]->barSets()[0]->at(0), 4.0);
        QCOMPARE(bars[0]->barSets()[2]->at(0), 22.0);
        const auto lines = seriesOf<QLineSeries>(chart.get());
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0]->at(0).x(), 15.0);
        QVERIFY(lines[0]->name().contains(QStringLiteral("15 min")));
        // the verdict word travels with the figure
        auto *category = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical, bars[0]).value(0));
        QVERIFY(category);
        QCOMPARE(category->categories().value(0), QStringLiteral("32 min<br>missed"));
        // the value axis reaches past the longer of bar and target, with a unit
        auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal, bars[0]).value(0));
        QVERIFY(x && x->max() >= 32);
        QVERIFY(x->titleText().contains(QStringLiteral("Minutes")));
    }

    void dataLossChart()
    {
        std::unique_ptr<QChart> chart(createDrillDataLossChart(sample().drills[1]));
        const auto lines = seriesOf<QLineSeries>(chart.get());
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0]->at(0).x(), 5.0);
        QVERIFY(chart->title().contains(QStringLiteral("RPO")));
    }

    void unmeasuredDrillStillDrawsTheTarget()
    {
        Drill d = drill(QStringLiteral("n"), QDate(2026, 1, 1), {});
        std::unique_ptr<QChart> chart(createDrillChart(d));
        QCOMPARE(seriesOf<QHorizontalStackedBarSeries>(chart.get())[0]->count(), 0);
        QCOMPARE(seriesOf<QLineSeries>(chart.get()).size(), 1);
        auto *category = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(category);
        QCOMPARE(category->categories().value(0), QStringLiteral("not measured"));
    }

    void trendInDateOrder()
    {
        const ProjectData data = sample();
        QCOMPARE(drillsInDateOrder(data.drills).first().id, QStringLiteral("q3"));
        std::unique_ptr<QChart> chart(createDrillTrendChart(data.drills));
        const auto bars = seriesOf<QStackedBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->barSets()[2]->at(0), 7.0);  // q3 first
        QCOMPARE(bars[0]->barSets()[2]->at(1), 22.0); // then q4
        auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal, bars[0]).value(0));
        QCOMPARE(x->categories(), (QStringList{QStringLiteral("2026-08-21<br>met"), QStringLiteral("2026-11-20<br>missed")}));
        const auto target = seriesOf<QLineSeries>(chart.get());
        QCOMPARE(target.size(), 1);
        QCOMPARE(target[0]->count(), 2);
        QCOMPARE(target[0]->at(1), QPointF(1, 15));

        std::unique_ptr<QChart> loss(createDrillDataLossTrendChart(data.drills));
        const auto lossBars = seriesOf<QStackedBarSeries>(loss.get());
        QCOMPARE(lossBars[0]->barSets()[0]->at(0), 1.0);  // within the RPO
        QCOMPARE(lossBars[0]->barSets()[1]->at(1), 15.0); // over the RPO
    }

    void chartsTakeAParent()
    {
        QObject owner;
        QChart *chart = createDrillTrendChart(sample().drills, &owner);
        QCOMPARE(chart->parent(), &owner);
    }

    void dockFollowsTheDrillInFront()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        auto *dock = new ui::DrillChartDock(workbench, &window);
        workbench.addDock(dock, Qt::RightDockWidgetArea);
        QCOMPARE(dock->objectName(), QStringLiteral("drillChartDock"));
        Project project(sample());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(dock->shownDrillId(), QString());
        QVERIFY(!dock->drillView()->isVisible());
        QVERIFY(dock->trendView()->chart());

        workbench.setCurrentItem(ui::ItemRef{ItemKind::Drill, QStringLiteral("q4")});
        QCOMPARE(dock->shownDrillId(), QStringLiteral("q4"));
        QVERIFY(dock->drillView()->isVisible());
        // another kind of tab: the note instead of a stale chart (ChartDock's one policy); the
        // trend of every drill stays
        workbench.setCurrentItem(ui::ItemRef::overviewTab());
        QVERIFY(dock->shownDrillId().isEmpty());
        QVERIFY(!dock->drillView()->isVisible());
        QVERIFY(!dock->trendView()->isHidden() && dock->trendView()->chart());
        workbench.setCurrentItem(ui::ItemRef{ItemKind::Drill, QStringLiteral("q4")});
        QCOMPARE(dock->shownDrillId(), QStringLiteral("q4"));

        // an edit rebuilds the chart
        Drill edited = *project.find<Drill>(QStringLiteral("q4"));
        edited.measured.recoverMinutes = 5.0;
        QVERIFY(ui::commands::replaceItem(&stack, &project, edited, QStringLiteral("Recover")));
        const auto bars = seriesOf<QHorizontalStackedBarSeries>(dock->drillView()->chart());
        QCOMPARE(bars[0]->barSets()[2]->at(0), 5.0);

        const QString dir = qEnvironmentVariable("ARCHBENCH_SCREENSHOTS");
        if (!dir.isEmpty()) {
            dock->resize(420, 820);
            QVERIFY(dock->grab().save(dir + QStringLiteral("/drillchartdock.png")));
            dock->pages()->setCurrentIndex(1);
            QVERIFY(dock->grab().save(dir + QStringLiteral("/drillchartdock-trend.png")));
        }
        stack.undo();

        // removing the drill shows the placeholder again
        QVERIFY(ui::commands::removeItem<Drill>(&stack, &project, QStringLiteral("q4"), QStringLiteral("Remove")));
        QVERIFY(!dock->drillView()->isVisible());
    }
};

QTEST_MAIN(TestDrillChartDock)
#include "tst_drillchartdock.moc"
