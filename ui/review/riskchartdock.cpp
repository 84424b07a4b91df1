#include "riskchartdock.h"
#include "ui/charts/chartstyle.h"
#include "ui/widgets/whenvisible.h"

#include "core/review/reviewreport.h"
#include "riskcharts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>

namespace archbench::ui {

RiskChartDock::RiskChartDock(Workbench *workbench, QWidget *parent)
    : QDockWidget(tr("Risks"), parent), m_workbench(workbench)
{
    m_whenVisible = new WhenVisible(this, [this] { rebuildNow(); });
    setObjectName(QStringLiteral("riskChartDock"));
    m_placeholder = new QLabel(this);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(12);
    m_riskView = new QChartView(this);
    m_riskView->setRenderHint(QPainter::Antialiasing);
    m_riskView->setMinimumHeight(220);
    // narrower than this and the legend words get cut off, leaving colour alone
    m_riskView->setMinimumWidth(360);
    m_trendView = new QChartView(this);
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(200);
    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_riskView);
    charts->addWidget(m_trendView);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(charts);
    // The charts keep the size at which their words stay legible; the dock itself may be
    // smaller (a 1280 x 720 projector) and then scrolls, instead of holding the window open.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    if (m_workbench) {
        connect(m_workbench, &Workbench::projectChanged, this, [this](core::Project *project) {
            showReview(project, {});
        });
        connect(m_workbench, &Workbench::currentItemChanged, this, [this](const ItemRef &item) {
            const bool review = !item.overview && item.kind == core::ItemKind::Review;
            showReview(m_workbench->project(), review ? item.id : QString());
        });
        const ItemRef current = m_workbench->currentItem();
        showReview(m_workbench->project(),
                   !current.overview && current.kind == core::ItemKind::Review ? current.id : QString());
    } else {
        rebuild();
    }
}

void RiskChartDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (m_stack && (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange))
        rebuild();
}

QChart *RiskChartDock::riskChart() const
{
    return m_stack->currentIndex() == 1 ? m_riskView->chart() : nullptr;
}

QChart *RiskChartDock::trendChart() const
{
    return m_stack->currentIndex() == 1 ? m_trendView->chart() : nullptr;
}

QString RiskChartDock::placeholderText() const
{
    return m_stack->currentIndex() == 0 ? m_placeholder->text() : QString();
}

void RiskChartDock::setProject(core::Project *project)
{
    if (project == m_project)
        return;
    disconnect(m_changed);
    disconnect(m_removed);
    m_project = project;
    if (!m_project)
        return;
    auto follow = [this](core::ItemKind kind, const QString &id) {
        if (m_reviewId.isEmpty())
            return;
        const core::Review *review = m_project->find<core::Review>(m_reviewId);
        if ((kind == core::ItemKind::Review && id == m_reviewId)
            || (kind == core::ItemKind::Lens && review && review->lens == id))
            rebuild();
    };
    m_changed = connect(m_project, &core::Project::itemChanged, this, follow);
    m_removed = connect(m_project, &core::Project::itemRemoved, this, follow);
}

void RiskChartDock::showReview(core::Project *project, const QString &reviewId)
{
    setProject(project);
    m_reviewId = project ? reviewId : QString();
    rebuild();
}

void RiskChartDock::rebuild()
{
    m_whenVisible->run();
}

void RiskChartDock::rebuildNow()
{
    const core::Review *review = m_project && !m_reviewId.isEmpty() ? m_project->find<core::Review>(m_reviewId) : nullptr;
    if (!review) {
        m_placeholder->setText(tr("Open a review to see where its risks are and how they develop."));
        m_stack->setCurrentIndex(0);
        return;
    }
    auto lens = core::ReviewReport::lensFor(m_project->data(), *review);
    if (!lens) {
        m_placeholder->setText(tr("No chart: %1").arg(lens.error().message));
        m_stack->setCurrentIndex(0);
        return;
    }
    charts::show(m_riskView, createRiskChart(*review, *lens));
    charts::show(m_trendView, createRiskTrendChart(*review, *lens));
    m_stack->setCurrentIndex(1);
}

} // namespace archbench::ui
