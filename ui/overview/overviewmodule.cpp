#include "overviewmodule.h"

#include "ui/workbench.h"

namespace archbench::ui {

void installOverviewModule(Workbench &workbench)
{
    Q_UNUSED(workbench);
}

} // namespace archbench::ui
