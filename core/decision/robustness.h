#pragma once
// How robust a decision's leader is to the choice of weights (DOMAIN.md §2): the share of
// weight vectors drawn uniformly from the simplex under which the leader stays the leader.
//
// Uniform simplex draws are Dirichlet(1): w_k = −log(U_k), normalised. Normalising does not
// change which option leads, so it is skipped. U_k are 24-bit uniforms strictly inside (0, 1) (two per
// output of a seeded mt19937_64) and the sums are single precision: ample to pick a leader,
// and twice as fast. The same decision, draws and seed give the same figure run after run, so
// the GUI and `archbench score` agree. Only ranked options (complete, not
// eliminated) compete; ties go to the first option in option order. Empty with fewer than two
// ranked options.

#include "core/model/decision.h"
#include "weightedscore.h"

#include <QtGlobal>
#include <optional>

namespace archbench::core {

class Robustness {
public:
    static constexpr int kDefaultDraws = 20000;
    static constexpr int kMinimumDraws = 10000;
    static constexpr quint64 kDefaultSeed = 20261128;

    static std::optional<double> compute(const Decision &decision, int draws = kDefaultDraws,
                                         quint64 seed = kDefaultSeed);
    static std::optional<double> compute(const Decision &decision, const WeightedScore &scores,
                                         int draws = kDefaultDraws, quint64 seed = kDefaultSeed);
};

} // namespace archbench::core
