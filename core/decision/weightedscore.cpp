#include "weightedscore.h"

#include <algorithm>
#include <cmath>

#include <QHash>

namespace archbench::core {

const Score *findScore(const Decision &decision, const QString &option, const QString &criterion)
{
    for (const Score &s : decision.scores)
        if (s.option == option && s.criterion == criterion)
            return &s;
    return nullptr;
}

namespace {

/// Positions by id: the first position holding each id. Decisions have a few options and
/// criteria, where comparing ids in turn beats hashing them; long lists get a hash.
template <typename T>
class Positions {
public:
    explicit Positions(const QList<T> &items) : m_items(items)
    {
        if (items.size() <= kLinear)
            return;
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            m_hash.insert(items[i].id, i); // the first wins
    }
    qsizetype of(const QString &id) const
    {
        if (m_items.size() > kLinear)
            return m_hash.value(id, -1);
        for (qsizetype i = 0; i < m_items.size(); ++i)
            if (m_items[i].id == id)
                return i;
        return -1;
    }

private:
    static constexpr qsizetype kLinear = 24;
    const QList<T> &m_items;
    QHash<QString, qsizetype> m_hash;
};

} // namespace

ScoreGrid::ScoreGrid(const Decision &decision)
    : m_criteria(decision.criteria.size()), m_cells(decision.options.size() * decision.criteria.size(), nullptr)
{
    if (m_cells.isEmpty())
        return;
    const Positions options(decision.options);
    const Positions criteria(decision.criteria);
    for (const Score &s : decision.scores) {
        const qsizetype option = options.of(s.option);
        const qsizetype criterion = option < 0 ? -1 : criteria.of(s.criterion);
        if (criterion < 0)
            continue;
        const Score *&cell = m_cells[option * m_criteria + criterion];
        if (!cell)
            cell = &s;
    }
    // an option or criterion whose id came before has that one's scores, as with findScore()
    QList<qsizetype> firstOption(decision.options.size());
    QList<qsizetype> firstCriterion(m_criteria);
    bool twice = false;
    for (qsizetype i = 0; i < firstOption.size(); ++i)
        twice |= (firstOption[i] = options.of(decision.options[i].id)) != i;
    for (qsizetype k = 0; k < m_criteria; ++k)
        twice |= (firstCriterion[k] = criteria.of(decision.criteria[k].id)) != k;
    if (!twice)
        return;
    for (qsizetype i = 0; i < firstOption.size(); ++i)
        for (qsizetype k = 0; k < m_criteria; ++k)
            m_cells[i * m_criteria + k] = m_cells[firstOption[i] * m_criteria + firstCriterion[k]];
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
    const ScoreGrid grid(decision);

    for (qsizetype i = 0; i < decision.options.size(); ++i) {
        const Option &option = decision.options[i];
        OptionScore os;
        os.option = option.id;
        os.name = option.name;
        for (const HardConstraint &k : decision.constraints)
            if (k.failedBy.contains(option.id))
                os.failedConstraints << k.id;
        os.eliminated = !os.failedConstraints.isEmpty();
        double sum = 0;
        for (qsizetype k = 0; k < decision.criteria.size(); ++k) {
            const Criterion &c = decision.criteria[k];
            const Score *s = grid.at(i, k);
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
