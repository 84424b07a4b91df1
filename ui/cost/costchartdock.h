#pragma once
// A right-hand dock that draws the cost model in front: "Latency" (cost vs latency) follows
// latency models, "Crossover" (load vs cost) follows crossover models. With no model of its
// kind in front it says how to get a chart (ChartDock's policy). It redraws on every change of
// the shown model, including undo, and when the project currency changes.

#include "core/model/costmodel.h"
#include "ui/chartdock.h"

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace archbench::ui {

class CostChartDock : public ChartDock {
    Q_OBJECT
public:
    /// `kind` is Latency or Crossover. Follows `workbench` when given (may be null in tests;
    /// then call setProject/showModel directly).
    CostChartDock(core::CostModelKind kind, Workbench *workbench, QWidget *parent = nullptr);

    /// Shows the model with `id` if it exists and is of this dock's kind; empty id clears.
    void showModel(const QString &id) { showItem(id); }

    QString shownModelId() const { return shownItem(); }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }

protected:
    bool accepts(const QString &id) const override;
    bool drawsProjectInfo() const override { return true; } // the currency
    void draw(bool forced) override;

private:
    core::CostModelKind m_kind;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QChartView *m_view;
};

} // namespace archbench::ui
