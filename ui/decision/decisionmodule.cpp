#include "decisionmodule.h"

#include "ui/workbench.h"

namespace archbench::ui {

void installDecisionModule(Workbench &workbench)
{
    Q_UNUSED(workbench);
}

} // namespace archbench::ui
