#pragma once
// A short text pinned to a value point of a chart (a step's name beside its marker, a
// crossover's load, the target line's caption). QtCharts 6.4 cannot label single points with
// their own text, so this item follows the point: it re-maps value -> position whenever the
// plot area changes (resize, zoom, a PDF page layout). It paints on a translucent patch of
// the chart background so it stays readable over lines and shading. It keeps inside the
// plot area and clear of the labels created before it and of their anchor points: it tries
// the asked side, then the other sides, then moves further away from its anchor; on a plot
// too narrow for the whole text it shortens it with an ellipsis.

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QPointF>
#include <optional>

class QChart;
class QAbstractSeries;

namespace archbench::ui {

class ChartLabel : public QGraphicsObject {
    Q_OBJECT
public:
    /// `placement`: where the text sits relative to the anchor (Qt::AlignRight | Qt::AlignTop
    /// puts it to the right of and above the point).
    ChartLabel(QChart *chart, QAbstractSeries *series, QPointF value, const QString &text,
               const QColor &color, Qt::Alignment placement = Qt::AlignRight | Qt::AlignTop);

    QString text() const { return m_text; }
    /// The text as drawn: `text()`, shortened with an ellipsis when the plot is too narrow.
    QString shownText() const { return m_shown; }
    QPointF value() const { return m_value; }
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    void setFont(const QFont &font);

    /// Hides the label when its text is wider than the span [fromX, toX] (value units) on
    /// screen, e.g. the name of a segment too narrow to hold it.
    void setSpan(double fromX, double toX);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Moves the label to its anchor's current position (called on plot area changes).
    void reposition();

private:
    bool fits(const QRectF &box, const QRectF &plot) const;
    std::optional<QRectF> place(const QPointF &anchor, const QSizeF &size, const QRectF &plot) const;

    QChart *m_chart;
    QAbstractSeries *m_series;
    QPointF m_value;
    QString m_text;
    QString m_shown;
    QColor m_color;
    Qt::Alignment m_placement;
    QFont m_font;
    QRectF m_box; ///< text box in item coordinates (the anchor is at 0,0)
    std::optional<std::pair<double, double>> m_span;
};

} // namespace archbench::ui
