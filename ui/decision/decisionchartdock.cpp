#include "decisionchartdock.h"

#include "chartlegend.h"
#include "criterioncolour.h"
#include "ui/charts/chartstyle.h"

#include "core/decision/decisionmatrix.h"
#include "core/project.h"

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
    : ChartDock(core::ItemKind::Decision, title, parent), m_chartFactory(std::move(chart)),
      m_captionFactory(std::move(caption)), m_stack(new QStackedWidget(this)),
      m_note(makeNote(tr("Open a decision to see this chart."), m_stack)), m_view(new QChartView(m_stack)),
      m_legend(new ChartLegend(this)), m_caption(new QLabel(this))
{
    setObjectName(objectName);
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
    redraw();
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

void DecisionChartDock::draw(bool forced)
{
    const core::Decision *d = project() && !shownItem().isEmpty() ? project()->find<core::Decision>(shownItem()) : nullptr;
    if (d && !forced && m_drawn && m_drawn->id == d->id && core::DecisionMatrix::sameMatrix(*m_drawn, *d))
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
