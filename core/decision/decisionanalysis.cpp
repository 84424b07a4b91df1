#include "decisionanalysis.h"

namespace archbench::core {

DecisionAnalysis DecisionAnalysis::analyse(const Decision &decision, int draws, quint64 seed)
{
    DecisionAnalysis a;
    a.id = decision.id;
    a.title = decision.title;
    a.scores = WeightedScore::compute(decision);
    a.sensitivity = FlipShare::compute(decision, a.scores);
    a.robustness = Robustness::compute(decision, a.scores, draws, seed);
    return a;
}

} // namespace archbench::core
