#pragma once
// A right-area dock that draws a chart of the decision in front: it follows the workbench's
// current item, redraws its chart on every change of that decision's matrix (edits, undo,
// redo) and shows a short note instead when no decision is in front. The chart comes from a
// factory (createSensitivityChart), so the dock holds no drawing rules itself. (The Scores
// dock is a ScoreChartDock, which repaints only the bars an edit changed.)

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

    DecisionChartDock(const QString &title, const QString &objectName, ChartFactory chart,
                      CaptionFactory caption = {}, QWidget *parent = nullptr);

    /// Shows `decisionId` (empty: the note that no decision is in front).
    void showDecision(const QString &decisionId) { showItem(decisionId); }

    QString shownDecision() const { return shownItem(); }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QLabel *caption() const { return m_caption; }
    ChartLegend *legend() const { return m_legend; }
    /// How many times the chart was rebuilt (a test hook that costs nothing).
    int rebuildCount() const { return m_rebuilds; }

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
    QStackedWidget *m_stack;
    QLabel *m_note;
    QChartView *m_view;
    ChartLegend *m_legend;
    QLabel *m_caption;
    int m_rebuilds = 0;
    std::optional<core::Decision> m_drawn; ///< the decision as last drawn
};

} // namespace archbench::ui
