#include "costchartdock.h"
#include "ui/widgets/whenvisible.h"

#include "ui/charts/chartstyle.h"
#include "costcharts.h"
#include "ui/workbench.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>

namespace archbench::ui {

CostChartDock::CostChartDock(core::CostModelKind kind, Workbench *workbench, QWidget *parent)
    : QDockWidget(parent), m_kind(kind), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(m_stack)),
      m_view(new QChartView(m_stack))
{
    m_whenVisible = new WhenVisible(this, [this] { redrawNow(); });
    const bool latency = kind == core::CostModelKind::Latency;
    setObjectName(latency ? QStringLiteral("costVsLatencyDock") : QStringLiteral("loadVsCostDock"));
    // short titles: the right area's tabs must read in full (ui/shell/docktabbars.h)
    setWindowTitle(latency ? tr("Latency") : tr("Crossover"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(12);
    m_placeholder->setText(latency ? tr("Open a latency cost model to see what each optimisation step buys.")
                                   : tr("Open a crossover cost model to see which compute option is cheapest at each load."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(200, 160);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    setWidget(m_stack);

    if (workbench) {
        connect(workbench, &Workbench::projectChanged, this, &CostChartDock::setProject);
        connect(workbench, &Workbench::currentItemChanged, this, &CostChartDock::follow);
        setProject(workbench->project());
        follow(workbench->currentItem());
    }
}

CostChartDock::~CostChartDock()
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
}

QChart *CostChartDock::chart() const
{
    return m_modelId.isEmpty() ? nullptr : m_view->chart();
}

void CostChartDock::setProject(core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_modelId.clear();
    if (project) {
        connect(project, &core::Project::itemChanged, this, [this](core::ItemKind kind, const QString &id) {
            if (kind == core::ItemKind::CostModel && id == m_modelId)
                redraw();
        });
        connect(project, &core::Project::itemRemoved, this, [this](core::ItemKind kind, const QString &id) {
            if (kind == core::ItemKind::CostModel && id == m_modelId)
                showModel({});
        });
        connect(project, &core::Project::infoChanged, this, &CostChartDock::redraw);
    }
    redraw();
}

void CostChartDock::showModel(const QString &id)
{
    const core::CostModel *model = m_project && !id.isEmpty() ? m_project->find<core::CostModel>(id) : nullptr;
    if (!id.isEmpty() && (!model || model->kind != m_kind))
        return;
    m_modelId = id;
    redraw();
}

void CostChartDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        redraw(); // presentation zoom, dark mode
}

void CostChartDock::follow(const ItemRef &item)
{
    if (!item.overview && item.kind == core::ItemKind::CostModel)
        showModel(item.id);
}

void CostChartDock::redraw()
{
    m_whenVisible->run();
}

void CostChartDock::redrawNow()
{
    const core::CostModel *model = m_project && !m_modelId.isEmpty() ? m_project->find<core::CostModel>(m_modelId) : nullptr;
    if (!model) {
        m_stack->setCurrentWidget(m_placeholder);
        charts::show(m_view, nullptr);
    } else {
        charts::show(m_view, createCostChart(*model, m_project->info().currency));
        m_stack->setCurrentWidget(m_view);
    }
}

} // namespace archbench::ui
