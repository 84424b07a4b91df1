#pragma once
// The report sections of one Well-Architected review (DOMAIN.md §6, docs/reports.md): what
// was reviewed against which lens, risks per pillar, the risky questions with their missing
// practices, the unrated questions (answered, but no rule of the lens matches) with the
// practices ticked, not-applicable questions with their reasons, the improvement plan (overdue items
// against options.generated) and the milestones with the changes since the latest one.
// A provider for ReportRegistry: registered with `registry.add(ItemKind::Review,
// &reviewSections)` in core/report/standardsections.cpp.

#include "../model/projectdata.h"
#include "../document/reportdocument.h"

namespace archbench::core {

/// Chart ids the sections name (factories in ui/review/reviewreportcharts.h).
inline constexpr const char *kReviewPillarRiskChart = "review.pillar-risks";
inline constexpr const char *kReviewRiskTrendChart = "review.risk-trend";

QList<ReportSection> reviewSections(const ProjectData &data, const ReportOptions &options);

} // namespace archbench::core
