#include "projectcharts.h"

#include "core/report/projectsections.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/palette.h"

#include <QCoreApplication>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ProjectCharts)
};
} // namespace

QChart *requirementsByKindChart(const core::ProjectData &data, const QString &itemId)
{
    Q_UNUSED(itemId);
    const auto &reqs = data.project.requirements;
    if (reqs.isEmpty())
        return nullptr;

    // Bars are drawn bottom-up: add the kinds in reverse so the list reads top-down.
    QStringList categories;
    auto *set = new QBarSet(Text::tr("Requirements"));
    set->setLabelColor(charts::kInk); // beside the bars, on the background
    set->setColor(palette::series(0));
    set->setBorderColor(palette::series(0));
    int most = 0;
    const auto &kinds = core::EnumNames<core::RequirementKind>::table;
    for (auto it = kinds.rbegin(); it != kinds.rend(); ++it) {
        const core::RequirementKind kind = it->first;
        const int n = int(std::count_if(reqs.cbegin(), reqs.cend(), [kind](const core::Requirement &r) { return r.kind == kind; }));
        // A kind without requirements says so in words: an empty bar alone would not.
        categories << (n == 0 ? Text::tr("%1 (none)").arg(core::requirementKindLabel(kind)) : core::requirementKindLabel(kind));
        *set << n;
        most = std::max(most, n);
    }

    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.62);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));

    QChart *chart = charts::newChart(Text::tr("Which qualities do the requirements cover?"));
    chart->addSeries(series);
    chart->legend()->setVisible(false);

    auto *kindsAxis = new QBarCategoryAxis;
    kindsAxis->append(categories);
    kindsAxis->setGridLineVisible(false);
    kindsAxis->setTruncateLabels(false);
    chart->addAxis(kindsAxis, Qt::AlignLeft);
    series->attachAxis(kindsAxis);

    auto *countAxis = new QValueAxis;
    // Whole numbers only, with one spare step so the value labels fit beside the bars.
    const int top = most + 1;
    countAxis->setRange(0, top);
    countAxis->setTickType(QValueAxis::TicksFixed);
    countAxis->setTickCount(top + 1 <= 11 ? top + 1 : 6);
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    countAxis->setTitleText(Text::tr("Requirements (count)"));
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    return chart;
}

} // namespace archbench::ui
