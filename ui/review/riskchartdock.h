#pragma once
// The "Review risks" dock (right area): the risk chart and the milestone trend of the review
// whose tab is in front. Follows Workbench::currentItemChanged and the project's change
// signals; when no review tab is in front it says so instead of showing stale charts.

#include "ui/workbench.h"

#include <QDockWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace archbench::ui {

class WhenVisible;

class RiskChartDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RiskChartDock(Workbench *workbench, QWidget *parent = nullptr);

    /// The review shown, empty when none.
    QString reviewId() const { return m_reviewId; }
    QChart *riskChart() const;
    QChart *trendChart() const;
    QString placeholderText() const;

    /// Shows `reviewId` of `project` (empty: none). Normally driven by the workbench.
    void showReview(core::Project *project, const QString &reviewId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setProject(core::Project *project);
    /// Rebuilds the charts now, or when the dock is next shown.
    void rebuild();
    void rebuildNow();
    WhenVisible *m_whenVisible = nullptr;

    Workbench *m_workbench;
    core::Project *m_project = nullptr;
    QString m_reviewId;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_removed;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QChartView *m_riskView = nullptr;
    QChartView *m_trendView = nullptr;
};

} // namespace archbench::ui
