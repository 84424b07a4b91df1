#pragma once
// Projector mode (issue 16; View ▸ Present, F5): one decision at a time, full screen, in large
// type: the matrix, the score chart and where the room disagrees side by side, a timer for the
// agenda item, and no editing chrome. Arrow keys move through the cells (digits still score,
// into the layer shown), PgUp/PgDn move through the decisions, Ctrl+Alt+R reveals or hides the
// ballots (the group layer and its spreads), Ctrl+= / Ctrl+- / Ctrl+0 zoom, Esc or F5 leaves.
// Laid out for 1280×720 at 150 % zoom: every pane may shrink (the matrix and the list scroll),
// so zoom never raises the window's minimum size past the screen.

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace archbench::ui {

class ChartLegend;
class DecisionHandle;
class MatrixModel;
class MatrixView;
class ScoreBarsView;
class Workbench;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    /// Presents the decisions of the workbench's project, starting at `decisionId` (the first
    /// one when empty or unknown).
    PresentationWindow(Workbench *workbench, const QString &decisionId, QWidget *parent = nullptr);

    QString decisionId() const { return m_ids.value(m_index); }
    int decisionIndex() const { return m_index; }
    void showDecision(int index);
    double zoom() const { return m_zoom; }
    void setZoom(double factor);
    MatrixView *matrixView() const { return m_view; }
    MatrixModel *matrixModel() const { return m_model; }
    /// The score chart (the Scores dock's).
    ScoreBarsView *scoreBars() const { return m_bars; }
    ChartLegend *legend() const { return m_legend; }
    QListWidget *disagreementList() const { return m_contested; }
    QLabel *timerLabel() const { return m_timer; }
    /// The pixel size of the numbers in the grid (≥ 24 at 100 %).
    int numberPixelSize() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addKeys();
    void rebuild();
    void refreshSide();
    void clampNameColumn();
    void tick();
    void applyFonts();

    QPointer<Workbench> m_workbench;
    QStringList m_ids;
    int m_index = -1;
    double m_zoom = 1.0;
    DecisionHandle *m_handle = nullptr;
    MatrixModel *m_model = nullptr;
    MatrixView *m_view;
    QWidget *m_chart; ///< the score chart and its legend
    ScoreBarsView *m_bars;
    ChartLegend *m_legend;
    QLabel *m_title;
    QLabel *m_position;
    QLabel *m_timer;
    QLabel *m_layer;
    QLabel *m_agreement;
    QListWidget *m_contested;
    QTimer *m_ticker;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_spent; ///< ms already spent per decision id
};

} // namespace archbench::ui
