#include "drillverdict.h"

#include <algorithm>
#include <cmath>

namespace archbench::core {

double roundMicro(double value)
{
    const double rounded = std::round(value * 1e6) / 1e6;
    return rounded == 0 ? 0.0 : rounded; // no "-0"
}

std::optional<double> observedRtoMinutes(const DrillMeasured &measured)
{
    if (!measured.detectMinutes || !measured.decideMinutes || !measured.recoverMinutes)
        return std::nullopt;
    return roundMicro(*measured.detectMinutes + *measured.decideMinutes + *measured.recoverMinutes);
}

std::optional<double> observedRpoSeconds(const DrillMeasured &measured)
{
    if (!measured.dataLossSeconds)
        return std::nullopt;
    return roundMicro(*measured.dataLossSeconds);
}

TargetVerdict judge(std::optional<double> observed, std::optional<double> target)
{
    TargetVerdict verdict;
    if (observed)
        verdict.observed = roundMicro(*observed);
    if (target)
        verdict.target = roundMicro(*target);
    if (verdict.observed && verdict.target) {
        verdict.pass = *verdict.observed <= *verdict.target;
        verdict.margin = roundMicro(*verdict.target - *verdict.observed);
    }
    return verdict;
}

int openActionItemCount(const Drill &drill)
{
    return int(std::count_if(drill.actionItems.cbegin(), drill.actionItems.cend(),
                             [](const ActionItem &item) { return item.status != WorkStatus::Done; }));
}

DrillVerdict evaluateDrill(const Drill &drill)
{
    DrillVerdict verdict;
    verdict.rto = judge(observedRtoMinutes(drill.measured), drill.targets.rtoMinutes);
    verdict.rpo = judge(observedRpoSeconds(drill.measured), drill.targets.rpoSeconds);
    verdict.openActionItems = openActionItemCount(drill);
    return verdict;
}

} // namespace archbench::core
