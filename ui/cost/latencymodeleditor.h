#pragma once
// The document tab of a cost-vs-latency model: baseline and target p99, the optional revenue
// inputs (0 shows "not set" and leaves the revenue value out), the ordered optimisation
// steps with their derived figures, and a one-line reading of the curve.

#include "costeditorbase.h"

class QDoubleSpinBox;
class QLabel;

namespace archbench::ui {

class CostTablePanel;
class LatencyStepsModel;

class LatencyModelEditor : public CostEditorBase {
    Q_OBJECT
public:
    LatencyModelEditor(const EditorContext &context, const QString &modelId, QWidget *parent = nullptr);

    CostTablePanel *stepsPanel() const { return m_panel; }
    LatencyStepsModel *stepsModel() const { return m_steps; }
    QString summary() const;

protected:
    void refresh() override;

private:
    LatencyStepsModel *m_steps;
    CostTablePanel *m_panel = nullptr;
    QLabel *m_summary = nullptr;
    QDoubleSpinBox *m_revenue = nullptr;
};

} // namespace archbench::ui
