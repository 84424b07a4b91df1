#pragma once
// Starting figures for a new cost model of each kind, taken from the guide's worked
// examples so a meeting starts from sensible numbers and edits them (DOMAIN.md §5).
// Every returned model has a fresh id and passes validateCostModel().

#include "../model/costmodel.h"

namespace archbench::core::cost {

/// Checkout p99 from 350 ms towards 100 ms: cache, multi-region CDN, faster volumes.
CostModel defaultLatencyModel();
/// Serverless per request against containers on reserved instances, 100 to 100,000 rps.
CostModel defaultCrossoverModel();
/// Three general-purpose instances: on demand, 1-year, 3-year reservation, savings plan.
CostModel defaultReservedModel();
/// The default model of `kind`.
CostModel defaultCostModel(CostModelKind kind);

} // namespace archbench::core::cost
