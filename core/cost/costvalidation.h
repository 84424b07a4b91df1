#pragma once
// Input rules of the cost models (DOMAIN.md §5). A model that passes validateCostModel() can
// be computed without division by zero, infinities or unbounded work; a model that fails is
// refused with one message naming the field by its interchange path and the reason, e.g.
// "steps[2].latencyAfterMs must be positive".

#include "../expected.h"
#include "../model/costmodel.h"

namespace archbench::core::cost {

/// A month has 730 hours in every load and cost computation (INTERCHANGE.md).
inline constexpr double kSecondsPerMonth = 2'628'000.0;

/// At most this many per-instance steps (instance-count changes) over a crossover model's
/// load range, summed over all options; keeps the exact solution and the chart bounded.
inline constexpr int kMaxInstanceSteps = 20'000;

/// The first problem of `model` for its kind, or success. Fields of other kinds are ignored.
Expected<void> validateCostModel(const CostModel &model);

/// An upper bound on the instance-count changes of `option` inside (from, to); 0 for
/// per-request pricing. Saturates at INT_MAX instead of overflowing.
qint64 instanceStepsInRange(const ComputeOption &option, double from, double to);

} // namespace archbench::core::cost
