#pragma once
// What the Inspector lists for a disaster-recovery drill (ui/itemproperty.h).

#include "core/project.h"
#include "ui/itemproperty.h"

namespace archbench::ui {

QList<ItemProperty> drillProperties(const core::Project &project, const core::Drill &drill);

} // namespace archbench::ui
