#include "costmodule.h"

#include "ui/workbench.h"

namespace archbench::ui {

void installCostModule(Workbench &workbench)
{
    Q_UNUSED(workbench);
}

} // namespace archbench::ui
