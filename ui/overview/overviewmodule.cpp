#include "overviewmodule.h"

#include "overvieweditor.h"

#include "ui/workbench.h"

namespace archbench::ui {

void installOverviewModule(Workbench &workbench)
{
    workbench.registerOverviewEditor([](const EditorContext &context, const ItemRef &, QWidget *parent) -> QWidget * {
        return new OverviewEditor(context.document, context.workbench, parent);
    });
}

} // namespace archbench::ui
