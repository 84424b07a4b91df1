#pragma once
// A right-hand dock that draws the cost model in front: "Latency" (cost vs latency) follows
// latency models, "Crossover" (load vs cost) follows crossover models. When the current tab is something else
// the dock keeps showing the last model of its kind (until that model is removed); with none
// it says how to get a chart. It redraws on every change of the shown model, including undo,
// and when the project currency changes.

#include "core/model/costmodel.h"

#include <QDockWidget>
#include <QPointer>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class WhenVisible;

class Workbench;
struct ItemRef;

class CostChartDock : public QDockWidget {
    Q_OBJECT
public:
    /// `kind` is Latency or Crossover. Follows `workbench` when given (may be null in tests;
    /// then call setProject/showModel directly).
    CostChartDock(core::CostModelKind kind, Workbench *workbench, QWidget *parent = nullptr);
    ~CostChartDock() override;

    void setProject(core::Project *project);
    /// Shows the model with `id` if it exists and is of this dock's kind; empty id clears.
    void showModel(const QString &id);

    QString shownModelId() const { return m_modelId; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow(const ItemRef &item);
    /// Redraws now, or when the dock is next shown.
    void redraw();
    void redrawNow();
    WhenVisible *m_whenVisible = nullptr;

    core::CostModelKind m_kind;
    QPointer<core::Project> m_project;
    QString m_modelId;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QChartView *m_view;
};

} // namespace archbench::ui
