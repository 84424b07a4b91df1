// createReservedChart, createCostChart and the report chart factories (see costcharts.h).
#include "ui/charts/chartlabel.h"
#include "ui/charts/chartstyle.h"
#include "costcharts.h"

#include "core/cost/costvalidation.h"
#include "core/cost/moneyformat.h"
#include "core/cost/reservedcomparison.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::CostCharts)
};
} // namespace

QChart *createReservedChart(const core::CostModel &model, const QString &currency, QObject *parent)
{
    using namespace charts;
    QChart *chart = newChart(Text::tr("What each way of paying costs a month"), parent);
    const auto r = core::cost::computeReservedComparison(model);
    if (!r) {
        showChartMessage(chart, Text::tr("Cannot compare: %1").arg(r.error().message));
        return chart;
    }
    const QLocale locale;
    const auto percent = [&](double p) { return core::cost::formatQuantity(p, locale); };
    // top to bottom as read: on demand first (horizontal bars list categories bottom-up)
    const QList<std::pair<QString, double>> rows{
        {Text::tr("Savings plan (-%1 %)").arg(percent(model.savingsPlanDiscountPercent)), r->savingsPlanMonthly},
        {Text::tr("3-year reservation (-%1 %)").arg(percent(model.threeYearDiscountPercent)), r->threeYearMonthly},
        {Text::tr("1-year reservation (-%1 %)").arg(percent(model.oneYearDiscountPercent)), r->oneYearMonthly},
        {Text::tr("On demand"), r->onDemandMonthly},
    };
    auto *set = new QBarSet(Text::tr("Monthly cost"));
    set->setColor(palette::series(0));
    set->setBorderColor(palette::series(0));
    QStringList categories;
    for (const auto &[name, value] : rows) {
        categories << name;
        set->append(value);
    }
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("monthly"));
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(Text::tr("Monthly cost (%1)").arg(core::cost::currencySymbol(currency)));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    setRoundTicks(axisX, 0, r->onDemandMonthly * 1.45);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    for (int i = 0; i < rows.size(); ++i) {
        const double saved = r->onDemandMonthly - rows[i].second;
        const QString text = saved > 0 ? Text::tr("%1 (saves %2)").arg(core::cost::formatMoney(rows[i].second, currency, locale),
                                                                core::cost::formatMoney(saved, currency, locale))
                                       : core::cost::formatMoney(rows[i].second, currency, locale);
        new ChartLabel(chart, series, QPointF(rows[i].second, i), text, kInk, Qt::AlignRight | Qt::AlignVCenter);
    }
    adaptToWidth(chart);
    chart->legend()->setVisible(false);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] { chart->legend()->setVisible(false); });
    return chart;
}

QChart *createCostChart(const core::CostModel &model, const QString &currency, QObject *parent)
{
    switch (model.kind) {
    case core::CostModelKind::Latency: return createLatencyChart(model, currency, parent);
    case core::CostModelKind::Crossover: return createCrossoverChart(model, currency, parent);
    case core::CostModelKind::Reserved: return createReservedChart(model, currency, parent);
    }
    return createLatencyChart(model, currency, parent);
}

namespace {
QChart *reportChart(const core::ProjectData &data, const QString &itemId, core::CostModelKind kind)
{
    for (const core::CostModel &model : data.costModels)
        if (model.id == itemId)
            return model.kind == kind && core::cost::validateCostModel(model).ok()
                ? createCostChart(model, data.project.currency)
                : nullptr;
    return nullptr;
}
} // namespace

QChart *latencyCurveChart(const core::ProjectData &data, const QString &itemId)
{
    return reportChart(data, itemId, core::CostModelKind::Latency);
}

QChart *loadCrossoverChart(const core::ProjectData &data, const QString &itemId)
{
    QChart *chart = reportChart(data, itemId, core::CostModelKind::Crossover);
    // On paper the page is wide enough for the key beside the plot, where option names are
    // not elided as in a one-line legend below it.
    if (chart)
        chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *reservedComparisonChart(const core::ProjectData &data, const QString &itemId)
{
    return reportChart(data, itemId, core::CostModelKind::Reserved);
}

} // namespace archbench::ui
