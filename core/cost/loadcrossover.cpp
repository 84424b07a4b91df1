#include "loadcrossover.h"

#include "costvalidation.h"

#include <algorithm>
#include <cmath>

namespace archbench::core::cost {

namespace {

double instancePrice(const ComputeOption &o)
{
    return o.pricePerInstanceMonthly * (1.0 - o.reservedDiscountPercent / 100.0);
}

/// Slope (cost per unit of load) of a per-request option.
double perRequestSlope(const ComputeOption &o)
{
    return kSecondsPerMonth / 1e6 * o.pricePerMillionRequests
        + kSecondsPerMonth * o.avgDurationMs / 1000.0 * o.memoryGb * o.pricePerGbSecond;
}

/// The loads strictly inside (from, to) after which `o` runs one more instance.
QList<double> stepLoads(const ComputeOption &o, double from, double to)
{
    QList<double> out;
    if (o.pricing != PricingKind::PerInstance || !(o.capacityPerInstance > 0))
        return out;
    const double cap = o.capacityPerInstance;
    double k = std::max(double(std::max(o.minInstances, 1)), std::floor(from / cap));
    for (; k * cap < to; k += 1.0)
        if (k * cap > from)
            out.append(k * cap);
    return out;
}

/// A line a + s L describing `o` on a piece of the range that contains `probe`.
struct Line {
    double intercept;
    double slope;
};

Line lineOn(const ComputeOption &o, double probe)
{
    if (o.pricing == PricingKind::PerRequest)
        return {o.fixedMonthly, perRequestSlope(o)};
    return {monthlyCostAtLoad(o, probe), 0.0};
}

int cheapestAt(const QList<ComputeOption> &options, double load)
{
    int best = -1;
    double bestCost = 0;
    for (int i = 0; i < options.size(); ++i) {
        const double c = monthlyCostAtLoad(options[i], load);
        if (best < 0 || c < bestCost) {
            best = i;
            bestCost = c;
        }
    }
    return best;
}

} // namespace

qint64 instanceCount(const ComputeOption &option, double load)
{
    if (option.pricing != PricingKind::PerInstance || !(option.capacityPerInstance > 0))
        return 0;
    const double needed = load > 0 ? std::ceil(load / option.capacityPerInstance) : 0.0;
    return std::max(qint64(option.minInstances), qint64(needed));
}

double monthlyCostAtLoad(const ComputeOption &option, double load)
{
    if (option.pricing == PricingKind::PerRequest)
        return load * perRequestSlope(option) + option.fixedMonthly;
    return double(instanceCount(option, load)) * instancePrice(option) + option.fixedMonthly;
}

QList<QPointF> costCurve(const ComputeOption &option, double from, double to)
{
    QList<QPointF> points;
    if (!(to > from))
        return points;
    if (option.pricing == PricingKind::PerRequest) {
        points << QPointF(from, monthlyCostAtLoad(option, from)) << QPointF(to, monthlyCostAtLoad(option, to));
        return points;
    }
    // Left-continuous: at a step load the count is still the lower one; it rises just after.
    double level = monthlyCostAtLoad(option, from);
    points << QPointF(from, level);
    for (double at : stepLoads(option, from, to)) {
        points << QPointF(at, level);
        level = monthlyCostAtLoad(option, std::nextafter(at, to));
        points << QPointF(at, level);
    }
    points << QPointF(to, monthlyCostAtLoad(option, to));
    return points;
}

Expected<LoadCrossover> computeLoadCrossover(const CostModel &model)
{
    if (auto valid = validateCostModel(model); !valid)
        return valid.error();
    LoadCrossover result;
    const QList<ComputeOption> &options = model.options;
    if (options.isEmpty())
        return result;

    // 1. Cut the range where any instance count changes: every option is a line on each piece.
    QList<double> cuts{model.loadFrom, model.loadTo};
    for (const ComputeOption &o : options)
        cuts += stepLoads(o, model.loadFrom, model.loadTo);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // 2. Inside each piece, the cheapest option can change only where two lines meet.
    QList<double> candidates = cuts;
    for (int p = 0; p + 1 < cuts.size(); ++p) {
        const double lo = cuts[p], hi = cuts[p + 1];
        const double probe = lo + (hi - lo) / 2;
        QList<Line> lines;
        for (const ComputeOption &o : options)
            lines.append(lineOn(o, probe));
        for (int i = 0; i < lines.size(); ++i)
            for (int j = i + 1; j < lines.size(); ++j) {
                const double ds = lines[i].slope - lines[j].slope;
                if (ds == 0)
                    continue; // parallel: equal everywhere or never
                const double x = (lines[j].intercept - lines[i].intercept) / ds;
                if (x > lo && x < hi)
                    candidates.append(x);
            }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    // 3. Between consecutive candidates the cheapest option is constant: read it at the
    //    middle, where no step or tie is ambiguous, and record each change.
    for (int c = 0; c + 1 < candidates.size(); ++c) {
        const double lo = candidates[c], hi = candidates[c + 1];
        const int best = cheapestAt(options, lo + (hi - lo) / 2);
        if (!result.segments.isEmpty() && result.segments.last().option == best) {
            result.segments.last().to = hi;
            continue;
        }
        if (!result.segments.isEmpty()) {
            const int before = result.segments.last().option;
            const double cost = std::min(monthlyCostAtLoad(options[before], lo),
                                         monthlyCostAtLoad(options[best], lo));
            result.crossovers.append(Crossover{lo, before, best, cost});
        }
        result.segments.append(CheapestSegment{lo, hi, best});
    }
    return result;
}

} // namespace archbench::core::cost
