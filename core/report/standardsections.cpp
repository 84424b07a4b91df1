// The report sections this build knows. A domain adds its provider here with one line;
// see docs/reports.md.
#include "../cost/costmodelsections.h"
#include "../review/reviewsections.h"
#include "projectsections.h"
#include "reportregistry.h"

namespace archbench::core {

void installStandardSections(ReportRegistry &registry)
{
    registry.setProjectProvider(&projectSections);
    registry.add(ItemKind::CostModel, &costModelSections);
    registry.add(ItemKind::Review, &reviewSections);
    // One line per domain, e.g.:
    //   registry.add(ItemKind::Decision, &decisionSections);   // core/decision/decisionreport.h
    //   registry.add(ItemKind::Review, &reviewSections);       // core/review/reviewreport.h
    //   registry.add(ItemKind::Drill, &drillSections);         // core/drill/drillreport.h
    //   registry.add(ItemKind::CostModel, &costModelSections); // core/cost/costreport.h
}

} // namespace archbench::core
