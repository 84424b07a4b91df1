#pragma once
// The group's view of a decision's matrix (issue 16, INTERCHANGE.md "Version 2 additions"):
// participants' ballots combined cell by cell, the cells the room disagrees on most, and each
// participant's own leader.
//
//   group value of a cell = mean | median | geometric mean of the ballots that scored it;
//                           a cell no ballot scored keeps the decision's own (agreed) score
//   spread               = max − min over those ballots; stdev the population deviation
//   participant's leader = the leader of their own scores (the group value where they gave
//                          none) under their own weights (the decision's where they gave
//                          none); none on a tie for first
//
// The geometric mean is defined for positive values; with a zero among them it is 0, and with
// a negative value (a scale below zero) the arithmetic mean is used instead.

#include "weightedscore.h"

#include <QCoreApplication>
#include <optional>

namespace archbench::core {

/// How far the ballots that scored one cell lie apart.
struct CellSpread {
    QString option;
    QString criterion;
    int ballots = 0;
    double min = 0;
    double max = 0;
    double spread = 0;
    double stdev = 0;
};

struct ParticipantLeader {
    QString participant;
    /// Empty on a tie for first or when nothing can be ranked.
    QString leader;
};

class GroupScore {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::GroupScore)
public:
    /// Combines the ballots of `d` by `d.aggregation`.
    static GroupScore compute(const Decision &d);
    /// The same with another aggregation (what the facilitator is trying out).
    static GroupScore compute(const Decision &d, Aggregation aggregation);

    /// One value from several by `aggregation`; nullopt for no values.
    static std::optional<double> aggregate(QList<double> values, Aggregation aggregation);

    int ballotCount() const { return m_ballots; }
    Aggregation aggregation() const { return m_aggregation; }
    /// The decision with its scores replaced by the group matrix (weights and the rest kept).
    const Decision &groupDecision() const { return m_group; }
    /// The ranking of the group matrix under the decision's weights.
    const WeightedScore &scores() const { return m_scores; }
    /// The group value of a cell that at least one ballot scored; nullopt otherwise.
    std::optional<double> groupValue(const QString &option, const QString &criterion) const;
    /// Every cell scored by at least two ballots, most contested first (spread, then stdev,
    /// descending; then option and criterion order).
    const QList<CellSpread> &spreads() const { return m_spreads; }
    /// The first `n` of spreads(): what to discuss first.
    QList<CellSpread> contested(int n = 5) const { return m_spreads.mid(0, n); }
    const CellSpread *spread(const QString &option, const QString &criterion) const;
    /// The largest spread of any cell (0 without spreads), for scaling a heat map.
    double maxSpread() const { return m_spreads.isEmpty() ? 0 : m_spreads.first().spread; }
    /// Each ballot's participant and their leader, in ballot order.
    const QList<ParticipantLeader> &participantLeaders() const { return m_leaders; }
    /// How many participants rank `option` first on their own.
    int participantsLeading(const QString &option) const;
    /// Participants whose own weights, applied to the group matrix, put another option (or a
    /// tie) first. Empty when the group leader survives every participant's weights.
    QStringList weightsOverturning() const { return m_overturning; }
    /// "3 of 5 rank PostgreSQL first" for the group leader; empty without ballots or leader.
    QString agreementSentence() const;

private:
    int m_ballots = 0;
    Aggregation m_aggregation = Aggregation::Mean;
    Decision m_group;
    WeightedScore m_scores;
    QHash<QString, double> m_values; // "option\ncriterion" -> group value
    QList<CellSpread> m_spreads;
    QList<ParticipantLeader> m_leaders;
    QStringList m_overturning;
};

/// The decision seen through one ballot: its scores over the group values (the decision's
/// own where no ballot scored), its weights over the decision's. Used for a participant's own
/// leader and for showing a ballot in the matrix.
Decision ballotView(const Ballot &ballot, const GroupScore &group);
/// The decision's weights replaced by the ballot's own where it gave any.
Decision withBallotWeights(Decision d, const Ballot &ballot);

} // namespace archbench::core
