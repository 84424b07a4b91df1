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
    // Dense score matrix of the ranked options (rows, in option order) × criteria.
    std::vector<double> matrix;
    int leaderRow = -1;
    int rows = 0;
    for (const OptionScore &os : scores.options()) {
        if (!os.ranked())
            continue;
        if (os.option == scores.leader())
            leaderRow = rows;
        for (const Criterion &c : decision.criteria)
            matrix.push_back(findScore(decision, os.option, c.id)->value);
        ++rows;
    }

    std::mt19937_64 generator(seed);
    std::vector<double> weights(size_t(criteria), 0.0);
    int kept = 0;
    for (int draw = 0; draw < draws; ++draw) {
        for (double &w : weights) {
            // (0, 1]: 53 random bits, shifted by one so log() never sees zero.
            const double u = double((generator() >> 11) + 1) * 0x1.0p-53;
            w = -std::log(u);
        }
        int best = 0;
        double bestValue = -INFINITY;
        const double *row = matrix.data();
        for (int r = 0; r < rows; ++r, row += criteria) {
            double value = 0;
            for (qsizetype k = 0; k < criteria; ++k)
                value += weights[size_t(k)] * row[k];
            if (value > bestValue) {
                bestValue = value;
                best = r;
            }
        }
        if (best == leaderRow)
            ++kept;
    }
    return double(kept) / double(draws);
}

} // namespace archbench::core
