#pragma once
// The drill chart dock (right area): the drill in front (its phases against the RTO, its
// data loss against the RPO) and the trend across all drills in date order. Follows the
// current tab: when a drill tab comes to the front it shows that drill; other tabs leave the
// last drill shown. Charts are rebuilt from the document on every drill change.

#include <QDockWidget>
#include <QPointer>

class QChartView;
class QLabel;
class QTabWidget;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class WhenVisible;

class Workbench;
struct ItemRef;

class DrillChartDock : public QDockWidget {
    Q_OBJECT
public:
    explicit DrillChartDock(Workbench &workbench, QWidget *parent = nullptr);

    /// The drill shown in the "This drill" page (empty when none).
    QString shownDrillId() const { return m_drillId; }
    void showDrill(const QString &drillId);
    void setProject(core::Project *project);

    QChartView *drillView() const { return m_drillView; }
    QChartView *dataLossView() const { return m_lossView; }
    QChartView *trendView() const { return m_trendView; }
    QChartView *dataLossTrendView() const { return m_lossTrendView; }
    QTabWidget *pages() const { return m_pages; }

private:
    /// Rebuilds the charts now, or when the dock is next shown.
    void rebuild();
    void rebuildNow();
    WhenVisible *m_whenVisible = nullptr;
    void onCurrentItem(const ItemRef &item);

    QPointer<core::Project> m_project;
    QString m_drillId;
    QTabWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_trendPlaceholder;
    QChartView *m_drillView;
    QChartView *m_lossView;
    QChartView *m_trendView;
    QChartView *m_lossTrendView;
};

} // namespace archbench::ui
