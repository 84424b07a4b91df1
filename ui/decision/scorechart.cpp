#include "scorechart.h"

#include "criterioncolour.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/palette.h"

#include "core/decision/weightedscore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace archbench::ui {

// Translation context of this file's free functions.
struct ScoreChart {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ScoreChart)
};

namespace {
struct Row {
    const core::OptionScore *score;
    QString name;   ///< plain text
    QString detail; ///< plain text: "4.65, leader", "eliminated", ...
};

// Top to bottom: ranked by rank, then incomplete, then eliminated; each group in option order.
QList<Row> rows(const core::WeightedScore &ws)
{
    QList<Row> out;
    const QLocale locale;
    const auto group = [](const core::OptionScore &os) { return os.eliminated ? 2 : (os.rank ? 0 : 1); };
    QList<const core::OptionScore *> ordered;
    for (const core::OptionScore &os : ws.options())
        ordered << &os;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const core::OptionScore *a, const core::OptionScore *b) {
        if (group(*a) != group(*b))
            return group(*a) < group(*b);
        return group(*a) == 0 && *a->rank < *b->rank;
    });
    for (const core::OptionScore *os : std::as_const(ordered)) {
        Row row{os, os->name.isEmpty() ? ScoreChart::tr("(unnamed)") : os->name, {}};
        if (os->eliminated)
            row.detail = ScoreChart::tr("eliminated");
        else if (!os->complete)
            row.detail = ScoreChart::tr("incomplete");
        else if (!os->weighted)
            row.detail = ScoreChart::tr("no weights");
        else if (os->rank == 1 && ws.leaders().size() > 1)
            row.detail = ScoreChart::tr("%1, tied first").arg(locale.toString(*os->weighted, 'f', 2));
        else if (os->option == ws.leader())
            row.detail = ScoreChart::tr("%1, leader").arg(locale.toString(*os->weighted, 'f', 2));
        else
            row.detail = locale.toString(*os->weighted, 'f', 2);
        out << row;
    }
    return out;
}
} // namespace

QStringList scoreChartOrder(const core::Decision &decision)
{
    QStringList out;
    const core::WeightedScore ws = core::WeightedScore::compute(decision);
    for (const Row &r : rows(ws))
        out << ScoreChart::tr("%1: %2").arg(r.name, r.detail);
    return out;
}

QChart *weightedScoreReportChart(const core::ProjectData &data, const QString &itemId)
{
    for (const core::Decision &d : data.decisions)
        if (d.id == itemId) {
            // Twelve bars keep their names readable on a page; the rest are in the tables.
            QChart *chart = createScoreChart(d, nullptr, 12);
            // On paper the page is wide enough for a legend beside the bars, where criterion
            // names are not elided as in a one-line legend below.
            chart->legend()->setAlignment(Qt::AlignRight);
            return chart;
        }
    return nullptr;
}

ScoreBars scoreBars(const core::Decision &d, int maxOptions)
{
    ScoreBars out;
    const core::WeightedScore ws = core::WeightedScore::compute(d);
    QList<Row> top = rows(ws);
    const qsizetype allOptions = top.size();
    if (maxOptions > 0 && top.size() > maxOptions)
        top.resize(maxOptions);

    if (top.size() < allOptions)
        out.title = ScoreChart::tr("Which option leads, and why: the first %1 of %2 options (%3 left out)")
                        .arg(top.size())
                        .arg(allOptions)
                        .arg(allOptions - top.size());
    else
        out.title = ScoreChart::tr("Which option leads, and why");

    const double total = ws.weightSum();
    const auto contribution = [&](const core::OptionScore &os, const core::Criterion &c) {
        const core::Score *s = core::findScore(d, os.option, c.id);
        return s && total > 0 ? c.weight * s->value / total : 0.0;
    };
    const auto partial = [&](const core::OptionScore &os) {
        double sum = 0;
        for (const core::Criterion &c : d.criteria)
            sum += contribution(os, c);
        return sum;
    };
    for (const core::Criterion &c : d.criteria) {
        const QColor colour = criterionColour(d, c.id);
        out.sets << ScoreBars::Set{c.name.isEmpty() ? ScoreChart::tr("(unnamed criterion)") : c.name, QBrush(colour),
                                   colour.darker(115)};
    }
    const bool anyIncomplete = std::any_of(top.cbegin(), top.cend(), [](const Row &r) {
        return !r.score->eliminated && !r.score->complete;
    });
    const bool anyEliminated = std::any_of(top.cbegin(), top.cend(), [](const Row &r) { return r.score->eliminated; });
    if (anyIncomplete)
        out.sets << ScoreBars::Set{ScoreChart::tr("Incomplete: scored part only"), QBrush(palette::muted().lighter(125)),
                                   palette::muted()};
    if (anyEliminated)
        out.sets << ScoreBars::Set{ScoreChart::tr("Eliminated by a hard constraint"),
                                   QBrush(palette::muted(), Qt::BDiagPattern), palette::muted()};
    for (const Row &r : std::as_const(top)) {
        ScoreBars::Bar bar{r.name, r.detail, {}};
        const core::OptionScore &os = *r.score;
        for (const core::Criterion &c : d.criteria)
            bar.segments << (os.rank ? contribution(os, c) : 0.0);
        if (anyIncomplete)
            bar.segments << (!os.eliminated && !os.complete ? partial(os) : 0.0);
        if (anyEliminated)
            bar.segments << (os.eliminated ? partial(os) : 0.0);
        out.bars << bar;
    }

    const QLocale locale;
    out.max = std::max(1.0, d.scale.max);
    if (out.max <= 10 && out.max == std::floor(out.max))
        out.tickCount = int(out.max) + 1;
    out.axisTitle = ScoreChart::tr("Weighted score on the %1 to %2 scale")
                        .arg(locale.toString(d.scale.min), locale.toString(d.scale.max));
    return out;
}

QChart *createScoreChart(const core::Decision &d, QObject *parent, int maxOptions)
{
    const ScoreBars p = scoreBars(d, maxOptions);
    QChart *chart = charts::newChart({}, parent);
    chart->setTitle(p.title.toHtmlEscaped());

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    for (qsizetype i = 0; i < p.sets.size(); ++i) {
        auto *set = new QBarSet(p.sets[i].name.toHtmlEscaped());
        set->setBrush(p.sets[i].brush);
        set->setBorderColor(p.sets[i].border);
        // bar charts list categories from the bottom
        for (auto bar = p.bars.crbegin(); bar != p.bars.crend(); ++bar)
            set->append(bar->segments.value(i));
        series->append(set);
    }
    chart->addSeries(series);

    // Qt Charts draws axis labels as rich text (escaped by axisLabel); they must be unique
    QStringList labels;
    for (auto bar = p.bars.crbegin(); bar != p.bars.crend(); ++bar) {
        const QString base = charts::axisLabel(bar->name, bar->detail);
        QString label = base;
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        labels << label;
    }
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setRange(0, p.max);
    if (p.tickCount > 0)
        values->setTickCount(p.tickCount);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(p.axisTitle.toHtmlEscaped());
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace archbench::ui
