#include "riskcharts.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/palette.h"
#include "ui/widgets/dates.h"

#include "core/review/riskassessment.h"
#include "riskstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace archbench::ui {

using core::RiskLevel;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::RiskCharts)
};

/// A value axis with whole-number ticks for question counts.
QValueAxis *countAxis(int maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    const int top = std::max(1, maximum);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    // a portfolio counts hundreds: round steps that leave a handful of ticks
    axis->setTickInterval(top <= 10 ? 1 : top <= 20 ? 2 : top <= 50 ? 5 : std::pow(10, std::floor(std::log10(top))) / 2);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}
} // namespace

void addPillarRiskBars(QChart *chart, const QList<RiskLevel> &levels, const QList<PillarBar> &bars, const QString &axisTitle,
                       bool shortWords)
{
    auto *series = new QHorizontalStackedBarSeries;
    QList<QBarSet *> sets;
    for (RiskLevel level : levels) {
        auto *set = new QBarSet(shortWords ? RiskStyle::shortWord(level) : RiskStyle::word(level));
        set->setBrush(QBrush(RiskStyle::color(level), RiskStyle::chartPattern(level)));
        set->setBorderColor(RiskStyle::color(level).darker(130));
        // Patterned fills leave part of the bar white: the label must read on both.
        const QColor fill = RiskStyle::chartPattern(level) == Qt::SolidPattern ? RiskStyle::color(level) : QColor(Qt::white);
        set->setLabelColor(palette::textOn(fill));
        sets.append(set);
    }
    // a horizontal bar chart draws category 0 at the bottom: add the pillars in reverse
    QStringList categories;
    int longest = 0;
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
        categories.append(bar->pillar);
        int sum = 0;
        for (qsizetype l = 0; l < sets.size(); ++l) {
            const int n = bar->counts.value(l);
            sets[l]->append(n);
            sum += n;
        }
        longest = std::max(longest, sum);
    }
    for (QBarSet *set : std::as_const(sets))
        series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    // empty segments have no room for a "0"
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *pillarAxis = new QBarCategoryAxis;
    pillarAxis->append(categories);
    pillarAxis->setTruncateLabels(false); // "Operational excel…" would not say which pillar
    chart->addAxis(pillarAxis, Qt::AlignLeft);
    series->attachAxis(pillarAxis);
    QValueAxis *valueAxis = countAxis(longest, axisTitle);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
}

QChart *createRiskChart(const core::Review &review, const core::Lens &lens, QObject *parent)
{
    const core::RiskAssessment risks = core::RiskAssessment::assess(lens, review.answers);
    QChart *chart = charts::newChart(Text::tr("Where are the risks?<br>Questions per pillar, by risk"), parent);

    QList<RiskLevel> levels = {RiskLevel::High, RiskLevel::Medium, RiskLevel::None};
    if (lens.canLeaveUnrated())
        levels.append(RiskLevel::Unrated); // answered, so beside the answered levels
    levels.append(RiskLevel::Unanswered);
    // Questions marked not applicable are counted in the tables, so the chart shows them too
    // (hatched grey), when there are any.
    if (std::any_of(risks.pillars().cbegin(), risks.pillars().cend(),
                    [](const core::PillarRisk &p) { return p.counts.count(RiskLevel::NotApplicable) > 0; }))
        levels.append(RiskLevel::NotApplicable);
    QList<PillarBar> bars;
    for (const core::PillarRisk &pillar : risks.pillars()) {
        PillarBar bar{pillar.name, {}};
        for (RiskLevel level : std::as_const(levels))
            bar.counts << pillar.counts.count(level);
        bars << bar;
    }
    // short words keep the legend readable in a narrow dock; the title says "by risk"
    addPillarRiskBars(chart, levels, bars, Text::tr("Questions"), true);
    return chart;
}

QChart *createRiskTrendChart(const core::Review &review, const core::Lens &lens, QObject *parent)
{
    QChart *chart = charts::newChart(Text::tr("Are risks going down?<br>High and medium risks per milestone"), parent);
    QList<core::Milestone> milestones = review.milestones;
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const core::Milestone &a, const core::Milestone &b) { return a.date < b.date; });

    // one category per milestone date and "now"; category labels must be unique, and only a
    // short label survives a narrow dock, so the milestone names stay out of the axis
    QStringList categories;
    QList<core::RiskCounts> points;
    auto addCategory = [&categories](const QString &label) {
        QString unique = label;
        for (int n = 2; categories.contains(unique); ++n)
            unique = Text::tr("%1 (%2)").arg(label).arg(n);
        categories.append(unique);
    };
    for (const core::Milestone &m : std::as_const(milestones)) {
        addCategory(displayDate(m.date));
        points.append(core::RiskAssessment::assess(lens, m.answers).totals());
    }
    addCategory(Text::tr("Now"));
    points.append(core::RiskAssessment::assess(lens, review.answers).totals());

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(Text::tr("Milestone date"));
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    int maximum = 0;
    for (const core::RiskCounts &c : std::as_const(points))
        maximum = std::max({maximum, c.high, c.medium});
    QValueAxis *axisY = countAxis(maximum + 1, Text::tr("Questions"));
    chart->addAxis(axisY, Qt::AlignLeft);

    for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium}) {
        auto *line = new QLineSeries;
        line->setName(RiskStyle::word(level));
        QPen pen(RiskStyle::color(level));
        pen.setWidthF(3);
        if (level == RiskLevel::Medium)
            pen.setStyle(Qt::DashLine); // tells the lines apart in black and white too
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(QStringLiteral("@yPoint"));
        line->setPointLabelsClipping(false);
        line->setPointLabelsColor(RiskStyle::color(level).darker(140));
        for (int i = 0; i < points.size(); ++i)
            line->append(i, points.at(i).count(level));
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    return chart;
}

} // namespace archbench::ui
