#include "drillchartdock.h"
#include "ui/charts/chartstyle.h"

#include "core/project.h"
#include "drillcharts.h"
#include "ui/workbench.h"
#include "ui/widgets/quiettabs.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    // Narrower than this and titles, axis titles and legends get elided.
    view->setMinimumWidth(view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    return view;
}

} // namespace

DrillChartDock::DrillChartDock(Workbench &workbench, QWidget *parent)
    : ChartDock(core::ItemKind::Drill, tr("Drills"), parent), m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("drillChartDock"));
    keepTabsQuiet(m_pages);
    auto *single = new QWidget;
    auto *singleLayout = new QVBoxLayout(single);
    m_placeholder = makeNote(tr("Open a drill to see whether it met its targets."), single);
    m_drillView = makeView(single);
    m_lossView = makeView(single);
    singleLayout->addWidget(m_placeholder);
    singleLayout->addWidget(m_drillView, 1);
    singleLayout->addWidget(m_lossView, 1);

    auto *trend = new QWidget;
    auto *trendLayout = new QVBoxLayout(trend);
    m_trendPlaceholder = makeNote(tr("Drills with a date appear here in date order."), trend);
    m_trendView = makeView(trend);
    m_lossTrendView = makeView(trend);
    trendLayout->addWidget(m_trendPlaceholder);
    trendLayout->addWidget(m_trendView, 1);
    trendLayout->addWidget(m_lossTrendView, 1);

    m_pages->addTab(single, tr("This drill"));
    m_pages->addTab(trend, tr("Trend"));
    // The charts keep the size at which their words stay legible; the dock itself may be
    // smaller (a 1280 x 720 projector) and then scrolls, instead of holding the window open.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    follow(&workbench);
}

bool DrillChartDock::concerns(core::ItemKind kind, const QString &id) const
{
    Q_UNUSED(id);
    return kind == core::ItemKind::Drill;
}

void DrillChartDock::draw(bool forced)
{
    Q_UNUSED(forced); // drill charts are cheap: always drawn afresh
    const core::Drill *drill = project() && !shownItem().isEmpty() ? project()->find<core::Drill>(shownItem()) : nullptr;
    m_placeholder->setVisible(!drill);
    m_drillView->setVisible(drill);
    m_lossView->setVisible(drill);
    if (drill) {
        charts::show(m_drillView, createDrillChart(*drill));
        charts::show(m_lossView, createDrillDataLossChart(*drill));
    }

    const QList<core::Drill> drills = project() ? project()->items<core::Drill>() : QList<core::Drill>();
    const bool anyDated = !drillsInDateOrder(drills).isEmpty();
    m_trendPlaceholder->setVisible(!anyDated);
    m_trendView->setVisible(anyDated);
    m_lossTrendView->setVisible(anyDated);
    if (anyDated) {
        charts::show(m_trendView, createDrillTrendChart(drills));
        charts::show(m_lossTrendView, createDrillDataLossTrendChart(drills));
    }
}

} // namespace archbench::ui
