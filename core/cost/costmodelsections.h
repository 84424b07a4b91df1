#pragma once
// The report sections of a cost model (docs/reports.md): the inputs, every derived figure in
// tables (Markdown has no charts, so the tables carry everything the chart shows), and a
// chart block for the PDF. Registered for ItemKind::CostModel in installStandardSections.

#include "../model/projectdata.h"
#include "../document/reportdocument.h"

namespace archbench::core {

/// Chart ids drawn by ui/cost (costModelChart in ui/cost/costcharts.h).
inline constexpr const char *kLatencyCurveChart = "cost.latency-curve";
inline constexpr const char *kLoadCrossoverChart = "cost.load-crossover";
inline constexpr const char *kReservedComparisonChart = "cost.reserved-comparison";

/// Section provider for cost models: the model `options.itemId` names, or nothing.
QList<ReportSection> costModelSections(const ProjectData &data, const ReportOptions &options);

} // namespace archbench::core
