#pragma once
// Reserved vs on-demand (DOMAIN.md §5): the same steady workload paid on demand, with a
// 1-year or 3-year reservation, or under a savings plan, each commitment a percentage
// discount on the on-demand monthly bill.

#include "../expected.h"
#include "../model/costmodel.h"

namespace archbench::core::cost {

struct ReservedComparison {
    double onDemandMonthly = 0;
    double oneYearMonthly = 0;
    double threeYearMonthly = 0;
    double savingsPlanMonthly = 0;
    double oneYearSavingsMonthly() const { return onDemandMonthly - oneYearMonthly; }
    double threeYearSavingsMonthly() const { return onDemandMonthly - threeYearMonthly; }
    double savingsPlanSavingsMonthly() const { return onDemandMonthly - savingsPlanMonthly; }
};

/// Monthly cost of each way to pay; refuses a model that fails validation.
Expected<ReservedComparison> computeReservedComparison(const CostModel &model);

} // namespace archbench::core::cost
