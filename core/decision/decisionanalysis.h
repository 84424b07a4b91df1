#pragma once
// Everything the program derives from one decision's matrix, computed once: the weighted-score
// table, the flip shares and the robustness figure. The GUI charts and `archbench score` both
// read this, so they show the same numbers.

#include "flipshare.h"
#include "robustness.h"
#include "weightedscore.h"

namespace archbench::core {

struct DecisionAnalysis {
    QString id;
    QString title;
    WeightedScore scores;
    QList<CriterionSensitivity> sensitivity;
    std::optional<double> robustness;

    static DecisionAnalysis analyse(const Decision &decision, int draws = Robustness::kDefaultDraws,
                                    quint64 seed = Robustness::kDefaultSeed);
};

} // namespace archbench::core
