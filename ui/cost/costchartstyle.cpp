#include "costchartstyle.h"

#include "chartlabel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QPalette>
#include <QScatterSeries>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace archbench::ui::costchartstyle {

void prepareChart(QChart *chart, const QString &title)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundRoundness(0);
}

void setRoundTicks(QValueAxis *axis, double from, double to, int maxTicks)
{
    axis->setRange(from, to);
    const double span = to - from;
    if (!(span > 0))
        return;
    const double raw = span / std::max(1, maxTicks - 1);
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (magnitude * factor >= raw) {
            step = magnitude * factor;
            break;
        }
    // keep at least two ticks inside the range
    for (double factor : {5.0, 2.0, 1.0, 0.5})
        if (step > span / 1.5)
            step = std::min(step, magnitude * factor);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setTickType(QValueAxis::TicksDynamic);
}

void adaptToWidth(QChart *chart)
{
    const auto adapt = [chart] {
        const qreal width = chart->size().width();
        if (width <= 0)
            return;
        chart->legend()->setVisible(width >= 460);
        QFont title = chart->titleFont();
        const QFont base = chart->font();
        if (base.pointSizeF() > 0)
            title.setPointSizeF(base.pointSizeF() * (width >= 380 ? 1.15 : 1.0));
        chart->setTitleFont(title);
        const int maxTicks = std::clamp(int(width / 110), 2, 8);
        for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
            if (auto *values = qobject_cast<QValueAxis *>(axis); values && values->tickType() == QValueAxis::TicksDynamic)
                setRoundTicks(values, values->min(), values->max(), maxTicks);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, adapt);
    adapt();
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return;
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(base);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid.darker(130));
        axis->setLinePenColor(grid);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *points = qobject_cast<QScatterSeries *>(series); points && points->color() == kInk) {
            points->setColor(text);
        } else if (auto *line = qobject_cast<QLineSeries *>(series); line && line->pen().color() == kInk) {
            QPen pen = line->pen(); // a reference line (the latency target) follows the text
            pen.setColor(text);
            line->setPen(pen);
        }
    }
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *label = dynamic_cast<ChartLabel *>(item))
            label->setColor(label->color() == kInk ? text
                                                   : label->color().lightness() < 110 ? label->color().lighter(190)
                                                                                     : label->color());
        else if (auto *message = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            message->setBrush(kFailed.lighter(130));
    }
}

void applyFont(QChart *chart, const QFont &base)
{
    QFont bold = base;
    bold.setBold(true);
    QFont title = bold;
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.15);
    chart->setFont(base);
    chart->setTitleFont(title);
    chart->legend()->setFont(base);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(base);
        axis->setTitleFont(bold);
    }
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *label = dynamic_cast<ChartLabel *>(item))
            label->setFont(base);
        else if (auto *message = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            message->setFont(base);
    }
}

void showChartMessage(QChart *chart, const QString &message)
{
    auto *text = new QGraphicsSimpleTextItem(message, chart);
    text->setBrush(kFailed);
    const auto place = [chart, text] {
        const QRectF box = text->boundingRect();
        const QRectF area = chart->plotArea().isEmpty() ? chart->rect() : chart->plotArea();
        text->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}

} // namespace archbench::ui::costchartstyle
