#include "flipshare.h"

#include <algorithm>
#include <cmath>

namespace archbench::core {

namespace {

constexpr double kSlopeEpsilon = 1e-12;
constexpr double kShareEpsilon = 1e-12;

struct Line {
    int optionIndex; // position in decision.options (tie-break order)
    QString option;
    double base;  // f(0)
    double slope; // f(1) − f(0)
    double at(double s) const { return base + s * slope; }
};

// The option leading at share s: the highest line, ties to the first in option order.
const Line *leaderAt(const QList<Line> &lines, double s)
{
    const Line *best = nullptr;
    for (const Line &line : lines)
        if (!best || (line.at(s) > best->at(s) && !WeightedScore::tied(line.at(s), best->at(s))))
            best = &line;
    return best;
}

} // namespace

QList<CriterionSensitivity> FlipShare::compute(const Decision &decision)
{
    return compute(decision, WeightedScore::compute(decision));
}

QList<CriterionSensitivity> FlipShare::compute(const Decision &decision, const WeightedScore &scores)
{
    QList<CriterionSensitivity> out;
    const double total = scores.weightSum();
    const int criteriaCount = int(decision.criteria.size());

    const ScoreGrid grid(decision);
    QList<int> candidates; // indices of ranked options in option order
    for (int i = 0; i < scores.options().size(); ++i)
        if (scores.options()[i].ranked())
            candidates << i;

    for (int j = 0; j < criteriaCount; ++j) {
        const Criterion &criterion = decision.criteria[j];
        CriterionSensitivity cs;
        cs.criterion = criterion.id;
        if (total > 0)
            cs.share = criterion.weight / total;
        if (!cs.share || criteriaCount < 2 || candidates.size() < 2 || scores.leader().isEmpty()) {
            out << cs;
            continue;
        }
        const double current = *cs.share;
        const double rest = total - criterion.weight;

        QList<Line> lines;
        const Line *leader = nullptr;
        for (int i : std::as_const(candidates)) {
            const QString &optionId = decision.options[i].id;
            double others = 0;
            for (int k = 0; k < criteriaCount; ++k) {
                if (k == j)
                    continue;
                const double share = rest > 0 ? decision.criteria[k].weight / rest
                                              : 1.0 / double(criteriaCount - 1);
                others += share * grid.at(i, k)->value;
            }
            const double own = grid.at(i, j)->value;
            lines << Line{i, optionId, others, own - others};
        }
        for (const Line &line : std::as_const(lines))
            if (line.option == scores.leader())
                leader = &line;

        for (const Line &line : std::as_const(lines)) {
            if (&line == leader)
                continue;
            const double d0 = line.base - leader->base;   // difference at s = 0
            const double m = line.slope - leader->slope;   // its slope
            if (std::abs(m) < kSlopeEpsilon)
                continue; // parallel: the order never changes along this criterion
            double cross = -d0 / m;
            if (cross < -kShareEpsilon || cross > 1 + kShareEpsilon)
                continue;
            cross = std::clamp(cross, 0.0, 1.0);
            const bool atEnd = cross < kShareEpsilon || cross > 1 - kShareEpsilon;
            if (atEnd && line.optionIndex > leader->optionIndex)
                continue; // a tie at the very end goes to the leader
            // Which side of the current share does this option overtake on?
            const bool above = std::abs(cross - current) < kShareEpsilon ? m > 0 : cross > current;
            if (above) {
                if (!cs.flipAbove || cross < *cs.flipAbove)
                    cs.flipAbove = cross;
            } else if (!cs.flipBelow || cross > *cs.flipBelow) {
                cs.flipBelow = cross;
            }
        }
        constexpr double step = 1e-7;
        if (cs.flipBelow) {
            const double s = std::max(0.0, *cs.flipBelow - step);
            cs.leaderBelow = leaderAt(lines, *cs.flipBelow > 0 ? s : 0.0)->option;
        }
        if (cs.flipAbove) {
            const double s = std::min(1.0, *cs.flipAbove + step);
            cs.leaderAbove = leaderAt(lines, *cs.flipAbove < 1 ? s : 1.0)->option;
        }
        if (cs.flipBelow && cs.flipAbove)
            cs.flipShare = (current - *cs.flipBelow) <= (*cs.flipAbove - current) ? cs.flipBelow : cs.flipAbove;
        else
            cs.flipShare = cs.flipBelow ? cs.flipBelow : cs.flipAbove;
        out << cs;
    }
    return out;
}

} // namespace archbench::core
