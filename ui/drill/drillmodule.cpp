#include "drillmodule.h"

#include "ui/workbench.h"

namespace archbench::ui {

void installDrillModule(Workbench &workbench)
{
    Q_UNUSED(workbench);
}

} // namespace archbench::ui
