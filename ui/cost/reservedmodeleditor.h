#pragma once
// The document tab of a reserved-vs-on-demand model: the on-demand monthly bill and the
// discount of each commitment (1-year and 3-year reservation, savings plan), the resulting
// monthly costs and savings, and the comparison chart.

#include "costeditorbase.h"

class QChartView;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace archbench::ui {

class ReservedModelEditor : public CostEditorBase {
    Q_OBJECT
public:
    ReservedModelEditor(const EditorContext &context, const QString &modelId, QWidget *parent = nullptr);

    /// The figure shown for row `row` (0 on demand .. 3 savings plan) and `column` (0 monthly,
    /// 1 saves a month, 2 saves a year).
    QString figure(int row, int column) const;
    QChartView *chartView() const { return m_chart; }

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    QGridLayout *m_grid;
    QList<QList<QLabel *>> m_figures;
    QChartView *m_chart;
    QDoubleSpinBox *m_onDemand = nullptr;
};

} // namespace archbench::ui
