#pragma once
// The report sections of one DR drill, in the style of a postmortem (DOMAIN.md §4 and §6,
// docs/reports.md): the drill itself with its overall verdict, What was tested (scenario,
// traffic, tier, date, description), Targets and what we observed (RTO/RPO pass or fail with
// margins, the three phases), Timeline, What worked and what did not (findings: "the plan
// says" / "the drill revealed"), Action items (overdue against options.generated) and, once
// two drills have a date, the trend of the drills up to this one.
// A provider for ReportRegistry, registered in core/report/standardsections.cpp.

#include "../model/projectdata.h"
#include "../document/reportdocument.h"

#include <QCoreApplication>

namespace archbench::core {

/// Chart ids the sections name (factories in ui/drill/drillreportcharts.h).
inline constexpr const char *kDrillPhasesChart = "drill.phases";
inline constexpr const char *kDrillDataLossChart = "drill.data-loss";
inline constexpr const char *kDrillTrendChart = "drill.trend";
inline constexpr const char *kDrillDataLossTrendChart = "drill.data-loss-trend";

/// Translation context of the drill report texts (seen by lupdate).
class DrillSections {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::DrillSections)
};

QList<ReportSection> drillSections(const ProjectData &data, const ReportOptions &options);

/// The dated drills up to and including `drillId` (by date; ties keep project order): what a
/// trend ending at that drill shows. Empty when the drill is unknown or has no date.
QList<Drill> drillsUpTo(const QList<Drill> &drills, const QString &drillId);

} // namespace archbench::core
