#include "drtierpresets.h"

namespace archbench::core {

namespace {
// Backup & restore: hours to days of downtime, the last backup's worth of data.
// Pilot light: 30-60 min, seconds of asynchronously replicated data.
// Warm standby: 5-15 min, seconds. Active-active: about zero for both (synchronous
// replication) or seconds of data with asynchronous replication; about twice the cost.
constexpr DrTierPreset kPresets[] = {
    {DrTier::BackupRestore, 240, 3600, 60, 2880, 3600, 86400, DrTierCost::VeryLow},
    {DrTier::PilotLight, 60, 5, 30, 60, 1, 60, DrTierCost::LowMedium},
    {DrTier::WarmStandby, 15, 5, 5, 15, 1, 60, DrTierCost::Medium},
    {DrTier::ActiveActive, 1, 1, 0, 1, 0, 5, DrTierCost::High},
};
} // namespace

DrTierPreset drTierPreset(DrTier tier)
{
    for (const DrTierPreset &preset : kPresets)
        if (preset.tier == tier)
            return preset;
    return kPresets[2];
}

QList<DrTierPreset> drTierPresets()
{
    return QList<DrTierPreset>(std::begin(kPresets), std::end(kPresets));
}

DrillTargets typicalTargets(DrTier tier)
{
    const DrTierPreset preset = drTierPreset(tier);
    return DrillTargets{preset.rtoMinutes, preset.rpoSeconds};
}

} // namespace archbench::core
