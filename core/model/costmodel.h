#pragma once
// Cost models (DOMAIN.md §5). One struct holds the inputs of every kind; `kind` says which
// group of fields applies. Derived figures live in the cost engine.
//   latency:   baseline/target p99, ordered steps, optional revenue inputs
//   crossover: load unit and range, compute options with per-request or per-instance pricing
//   reserved:  an on-demand monthly bill and the discounts of 1-year, 3-year and savings plans

#include "enums.h"
#include <QList>
#include <QString>
#include <optional>

namespace archbench::core {

struct LatencyStep {
    QString name;
    double monthlyCost = 0;
    double latencyAfterMs = 0;
    bool operator==(const LatencyStep &) const = default;
};

struct ComputeOption {
    QString name;
    PricingKind pricing = PricingKind::PerInstance;
    // per-request
    double pricePerMillionRequests = 0;
    double avgDurationMs = 0;
    double memoryGb = 0;
    double pricePerGbSecond = 0;
    // per-instance
    double capacityPerInstance = 0;
    double pricePerInstanceMonthly = 0;
    int minInstances = 0;
    double reservedDiscountPercent = 0; ///< discount on the instance price for reserved capacity
    // both
    double fixedMonthly = 0;
    bool operator==(const ComputeOption &) const = default;
};

struct CostModel {
    QString id;
    CostModelKind kind = CostModelKind::Latency;
    QString title;
    // latency
    double baselineLatencyMs = 0;
    double targetLatencyMs = 0;
    std::optional<double> monthlyRevenue;
    std::optional<double> conversionGainPer100ms; ///< percent of revenue per 100 ms saved
    QList<LatencyStep> steps;
    // crossover
    QString loadUnit = QStringLiteral("rps");
    double loadFrom = 0;
    double loadTo = 0;
    QList<ComputeOption> options;
    bool logLoadScale = false; ///< draw the load axis logarithmically (JSON "loadScale": "log")
    // reserved
    double onDemandMonthly = 0;
    double oneYearDiscountPercent = 0;
    double threeYearDiscountPercent = 0;
    double savingsPlanDiscountPercent = 0;
    bool operator==(const CostModel &) const = default;
};

} // namespace archbench::core
