#pragma once
// The cost charts as standalone QCharts for one model, so the docks show them and the PDF
// report draws the same pictures. Each returns a new chart (owned by the caller, or by
// `parent` when given) that is complete on its own: series, axes with units, labels pinned
// to points, and a message in place of the curves when the model cannot be computed.
//
//   createLatencyChart   cumulative monthly cost (x) against p99 (y): a marker per step
//                        labelled with its name, the target line, steps beyond the target in
//                        grey, dashed and labelled; hovering a marker shows cost per ms saved
//   createCrossoverChart monthly cost of each option over the load range (linear, or log-log
//                        when the model asks for a logarithmic scale), per-instance options
//                        as real steps, crossovers marked and labelled with their load, the
//                        cheapest option of each segment shaded lightly in its colour
//   createReservedChart  monthly cost of on-demand, 1-year, 3-year and savings-plan payment
//
// Series carry object names for tests and the report: "path", "beyondPath", "steps",
// "meetsTarget", "beyondTarget", "target", "option:<i>", "cheapest:<i>", "crossovers".

#include "core/model/projectdata.h"

#include <QLocale>
#include <QString>

class QChart;
class QObject;

namespace archbench::core::cost {
struct LatencyStepFigures;
}

namespace archbench::ui {

QChart *createLatencyChart(const core::CostModel &model, const QString &currency, QObject *parent = nullptr);
QChart *createCrossoverChart(const core::CostModel &model, const QString &currency, QObject *parent = nullptr);
QChart *createReservedChart(const core::CostModel &model, const QString &currency, QObject *parent = nullptr);

/// Chooses the chart for the model's kind.
QChart *createCostChart(const core::CostModel &model, const QString &currency, QObject *parent = nullptr);

/// Chart factories of the report ChartRegistry (ids in core/cost/costmodelsections.h): the
/// chart of the cost model `itemId` of `data`, or nullptr when there is no such model of that
/// kind or its inputs cannot be computed (the report says why in text).
QChart *latencyCurveChart(const core::ProjectData &data, const QString &itemId);
QChart *loadCrossoverChart(const core::ProjectData &data, const QString &itemId);
QChart *reservedComparisonChart(const core::ProjectData &data, const QString &itemId);

/// The hover text of a step marker (rich text with every user string escaped).
QString latencyStepTooltip(const core::cost::LatencyStepFigures &step, int number, const QString &currency,
                           const QLocale &locale = QLocale());

} // namespace archbench::ui
