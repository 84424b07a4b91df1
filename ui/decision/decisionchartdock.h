#pragma once
// A right-area dock that draws a chart of the decision in front: it follows the workbench's
// current item, rebuilds its chart on every change of that decision (edits, undo, redo) and
// shows a short note instead when no decision is in front. The chart comes from a factory
// (createScoreChart, createSensitivityChart), so the dock holds no drawing rules itself.

#include "core/model/decision.h"

#include <QDockWidget>
#include <QPointer>
#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;
class QChart;
class QChartView;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class WhenVisible;

class ChartLegend;
class Workbench;

class DecisionChartDock : public QDockWidget {
    Q_OBJECT
public:
    using ChartFactory = std::function<QChart *(const core::Decision &)>;
    using CaptionFactory = std::function<QString(const core::Decision &)>;

    DecisionChartDock(const QString &title, const QString &objectName, ChartFactory chart,
                      CaptionFactory caption = {}, QWidget *parent = nullptr);

    /// Follows `workbench`: its project and the decision in front.
    void follow(Workbench *workbench);
    void setProject(core::Project *project);
    /// Shows `decisionId` (empty: the note that no decision is in front).
    void showDecision(const QString &decisionId);

    QString shownDecision() const { return m_decisionId; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QLabel *caption() const { return m_caption; }
    ChartLegend *legend() const { return m_legend; }
    /// How many times the chart was rebuilt (a test hook that costs nothing).
    int rebuildCount() const { return m_rebuilds; }

protected:
    /// The presentation zoom changes the dock's font: the chart and caption follow it.
    void changeEvent(QEvent *event) override;

private:
    /// Redraws when the matrix changed (or always with `force`): typing in the decision's
    /// text fields does not redraw the charts.
    void rebuild(bool force = false);
    void rebuildNow(bool force);
    WhenVisible *m_whenVisible = nullptr;
    bool m_forceNext = false;
    void updateCaptionFont();

    ChartFactory m_chartFactory;
    CaptionFactory m_captionFactory;
    QPointer<core::Project> m_project;
    QString m_decisionId;
    QStackedWidget *m_stack;
    QLabel *m_note;
    QChartView *m_view;
    ChartLegend *m_legend;
    QLabel *m_caption;
    QList<QMetaObject::Connection> m_projectConnections;
    int m_rebuilds = 0;
    std::optional<core::Decision> m_drawn; ///< the decision as last drawn
};

} // namespace archbench::ui
