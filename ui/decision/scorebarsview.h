#pragma once
// The score chart on screen (the Scores dock): the picture of createScoreChart() (scorechart.h)
// drawn by a plain widget, so that a score key repaints the one or two bars it changed and
// nothing else. Qt Charts lays out and repaints every bar of a series when one value changes,
// and lays out its rich-text axis labels again; on the 500-decision project that was a third of
// the time from the key press to the repainted window (docs/PERFORMANCE.md).
//
// It follows the chart style (ui/charts/chartstyle.h): the title rule, flat paper or, on a
// dark palette, the palette's base, text and grid colours; the legend is the dock's ChartLegend.
// Each bar is labelled on the left with the option's name and its score on a second line (one
// line, "name: score", where a row is lower than two lines). When
// the names need more than two fifths of the width (a narrow dock, the presentation's zoom),
// each label goes above its bar and the bars take the whole width; a name too long even then
// is elided. The tooltip of a bar gives it in full with each criterion's share.

#include "chartlegend.h"
#include "scorechart.h"

#include <QWidget>

namespace archbench::ui {

class ScoreBarsView : public QWidget {
    Q_OBJECT
public:
    explicit ScoreBarsView(QWidget *parent = nullptr);

    /// Shows `bars`. When only bars' texts or lengths changed and their labels still fit, the
    /// view keeps its layout, repaints those bars' rows only and returns true; otherwise it lays
    /// out anew, repaints whole and returns false.
    bool setBars(const ScoreBars &bars);
    /// Shows nothing (an empty chart).
    void clear();

    const ScoreBars &bars() const { return m_bars; }
    /// The title's font: the chart style's title rule on this widget's font.
    QFont titleFont() const;
    /// Where bar `index` (0: the top one) and its label are drawn; empty when out of range.
    QRect rowRect(int index) const;
    /// Where the bars are drawn (the value axis spans its width).
    QRect plotRect() const { return m_layout.plot; }
    /// The label column's width (0 while the labels stand above the bars).
    int labelWidth() const { return m_layout.labelWidth; }
    /// Whether the labels stand above the bars (names too wide for a column beside them).
    bool labelsAbove() const { return m_layout.above; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout {
        QRect title;
        QRect plot;
        int labelWidth = 0;
        bool above = false;
        int rowSpace = 0; ///< the height the bars share
        QRect ticks;     ///< the tick labels under the plot
        QRect axisTitle; ///< under the tick labels
        QList<double> tickValues;
    };
    void relayout() { m_layout = layoutFor(m_bars); }
    Layout layoutFor(const ScoreBars &bars) const;
    /// Where the labels of `bars` go when the bars share `rowSpace` pixels of height: above
    /// them (true), or beside them in a column of the returned width.
    std::pair<bool, int> labelPlace(const ScoreBars &bars, int rowSpace) const;
    /// The width a bar's label needs (name or detail, whichever is wider).
    int labelNeed(const ScoreBars::Bar &bar) const;
    /// The widest label the column may grow to at the current width.
    int labelCap() const;
    bool dark() const;

    ScoreBars m_bars;
    Layout m_layout;
};

/// The legend that goes with the bars: one entry per criterion, in the bars' colours.
QList<ChartLegend::Entry> legendEntries(const ScoreBars &bars);

} // namespace archbench::ui
