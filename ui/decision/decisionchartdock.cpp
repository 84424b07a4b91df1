#include "decisionchartdock.h"
#include "ui/widgets/whenvisible.h"

#include "chartlegend.h"
#include "criterioncolour.h"
#include "ui/charts/chartstyle.h"

#include "core/decision/decisionmatrix.h"
#include "core/project.h"
#include "ui/workbench.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <utility>

namespace archbench::ui {

DecisionChartDock::DecisionChartDock(const QString &title, const QString &objectName, ChartFactory chart,
                                     CaptionFactory caption, QWidget *parent)
    : QDockWidget(title, parent), m_chartFactory(std::move(chart)), m_captionFactory(std::move(caption)),
      m_stack(new QStackedWidget(this)), m_note(new QLabel(m_stack)), m_view(new QChartView(m_stack)),
      m_legend(new ChartLegend(this)), m_caption(new QLabel(this))
{
    m_whenVisible = new WhenVisible(this, [this] {
        const bool force = std::exchange(m_forceNext, false);
        rebuildNow(force);
    });
    setObjectName(objectName);
    m_note->setText(tr("Open a decision to see this chart."));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(220, 160);
    m_stack->addWidget(m_note);
    m_stack->addWidget(m_view);
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    updateCaptionFont();
    m_caption->setVisible(false);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_caption);
    setWidget(content);
    rebuild();
}

void DecisionChartDock::follow(Workbench *workbench)
{
    connect(workbench, &Workbench::projectChanged, this, [this](core::Project *project) {
        setProject(project);
        showDecision({});
    });
    connect(workbench, &Workbench::currentItemChanged, this, [this](const ItemRef &item) {
        if (!item.overview && item.kind == core::ItemKind::Decision)
            showDecision(item.id);
        else
            showDecision({});
    });
    setProject(workbench->project());
    const ItemRef current = workbench->currentItem();
    showDecision(!current.overview && current.kind == core::ItemKind::Decision ? current.id : QString());
}

void DecisionChartDock::setProject(core::Project *project)
{
    for (const QMetaObject::Connection &c : std::as_const(m_projectConnections))
        disconnect(c);
    m_projectConnections.clear();
    m_project = project;
    if (project) {
        const auto changed = [this](core::ItemKind kind, const QString &id) {
            if (kind == core::ItemKind::Decision && id == m_decisionId)
                rebuild();
        };
        m_projectConnections << connect(project, &core::Project::itemChanged, this, changed);
        m_projectConnections << connect(project, &core::Project::itemInserted, this, changed);
        m_projectConnections << connect(project, &core::Project::itemRemoved, this, changed);
    }
    rebuild();
}

void DecisionChartDock::showDecision(const QString &decisionId)
{
    if (decisionId == m_decisionId)
        return;
    m_decisionId = decisionId;
    rebuild();
}

void DecisionChartDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateCaptionFont();
        rebuild(true);
    }
}

void DecisionChartDock::updateCaptionFont()
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_caption->setFont(f);
}

QChart *DecisionChartDock::chart() const
{
    return m_stack->currentWidget() == m_view ? m_view->chart() : nullptr;
}

void DecisionChartDock::rebuild(bool force)
{
    m_forceNext = m_forceNext || force;
    m_whenVisible->run();
}

void DecisionChartDock::rebuildNow(bool force)
{
    const core::Decision *d = m_project && !m_decisionId.isEmpty() ? m_project->find<core::Decision>(m_decisionId) : nullptr;
    if (d && !force && m_drawn && m_drawn->id == d->id && core::DecisionMatrix::sameMatrix(*m_drawn, *d))
        return;
    m_drawn.reset();
    if (!d) {
        m_stack->setCurrentWidget(m_note);
        m_caption->setVisible(false);
        m_legend->setVisible(false);
        return;
    }
    ++m_rebuilds;
    m_drawn = *d;
    QChart *chart = m_chartFactory(*d);
    charts::show(m_view, chart);
    m_legend->takeFrom(chart); // wraps instead of cutting names short in a narrow dock
    m_legend->setVisible(true);
    m_stack->setCurrentWidget(m_view);
    if (m_captionFactory) {
        m_caption->setText(m_captionFactory(*d));
        m_caption->setVisible(true);
    }
}

} // namespace archbench::ui
