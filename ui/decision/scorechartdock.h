#pragma once
// The Scores dock: the score chart (scorechart.h) of the decision in front, drawn by a
// ScoreBarsView with the dock's wrapping legend below it. It follows the workbench like every
// chart dock (ChartDock: the note when no decision is in front, a redraw on each change of the
// decision drawn, a late one when it is hidden). An edit that keeps the chart's shape (a score,
// a weight) repaints the bars it changed; a new criterion, option or scale lays it out anew.

#include "ui/chartdock.h"

class QStackedWidget;

namespace archbench::ui {

class ChartLegend;
class ScoreBarsView;

class ScoreChartDock : public ChartDock {
    Q_OBJECT
public:
    explicit ScoreChartDock(const QString &title, QWidget *parent = nullptr);

    QString shownDecision() const { return shownItem(); }
    /// The chart, or nullptr while the note is shown.
    ScoreBarsView *view() const;
    ChartLegend *legend() const { return m_legend; }
    /// How many times the chart was laid out anew (a test hook that costs nothing).
    int rebuildCount() const { return m_rebuilds; }
    /// How many times it took an edit in place (a test hook).
    int updateCount() const { return m_updates; }

protected:
    void draw(bool forced) override;

private:
    QStackedWidget *m_stack;
    QLabel *m_note;
    ScoreBarsView *m_view;
    ChartLegend *m_legend;
    int m_rebuilds = 0;
    int m_updates = 0;
};

} // namespace archbench::ui
