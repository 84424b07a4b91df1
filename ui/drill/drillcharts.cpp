#include "drillcharts.h"
#include "ui/charts/chartstyle.h"
#include "ui/widgets/dates.h"

#include "core/drill/drilltexts.h"
#include "core/drill/drillverdict.h"
#include "verdictstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::DrillCharts)
};

/// The target line: in ink, so it follows the text on a dark screen (charts::applyPalette).
QPen targetPen()
{
    QPen pen(charts::kInk);
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    return pen;
}

QBarSet *phaseSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(Qt::black);
    return set;
}

QString verdictLabel(const QString &figure, const core::TargetVerdict &verdict)
{
    if (!verdict.pass)
        return figure == QStringLiteral("\u2014") ? Text::tr("not measured") : figure;
    return Text::tr("%1<br>%2").arg(figure, *verdict.pass ? Text::tr("met") : Text::tr("missed"));
}

/// A value axis from 0 to a little above `top`, with round ticks.
QValueAxis *valueAxis(const QString &title, double top)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, top > 0 ? top * 1.15 : 1.0);
    axis->setLabelFormat(QStringLiteral("%.4g"));
    axis->applyNiceNumbers();
    return axis;
}

/// A hidden axis that places series points at bar category positions (0 .. n-1).
QValueAxis *categoryPositionAxis(int categories)
{
    auto *axis = new QValueAxis;
    axis->setRange(-0.5, categories - 0.5);
    axis->setVisible(false);
    return axis;
}

/// A vertical target line across the single horizontal bar of a one-drill chart.
void addVerticalTarget(QChart *chart, QValueAxis *valueX, double target, const QString &name)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(target, -0.5);
    line->append(target, 0.5);
    line->setPen(targetPen());
    chart->addSeries(line);
    auto *y = categoryPositionAxis(1);
    chart->addAxis(y, Qt::AlignRight);
    line->attachAxis(valueX);
    line->attachAxis(y);
}
} // namespace

QList<core::Drill> drillsInDateOrder(const QList<core::Drill> &drills)
{
    QList<core::Drill> dated;
    std::copy_if(drills.cbegin(), drills.cend(), std::back_inserter(dated),
                 [](const core::Drill &d) { return d.date.isValid(); });
    std::stable_sort(dated.begin(), dated.end(),
                     [](const core::Drill &a, const core::Drill &b) { return a.date < b.date; });
    return dated;
}

QChart *createDrillChart(const core::Drill &drill, QObject *parent)
{
    QChart *chart = charts::newChart(Text::tr("Recovered within the RTO?"), parent);
    const core::DrillVerdict verdict = core::evaluateDrill(drill);
    const QLocale locale;

    auto *series = new QHorizontalStackedBarSeries;
    const std::optional<double> phases[3] = {drill.measured.detectMinutes, drill.measured.decideMinutes,
                                             drill.measured.recoverMinutes};
    const QString names[3] = {Text::tr("Detect"), Text::tr("Decide"), Text::tr("Recover")};
    const QColor colors[3] = {verdictstyle::detectColor(), verdictstyle::decideColor(),
                              verdictstyle::recoverColor()};
    double total = 0;
    for (int i = 0; i < 3; ++i) {
        if (!phases[i] || *phases[i] <= 0)
            continue; // nothing to draw; the category label says what is missing
        QBarSet *set = phaseSet(names[i], colors[i]);
        *set << *phases[i];
        series->append(set);
        total += *phases[i];
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.6);
    chart->addSeries(series);

    const double target = drill.targets.rtoMinutes.value_or(0);
    auto *x = valueAxis(Text::tr("Minutes to recover"), std::max(total, target));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QBarCategoryAxis;
    y->append(verdictLabel(core::formatMinutes(verdict.rto.observed, locale), verdict.rto));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (drill.targets.rtoMinutes)
        addVerticalTarget(chart, x, target,
                          Text::tr("RTO %1").arg(core::formatMinutes(drill.targets.rtoMinutes, locale)));
    return chart;
}

QChart *createDrillDataLossChart(const core::Drill &drill, QObject *parent)
{
    QChart *chart = charts::newChart(Text::tr("Data loss within the RPO?"), parent);
    const core::DrillVerdict verdict = core::evaluateDrill(drill);
    const QLocale locale;

    auto *series = new QHorizontalBarSeries;
    const double observed = drill.measured.dataLossSeconds.value_or(0);
    QBarSet *set = phaseSet(Text::tr("Data loss"), verdictstyle::colorFor(verdict.rpo));
    if (drill.measured.dataLossSeconds)
        *set << observed;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.6);
    chart->addSeries(series);

    const double target = drill.targets.rpoSeconds.value_or(0);
    auto *x = valueAxis(Text::tr("Seconds of writes lost"), std::max(observed, target));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QBarCategoryAxis;
    y->append(verdictLabel(core::formatSeconds(verdict.rpo.observed, locale), verdict.rpo));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (drill.targets.rpoSeconds)
        addVerticalTarget(chart, x, target,
                          Text::tr("RPO %1").arg(core::formatSeconds(drill.targets.rpoSeconds, locale)));
    return chart;
}

namespace {
/// Categories of the trend charts: the drill date and the verdict word.
QStringList trendCategories(const QList<core::Drill> &drills, bool rto)
{
    QStringList categories;
    for (const core::Drill &d : drills) {
        const core::DrillVerdict v = core::evaluateDrill(d);
        const core::TargetVerdict &t = rto ? v.rto : v.rpo;
        const QString word = !t.pass ? Text::tr("n/m") : (*t.pass ? Text::tr("met") : Text::tr("missed"));
        // Dates are unique per category; a repeated date gets a counter so bars stay apart.
        QString label = Text::tr("%1<br>%2").arg(displayDate(d.date), word);
        while (categories.contains(label))
            label += QLatin1Char('\'');
        categories << label;
    }
    return categories;
}

QLineSeries *targetTrend(const QList<core::Drill> &drills, bool rto, const QString &name)
{
    auto *line = new QLineSeries;
    line->setName(name);
    for (int i = 0; i < drills.size(); ++i) {
        const std::optional<double> t = rto ? drills[i].targets.rtoMinutes : drills[i].targets.rpoSeconds;
        if (t)
            line->append(i, *t);
    }
    line->setPen(targetPen());
    line->setPointsVisible(true);
    line->setMarkerSize(8);
    return line;
}

void finishTrend(QChart *chart, QAbstractBarSeries *bars, QLineSeries *target, const QStringList &categories,
                 const QString &unitTitle, double top)
{
    chart->addSeries(bars);
    chart->addSeries(target);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(Text::tr("Drills in date order"));
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = valueAxis(unitTitle, top);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    auto *position = categoryPositionAxis(int(categories.size()));
    chart->addAxis(position, Qt::AlignTop);
    target->attachAxis(position);
    target->attachAxis(y);
    if (target->count() == 0)
        chart->legend()->markers(target).value(0)->setVisible(false);
}
} // namespace

QChart *createDrillTrendChart(const QList<core::Drill> &drills, QObject *parent)
{
    QChart *chart = charts::newChart(Text::tr("Is recovery getting faster?"), parent);
    const QList<core::Drill> ordered = drillsInDateOrder(drills);
    auto *series = new QStackedBarSeries;
    QBarSet *sets[3] = {phaseSet(Text::tr("Detect"), verdictstyle::detectColor()),
                        phaseSet(Text::tr("Decide"), verdictstyle::decideColor()),
                        phaseSet(Text::tr("Recover"), verdictstyle::recoverColor())};
    double top = 0;
    for (const core::Drill &d : ordered) {
        const std::optional<double> phases[3] = {d.measured.detectMinutes, d.measured.decideMinutes,
                                                 d.measured.recoverMinutes};
        double sum = 0;
        for (int i = 0; i < 3; ++i) {
            *sets[i] << phases[i].value_or(0);
            sum += phases[i].value_or(0);
        }
        top = std::max({top, sum, d.targets.rtoMinutes.value_or(0)});
    }
    for (QBarSet *set : sets)
        series->append(set);
    series->setBarWidth(0.6);
    finishTrend(chart, series, targetTrend(ordered, true, Text::tr("RTO target")),
                trendCategories(ordered, true), Text::tr("Minutes to recover"), top);
    return chart;
}

QChart *createDrillDataLossTrendChart(const QList<core::Drill> &drills, QObject *parent)
{
    QChart *chart = charts::newChart(Text::tr("Is data loss within the RPO?"), parent);
    const QList<core::Drill> ordered = drillsInDateOrder(drills);
    // One set per verdict so each bar carries its verdict colour, named in the legend.
    auto *series = new QStackedBarSeries;
    QBarSet *within = phaseSet(Text::tr("Within RPO"), verdictstyle::passedColor());
    QBarSet *over = phaseSet(Text::tr("Over RPO"), verdictstyle::failedColor());
    QBarSet *unjudged = phaseSet(Text::tr("No target"), verdictstyle::unknownColor());
    double top = 0;
    for (const core::Drill &d : ordered) {
        const core::TargetVerdict v = core::evaluateDrill(d).rpo;
        const double loss = d.measured.dataLossSeconds.value_or(0);
        *within << (v.pass && *v.pass ? loss : 0);
        *over << (v.pass && !*v.pass ? loss : 0);
        *unjudged << (!v.pass ? loss : 0);
        top = std::max({top, loss, d.targets.rpoSeconds.value_or(0)});
    }
    for (QBarSet *set : {within, over, unjudged})
        series->append(set);
    series->setBarWidth(0.6);
    finishTrend(chart, series, targetTrend(ordered, false, Text::tr("RPO target")),
                trendCategories(ordered, false), Text::tr("Seconds of writes lost"), top);
    // Hide legend entries of empty verdict sets.
    for (QBarSet *set : {within, over, unjudged}) {
        double sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        if (sum == 0)
            for (QLegendMarker *marker : chart->legend()->markers(series))
                if (marker->label() == set->label())
                    marker->setVisible(false);
    }
    return chart;
}

} // namespace archbench::ui
