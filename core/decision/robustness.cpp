#include "robustness.h"

#include <cmath>
#include <random>
#include <vector>

namespace archbench::core {

std::optional<double> Robustness::compute(const Decision &decision, int draws, quint64 seed)
{
    return compute(decision, WeightedScore::compute(decision), draws, seed);
}

std::optional<double> Robustness::compute(const Decision &decision, const WeightedScore &scores,
                                          int draws, quint64 seed)
{
    if (draws <= 0 || scores.leader().isEmpty() || scores.rankedCount() < 2)
        return std::nullopt;

    const qsizetype criteria = decision.criteria.size();
    // Dense score matrix of the ranked options (rows, in option order) × criteria. Single
    // precision is plenty to pick a leader, and it halves the work per draw; comparisons of
    // exactly tied sums still resolve to the first option in option order.
    std::vector<float> matrix;
    int leaderRow = -1;
    int rows = 0;
    for (const OptionScore &os : scores.options()) {
        if (!os.ranked())
            continue;
        if (os.option == scores.leader())
            leaderRow = rows;
        for (const Criterion &c : decision.criteria)
            matrix.push_back(float(findScore(decision, os.option, c.id)->value));
        ++rows;
    }

    std::mt19937_64 generator(seed);
    std::vector<float> weights(size_t(criteria), 0.0f);
    std::vector<float> totals(size_t(rows), 0.0f);
    int kept = 0;
    for (int draw = 0; draw < draws; ++draw) {
        // Exponential(1) weights from 24-bit uniforms strictly inside (0, 1), two per 64-bit
        // output: never log(0), and never a zero weight that would let a tie decide a draw.
        quint64 bits = 0;
        for (qsizetype k = 0; k < criteria; ++k) {
            if ((k & 1) == 0)
                bits = generator();
            const quint32 half = (k & 1) == 0 ? quint32(bits) : quint32(bits >> 32);
            const float u = (float(half >> 8) + 0.5f) * 0x1.0p-24f;
            weights[size_t(k)] = -std::log(u);
        }
        const float *row = matrix.data();
        for (int r = 0; r < rows; ++r, row += criteria) {
            float value = 0;
            for (qsizetype k = 0; k < criteria; ++k)
                value += weights[size_t(k)] * row[k];
            totals[size_t(r)] = value;
        }
        int best = 0;
        for (int r = 1; r < rows; ++r)
            if (totals[size_t(r)] > totals[size_t(best)])
                best = r;
        if (best == leaderRow)
            ++kept;
    }
    return double(kept) / double(draws);
}

} // namespace archbench::core
