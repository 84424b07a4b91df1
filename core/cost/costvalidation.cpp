#include "costvalidation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <cmath>
#include <limits>

namespace archbench::core::cost {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::cost)
};

Error invalid(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Invalid, path + QLatin1Char(' ') + reason);
}

// The rule a number must follow; the reasons read as the end of "<path> ...".
enum class Rule { Positive, NonNegative, Percent };

std::optional<Error> check(double value, const QString &path, Rule rule)
{
    if (!std::isfinite(value))
        return invalid(path, Text::tr("must be a finite number"));
    switch (rule) {
    case Rule::Positive:
        if (value <= 0)
            return invalid(path, Text::tr("must be positive"));
        break;
    case Rule::NonNegative:
        if (value < 0)
            return invalid(path, Text::tr("must not be negative"));
        break;
    case Rule::Percent:
        if (value < 0 || value >= 100)
            return invalid(path, Text::tr("must be at least 0 and below 100 (percent)"));
        break;
    }
    return std::nullopt;
}

#define AB_CHECK(value, path, rule)                                                        \
    if (auto problem = check((value), (path), (rule)))                                     \
        return *problem;

Expected<void> validateLatency(const CostModel &m)
{
    AB_CHECK(m.baselineLatencyMs, QStringLiteral("baselineLatencyMs"), Rule::Positive)
    AB_CHECK(m.targetLatencyMs, QStringLiteral("targetLatencyMs"), Rule::Positive)
    // Absent revenue inputs mean "no revenue value"; present ones must make sense.
    if (m.monthlyRevenue)
        AB_CHECK(*m.monthlyRevenue, QStringLiteral("monthlyRevenue"), Rule::Positive)
    if (m.conversionGainPer100ms)
        AB_CHECK(*m.conversionGainPer100ms, QStringLiteral("conversionGainPer100ms"), Rule::Positive)
    for (int i = 0; i < m.steps.size(); ++i) {
        const LatencyStep &s = m.steps[i];
        const QString at = QStringLiteral("steps[%1].").arg(i);
        if (s.name.trimmed().isEmpty())
            return invalid(at + QStringLiteral("name"), Text::tr("must not be empty"));
        AB_CHECK(s.monthlyCost, at + QStringLiteral("monthlyCost"), Rule::Positive)
        AB_CHECK(s.latencyAfterMs, at + QStringLiteral("latencyAfterMs"), Rule::Positive)
    }
    return {};
}

Expected<void> validateOption(const ComputeOption &o, const QString &at)
{
    if (o.name.trimmed().isEmpty())
        return invalid(at + QStringLiteral("name"), Text::tr("must not be empty"));
    if (o.pricing == PricingKind::PerRequest) {
        AB_CHECK(o.pricePerMillionRequests, at + QStringLiteral("pricePerMillionRequests"), Rule::NonNegative)
        AB_CHECK(o.avgDurationMs, at + QStringLiteral("avgDurationMs"), Rule::Positive)
        AB_CHECK(o.memoryGb, at + QStringLiteral("memoryGb"), Rule::Positive)
        AB_CHECK(o.pricePerGbSecond, at + QStringLiteral("pricePerGbSecond"), Rule::NonNegative)
    } else {
        AB_CHECK(o.capacityPerInstance, at + QStringLiteral("capacityPerInstance"), Rule::Positive)
        AB_CHECK(o.pricePerInstanceMonthly, at + QStringLiteral("pricePerInstanceMonthly"), Rule::Positive)
        if (o.minInstances < 0)
            return invalid(at + QStringLiteral("minInstances"), Text::tr("must not be negative"));
        AB_CHECK(o.reservedDiscountPercent, at + QStringLiteral("reservedDiscountPercent"), Rule::Percent)
    }
    AB_CHECK(o.fixedMonthly, at + QStringLiteral("fixedMonthly"), Rule::NonNegative)
    return {};
}

Expected<void> validateCrossover(const CostModel &m)
{
    if (m.loadUnit.trimmed().isEmpty())
        return invalid(QStringLiteral("loadUnit"), Text::tr("must not be empty"));
    AB_CHECK(m.loadFrom, QStringLiteral("loadRange.from"), Rule::Positive)
    AB_CHECK(m.loadTo, QStringLiteral("loadRange.to"), Rule::Positive)
    if (m.loadTo <= m.loadFrom)
        return invalid(QStringLiteral("loadRange.to"), Text::tr("must be greater than loadRange.from"));
    QSet<QString> names;
    qint64 steps = 0;
    for (int i = 0; i < m.options.size(); ++i) {
        const ComputeOption &o = m.options[i];
        const QString at = QStringLiteral("options[%1].").arg(i);
        if (auto r = validateOption(o, at); !r)
            return r.error();
        const QString name = o.name.trimmed();
        if (names.contains(name))
            return invalid(at + QStringLiteral("name"),
                           Text::tr("repeats the name \"%1\"; crossovers name options, so each needs its own name").arg(name));
        names.insert(name);
        steps += instanceStepsInRange(o, m.loadFrom, m.loadTo);
        if (steps > kMaxInstanceSteps)
            return invalid(at + QStringLiteral("capacityPerInstance"),
                           Text::tr("is too small for the load range: the options change instance count more than "
                              "%1 times; narrow the load range or raise the capacity per instance")
                               .arg(QLocale().toString(kMaxInstanceSteps)));
    }
    return {};
}

Expected<void> validateReserved(const CostModel &m)
{
    AB_CHECK(m.onDemandMonthly, QStringLiteral("onDemandMonthly"), Rule::Positive)
    AB_CHECK(m.oneYearDiscountPercent, QStringLiteral("oneYearDiscountPercent"), Rule::Percent)
    AB_CHECK(m.threeYearDiscountPercent, QStringLiteral("threeYearDiscountPercent"), Rule::Percent)
    AB_CHECK(m.savingsPlanDiscountPercent, QStringLiteral("savingsPlanDiscountPercent"), Rule::Percent)
    return {};
}

#undef AB_CHECK

} // namespace

qint64 instanceStepsInRange(const ComputeOption &option, double from, double to)
{
    if (option.pricing != PricingKind::PerInstance || !(option.capacityPerInstance > 0) || !(to > from))
        return 0;
    // The count changes just after each multiple k * capacity with k >= max(minInstances, 1).
    const double first = std::max(double(std::max(option.minInstances, 1)),
                                  std::floor(from / option.capacityPerInstance));
    const double last = std::ceil(to / option.capacityPerInstance);
    const double span = last - first + 1;
    if (!std::isfinite(span) || span > double(std::numeric_limits<int>::max()))
        return std::numeric_limits<int>::max();
    return span < 0 ? 0 : qint64(span);
}

Expected<void> validateCostModel(const CostModel &model)
{
    switch (model.kind) {
    case CostModelKind::Latency: return validateLatency(model);
    case CostModelKind::Crossover: return validateCrossover(model);
    case CostModelKind::Reserved: return validateReserved(model);
    }
    return {};
}

} // namespace archbench::core::cost
