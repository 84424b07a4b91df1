// createLatencyChart: the cost-vs-latency curve (see costcharts.h).
#include "ui/charts/chartlabel.h"
#include "ui/charts/chartstyle.h"
#include "costcharts.h"

#include "core/cost/latencycurve.h"
#include "core/cost/moneyformat.h"

#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace archbench::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::CostCharts)
};

QScatterSeries *markerSeries(const QString &objectName, const QString &name, const QColor &color,
                             QScatterSeries::MarkerShape shape)
{
    auto *s = new QScatterSeries;
    s->setObjectName(objectName);
    s->setName(name);
    s->setColor(color);
    s->setBorderColor(Qt::white);
    s->setMarkerShape(shape);
    s->setMarkerSize(13);
    return s;
}

/// Shows the tooltip of the hovered marker; `tips` is parallel to the series' points.
void attachTooltips(QScatterSeries *series, QStringList tips)
{
    series->setProperty("tooltips", tips);
    QObject::connect(series, &QScatterSeries::hovered, series, [series](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QStringList tips = series->property("tooltips").toStringList();
        const QList<QPointF> points = series->points();
        int nearest = -1;
        qreal best = 0;
        for (int i = 0; i < points.size() && i < tips.size(); ++i) {
            const qreal d = std::abs(points[i].x() - point.x()) + std::abs(points[i].y() - point.y());
            if (nearest < 0 || d < best) {
                nearest = i;
                best = d;
            }
        }
        if (nearest >= 0)
            QToolTip::showText(QCursor::pos(), tips[nearest]);
    });
}

} // namespace

QString latencyStepTooltip(const core::cost::LatencyStepFigures &step, int number, const QString &currency,
                           const QLocale &locale)
{
    using core::cost::formatMoney;
    using core::cost::formatQuantity;
    const auto ms = [&](double v) { return Text::tr("%1 ms").arg(formatQuantity(v, locale)); };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(Text::tr("Step %1: %2").arg(number).arg(step.name).toHtmlEscaped());
    if (step.costPerMsSaved)
        lines << Text::tr("Cost per ms saved: %1 a month").arg(formatMoney(*step.costPerMsSaved, currency, locale)).toHtmlEscaped();
    else
        lines << Text::tr("Cost per ms saved: none, this step saves no time").toHtmlEscaped();
    lines << Text::tr("Adds %1 a month (%2 in total)")
                 .arg(formatMoney(step.monthlyCost, currency, locale), formatMoney(step.cumulativeMonthlyCost, currency, locale))
                 .toHtmlEscaped();
    lines << Text::tr("p99 %1 to %2 (%3 saved)").arg(ms(step.latencyBeforeMs), ms(step.latencyMs), ms(step.msSaved)).toHtmlEscaped();
    if (step.monthlyValue && step.roi)
        lines << Text::tr("Revenue value %1 a month, return %2×")
                     .arg(formatMoney(*step.monthlyValue, currency, locale), locale.toString(*step.roi, 'f', 1))
                     .toHtmlEscaped();
    if (step.beyondTarget)
        lines << Text::tr("Beyond the target: diminishing returns").toHtmlEscaped();
    else if (step.meetsTarget)
        lines << Text::tr("Meets the target").toHtmlEscaped();
    return QStringLiteral("<qt>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</qt>");
}

QChart *createLatencyChart(const core::CostModel &model, const QString &currency, QObject *parent)
{
    using namespace charts;
    QChart *chart = newChart(Text::tr("What does each step buy?"), parent);
    const auto curve = core::cost::computeLatencyCurve(model);
    if (!curve) {
        showChartMessage(chart, Text::tr("Cannot draw the curve: %1").arg(curve.error().message));
        return chart;
    }
    const QLocale locale;

    auto *path = new QLineSeries;
    path->setObjectName(QStringLiteral("path"));
    path->setName(Text::tr("p99 after each step"));
    path->setPen(QPen(palette::series(0), 2.5));
    auto *beyondPath = new QLineSeries;
    beyondPath->setObjectName(QStringLiteral("beyondPath"));
    beyondPath->setPen(QPen(palette::muted(), 2.5, Qt::DashLine));
    auto *baseline = markerSeries(QStringLiteral("baseline"), Text::tr("Baseline"), kInk, QScatterSeries::MarkerShapeRectangle);
    auto *steps = markerSeries(QStringLiteral("steps"), Text::tr("Short of target"), palette::series(0), QScatterSeries::MarkerShapeCircle);
    auto *meets = markerSeries(QStringLiteral("meetsTarget"), Text::tr("Meets target"), palette::passed(), QScatterSeries::MarkerShapeCircle);
    auto *beyond = markerSeries(QStringLiteral("beyondTarget"), Text::tr("Beyond target"), palette::muted(),
                                QScatterSeries::MarkerShapeRectangle);
    QStringList stepTips, meetsTips, beyondTips;

    path->append(0, curve->baselineLatencyMs);
    baseline->append(0, curve->baselineLatencyMs);
    double maxLatency = std::max(curve->baselineLatencyMs, curve->targetLatencyMs);
    QPointF previous(0, curve->baselineLatencyMs);
    for (int i = 0; i < curve->steps.size(); ++i) {
        const auto &s = curve->steps[i];
        const QPointF point(s.cumulativeMonthlyCost, s.latencyMs);
        maxLatency = std::max(maxLatency, s.latencyMs);
        const QString tip = latencyStepTooltip(s, i + 1, currency, locale);
        if (s.beyondTarget) {
            if (beyondPath->count() == 0)
                beyondPath->append(previous);
            beyondPath->append(point);
            beyond->append(point);
            beyondTips << tip;
        } else {
            path->append(point);
            (s.meetsTarget ? meets : steps)->append(point);
            (s.meetsTarget ? meetsTips : stepTips) << tip;
        }
        previous = point;
    }
    attachTooltips(steps, stepTips);
    attachTooltips(meets, meetsTips);
    attachTooltips(beyond, beyondTips);

    const double totalCost = curve->steps.isEmpty() ? 0 : curve->steps.last().cumulativeMonthlyCost;
    auto *axisX = new QValueAxis;
    axisX->setTitleText(Text::tr("Total monthly cost (%1)").arg(core::cost::currencySymbol(currency)));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    setRoundTicks(axisX, 0, totalCost > 0 ? totalCost * 1.25 : 100);
    auto *axisY = new QValueAxis;
    axisY->setTitleText(Text::tr("p99 latency (ms)"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setRange(0, maxLatency * 1.15);
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto *target = new QLineSeries;
    target->setObjectName(QStringLiteral("target"));
    target->setName(Text::tr("Target"));
    // The target is a reference, not a verdict: drawn in the text colour, so that it is not
    // mistaken for "Meets target" (green) - one meaning, one colour (UI.md).
    target->setPen(QPen(kInk, 2, Qt::DashDotLine));
    target->append(axisX->min(), curve->targetLatencyMs);
    target->append(axisX->max(), curve->targetLatencyMs);

    for (QXYSeries *s : std::initializer_list<QXYSeries *>{target, path, beyondPath, baseline, steps, meets, beyond}) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    for (QXYSeries *hidden : {static_cast<QXYSeries *>(path), static_cast<QXYSeries *>(beyondPath), static_cast<QXYSeries *>(baseline)})
        for (QLegendMarker *m : chart->legend()->markers(hidden))
            m->setVisible(false);
    for (QScatterSeries *s : {steps, meets, beyond})
        if (s->count() == 0)
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);

    new ChartLabel(chart, baseline, QPointF(0, curve->baselineLatencyMs),
                   Text::tr("Baseline %1 ms").arg(core::cost::formatQuantity(curve->baselineLatencyMs, locale)), kInk);
    new ChartLabel(chart, target, QPointF(axisX->max(), curve->targetLatencyMs),
                   Text::tr("Target %1 ms").arg(core::cost::formatQuantity(curve->targetLatencyMs, locale)), kInk,
                   Qt::AlignLeft | Qt::AlignTop);
    for (int i = 0; i < curve->steps.size(); ++i) {
        const auto &s = curve->steps[i];
        const QString text = s.beyondTarget ? Text::tr("%1 (beyond target)").arg(s.name) : s.name;
        const QColor color = s.beyondTarget ? palette::muted().darker(140) : (s.meetsTarget ? palette::passed().darker(130) : palette::series(0));
        new ChartLabel(chart, steps, QPointF(s.cumulativeMonthlyCost, s.latencyMs), text, color);
    }
    adaptToWidth(chart);
    return chart;
}

} // namespace archbench::ui
