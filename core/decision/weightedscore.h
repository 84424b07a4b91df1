#pragma once
// The weighted-score table of one decision (DOMAIN.md §2, INTERCHANGE.md "archbench score").
//
//   weighted(option) = Σ(weight × score) / Σ(weight), on the matrix scale
//   percent          = (weighted − scale min) / (scale max − scale min) × 100
//
// Invariants: one OptionScore per option, in option order. An option with any missing score is
// incomplete (weighted and percent empty, no rank); an option failed by a hard constraint is
// eliminated (never ranked, its weighted score is still computed when complete). With all
// weights zero nothing can be weighted, so nothing is ranked. Ties share a rank (1, 1, 3).

#include "core/model/decision.h"

#include <QList>
#include <QString>
#include <optional>

namespace archbench::core {

struct OptionScore {
    QString option;
    QString name;
    std::optional<double> weighted;
    std::optional<double> percent;
    std::optional<int> rank;
    bool eliminated = false;
    bool complete = true;
    /// Ids of the criteria this option has no score for, in criterion order.
    QStringList missing;
    /// Ids of the constraints this option fails.
    QStringList failedConstraints;
    bool ranked() const { return rank.has_value(); }
};

class WeightedScore {
public:
    /// Scores every option of `decision`.
    static WeightedScore compute(const Decision &decision);

    const QList<OptionScore> &options() const { return m_options; }
    /// The rank-1 option (the first in option order on a tie); empty if nothing is ranked.
    QString leader() const { return m_leader; }
    /// Every rank-1 option in option order: one id for a clear lead, two or more for a tie
    /// for first place, none when nothing is ranked.
    QStringList leaders() const;
    /// Σ weight of all criteria.
    double weightSum() const { return m_weightSum; }
    const OptionScore *find(const QString &optionId) const;
    /// Ranked options by rank, ties in option order.
    QList<OptionScore> ranking() const;
    int rankedCount() const;

    /// True when two weighted scores count as equal (absorbs floating-point noise).
    static bool tied(double a, double b);

private:
    QList<OptionScore> m_options;
    QString m_leader;
    double m_weightSum = 0;
};

/// The score an option has for a criterion, or nullptr when it is missing.
const Score *findScore(const Decision &decision, const QString &option, const QString &criterion);

/// Every score of one decision by option and criterion position, found in one pass. The
/// analyses read each cell several times, and findScore() scans the whole list each time.
/// Holds pointers into the decision: use it while the decision stays as it is.
class ScoreGrid {
public:
    explicit ScoreGrid(const Decision &decision);
    /// The score of decision.options[option] for decision.criteria[criterion] (the first one
    /// when a file holds two, as findScore() does), or nullptr when it is missing.
    const Score *at(qsizetype option, qsizetype criterion) const
    {
        return m_cells[option * m_criteria + criterion];
    }

private:
    qsizetype m_criteria = 0;
    QList<const Score *> m_cells;
};

/// Options eliminated by at least one hard constraint.
bool isEliminated(const Decision &decision, const QString &option);

} // namespace archbench::core
