#pragma once
// A right-area dock that draws a chart of the decision in front: it follows the workbench's
// current item, redraws its chart on every change of that decision's matrix (edits, undo,
// redo; in place where an updater is set and the chart keeps its shape) and
// shows a short note instead when no decision is in front. The chart comes from a factory
// (createScoreChart, createSensitivityChart), so the dock holds no drawing rules itself.

#include "core/model/decision.h"
#include "ui/chartdock.h"

#include <functional>
#include <optional>

class QStackedWidget;
class QChart;
class QChartView;

namespace archbench::ui {

class ChartLegend;

class DecisionChartDock : public ChartDock {
    Q_OBJECT
public:
    using ChartFactory = std::function<QChart *(const core::Decision &)>;
    using CaptionFactory = std::function<QString(const core::Decision &)>;
    /// Writes a decision into the chart on screen and returns true, or returns false when the
    /// chart must be built anew (updateScoreChart).
    using ChartUpdater = std::function<bool(QChart *, const core::Decision &)>;

    DecisionChartDock(const QString &title, const QString &objectName, ChartFactory chart,
                      CaptionFactory caption = {}, QWidget *parent = nullptr);

    /// Lets an edit of the decision in front change the chart on screen in place (its bars and
    /// labels) instead of building a new chart, its legend and its layout.
    void setUpdater(ChartUpdater updater) { m_updater = std::move(updater); }

    /// Draws the chart's shapes with or without antialiasing (on by default; text is always
    /// smoothed). A chart of axis-aligned bars and grid lines looks the same without it and
    /// repaints in about two thirds of the time (docs/PERFORMANCE.md, bench_uiedit).
    void setAntialiased(bool on);

    /// Shows `decisionId` (empty: the note that no decision is in front).
    void showDecision(const QString &decisionId) { showItem(decisionId); }

    QString shownDecision() const { return shownItem(); }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QLabel *caption() const { return m_caption; }
    ChartLegend *legend() const { return m_legend; }
    /// How many times the chart was rebuilt (a test hook that costs nothing).
    int rebuildCount() const { return m_rebuilds; }
    /// How many times the chart on screen was updated in place (a test hook).
    int updateCount() const { return m_updates; }

protected:
    /// Redraws when the matrix changed (or always when `forced`): typing in the decision's
    /// text fields does not redraw the charts.
    void draw(bool forced) override;
    /// The presentation zoom changes the dock's font: the caption follows it.
    void styleChanged() override { updateCaptionFont(); }

private:
    void updateCaptionFont();

    ChartFactory m_chartFactory;
    CaptionFactory m_captionFactory;
    ChartUpdater m_updater;
    QStackedWidget *m_stack;
    QLabel *m_note;
    QChartView *m_view;
    ChartLegend *m_legend;
    QLabel *m_caption;
    int m_rebuilds = 0;
    int m_updates = 0;
    std::optional<core::Decision> m_drawn; ///< the decision as last drawn
};

} // namespace archbench::ui
