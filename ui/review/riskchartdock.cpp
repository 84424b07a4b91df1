#include "riskchartdock.h"
#include "ui/charts/chartstyle.h"
#include "core/project.h"

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
    : ChartDock(core::ItemKind::Review, tr("Risks"), parent)
{
    setObjectName(QStringLiteral("riskChartDock"));
    m_placeholder = makeNote(QString(), this);
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

    if (workbench)
        follow(workbench);
    else
        redraw();
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

bool RiskChartDock::concerns(core::ItemKind kind, const QString &id) const
{
    if (reviewId().isEmpty() || !project())
        return false;
    const core::Review *review = project()->find<core::Review>(reviewId());
    return (kind == core::ItemKind::Review && id == reviewId())
        || (kind == core::ItemKind::Lens && review && review->lens == id);
}

void RiskChartDock::draw(bool forced)
{
    Q_UNUSED(forced); // risk charts are cheap: always drawn afresh
    const core::Review *review = project() && !reviewId().isEmpty() ? project()->find<core::Review>(reviewId()) : nullptr;
    if (!review) {
        m_placeholder->setText(tr("Open a review to see where its risks are and how they develop."));
        m_stack->setCurrentIndex(0);
        return;
    }
    auto lens = core::ReviewReport::lensFor(project()->data(), *review);
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
