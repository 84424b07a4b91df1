#pragma once
// What an RPO costs in expectation (DOMAIN.md §4):
//
//   loss per disaster    = transactions per second x RPO seconds x value per transaction
//   expected annual loss = loss per disaster / years between disasters
//   (100 TPS x 1 s x $50 / 2.5 years = $2,000 a year)
//
// and whether an option that removes the loss (say synchronous replication) is worth its
// yearly cost. Inputs are checked; a refusal names the field and the reason.

#include "core/expected.h"

#include <optional>

namespace archbench::core {

struct ExpectedLossInputs {
    double transactionsPerSecond = 0;
    double valuePerTransaction = 0; ///< money, project currency
    double yearsBetweenDisasters = 0;
};

/// Checks the inputs: finite, not negative, years between disasters above zero.
Expected<void> validateExpectedLossInputs(const ExpectedLossInputs &inputs);
/// transactions per second x rpoSeconds x value per transaction.
Expected<double> lossPerDisaster(const ExpectedLossInputs &inputs, double rpoSeconds);
/// lossPerDisaster / years between disasters.
Expected<double> expectedAnnualLoss(const ExpectedLossInputs &inputs, double rpoSeconds);

struct LossComparison {
    double expectedAnnualLoss = 0;
    double optionYearlyCost = 0;
    /// expected annual loss - yearly cost: positive when removing the loss pays for itself.
    double netYearlyBenefit = 0;
    /// yearly cost / expected annual loss; nullopt when the expected loss is zero.
    std::optional<double> costToLossRatio;
    bool optionPaysOff() const { return netYearlyBenefit > 0; }
};

/// Compares an expected annual loss with the yearly cost of removing it.
Expected<LossComparison> compareWithOption(double expectedAnnualLoss, double optionYearlyCost);

} // namespace archbench::core
