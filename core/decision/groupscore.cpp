#include "groupscore.h"

#include <algorithm>
#include <cmath>

namespace archbench::core {

namespace {

QString cellKey(const QString &option, const QString &criterion)
{
    return option + QLatin1Char('\n') + criterion;
}

/// A single leader, or empty on a tie for first / nothing ranked.
QString soleLeader(const Decision &d)
{
    const QStringList leaders = WeightedScore::compute(d).leaders();
    return leaders.size() == 1 ? leaders.first() : QString();
}

} // namespace

std::optional<double> GroupScore::aggregate(QList<double> values, Aggregation aggregation)
{
    if (values.isEmpty())
        return std::nullopt;
    const double n = double(values.size());
    double sum = 0;
    for (double v : values)
        sum += v;
    switch (aggregation) {
    case Aggregation::Mean:
        return sum / n;
    case Aggregation::Median: {
        std::sort(values.begin(), values.end());
        const qsizetype mid = values.size() / 2;
        return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
    case Aggregation::GeometricMean: {
        if (std::any_of(values.cbegin(), values.cend(), [](double v) { return v < 0; }))
            return sum / n;
        if (std::any_of(values.cbegin(), values.cend(), [](double v) { return v == 0; }))
            return 0.0;
        double logs = 0;
        for (double v : values)
            logs += std::log(v);
        return std::exp(logs / n);
    }
    }
    return sum / n;
}

GroupScore GroupScore::compute(const Decision &d)
{
    return compute(d, d.aggregation);
}

GroupScore GroupScore::compute(const Decision &d, Aggregation aggregation)
{
    GroupScore g;
    g.m_ballots = int(d.ballots.size());
    g.m_aggregation = aggregation;
    g.m_group = d;

    // Every ballot's values per cell, walked in option and criterion order so that spreads
    // come out in matrix order before the sort.
    QHash<QString, QList<double>> cells;
    for (const Ballot &b : d.ballots)
        for (const Score &s : b.scores)
            cells[cellKey(s.option, s.criterion)] << s.value;

    QList<Score> scores;
    for (const Option &o : d.options)
        for (const Criterion &c : d.criteria) {
            const QString key = cellKey(o.id, c.id);
            const auto it = cells.constFind(key);
            if (it != cells.cend()) {
                const double value = *aggregate(*it, aggregation);
                g.m_values.insert(key, value);
                const Score *agreed = findScore(d, o.id, c.id);
                scores << Score{o.id, c.id, value, agreed ? agreed->rationale : QString()};
                if (it->size() >= 2) {
                    CellSpread s{o.id, c.id, int(it->size()), *std::min_element(it->cbegin(), it->cend()),
                                 *std::max_element(it->cbegin(), it->cend()), 0, 0};
                    s.spread = s.max - s.min;
                    double mean = 0;
                    for (double v : *it)
                        mean += v;
                    mean /= double(it->size());
                    double var = 0;
                    for (double v : *it)
                        var += (v - mean) * (v - mean);
                    s.stdev = std::sqrt(var / double(it->size()));
                    g.m_spreads << s;
                }
            } else if (const Score *agreed = findScore(d, o.id, c.id)) {
                scores << *agreed;
            }
        }
    g.m_group.scores = scores;
    g.m_scores = WeightedScore::compute(g.m_group);
    // Stable: equal spread and stdev keep matrix order.
    std::stable_sort(g.m_spreads.begin(), g.m_spreads.end(), [](const CellSpread &a, const CellSpread &b) {
        constexpr double eps = 1e-9;
        if (std::abs(a.spread - b.spread) > eps)
            return a.spread > b.spread;
        if (std::abs(a.stdev - b.stdev) > eps)
            return a.stdev > b.stdev;
        return false;
    });

    const QStringList groupLeaders = g.m_scores.leaders();
    const QString groupLeader = groupLeaders.size() == 1 ? groupLeaders.first() : QString();
    for (const Ballot &b : d.ballots) {
        g.m_leaders << ParticipantLeader{b.participant, soleLeader(ballotView(b, g))};
        if (!b.weights.isEmpty() && !groupLeader.isEmpty()
            && soleLeader(withBallotWeights(g.m_group, b)) != groupLeader)
            g.m_overturning << b.participant;
    }
    return g;
}

std::optional<double> GroupScore::groupValue(const QString &option, const QString &criterion) const
{
    const auto it = m_values.constFind(cellKey(option, criterion));
    return it == m_values.cend() ? std::nullopt : std::optional<double>(*it);
}

const CellSpread *GroupScore::spread(const QString &option, const QString &criterion) const
{
    for (const CellSpread &s : m_spreads)
        if (s.option == option && s.criterion == criterion)
            return &s;
    return nullptr;
}

int GroupScore::participantsLeading(const QString &option) const
{
    return int(std::count_if(m_leaders.cbegin(), m_leaders.cend(),
                             [&](const ParticipantLeader &l) { return !option.isEmpty() && l.leader == option; }));
}

QString GroupScore::agreementSentence() const
{
    const QString leader = m_scores.leaders().size() == 1 ? m_scores.leader() : QString();
    if (m_leaders.isEmpty() || leader.isEmpty())
        return {};
    QString name = leader;
    for (const Option &o : m_group.options)
        if (o.id == leader)
            name = o.name;
    return tr("%1 of %2 rank %3 first").arg(participantsLeading(leader)).arg(m_leaders.size()).arg(name);
}

Decision withBallotWeights(Decision d, const Ballot &ballot)
{
    for (const BallotWeight &w : ballot.weights)
        for (Criterion &c : d.criteria)
            if (c.id == w.criterion)
                c.weight = w.weight;
    return d;
}

Decision ballotView(const Ballot &ballot, const GroupScore &group)
{
    Decision view = withBallotWeights(group.groupDecision(), ballot);
    for (const Score &own : ballot.scores)
        for (Score &s : view.scores)
            if (s.option == own.option && s.criterion == own.criterion) {
                s.value = own.value;
                s.rationale = own.rationale;
            }
    return view;
}

} // namespace archbench::core
