#include "chartlabel.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace archbench::ui {

namespace {
constexpr qreal kGap = 6;     // distance between anchor and text box
constexpr qreal kPadding = 2; // background patch around the text
} // namespace

ChartLabel::ChartLabel(QChart *chart, QAbstractSeries *series, QPointF value, const QString &text,
                       const QColor &color, Qt::Alignment placement)
    : QGraphicsObject(chart), m_chart(chart), m_series(series), m_value(value), m_text(text),
      m_color(color), m_placement(placement), m_font(chart->font())
{
    setZValue(20); // above series and shading
    setAcceptedMouseButtons(Qt::NoButton);
    connect(chart, &QChart::plotAreaChanged, this, &ChartLabel::reposition);
    reposition();
}

QRectF ChartLabel::boundingRect() const
{
    return m_box.adjusted(-kPadding, -kPadding, kPadding, kPadding);
}

void ChartLabel::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QBrush background = m_chart->backgroundBrush();
    QColor patch = background.style() == Qt::SolidPattern ? background.color() : QColor(Qt::white);
    patch.setAlpha(180); // lines under a label stay visible
    painter->setPen(Qt::NoPen);
    painter->setBrush(patch);
    painter->drawRect(boundingRect());
    // A text layout measures with screen metrics and is scaled by the painter's transform, so
    // the label keeps its size when a report renders the chart onto a high-resolution page
    // (QPainter::drawText would size a point font for the page's resolution instead).
    QTextLayout layout(m_shown, m_font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(m_box.width() + 1);
    layout.endLayout();
    painter->setPen(m_color);
    layout.draw(painter, QPointF(m_box.left(), m_box.top() + (m_box.height() - line.height()) / 2));
}

void ChartLabel::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void ChartLabel::setFont(const QFont &font)
{
    m_font = font;
    reposition();
}

void ChartLabel::setSpan(double fromX, double toX)
{
    m_span = std::make_pair(fromX, toX);
    reposition();
}

bool ChartLabel::fits(const QRectF &box, const QRectF &plot) const
{
    // `box` is in chart coordinates
    if (!plot.contains(box))
        return false;
    bool earlier = true; // labels created before this one have their places already
    for (QGraphicsItem *item : m_chart->childItems()) {
        auto *other = dynamic_cast<ChartLabel *>(item);
        if (item == this)
            earlier = false;
        if (!other || other == this)
            continue;
        const QPointF otherAnchor = m_chart->mapToPosition(other->m_value, other->m_series);
        if (box.intersects(QRectF(otherAnchor - QPointF(8, 8), QSizeF(16, 16))))
            return false;
        if (earlier && other->isVisible() && box.intersects(other->mapRectToParent(other->boundingRect())))
            return false;
    }
    return true;
}

std::optional<QRectF> ChartLabel::place(const QPointF &anchor, const QSizeF &size, const QRectF &plot) const
{
    // candidate boxes relative to the anchor, the asked placement first
    const qreal h = size.height(), w = size.width();
    const qreal xRight = kGap, xLeft = -kGap - w, xCentre = -w / 2;
    const qreal yAbove = -kGap - h, yBelow = kGap, yMiddle = -h / 2;
    const qreal x0 = (m_placement & Qt::AlignLeft) ? xLeft : (m_placement & Qt::AlignHCenter) ? xCentre : xRight;
    const qreal y0 = (m_placement & Qt::AlignBottom) ? yBelow : (m_placement & Qt::AlignVCenter) ? yMiddle : yAbove;
    QList<QPointF> candidates{{x0, y0}};
    for (qreal x : {x0, xRight, xLeft, xCentre})
        for (qreal y : {y0, yAbove, yBelow, yMiddle})
            if (!(y == yMiddle && x == xCentre))
                candidates.append(QPointF(x, y));
    // then step away from the anchor, above and below
    for (int step = 1; step <= 6; ++step)
        for (qreal x : {x0, xLeft, xRight})
            for (qreal sign : {-1.0, 1.0})
                candidates.append(QPointF(x, (sign < 0 ? yAbove : yBelow) + sign * step * (h + 2)));
    for (const QPointF &corner : candidates) {
        const QRectF box(corner, size);
        if (fits(box.translated(anchor).adjusted(-kPadding, -kPadding, kPadding, kPadding), plot))
            return box;
    }
    return std::nullopt;
}

void ChartLabel::reposition()
{
    prepareGeometryChange();
    const QPointF anchor = m_chart->mapToPosition(m_value, m_series);
    const QFontMetricsF metrics(m_font);
    const QRectF plot = m_chart->plotArea();
    setPos(anchor);
    m_shown = m_text;
    QSizeF size = metrics.size(Qt::TextSingleLine, m_shown);

    bool visible = plot.adjusted(-1, -1, 1, 1).contains(anchor);
    if (visible && m_span) {
        const qreal left = m_chart->mapToPosition(QPointF(m_span->first, m_value.y()), m_series).x();
        const qreal right = m_chart->mapToPosition(QPointF(m_span->second, m_value.y()), m_series).x();
        visible = std::abs(right - left) >= size.width() + 2 * kGap;
    }

    std::optional<QRectF> box = place(anchor, size, plot);
    if (!box) {
        // a narrow plot: shorten the text to the wider side of the anchor and try again
        const qreal room = std::max(plot.right() - anchor.x(), anchor.x() - plot.left()) - kGap - 2 * kPadding;
        m_shown = metrics.elidedText(m_text, Qt::ElideRight, std::max<qreal>(room, 0));
        size = metrics.size(Qt::TextSingleLine, m_shown);
        box = place(anchor, size, plot);
    }
    if (box) {
        m_box = *box;
    } else {
        // nowhere free: keep the text inside the plot area, even over another label
        QRectF fallback(QPointF(kGap, -kGap - size.height()), size);
        fallback.moveLeft(std::clamp(fallback.left(), plot.left() - anchor.x(), plot.right() - anchor.x() - size.width()));
        m_box = fallback;
    }
    setVisible(visible && !m_shown.isEmpty() && m_shown != QStringLiteral("…"));
    update();
}

} // namespace archbench::ui
