// The charts this build can draw into reports. A domain adds its factory here with one line;
// see docs/reports.md.
#include "chartregistry.h"
#include "projectcharts.h"

#include "core/cost/costmodelsections.h"
#include "core/report/projectsections.h"
#include "ui/cost/costcharts.h"
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
    // One line per domain, e.g.:
    //   registry.add(QStringLiteral("decision.weighted-scores"), &weightedScoreChart); // ui/decision
    //   registry.add(QStringLiteral("review.pillar-risks"), &pillarRiskChart);         // ui/review
}

} // namespace archbench::ui
