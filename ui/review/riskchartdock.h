#pragma once
// The "Review risks" dock (right area): the risk chart and the milestone trend of the review
// whose tab is in front. Follows Workbench::currentItemChanged and the project's change
// signals; when no review tab is in front it says so instead of showing stale charts (ChartDock).

#include "ui/chartdock.h"

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace archbench::ui {

class RiskChartDock : public ChartDock {
    Q_OBJECT
public:
    /// Follows `workbench` when given.
    explicit RiskChartDock(Workbench *workbench, QWidget *parent = nullptr);

    /// The review shown, empty when none.
    QString reviewId() const { return shownItem(); }
    QChart *riskChart() const;
    QChart *trendChart() const;
    QString placeholderText() const;

protected:
    /// The review shown, and the lens it is answered against.
    bool concerns(core::ItemKind kind, const QString &id) const override;
    void draw(bool forced) override;

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QChartView *m_riskView = nullptr;
    QChartView *m_trendView = nullptr;
};

} // namespace archbench::ui
