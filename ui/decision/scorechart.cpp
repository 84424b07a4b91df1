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
    QString label;  ///< the axis label: rich text with the name escaped, unique
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
    QStringList used;
    for (const core::OptionScore *os : std::as_const(ordered)) {
        Row row{os, os->name.isEmpty() ? ScoreChart::tr("(unnamed)") : os->name, {}, {}};
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
        // Qt Charts draws axis labels as rich text: escape the user's text. Labels must be unique.
        QString label = charts::axisLabel(row.name, row.detail);
        const QString base = label;
        for (int n = 2; used.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        used << label;
        row.label = label;
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

QChart *createScoreChart(const core::Decision &d, QObject *parent, int maxOptions)
{
    const core::WeightedScore ws = core::WeightedScore::compute(d);
    QList<Row> top = rows(ws);
    const qsizetype allOptions = top.size();
    if (maxOptions > 0 && top.size() > maxOptions)
        top.resize(maxOptions);
    QList<Row> bottomUp = top; // bar charts list categories from the bottom
    std::reverse(bottomUp.begin(), bottomUp.end());

    QChart *chart = charts::newChart({}, parent);
    if (top.size() < allOptions)
        chart->setTitle(ScoreChart::tr("Which option leads, and why: the first %1 of %2 options (%3 left out)")
                            .arg(top.size())
                            .arg(allOptions)
                            .arg(allOptions - top.size()));
    else
        chart->setTitle(ScoreChart::tr("Which option leads, and why"));

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    const double total = ws.weightSum();
    const auto contribution = [&](const core::OptionScore &os, const core::Criterion &c) {
        const core::Score *s = core::findScore(d, os.option, c.id);
        return s && total > 0 ? c.weight * s->value / total : 0.0;
    };
    for (int j = 0; j < d.criteria.size(); ++j) {
        const core::Criterion &c = d.criteria[j];
        auto *set = new QBarSet((c.name.isEmpty() ? ScoreChart::tr("(unnamed criterion)") : c.name).toHtmlEscaped());
        const QColor colour = criterionColour(d, c.id);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        for (const Row &r : std::as_const(bottomUp))
            set->append(r.score->rank ? contribution(*r.score, c) : 0.0);
        series->append(set);
    }
    const auto partial = [&](const core::OptionScore &os) {
        double sum = 0;
        for (const core::Criterion &c : d.criteria)
            sum += contribution(os, c);
        return sum;
    };
    const bool anyIncomplete = std::any_of(top.cbegin(), top.cend(), [](const Row &r) {
        return !r.score->eliminated && !r.score->complete;
    });
    const bool anyEliminated = std::any_of(top.cbegin(), top.cend(), [](const Row &r) { return r.score->eliminated; });
    if (anyIncomplete) {
        auto *set = new QBarSet(ScoreChart::tr("Incomplete: scored part only").toHtmlEscaped());
        set->setColor(palette::muted().lighter(125));
        set->setBorderColor(palette::muted());
        for (const Row &r : std::as_const(bottomUp))
            set->append(!r.score->eliminated && !r.score->complete ? partial(*r.score) : 0.0);
        series->append(set);
    }
    if (anyEliminated) {
        auto *set = new QBarSet(ScoreChart::tr("Eliminated by a hard constraint").toHtmlEscaped());
        set->setBrush(QBrush(palette::muted(), Qt::BDiagPattern));
        set->setBorderColor(palette::muted());
        for (const Row &r : std::as_const(bottomUp))
            set->append(r.score->eliminated ? partial(*r.score) : 0.0);
        series->append(set);
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    for (const Row &r : std::as_const(bottomUp))
        categories->append(r.label);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    const QLocale locale;
    const double max = std::max(1.0, d.scale.max);
    values->setRange(0, max);
    if (max <= 10 && max == std::floor(max))
        values->setTickCount(int(max) + 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(ScoreChart::tr("Weighted score on the %1 to %2 scale")
                             .arg(locale.toString(d.scale.min), locale.toString(d.scale.max)));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace archbench::ui
