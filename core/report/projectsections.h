#pragma once
// The project-level part of a report: overview (description, owner, tags, dates), where the
// review stands (the dashboard lines), the framing answers (unanswered ones said so) and the
// requirements with what their availability targets allow. The PDF adds the chart
// "project.requirements-by-kind" (ui/report/projectcharts.h).

#include "../document/reportdocument.h"

#include "../model/projectdata.h"

namespace archbench::core {

/// The chart id of the requirements-by-kind bar chart.
inline constexpr const char *kRequirementsByKindChart = "project.requirements-by-kind";

/// Section provider of the project part (registered with ReportRegistry::setProjectProvider).
QList<ReportSection> projectSections(const ProjectData &data, const ReportOptions &options);

/// A short, translated name for a requirement kind ("Durability (RPO)").
QString requirementKindLabel(RequirementKind kind);

} // namespace archbench::core
