#pragma once
// The drill chart dock (right area): the drill in front (its phases against the RTO, its
// data loss against the RPO) and the trend across all drills in date order. Follows the
// current tab (ChartDock's policy: with no drill tab in front the first page says how to get a
// chart; the trend page shows every dated drill). Charts are rebuilt from the document on every
// drill change.

#include "ui/chartdock.h"

class QChartView;
class QLabel;
class QTabWidget;

namespace archbench::ui {

class DrillChartDock : public ChartDock {
    Q_OBJECT
public:
    explicit DrillChartDock(Workbench &workbench, QWidget *parent = nullptr);

    /// The drill shown in the "This drill" page (empty when none).
    QString shownDrillId() const { return shownItem(); }
    void showDrill(const QString &drillId) { showItem(drillId); }

    QChartView *drillView() const { return m_drillView; }
    QChartView *dataLossView() const { return m_lossView; }
    QChartView *trendView() const { return m_trendView; }
    QChartView *dataLossTrendView() const { return m_lossTrendView; }
    QTabWidget *pages() const { return m_pages; }

protected:
    /// Every drill change: the trend page shows them all.
    bool concerns(core::ItemKind kind, const QString &id) const override;
    void draw(bool forced) override;

private:
    QTabWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_trendPlaceholder;
    QChartView *m_drillView;
    QChartView *m_lossView;
    QChartView *m_trendView;
    QChartView *m_lossTrendView;
};

} // namespace archbench::ui
