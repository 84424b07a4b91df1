// The charts this build can draw into reports. A domain adds its factory here with one line;
// see docs/reports.md.
#include "chartregistry.h"
#include "projectcharts.h"

#include "core/cost/costmodelsections.h"
#include "core/decision/decisionsections.h"
#include "core/drill/drillsections.h"
#include "core/report/projectsections.h"
#include "ui/cost/costcharts.h"
#include "ui/decision/scorechart.h"
#include "ui/decision/sensitivitychart.h"
#include "ui/drill/drillreportcharts.h"
#include "ui/review/reviewreportcharts.h"
#include "core/review/reviewsections.h"

namespace archbench::ui {

void installStandardCharts(ChartRegistry &registry)
{
    registry.add(QString::fromLatin1(core::kRequirementsByKindChart), &requirementsByKindChart);
    registry.add(QString::fromLatin1(core::kLatencyCurveChart), &latencyCurveChart);
    registry.add(QString::fromLatin1(core::kLoadCrossoverChart), &loadCrossoverChart);
    registry.add(QString::fromLatin1(core::kReservedComparisonChart), &reservedComparisonChart);
    registry.add(QString::fromLatin1(core::kReviewPillarRiskChart), &reviewPillarRiskChart);
    registry.add(QString::fromLatin1(core::kReviewRiskTrendChart), &reviewRiskTrendChart);
    registry.add(QString::fromLatin1(core::kDecisionWeightedScoresChart), &weightedScoreReportChart);
    registry.add(QString::fromLatin1(core::kDecisionSensitivityChart), &sensitivityReportChart);
    registry.add(QString::fromLatin1(core::kDrillPhasesChart), &drillPhasesReportChart);
    registry.add(QString::fromLatin1(core::kDrillDataLossChart), &drillDataLossReportChart);
    registry.add(QString::fromLatin1(core::kDrillTrendChart), &drillTrendReportChart);
    registry.add(QString::fromLatin1(core::kDrillDataLossTrendChart), &drillDataLossTrendReportChart);
}

} // namespace archbench::ui
