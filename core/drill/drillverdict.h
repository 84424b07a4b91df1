#pragma once
// Whether one drill met its recovery targets (DOMAIN.md §4).
//
//   observed RTO = detect + decide + recover   (only when all three phases were measured)
//   observed RPO = data loss observed, in seconds of writes lost
//   pass         = observed <= target          (equal passes)
//   margin       = target - observed           (negative: missed by that much)
//
// A verdict is absent (nullopt) when either the target or the observation is missing; a
// missing value is never read as zero. Sums and margins are rounded to 1e-6 so that
// 4.1 + 6.2 + 4.7 compares equal to a target of 15.

#include "core/model/drill.h"

#include <optional>

namespace archbench::core {

struct TargetVerdict {
    std::optional<double> observed;
    std::optional<double> target;
    std::optional<bool> pass;     ///< set when both observed and target are known
    std::optional<double> margin; ///< target - observed, set with pass
    bool isKnown() const { return pass.has_value(); }
};

struct DrillVerdict {
    TargetVerdict rto; ///< minutes
    TargetVerdict rpo; ///< seconds
    int openActionItems = 0;
    /// True when both verdicts are known and both passed.
    bool passed() const { return rto.pass.value_or(false) && rpo.pass.value_or(false); }
    /// True when at least one known verdict failed.
    bool failed() const { return !rto.pass.value_or(true) || !rpo.pass.value_or(true); }
};

/// detect + decide + recover, or nullopt unless all three were measured.
std::optional<double> observedRtoMinutes(const DrillMeasured &measured);
/// The data loss observed (seconds), or nullopt when not measured.
std::optional<double> observedRpoSeconds(const DrillMeasured &measured);
/// Compares an observation with a target (either may be missing).
TargetVerdict judge(std::optional<double> observed, std::optional<double> target);
/// Action items of the drill not yet done (open or in progress).
int openActionItemCount(const Drill &drill);
DrillVerdict evaluateDrill(const Drill &drill);

/// Rounds to six decimals, to keep floating-point noise out of sums, margins and reports.
double roundMicro(double value);

} // namespace archbench::core
