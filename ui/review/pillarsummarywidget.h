#pragma once
// The pillar summary of a review: per pillar (and in total) how many questions are high,
// medium, no risk, not applicable and unanswered, and unrated where the lens can leave an
// answer unrated. Display only; the editor calls setRisks() after every change.

#include "core/review/riskassessment.h"

#include <QTableWidget>

namespace archbench::ui {

class PillarSummaryWidget : public QTableWidget {
    Q_OBJECT
public:
    explicit PillarSummaryWidget(QWidget *parent = nullptr);
    /// `unratedColumn`: show the Unrated column (for a lens that can leave answers unrated).
    void setRisks(const core::RiskAssessment &risks, bool unratedColumn = false);
    /// The count shown for `pillarRow` (the last row is the total) and `risk`.
    int count(int pillarRow, core::RiskLevel risk) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    void fitHeight();
};

} // namespace archbench::ui
