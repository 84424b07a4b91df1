#include "reservedcomparison.h"

#include "costvalidation.h"

namespace archbench::core::cost {

Expected<ReservedComparison> computeReservedComparison(const CostModel &model)
{
    if (auto valid = validateCostModel(model); !valid)
        return valid.error();
    const auto discounted = [&](double percent) { return model.onDemandMonthly * (1.0 - percent / 100.0); };
    ReservedComparison r;
    r.onDemandMonthly = model.onDemandMonthly;
    r.oneYearMonthly = discounted(model.oneYearDiscountPercent);
    r.threeYearMonthly = discounted(model.threeYearDiscountPercent);
    r.savingsPlanMonthly = discounted(model.savingsPlanDiscountPercent);
    return r;
}

} // namespace archbench::core::cost
