#pragma once
// Pairwise weights of a decision's criteria (the analytic hierarchy process; issue 16,
// INTERCHANGE.md "Version 2 additions"): judgments "a is v times as important as b" on
// Saaty's 1–9 scale form a reciprocal matrix; the weights are its principal eigenvector
// normalised to sum 1, and its largest eigenvalue λmax tells how consistent the judgments are:
//
//   CI = (λmax − n) / (n − 1)      CR = CI / RI(n)      (CR = 0 for n ≤ 2)
//
// with Saaty's random index RI(3..10) = 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 (and his
// published 1.51, 1.48, 1.56, 1.57, 1.59 for 11..15; 1.59 beyond). A CR above 0.10 is usually
// taken as judgments to revisit. Several judgments of one pair (several participants) combine
// by geometric mean. The most inconsistent triple (i, j, k) is the one whose judgments stray
// furthest from transitivity: |ln(a_ij · a_jk / a_ik)| largest.

#include "core/model/decision.h"

#include <QCoreApplication>
#include <optional>

namespace archbench::core {

struct AhpResult {
    /// False when a pair of criteria has no judgment; the figures below are then empty.
    bool complete = false;
    /// Criterion ids in decision order, and their weights (summing to 1).
    QStringList criteria;
    QList<double> weights;
    double lambdaMax = 0;
    double consistencyIndex = 0;
    double consistencyRatio = 0;
    /// Three criterion ids (n ≥ 3), empty otherwise.
    QStringList mostInconsistent;
    /// Pairs without a judgment, as (a, b) in criterion order.
    QList<std::pair<QString, QString>> missing;
    bool consistent() const { return consistencyRatio <= 0.10 + 1e-12; }
    std::optional<double> weightOf(const QString &criterion) const;
};

class Ahp {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::Ahp)
public:
    /// Saaty's random index for `n` criteria (0 for n ≤ 2).
    static double randomIndex(int n);
    /// Every judgment of the decision combined (the group's and every participant's).
    static AhpResult compute(const Decision &d);
    /// Only `participant`'s judgments (an empty name: the group's own).
    static AhpResult computeFor(const Decision &d, const QString &participant);
    /// From a full reciprocal matrix (row-major, n×n): the weights and consistency figures.
    static AhpResult fromMatrix(const QStringList &criteria, const QList<double> &matrix);
    /// The judgment `participant` gave for (a, b), oriented as "a over b"; nullopt if none.
    static std::optional<double> judgment(const Decision &d, const QString &participant, const QString &a,
                                          const QString &b);
    /// The decision's judgments with (participant, a, b) set to `value` (the reverse pair
    /// removed) or, with nullopt, cleared.
    static QList<PairwiseJudgment> withJudgment(QList<PairwiseJudgment> judgments, const QString &participant,
                                                const QString &a, const QString &b, std::optional<double> value);
    /// The criteria's weights as percentages summing to 100 (what "Use these weights" writes).
    static QList<double> percentWeights(const AhpResult &result);
    /// Participants (in first-judgment order; the group's own as an empty name) with judgments.
    static QStringList judges(const Decision &d);
    /// "1/3" or "5" for a judgment value, the way Saaty's scale is read.
    static QString formatJudgment(double value);

private:
    static AhpResult computeFrom(const Decision &d, const std::optional<QString> &participant);
};

} // namespace archbench::core
