#pragma once
// The four DR tiers and the recovery targets each one typically achieves (DOMAIN.md §4).
// A preset only fills a drill's targets; the user may edit them afterwards, so nothing else
// depends on a drill's targets matching its tier.

#include "core/model/drill.h"

#include <QList>

namespace archbench::core {

/// Relative running cost of a tier, cheapest first.
enum class DrTierCost { VeryLow, LowMedium, Medium, High };

struct DrTierPreset {
    DrTier tier = DrTier::WarmStandby;
    double rtoMinutes = 0;  ///< the target filled in by the preset
    double rpoSeconds = 0;  ///< the target filled in by the preset
    double rtoLowMinutes = 0, rtoHighMinutes = 0; ///< the typical range, for help text
    double rpoLowSeconds = 0, rpoHighSeconds = 0; ///< the typical range, for help text
    DrTierCost cost = DrTierCost::Medium;
};

/// The preset of one tier.
DrTierPreset drTierPreset(DrTier tier);
/// All presets, cheapest tier first.
QList<DrTierPreset> drTierPresets();
/// The targets a preset fills in.
DrillTargets typicalTargets(DrTier tier);

} // namespace archbench::core
