// Every domain module plugs into the workbench here, in menu order.
#include "workbench.h"

#include "cost/costmodule.h"
#include "decision/decisionmodule.h"
#include "drill/drillmodule.h"
#include "overview/overviewmodule.h"
#include "report/reportmodule.h"
#include "review/reviewmodule.h"

namespace archbench::ui {

void installModules(Workbench &workbench)
{
    installOverviewModule(workbench);
    installDecisionModule(workbench);
    installReviewModule(workbench);
    installDrillModule(workbench);
    installCostModule(workbench);
    installReportModule(workbench);
}

} // namespace archbench::ui
