#include "weightedscore.h"

#include <algorithm>
#include <cmath>

namespace archbench::core {

const Score *findScore(const Decision &decision, const QString &option, const QString &criterion)
{
    for (const Score &s : decision.scores)
        if (s.option == option && s.criterion == criterion)
            return &s;
    return nullptr;
}

bool isEliminated(const Decision &decision, const QString &option)
{
    return std::any_of(decision.constraints.cbegin(), decision.constraints.cend(),
                       [&](const HardConstraint &k) { return k.failedBy.contains(option); });
}

bool WeightedScore::tied(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

WeightedScore WeightedScore::compute(const Decision &decision)
{
    WeightedScore result;
    for (const Criterion &c : decision.criteria)
        result.m_weightSum += c.weight;
    const double span = decision.scale.max - decision.scale.min;

    for (const Option &option : decision.options) {
        OptionScore os;
        os.option = option.id;
        os.name = option.name;
        for (const HardConstraint &k : decision.constraints)
            if (k.failedBy.contains(option.id))
                os.failedConstraints << k.id;
        os.eliminated = !os.failedConstraints.isEmpty();
        double sum = 0;
        for (const Criterion &c : decision.criteria) {
            const Score *s = findScore(decision, option.id, c.id);
            if (!s)
                os.missing << c.id;
            else
                sum += c.weight * s->value;
        }
        os.complete = os.missing.isEmpty();
        if (os.complete && result.m_weightSum > 0) {
            os.weighted = sum / result.m_weightSum;
            if (span > 0)
                os.percent = (*os.weighted - decision.scale.min) / span * 100.0;
        }
        result.m_options << os;
    }

    // Competition ranking among complete, non-eliminated options: ties share a rank.
    QList<int> order;
    for (int i = 0; i < result.m_options.size(); ++i)
        if (!result.m_options[i].eliminated && result.m_options[i].weighted)
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double wa = *result.m_options[a].weighted;
        const double wb = *result.m_options[b].weighted;
        return !tied(wa, wb) && wa > wb;
    });
    for (int pos = 0; pos < order.size(); ++pos) {
        OptionScore &os = result.m_options[order[pos]];
        if (pos > 0 && tied(*os.weighted, *result.m_options[order[pos - 1]].weighted))
            os.rank = result.m_options[order[pos - 1]].rank;
        else
            os.rank = pos + 1;
    }
    for (const OptionScore &os : std::as_const(result.m_options))
        if (os.rank == 1) {
            result.m_leader = os.option;
            break;
        }
    return result;
}

const OptionScore *WeightedScore::find(const QString &optionId) const
{
    for (const OptionScore &os : m_options)
        if (os.option == optionId)
            return &os;
    return nullptr;
}

QList<OptionScore> WeightedScore::ranking() const
{
    QList<OptionScore> out;
    for (const OptionScore &os : m_options)
        if (os.rank)
            out << os;
    std::stable_sort(out.begin(), out.end(),
                     [](const OptionScore &a, const OptionScore &b) { return *a.rank < *b.rank; });
    return out;
}

QStringList WeightedScore::leaders() const
{
    QStringList out;
    for (const OptionScore &os : m_options)
        if (os.rank == 1)
            out << os.option;
    return out;
}

int WeightedScore::rankedCount() const
{
    return int(std::count_if(m_options.cbegin(), m_options.cend(),
                             [](const OptionScore &os) { return os.rank.has_value(); }));
}

} // namespace archbench::core
