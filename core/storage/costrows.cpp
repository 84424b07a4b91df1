// Cost model rows: the inputs of every kind inline (NULL for absent revenue inputs), latency
// steps and compute options as child tables.
#include "rowsupport.h"

#include <limits>

namespace archbench::core::storage::rows {

Expected<void> insertItem(SqliteConnection &db, const CostModel &m, int position)
{
    AB_STATEMENT(model, "INSERT INTO cost_model (id, position, kind, title, baseline_latency_ms, target_latency_ms, "
                        "monthly_revenue, conversion_gain_per_100ms, load_unit, load_from, load_to, "
                        "on_demand_monthly, one_year_discount_percent, three_year_discount_percent, "
                        "savings_plan_discount_percent, load_scale) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                        "?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    AB_TRY(model.run({m.id, position, enumToString(m.kind), m.title, m.baselineLatencyMs, m.targetLatencyMs,
                      m.monthlyRevenue, m.conversionGainPer100ms, m.loadUnit, m.loadFrom, m.loadTo,
                      m.onDemandMonthly, m.oneYearDiscountPercent, m.threeYearDiscountPercent,
                      m.savingsPlanDiscountPercent,
                      m.logLoadScale ? QStringLiteral("log") : QStringLiteral("linear")}));

    AB_STATEMENT(step, "INSERT INTO cost_step (cost_model_id, position, name, monthly_cost, latency_after_ms) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < m.steps.size(); ++i)
        AB_TRY(step.run({m.id, i, m.steps[i].name, m.steps[i].monthlyCost, m.steps[i].latencyAfterMs}));

    AB_STATEMENT(option, "INSERT INTO cost_compute_option (cost_model_id, position, name, pricing, "
                         "price_per_million_requests, avg_duration_ms, memory_gb, price_per_gb_second, "
                         "capacity_per_instance, price_per_instance_monthly, min_instances, "
                         "reserved_discount_percent, fixed_monthly) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                         "?10, ?11, ?12, ?13)");
    for (int i = 0; i < m.options.size(); ++i) {
        const ComputeOption &o = m.options[i];
        AB_TRY(option.run({m.id, i, o.name, enumToString(o.pricing), o.pricePerMillionRequests, o.avgDurationMs,
                           o.memoryGb, o.pricePerGbSecond, o.capacityPerInstance, o.pricePerInstanceMonthly,
                           o.minInstances, o.reservedDiscountPercent, o.fixedMonthly}));
    }
    return {};
}

Expected<void> readItems(SqliteConnection &db, QList<CostModel> &out)
{
    AB_STATEMENT(models, "SELECT id, kind, title, baseline_latency_ms, target_latency_ms, monthly_revenue, "
                         "conversion_gain_per_100ms, load_unit, load_from, load_to, on_demand_monthly, "
                         "one_year_discount_percent, three_year_discount_percent, savings_plan_discount_percent, "
                         "load_scale FROM cost_model ORDER BY position, id");
    AB_TRY(forEachRow(models, [&]() -> Expected<void> {
        CostModel m;
        m.id = models.text(0);
        auto kind = parseEnum<CostModelKind>(models.text(1), "cost_model", "kind");
        if (!kind)
            return kind.error();
        m.kind = *kind;
        m.title = models.text(2);
        m.baselineLatencyMs = models.real(3);
        m.targetLatencyMs = models.real(4);
        m.monthlyRevenue = models.optionalReal(5);
        m.conversionGainPer100ms = models.optionalReal(6);
        m.loadUnit = models.text(7);
        m.loadFrom = models.real(8);
        m.loadTo = models.real(9);
        m.onDemandMonthly = models.real(10);
        m.oneYearDiscountPercent = models.real(11);
        m.threeYearDiscountPercent = models.real(12);
        m.savingsPlanDiscountPercent = models.real(13);
        m.logLoadScale = models.text(14) == QLatin1StringView("log");
        out.append(std::move(m));
        return {};
    }));
    const QHash<QString, int> index = indexById(out);

    AB_STATEMENT(steps, "SELECT cost_model_id, name, monthly_cost, latency_after_ms FROM cost_step "
                        "ORDER BY cost_model_id, position");
    AB_TRY(forEachRow(steps, [&]() -> Expected<void> {
        const auto m = index.constFind(steps.text(0));
        if (m == index.constEnd())
            return orphan("cost_step");
        out[*m].steps.append({steps.text(1), steps.real(2), steps.real(3)});
        return {};
    }));

    AB_STATEMENT(options, "SELECT cost_model_id, name, pricing, price_per_million_requests, avg_duration_ms, "
                          "memory_gb, price_per_gb_second, capacity_per_instance, price_per_instance_monthly, "
                          "min_instances, reserved_discount_percent, fixed_monthly FROM cost_compute_option "
                          "ORDER BY cost_model_id, position");
    return forEachRow(options, [&]() -> Expected<void> {
        const auto m = index.constFind(options.text(0));
        if (m == index.constEnd())
            return orphan("cost_compute_option");
        ComputeOption o;
        o.name = options.text(1);
        auto pricing = parseEnum<PricingKind>(options.text(2), "cost_compute_option", "pricing");
        if (!pricing)
            return pricing.error();
        o.pricing = *pricing;
        o.pricePerMillionRequests = options.real(3);
        o.avgDurationMs = options.real(4);
        o.memoryGb = options.real(5);
        o.pricePerGbSecond = options.real(6);
        o.capacityPerInstance = options.real(7);
        o.pricePerInstanceMonthly = options.real(8);
        const qint64 minInstances = options.integer(9);
        if (minInstances < std::numeric_limits<int>::min() || minInstances > std::numeric_limits<int>::max())
            return damaged(QStringLiteral("cost_compute_option.min_instances"));
        o.minInstances = int(minInstances);
        o.reservedDiscountPercent = options.real(10);
        o.fixedMonthly = options.real(11);
        out[*m].options.append(std::move(o));
        return {};
    });
}

} // namespace archbench::core::storage::rows
