#pragma once
// The document tab of a load-vs-cost crossover model: the load unit and range, linear or
// logarithmic scales for the chart, the compute options with their pricing, and a sentence
// that reads the answer: which option is cheapest over which part of the range.

#include "costeditorbase.h"

class QLabel;

namespace archbench::ui {

class ComputeOptionsModel;
class CostTablePanel;

class CrossoverModelEditor : public CostEditorBase {
    Q_OBJECT
public:
    CrossoverModelEditor(const EditorContext &context, const QString &modelId, QWidget *parent = nullptr);

    CostTablePanel *optionsPanel() const { return m_panel; }
    ComputeOptionsModel *optionsModel() const { return m_options; }
    QString summary() const;

protected:
    void refresh() override;

private:
    ComputeOptionsModel *m_options;
    CostTablePanel *m_panel = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace archbench::ui
