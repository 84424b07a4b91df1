#include "costdefaults.h"

#include "../project.h"

#include <QCoreApplication>

namespace archbench::core::cost {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::cost)
};
} // namespace

CostModel defaultLatencyModel()
{
    CostModel m;
    m.id = Project::newId();
    m.kind = CostModelKind::Latency;
    m.title = Text::tr("Checkout p99 latency");
    m.baselineLatencyMs = 350;
    m.targetLatencyMs = 100;
    m.monthlyRevenue = 500'000;
    m.conversionGainPer100ms = 1.0;
    m.steps = {
        {Text::tr("Cache in front of the product catalog"), 200, 180},
        {Text::tr("Multi-region with a CDN"), 800, 90},
        {Text::tr("Faster database volumes"), 400, 75},
    };
    return m;
}

CostModel defaultCrossoverModel()
{
    CostModel m;
    m.id = Project::newId();
    m.kind = CostModelKind::Crossover;
    m.title = Text::tr("API compute at scale");
    m.loadUnit = QStringLiteral("rps");
    m.loadFrom = 100;
    m.loadTo = 100'000;
    m.logLoadScale = true;

    ComputeOption serverless;
    serverless.name = Text::tr("Serverless");
    serverless.pricing = PricingKind::PerRequest;
    serverless.pricePerMillionRequests = 3.70; // gateway + invocations
    serverless.avgDurationMs = 100;
    serverless.memoryGb = 0.125;
    serverless.pricePerGbSecond = 0.0000166667;

    ComputeOption containers;
    containers.name = Text::tr("Containers (reserved)");
    containers.pricing = PricingKind::PerInstance;
    containers.capacityPerInstance = 3000;
    containers.pricePerInstanceMonthly = 300;
    containers.minInstances = 2;
    containers.fixedMonthly = 500; // load balancer
    m.options = {serverless, containers};
    return m;
}

CostModel defaultReservedModel()
{
    CostModel m;
    m.id = Project::newId();
    m.kind = CostModelKind::Reserved;
    m.title = Text::tr("Baseline fleet: three general-purpose instances");
    m.onDemandMonthly = 1050;
    m.oneYearDiscountPercent = 36;
    m.threeYearDiscountPercent = 63;
    m.savingsPlanDiscountPercent = 40;
    return m;
}

CostModel defaultCostModel(CostModelKind kind)
{
    switch (kind) {
    case CostModelKind::Latency: return defaultLatencyModel();
    case CostModelKind::Crossover: return defaultCrossoverModel();
    case CostModelKind::Reserved: return defaultReservedModel();
    }
    return defaultLatencyModel();
}

} // namespace archbench::core::cost
