// createCrossoverChart: monthly cost of each compute option against load (see costcharts.h).
#include "ui/charts/chartlabel.h"
#include "ui/charts/chartstyle.h"
#include "costcharts.h"

#include "core/cost/loadcrossover.h"
#include "core/cost/moneyformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace archbench::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::CostCharts)
};

/// The option's exact graph over [from, to]; a line on a log load axis is bent, so it gets
/// intermediate points spaced evenly in log(load).
QList<QPointF> drawnCurve(const core::ComputeOption &option, double from, double to, bool logScale)
{
    if (!logScale || option.pricing != core::PricingKind::PerRequest)
        return core::cost::costCurve(option, from, to);
    QList<QPointF> points;
    constexpr int kPieces = 160;
    const double ratio = std::log(to / from);
    for (int i = 0; i <= kPieces; ++i) {
        const double load = i == kPieces ? to : from * std::exp(ratio * i / kPieces);
        points.append(QPointF(load, core::cost::monthlyCostAtLoad(option, load)));
    }
    return points;
}

const Qt::PenStyle kDashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

} // namespace

QChart *createCrossoverChart(const core::CostModel &model, const QString &currency, QObject *parent)
{
    using namespace charts;
    QChart *chart = newChart(Text::tr("Which compute option is cheapest at each load?"), parent);
    const auto solved = core::cost::computeLoadCrossover(model);
    if (!solved) {
        showChartMessage(chart, Text::tr("Cannot draw the costs: %1").arg(solved.error().message));
        return chart;
    }
    if (model.options.isEmpty()) {
        showChartMessage(chart, Text::tr("No compute options yet: add one to draw its cost."));
        return chart;
    }
    const bool logScale = model.logLoadScale;
    const double from = model.loadFrom, to = model.loadTo;
    const QLocale locale;

    QList<QList<QPointF>> curves;
    double maxCost = 0, minCost = std::numeric_limits<double>::max(), envelopeMax = 0;
    for (const auto &option : model.options) {
        curves.append(drawnCurve(option, from, to, logScale));
        for (const QPointF &p : curves.last()) {
            maxCost = std::max(maxCost, p.y());
            if (p.y() > 0)
                minCost = std::min(minCost, p.y());
        }
    }
    for (const auto &segment : solved->segments)
        envelopeMax = std::max(envelopeMax, core::cost::monthlyCostAtLoad(model.options[segment.option], segment.to));

    QAbstractAxis *axisX = nullptr;
    QAbstractAxis *axisY = nullptr;
    double yFloor = 0;
    const QString symbol = core::cost::currencySymbol(currency);
    if (logScale) {
        auto *x = new QLogValueAxis;
        x->setBase(10);
        x->setLabelFormat(from < 1 ? QStringLiteral("%.3g") : QStringLiteral("%.0f"));
        x->setRange(from, to);
        x->setMinorTickCount(8);
        auto *y = new QLogValueAxis;
        y->setBase(10);
        y->setLabelFormat(QStringLiteral("%.0f"));
        // room below the cheapest curve for the segment names
        const double low = minCost == std::numeric_limits<double>::max() ? 1 : minCost / 5;
        y->setRange(low, std::max(maxCost * 1.5, low * 10));
        y->setMinorTickCount(8);
        yFloor = low;
        axisX = x;
        axisY = y;
    } else {
        auto *x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%.0f"));
        setRoundTicks(x, from, to);
        // keep the cheap end readable: expensive options may leave the top of the plot
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setRange(0, std::max(1.0, std::min(maxCost, envelopeMax * 3)) * 1.1);
        y->applyNiceNumbers();
        axisX = x;
        axisY = y;
    }
    axisX->setTitleText(Text::tr("Sustained load (%1)").arg(model.loadUnit));
    axisY->setTitleText(Text::tr("Monthly cost (%1)").arg(symbol));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };

    // shading first, so the lines draw over it
        for (int i = 0; i < solved->segments.size(); ++i) {
        const auto &segment = solved->segments[i];
        const QList<QPointF> upperPoints = drawnCurve(model.options[segment.option], segment.from, segment.to, logScale);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (const QPointF &p : upperPoints) {
            upper->append(p);
            lower->append(p.x(), yFloor);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setObjectName(QStringLiteral("cheapest:%1").arg(i));
        area->setName(Text::tr("Cheapest: %1").arg(model.options[segment.option].name));
        QColor fill = palette::contrastingSeries(segment.option);
        fill.setAlpha(45);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        attach(area);
        hideFromLegend(chart, area); // the segment's own label names it
    }

    for (int i = 0; i < model.options.size(); ++i) {
        const auto &option = model.options[i];
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("option:%1").arg(i));
        line->setName(option.name);
        line->setPen(QPen(palette::contrastingSeries(i), 2.5, kDashes[i % std::size(kDashes)]));
        line->append(curves[i]);
        attach(line);
    }

    auto *points = new QScatterSeries;
    points->setObjectName(QStringLiteral("crossovers"));
    points->setName(Text::tr("Crossover"));
    points->setColor(kInk);
    points->setBorderColor(Qt::white);
    points->setMarkerSize(11);
    for (const auto &c : solved->crossovers)
        points->append(c.load, c.monthlyCost);
    attach(points);
    if (solved->crossovers.isEmpty())
        hideFromLegend(chart, points);
    for (const auto &c : solved->crossovers) {
        const QString text = Text::tr("%1 %2").arg(core::cost::formatQuantity(c.load, locale), model.loadUnit);
        // below and to the right: under the cheapest curve there is only shading
        new ChartLabel(chart, points, QPointF(c.load, c.monthlyCost), text, kInk, Qt::AlignRight | Qt::AlignBottom);
    }
    // name the cheapest option along the bottom of each shaded segment that is wide enough
    for (const auto &segment : solved->segments) {
        const double middle = logScale ? std::sqrt(segment.from * segment.to) : (segment.from + segment.to) / 2;
        auto *label = new ChartLabel(chart, points, QPointF(middle, yFloor),
                                     Text::tr("cheapest: %1").arg(model.options[segment.option].name),
                                     palette::contrastingSeries(segment.option).darker(150), Qt::AlignHCenter | Qt::AlignTop);
        label->setSpan(segment.from, segment.to);
    }
    adaptToWidth(chart);
    return chart;
}

} // namespace archbench::ui
