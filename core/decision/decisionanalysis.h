#pragma once
// Everything the program derives from one decision's matrix, computed once: the weighted-score
// table, the flip shares and the robustness figure. The GUI charts and `archbench score` both
// read this, so they show the same numbers.

#include "ahp.h"
#include "flipshare.h"
#include "groupscore.h"
#include "robustness.h"
#include "weightedscore.h"

namespace archbench::core {

struct DecisionAnalysis {
    QString id;
    QString title;
    WeightedScore scores;
    QList<CriterionSensitivity> sensitivity;
    std::optional<double> robustness;
    /// The ballots combined (when the decision has any ballot).
    std::optional<GroupScore> group;
    /// The pairwise criterion weights (when the decision has any pairwise judgment).
    std::optional<AhpResult> ahp;

    static DecisionAnalysis analyse(const Decision &decision, int draws = Robustness::kDefaultDraws,
                                    quint64 seed = Robustness::kDefaultSeed);
};

} // namespace archbench::core
