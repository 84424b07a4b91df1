#include "reviewmodule.h"

#include "ui/workbench.h"

namespace archbench::ui {

void installReviewModule(Workbench &workbench)
{
    Q_UNUSED(workbench);
}

} // namespace archbench::ui
