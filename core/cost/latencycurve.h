#pragma once
// The cost-vs-latency curve (DOMAIN.md §5): ordered optimisation steps, each adding a monthly
// cost and bringing p99 latency to a new value. For every step: the cumulative monthly cost,
// the milliseconds it saves against the latency before it, the cost per millisecond saved
// (diminishing returns show as a rising figure), and, when revenue inputs are given, the
// monthly value of the saving and its return on the step's cost.

#include "../expected.h"
#include "../model/costmodel.h"

#include <QList>
#include <optional>

namespace archbench::core::cost {

struct LatencyStepFigures {
    QString name;
    double monthlyCost = 0;            ///< this step's own added cost
    double cumulativeMonthlyCost = 0;  ///< this and every earlier step
    double latencyBeforeMs = 0;        ///< the baseline or the previous step's latency
    double latencyMs = 0;              ///< p99 after this step
    double msSaved = 0;                ///< latencyBeforeMs - latencyMs (negative if it got worse)
    std::optional<double> costPerMsSaved; ///< monthlyCost / msSaved; absent if nothing saved
    std::optional<double> monthlyValue;   ///< revenue x gain% x msSaved / 100; absent without revenue inputs
    std::optional<double> roi;            ///< monthlyValue / monthlyCost
    bool meetsTarget = false;          ///< latencyMs <= target
    bool beyondTarget = false;         ///< after the first step that met the target
};

struct LatencyCurve {
    double baselineLatencyMs = 0;
    double targetLatencyMs = 0;
    bool hasRevenue = false;
    /// 1-based index of the first step whose latency meets the target; 0 when the baseline
    /// already meets it (every step is then beyond the target); absent if none does.
    std::optional<int> targetMetAfterStep;
    QList<LatencyStepFigures> steps;
};

/// Computes the curve of a latency model; refuses a model that fails validation.
Expected<LatencyCurve> computeLatencyCurve(const CostModel &model);

} // namespace archbench::core::cost
