#pragma once
// Words for cost models, shared by the Inspector, the reports and the command line so all of
// them say the same thing. Translated through QCoreApplication::translate (context
// "archbench::core::CostTexts").

#include "core/model/enums.h"

#include <QString>

namespace archbench::core {

/// The kind of model in words: "Cost vs latency", "Load vs cost crossover", "Reserved vs on demand".
QString costModelKindName(CostModelKind kind);

} // namespace archbench::core
