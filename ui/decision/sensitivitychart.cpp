#include "sensitivitychart.h"

#include "criterioncolour.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/palette.h"

#include "core/decision/decisionanalysis.h"
#include "core/decision/scorereport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace archbench::ui {

// Translation context of this file's free functions.
struct SensitivityChart {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::SensitivityChart)
};

namespace {
QString optionName(const core::Decision &d, const QString &id)
{
    for (const core::Option &o : d.options)
        if (o.id == id)
            return o.name;
    return id;
}
} // namespace

QString nameList(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return SensitivityChart::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(SensitivityChart::tr(", ")),
                                                  names.last());
}

QString alternativeList(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return SensitivityChart::tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(SensitivityChart::tr(", ")),
                                                 names.last());
}

QString robustnessSentence(const core::Decision &decision)
{
    const core::WeightedScore ws = core::WeightedScore::compute(decision);
    if (ws.leader().isEmpty())
        return SensitivityChart::tr("No option leads yet: robustness needs at least two complete options that are not eliminated.");
    const auto robustness = core::Robustness::compute(decision, ws);
    const QStringList leaders = ws.leaders();
    if (leaders.size() > 1 && robustness) {
        QStringList names;
        for (const QString &id : leaders)
            names << optionName(decision, id);
        return SensitivityChart::tr("%1 tie for first place, so no option stays first on its own; %2, listed first, "
                                    "comes first or ties under %3 of weightings.")
            .arg(nameList(names), optionName(decision, ws.leader()),
                 core::ScoreReport::formatShare(*robustness, QLocale()));
    }
    if (!robustness)
        return SensitivityChart::tr("%1 is the only complete option still in the running, so robustness cannot be measured.")
            .arg(optionName(decision, ws.leader()));
    return SensitivityChart::tr("%1 stays first under %2 of weightings.")
        .arg(optionName(decision, ws.leader()), core::ScoreReport::formatShare(*robustness, QLocale()));
}

QChart *sensitivityReportChart(const core::ProjectData &data, const QString &itemId)
{
    for (const core::Decision &d : data.decisions)
        if (d.id == itemId)
            return createSensitivityChart(d);
    return nullptr;
}

QChart *createSensitivityChart(const core::Decision &d, QObject *parent)
{
    const core::WeightedScore ws = core::WeightedScore::compute(d);
    const QList<core::CriterionSensitivity> sens = core::FlipShare::compute(d, ws);
    const QLocale locale;

    QChart *chart = charts::newChart({}, parent);
    chart->setTitle(SensitivityChart::tr("When does the leader change?"));

    // most sensitive first: nearest flip; criteria that never flip last, in criterion order
    QList<int> order;
    for (int j = 0; j < sens.size() && ws.rankedCount() >= 2; ++j)
        if (sens[j].share)
            order << j;
    const auto distance = [&](int j) {
        return sens[j].flipShare ? std::abs(*sens[j].flipShare - *sens[j].share) : 2.0;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return distance(a) < distance(b); });
    std::reverse(order.begin(), order.end()); // categories are listed from the bottom

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.55);
    // the options that take the lead somewhere, named in the legend as the CLI and PDF do
    QStringList takers;
    for (const int j : std::as_const(order))
        for (const QString &id : {sens[j].flipBelow ? sens[j].leaderBelow : QString(),
                                  sens[j].flipAbove ? sens[j].leaderAbove : QString()})
            if (!id.isEmpty() && !takers.contains(optionName(d, id)))
                takers << optionName(d, id);
    auto *below = new QBarSet(takers.isEmpty() ? SensitivityChart::tr("Another option leads")
                                               : SensitivityChart::tr("%1 leads").arg(alternativeList(takers)).toHtmlEscaped());
    auto *stays = new QBarSet(
        SensitivityChart::tr("%1 stays first").arg(ws.leader().isEmpty() ? SensitivityChart::tr("The leader") : optionName(d, ws.leader())).toHtmlEscaped());
    auto *above = new QBarSet(SensitivityChart::tr("Another option leads (above)"));
    below->setColor(palette::failed());
    above->setColor(palette::failed());
    stays->setColor(palette::passed());
    for (QBarSet *set : {below, stays, above})
        set->setBorderColor(QColor(Qt::white));

    auto *categories = new QBarCategoryAxis;
    auto *marks = new QScatterSeries;
    marks->setName(SensitivityChart::tr("Current share"));
    marks->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    marks->setMarkerSize(13);
    // near black, not charts::kInk: the marks stand on the coloured bands, so they stay dark
    // on a dark screen too
    marks->setColor(QColor(0x1A, 0x1A, 0x1A));
    marks->setBorderColor(Qt::white);
    QStringList used;
    for (int pos = 0; pos < order.size(); ++pos) {
        const core::CriterionSensitivity &cs = sens[order[pos]];
        const core::Criterion &c = d.criteria[order[pos]];
        const double low = cs.flipBelow.value_or(0.0) * 100.0;
        const double high = cs.flipAbove.value_or(1.0) * 100.0;
        below->append(cs.flipBelow ? low : 0.0);
        stays->append(high - low);
        above->append(cs.flipAbove ? 100.0 - high : 0.0);
        marks->append(*cs.share * 100.0, pos);
        // axis labels are rich text: names are escaped. The current share is the marker on
        // the bar; the label says who takes the lead and where, on lines of their own so a
        // long option name wraps instead of being elided
        QString label = charts::axisLabel(c.name, SensitivityChart::tr("never flips"));
        if (cs.flipShare) {
            const bool isBelow = cs.flipShare == cs.flipBelow;
            const QString who = optionName(d, isBelow ? cs.leaderBelow : cs.leaderAbove);
            const QString at = core::ScoreReport::formatShare(*cs.flipShare, locale, cs.share);
            label = charts::axisLabel(c.name, {}) + QStringLiteral("<br>")
                + charts::axisLabel(SensitivityChart::tr("%1 leads").arg(who),
                                                isBelow ? SensitivityChart::tr("below %1").arg(at)
                                                        : SensitivityChart::tr("above %1").arg(at));
        }
        const QString base = label;
        for (int n = 2; used.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        used << label;
        categories->append(label);
    }
    series->append(below);
    series->append(stays);
    series->append(above);
    chart->addSeries(series);
    chart->addSeries(marks);

    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    // numbers are localized (charts::newChart), and Qt then copies the text after the number
    // as it is: one "%", not printf's "%%"
    values->setLabelFormat(QStringLiteral("%.0f %"));
    values->setTitleText(SensitivityChart::tr("Share of the total weight (%)"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    marks->attachAxis(values);
    // the markers sit on the bars: a hidden axis with the categories' positions
    auto *positions = new QValueAxis;
    positions->setRange(-0.5, std::max<qsizetype>(1, order.size()) - 0.5);
    positions->setVisible(false);
    chart->addAxis(positions, Qt::AlignRight);
    marks->attachAxis(positions);

    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    if (markers.size() == 3)
        markers[2]->setVisible(false); // one legend entry for "another option leads"
    if (ws.rankedCount() < 2)
        chart->setTitle(SensitivityChart::tr("When does the leader change? (needs two ranked options)"));
    return chart;
}

} // namespace archbench::ui
