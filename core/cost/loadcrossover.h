#pragma once
// The load-vs-cost crossover (DOMAIN.md §5). Each compute option's monthly cost is a function
// of the sustained load L (in the model's load unit per second, e.g. requests per second):
//
//   per-request:  L x 2,628,000 / 1e6 x pricePerMillionRequests
//                 + L x 2,628,000 x avgDurationMs / 1000 x memoryGb x pricePerGbSecond
//                 + fixedMonthly                                          (a straight line)
//   per-instance: max(minInstances, ceil(L / capacityPerInstance))
//                 x pricePerInstanceMonthly x (1 - reservedDiscountPercent / 100)
//                 + fixedMonthly                          (a left-continuous step function)
//
// The crossovers are the loads inside the range where the cheapest option changes. They are
// solved exactly: the range is cut at every instance-count change, every option is a line on
// each piece, and the pairwise intersections inside a piece are the only other places where
// the cheapest option can change. Nothing is sampled.

#include "../expected.h"
#include "../model/costmodel.h"

#include <QList>
#include <QPointF>

namespace archbench::core::cost {

/// Instances a per-instance option runs at `load` (0 for per-request pricing).
qint64 instanceCount(const ComputeOption &option, double load);

/// Monthly cost of `option` at a sustained `load`, in the project currency.
double monthlyCostAtLoad(const ComputeOption &option, double load);

/// The exact graph of `option` over [from, to]: the two ends of a line, or for per-instance
/// pricing each flat step with a vertical jump (two points at the same load) where the
/// instance count changes. Call on a validated model (the step count is bounded there).
QList<QPointF> costCurve(const ComputeOption &option, double from, double to);

struct Crossover {
    double load = 0;     ///< in the model's load unit
    int fromOption = -1; ///< index into CostModel::options, cheapest just below `load`
    int toOption = -1;   ///< cheapest just above `load`
    double monthlyCost = 0; ///< the cheaper of the two at `load`
};

/// A piece of the load range over which one option stays the cheapest.
struct CheapestSegment {
    double from = 0;
    double to = 0;
    int option = -1;
};

struct LoadCrossover {
    QList<Crossover> crossovers;    ///< in increasing load
    QList<CheapestSegment> segments; ///< cover the range; empty without options
};

/// Solves a crossover model; refuses a model that fails validation. On an exact tie over a
/// whole piece the option listed first counts as the cheapest.
Expected<LoadCrossover> computeLoadCrossover(const CostModel &model);

} // namespace archbench::core::cost
