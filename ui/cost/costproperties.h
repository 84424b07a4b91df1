#pragma once
// What the Inspector lists for a cost model (ui/itemproperty.h).

#include "core/project.h"
#include "ui/itemproperty.h"

namespace archbench::ui {

QList<ItemProperty> costModelProperties(const core::Project &project, const core::CostModel &model);

} // namespace archbench::ui
