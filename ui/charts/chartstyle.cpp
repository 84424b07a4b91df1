#include "chartstyle.h"

#include "chartlabel.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace archbench::ui::charts {

QChart *newChart(const QString &title, QObject *parent)
{
    auto *chart = new QChart;
    if (parent)
        chart->setParent(parent);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(QColor(Qt::white)); // flat paper, not the theme's gradient
    chart->setBackgroundPen(Qt::NoPen);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(title);
    chart->setTitleFont(titleFont(chart->font()));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QFont titleFont(const QFont &base, bool narrow)
{
    QFont title = base;
    title.setBold(true);
    if (!narrow && base.pointSizeF() > 0)
        title.setPointSizeF(base.pointSizeF() * 1.15);
    return title;
}

void applyFont(QChart *chart, const QFont &base)
{
    QFont bold = base;
    bold.setBold(true);
    chart->setFont(base);
    chart->setTitleFont(titleFont(base));
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

namespace {
/// A text colour that reads on a dark background: ink becomes the palette's text, a dark
/// shade of a meaning colour a light one (same hue, same meaning).
QColor onDark(const QColor &colour, const QColor &text)
{
    if (colour == kInk)
        return text;
    return colour.lightness() < 110 ? colour.lighter(190) : colour;
}
} // namespace

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return;
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
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
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            if (line->pen().color() == kInk) { // a reference line (a target) follows the text
                QPen pen = line->pen();
                pen.setColor(text);
                line->setPen(pen);
            }
            line->setPointLabelsColor(onDark(line->pointLabelsColor(), text));
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series);
                   bars && bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd) {
            for (QBarSet *set : bars->barSets()) // labels beside the bars stand on the background
                if (set->labelColor() == kInk)
                    set->setLabelColor(text);
        }
    }
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *label = dynamic_cast<ChartLabel *>(item))
            label->setColor(onDark(label->color(), text));
        else if (auto *message = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            message->setBrush(palette::failed().lighter(130));
    }
}

void show(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    if (!chart)
        chart = new QChart; // QChartView always holds a chart; an empty one shows nothing
    applyPalette(chart, view->palette());
    applyFont(chart, view->font());
    view->setChart(chart);
    if (old != chart)
        delete old;
}

QString axisLabel(const QString &name, const QString &detail, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    if (!detail.isEmpty())
        lines << detail.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

double roundTickStep(double from, double to, int maxTicks)
{
    const double span = to - from;
    if (!(span > 0))
        return 0;
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
    return step;
}

void setRoundTicks(QValueAxis *axis, double from, double to, int maxTicks)
{
    axis->setRange(from, to);
    const double step = roundTickStep(from, to, maxTicks);
    if (!(step > 0))
        return;
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
        chart->setTitleFont(titleFont(chart->font(), width < 380));
        const int maxTicks = std::clamp(int(width / 110), 2, 8);
        for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
            if (auto *values = qobject_cast<QValueAxis *>(axis); values && values->tickType() == QValueAxis::TicksDynamic)
                setRoundTicks(values, values->min(), values->max(), maxTicks);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, adapt);
    adapt();
}

void showChartMessage(QChart *chart, const QString &message)
{
    auto *text = new QGraphicsSimpleTextItem(message, chart);
    text->setBrush(palette::failed());
    const auto place = [chart, text] {
        const QRectF box = text->boundingRect();
        const QRectF area = chart->plotArea().isEmpty() ? chart->rect() : chart->plotArea();
        text->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}

} // namespace archbench::ui::charts
