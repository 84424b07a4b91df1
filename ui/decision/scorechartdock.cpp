#include "scorechartdock.h"

#include "chartlegend.h"
#include "scorebarsview.h"
#include "scorechart.h"

#include "core/project.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace archbench::ui {

ScoreChartDock::ScoreChartDock(const QString &title, QWidget *parent)
    : ChartDock(core::ItemKind::Decision, title, parent), m_stack(new QStackedWidget(this)),
      m_note(makeNote(tr("Open a decision to see this chart."), m_stack)), m_view(new ScoreBarsView(m_stack)),
      m_legend(new ChartLegend(this))
{
    setObjectName(QStringLiteral("weightedScoresDock"));
    m_stack->addWidget(m_note);
    m_stack->addWidget(m_view);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);
    setWidget(content);
    m_legend->setVisible(false);
    redraw();
}

ScoreBarsView *ScoreChartDock::view() const
{
    return m_stack->currentWidget() == m_view ? m_view : nullptr;
}

void ScoreChartDock::draw(bool forced)
{
    const core::Decision *d = project() && !shownItem().isEmpty() ? project()->find<core::Decision>(shownItem()) : nullptr;
    if (!d) {
        m_stack->setCurrentWidget(m_note);
        m_legend->setVisible(false);
        m_view->clear();
        return;
    }
    // typing in the decision's text fields gives the same bars: nothing to draw
    const ScoreBars bars = scoreBars(*d);
    const bool shown = m_stack->currentWidget() == m_view;
    if (shown && !forced && bars == m_view->bars())
        return;
    if (forced)
        m_view->clear(); // a new font or palette: everything is laid out again
    // (a view behind the note was cleared, so this is a new layout there)
    if (m_view->setBars(bars)) {
        ++m_updates;
        return;
    }
    ++m_rebuilds;
    m_legend->setEntries(legendEntries(bars));
    m_legend->setVisible(true);
    m_stack->setCurrentWidget(m_view);
}

} // namespace archbench::ui
