#pragma once
// What the Inspector lists for a decision (ui/itemproperty.h).

#include "core/project.h"
#include "ui/itemproperty.h"

namespace archbench::ui {

QList<ItemProperty> decisionProperties(const core::Project &project, const core::Decision &decision);

} // namespace archbench::ui
