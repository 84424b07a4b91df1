#include "latencycurve.h"

#include "costvalidation.h"

namespace archbench::core::cost {

Expected<LatencyCurve> computeLatencyCurve(const CostModel &model)
{
    if (auto valid = validateCostModel(model); !valid)
        return valid.error();

    LatencyCurve curve;
    curve.baselineLatencyMs = model.baselineLatencyMs;
    curve.targetLatencyMs = model.targetLatencyMs;
    curve.hasRevenue = model.monthlyRevenue.has_value() && model.conversionGainPer100ms.has_value();
    if (model.baselineLatencyMs <= model.targetLatencyMs)
        curve.targetMetAfterStep = 0;

    double cumulative = 0;
    double before = model.baselineLatencyMs;
    for (int i = 0; i < model.steps.size(); ++i) {
        const LatencyStep &step = model.steps[i];
        LatencyStepFigures f;
        f.name = step.name;
        f.monthlyCost = step.monthlyCost;
        cumulative += step.monthlyCost;
        f.cumulativeMonthlyCost = cumulative;
        f.latencyBeforeMs = before;
        f.latencyMs = step.latencyAfterMs;
        f.msSaved = before - step.latencyAfterMs;
        if (f.msSaved > 0)
            f.costPerMsSaved = step.monthlyCost / f.msSaved;
        if (curve.hasRevenue) {
            // conversion gain is a percentage of revenue per 100 ms saved
            f.monthlyValue = *model.monthlyRevenue * (*model.conversionGainPer100ms / 100.0) * f.msSaved / 100.0;
            f.roi = *f.monthlyValue / step.monthlyCost;
        }
        f.meetsTarget = f.latencyMs <= model.targetLatencyMs;
        f.beyondTarget = curve.targetMetAfterStep.has_value();
        if (f.meetsTarget && !curve.targetMetAfterStep)
            curve.targetMetAfterStep = i + 1;
        curve.steps.append(f);
        before = step.latencyAfterMs;
    }
    return curve;
}

} // namespace archbench::core::cost
