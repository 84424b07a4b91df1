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

namespace {

/// One bar set of the score chart: a criterion's contributions, or the incomplete or eliminated
/// options' partial sums. Values run from the bottom bar to the top one.
struct SetPlan {
    QString name; ///< rich text (escaped)
    QBrush brush;
    QColor border;
    QList<qreal> values;
};

/// Everything the score chart shows, computed without Qt Charts: built into a new chart, or
/// compared with and written into the chart on screen.
struct ScorePlan {
    QString title;
    QList<SetPlan> sets;
    QStringList categories; ///< bottom to top
    double max = 1;
    int tickCount = 0; ///< 0: Qt's default
    QString axisTitle;
};

ScorePlan plan(const core::Decision &d, int maxOptions)
{
    ScorePlan out;
    const core::WeightedScore ws = core::WeightedScore::compute(d);
    QList<Row> top = rows(ws);
    const qsizetype allOptions = top.size();
    if (maxOptions > 0 && top.size() > maxOptions)
        top.resize(maxOptions);
    QList<Row> bottomUp = top; // bar charts list categories from the bottom
    std::reverse(bottomUp.begin(), bottomUp.end());

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
    for (const core::Criterion &c : d.criteria) {
        const QColor colour = criterionColour(d, c.id);
        SetPlan set{(c.name.isEmpty() ? ScoreChart::tr("(unnamed criterion)") : c.name).toHtmlEscaped(),
                    QBrush(colour), colour.darker(115), {}};
        for (const Row &r : std::as_const(bottomUp))
            set.values << (r.score->rank ? contribution(*r.score, c) : 0.0);
        out.sets << set;
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
        SetPlan set{ScoreChart::tr("Incomplete: scored part only").toHtmlEscaped(), QBrush(palette::muted().lighter(125)),
                    palette::muted(), {}};
        for (const Row &r : std::as_const(bottomUp))
            set.values << (!r.score->eliminated && !r.score->complete ? partial(*r.score) : 0.0);
        out.sets << set;
    }
    if (anyEliminated) {
        SetPlan set{ScoreChart::tr("Eliminated by a hard constraint").toHtmlEscaped(),
                    QBrush(palette::muted(), Qt::BDiagPattern), palette::muted(), {}};
        for (const Row &r : std::as_const(bottomUp))
            set.values << (r.score->eliminated ? partial(*r.score) : 0.0);
        out.sets << set;
    }
    for (const Row &r : std::as_const(bottomUp))
        out.categories << r.label;

    const QLocale locale;
    out.max = std::max(1.0, d.scale.max);
    if (out.max <= 10 && out.max == std::floor(out.max))
        out.tickCount = int(out.max) + 1;
    out.axisTitle = ScoreChart::tr("Weighted score on the %1 to %2 scale")
                        .arg(locale.toString(d.scale.min), locale.toString(d.scale.max));
    return out;
}

/// What must stay the same for the chart on screen to take new numbers in place: everything
/// but the values and the option labels. Kept on the chart as a property, so an update never
/// reads colours back from Qt Charts (which may hand them back in another form).
QString shape(const ScorePlan &p)
{
    QStringList parts{p.title, p.axisTitle, QString::number(p.max), QString::number(p.tickCount),
                      QString::number(p.categories.size())};
    for (const SetPlan &set : p.sets)
        parts << set.name << QString::number(set.brush.color().rgba(), 16) << QString::number(int(set.brush.style()))
              << QString::number(set.border.rgba(), 16) << QString::number(set.values.size());
    return parts.join(QChar(0x1f));
}

constexpr const char *kShapeProperty = "archbenchScoreChartShape";

} // namespace

QChart *createScoreChart(const core::Decision &d, QObject *parent, int maxOptions)
{
    const ScorePlan p = plan(d, maxOptions);
    QChart *chart = charts::newChart({}, parent);
    chart->setProperty(kShapeProperty, shape(p));
    chart->setTitle(p.title);

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    for (const SetPlan &sp : p.sets) {
        auto *set = new QBarSet(sp.name);
        set->setBrush(sp.brush);
        set->setBorderColor(sp.border);
        set->append(sp.values);
        series->append(set);
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(p.categories);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setRange(0, p.max);
    if (p.tickCount > 0)
        values->setTickCount(p.tickCount);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(p.axisTitle);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

bool updateScoreChart(QChart *chart, const core::Decision &d, int maxOptions)
{
    if (!chart || chart->series().size() != 1)
        return false;
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().constFirst());
    if (!series)
        return false;
    QBarCategoryAxis *categories = nullptr;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical, series))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            categories = c;
    if (!categories)
        return false;
    const ScorePlan p = plan(d, maxOptions);
    // Only the numbers and the option labels change in place; anything else is a new chart.
    const QList<QBarSet *> sets = series->barSets();
    if (chart->property(kShapeProperty).toString() != shape(p) || sets.size() != p.sets.size()
        || categories->count() != p.categories.size())
        return false;
    // A score edit changes one option's label ("4.65, leader"): replace() lays out that label
    // only, setCategories() every label of the axis and the chart around it. A label that
    // moves to another row (the ranking changed) needs the whole list.
    const QStringList old = categories->categories();
    if (old != p.categories) {
        bool moved = false;
        for (qsizetype i = 0; i < old.size() && !moved; ++i)
            moved = old[i] != p.categories[i] && old.contains(p.categories[i]);
        if (moved) {
            categories->setCategories(p.categories);
        } else {
            for (qsizetype i = 0; i < old.size(); ++i)
                if (old[i] != p.categories[i])
                    categories->replace(old[i], p.categories[i]);
        }
    }
    for (qsizetype i = 0; i < sets.size(); ++i)
        for (qsizetype j = 0; j < p.sets[i].values.size(); ++j)
            if (sets[i]->at(j) != p.sets[i].values[j])
                sets[i]->replace(j, p.sets[i].values[j]);
    return true;
}

} // namespace archbench::ui
