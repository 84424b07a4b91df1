// The report sections this build knows. A domain adds its provider here with one line;
// see docs/reports.md.
#include "../cost/costmodelsections.h"
#include "../decision/decisionsections.h"
#include "../drill/drillsections.h"
#include "../review/reviewsections.h"
#include "projectsections.h"
#include "reportregistry.h"

namespace archbench::core {

void installStandardSections(ReportRegistry &registry)
{
    registry.setProjectProvider(&projectSections);
    registry.add(ItemKind::CostModel, &costModelSections);
    registry.add(ItemKind::Decision, &decisionSections);
    registry.add(ItemKind::Review, &reviewSections);
    registry.add(ItemKind::Drill, &drillSections);
}

} // namespace archbench::core
