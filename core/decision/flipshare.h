#pragma once
// Per-criterion sensitivity of a decision's leader (INTERCHANGE.md "archbench score").
//
// Moving one criterion's share s of the total weight through [0, 1] while the other criteria
// keep their proportions makes every option's weighted score linear in s:
//     f_i(s) = b_i + s · (a_i − b_i)
// with a_i the option's score on the criterion and b_i its weighted score over the others.
// The leader changes exactly where another option's line crosses the leader's, so the flip
// shares are line intersections, not a search. flipShare is the nearest of the flip below and
// the flip above the current share; it is empty when the leader never changes in [0, 1].
//
// Conventions: only ranked options (complete, not eliminated) can lead; a tie goes to the
// first option in option order, so a crossing at an end of [0, 1] by an option listed after
// the leader is no change. When the other criteria all weigh zero they share the rest
// equally. A single criterion, all weights zero or fewer than two ranked options: no flips.

#include "core/model/decision.h"
#include "weightedscore.h"

#include <optional>

namespace archbench::core {

struct CriterionSensitivity {
    QString criterion;
    /// weight ÷ Σ weights; empty when the weights sum to zero.
    std::optional<double> share;
    /// The nearest share at which the leader changes; empty if it never does.
    std::optional<double> flipShare;
    std::optional<double> flipBelow; ///< largest flip share below the current share
    std::optional<double> flipAbove; ///< smallest flip share above the current share
    QString leaderBelow; ///< who leads just below flipBelow
    QString leaderAbove; ///< who leads just above flipAbove
};

class FlipShare {
public:
    /// One entry per criterion, in criterion order.
    static QList<CriterionSensitivity> compute(const Decision &decision);
    static QList<CriterionSensitivity> compute(const Decision &decision, const WeightedScore &scores);
};

} // namespace archbench::core
