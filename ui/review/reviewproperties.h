#pragma once
// What the Inspector lists for a Well-Architected review (ui/itemproperty.h).

#include "core/project.h"
#include "ui/itemproperty.h"

namespace archbench::ui {

QList<ItemProperty> reviewProperties(const core::Project &project, const core::Review &review);

} // namespace archbench::ui
