#include "costchartdock.h"

#include "ui/charts/chartstyle.h"
#include "costcharts.h"
#include "core/project.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>

namespace archbench::ui {

CostChartDock::CostChartDock(core::CostModelKind kind, Workbench *workbench, QWidget *parent)
    : ChartDock(core::ItemKind::CostModel, QString(), parent), m_kind(kind), m_stack(new QStackedWidget(this)),
      m_view(new QChartView(m_stack))
{
    const bool latency = kind == core::CostModelKind::Latency;
    setObjectName(latency ? QStringLiteral("costVsLatencyDock") : QStringLiteral("loadVsCostDock"));
    // short titles: the right area's tabs must read in full (ui/shell/docktabbars.h)
    setWindowTitle(latency ? tr("Latency") : tr("Crossover"));
    m_placeholder = makeNote(latency ? tr("Open a latency cost model to see what each optimisation step buys.")
                                     : tr("Open a crossover cost model to see which compute option is cheapest at each load."),
                             m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(200, 160);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    setWidget(m_stack);
    if (workbench)
        follow(workbench);
    else
        redraw();
}

QChart *CostChartDock::chart() const
{
    return shownItem().isEmpty() ? nullptr : m_view->chart();
}

bool CostChartDock::accepts(const QString &id) const
{
    const core::CostModel *model = project() ? project()->find<core::CostModel>(id) : nullptr;
    return model && model->kind == m_kind;
}

void CostChartDock::draw(bool forced)
{
    Q_UNUSED(forced); // a cost chart is cheap: always drawn afresh
    const core::CostModel *model = project() && !shownItem().isEmpty() ? project()->find<core::CostModel>(shownItem()) : nullptr;
    if (!model) {
        m_stack->setCurrentWidget(m_placeholder);
        charts::show(m_view, nullptr);
    } else {
        charts::show(m_view, createCostChart(*model, project()->info().currency));
        m_stack->setCurrentWidget(m_view);
    }
}

} // namespace archbench::ui
