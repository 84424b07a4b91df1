#include "expectedloss.h"

#include <QCoreApplication>
#include <cmath>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ExpectedLoss)
};

Expected<void> checkAmount(double value, const QString &field)
{
    if (!std::isfinite(value))
        return makeError(ErrorCode::Invalid, Text::tr("%1: must be a finite number").arg(field));
    if (value < 0)
        return makeError(ErrorCode::Invalid, Text::tr("%1: must not be negative").arg(field));
    return {};
}
} // namespace

Expected<void> validateExpectedLossInputs(const ExpectedLossInputs &inputs)
{
    if (auto r = checkAmount(inputs.transactionsPerSecond, Text::tr("Transactions per second")); !r)
        return r;
    if (auto r = checkAmount(inputs.valuePerTransaction, Text::tr("Value per transaction")); !r)
        return r;
    if (auto r = checkAmount(inputs.yearsBetweenDisasters, Text::tr("Years between disasters")); !r)
        return r;
    if (inputs.yearsBetweenDisasters == 0)
        return makeError(ErrorCode::Invalid, Text::tr("Years between disasters: must be more than zero"));
    return {};
}

Expected<double> lossPerDisaster(const ExpectedLossInputs &inputs, double rpoSeconds)
{
    if (auto r = validateExpectedLossInputs(inputs); !r)
        return r.error();
    if (auto r = checkAmount(rpoSeconds, Text::tr("RPO")); !r)
        return r.error();
    return inputs.transactionsPerSecond * rpoSeconds * inputs.valuePerTransaction;
}

Expected<double> expectedAnnualLoss(const ExpectedLossInputs &inputs, double rpoSeconds)
{
    Expected<double> perDisaster = lossPerDisaster(inputs, rpoSeconds);
    if (!perDisaster)
        return perDisaster;
    return *perDisaster / inputs.yearsBetweenDisasters;
}

Expected<LossComparison> compareWithOption(double expectedAnnualLossValue, double optionYearlyCost)
{
    if (auto r = checkAmount(expectedAnnualLossValue, Text::tr("Expected annual loss")); !r)
        return r.error();
    if (auto r = checkAmount(optionYearlyCost, Text::tr("Yearly cost of the option")); !r)
        return r.error();
    LossComparison comparison;
    comparison.expectedAnnualLoss = expectedAnnualLossValue;
    comparison.optionYearlyCost = optionYearlyCost;
    comparison.netYearlyBenefit = expectedAnnualLossValue - optionYearlyCost;
    if (expectedAnnualLossValue > 0)
        comparison.costToLossRatio = optionYearlyCost / expectedAnnualLossValue;
    return comparison;
}

} // namespace archbench::core
