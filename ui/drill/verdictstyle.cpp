#include "verdictstyle.h"

#include <QCoreApplication>

namespace archbench::ui::verdictstyle {

QColor colorFor(const core::TargetVerdict &verdict)
{
    if (!verdict.pass)
        return unknownColor();
    return *verdict.pass ? passedColor() : failedColor();
}

QString wordFor(const core::TargetVerdict &verdict)
{
    if (!verdict.pass)
        return QCoreApplication::translate("archbench::ui::DrillVerdict", "NOT MEASURED");
    return *verdict.pass ? QCoreApplication::translate("archbench::ui::DrillVerdict", "PASSED")
                         : QCoreApplication::translate("archbench::ui::DrillVerdict", "FAILED");
}

QColor colorFor(core::DueState state)
{
    switch (state) {
    case core::DueState::Overdue: return failedColor();
    case core::DueState::DueSoon: return dueSoonColor();
    case core::DueState::Later:
    case core::DueState::NoDueDate: break;
    }
    return {};
}

} // namespace archbench::ui::verdictstyle
