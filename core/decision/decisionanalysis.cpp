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
    if (!decision.ballots.isEmpty())
        a.group = GroupScore::compute(decision);
    if (!decision.pairwise.isEmpty())
        a.ahp = Ahp::compute(decision);
    return a;
}

} // namespace archbench::core
