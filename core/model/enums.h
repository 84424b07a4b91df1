#pragma once
// The closed vocabularies of the domain (DOMAIN.md, INTERCHANGE.md) and their exact
// interchange spellings. One table per enum keeps the C++ value and the JSON/SQL string
// together; enumToString/enumFromString are the only conversions.

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace archbench::core {

enum class RequirementKind { Functional, Performance, Scalability, Availability, Durability,
                             Recovery, Security, Compliance, Observability, Maintainability, Cost };
enum class DecisionStatus { Proposed, Accepted, Superseded, Rejected, Deprecated };
enum class DoorType { OneWay, TwoWay, Partial };
enum class TriggerCategory { Scale, Team, Cost, Compliance, Performance, Technology, Calendar,
                             Organizational };
enum class Comparator { None, Greater, GreaterOrEqual, Less, LessOrEqual };
enum class WorkStatus { Open, InProgress, Done };
enum class NotApplicableReason { None, OutOfScope, BusinessPriorities, ArchitectureConstraints, Other };
enum class DrillScenario { Database, Compute, Dns, Region, Network, Other };
enum class DrillTraffic { Synthetic, PartialProduction, Production };
enum class DrTier { BackupRestore, PilotLight, WarmStandby, ActiveActive };
enum class CostModelKind { Latency, Crossover, Reserved };
enum class PricingKind { PerRequest, PerInstance };
enum class Aggregation { Mean, Median, GeometricMean };

template <typename E> struct EnumNames;

#define ARCHBENCH_ENUM_NAMES(E, ...)                                                   \
    template <> struct EnumNames<E> {                                                  \
        static constexpr auto table = std::to_array<std::pair<E, const char *>>({__VA_ARGS__}); \
    };

ARCHBENCH_ENUM_NAMES(RequirementKind,
    {RequirementKind::Functional, "functional"}, {RequirementKind::Performance, "performance"},
    {RequirementKind::Scalability, "scalability"}, {RequirementKind::Availability, "availability"},
    {RequirementKind::Durability, "durability"}, {RequirementKind::Recovery, "recovery"},
    {RequirementKind::Security, "security"}, {RequirementKind::Compliance, "compliance"},
    {RequirementKind::Observability, "observability"},
    {RequirementKind::Maintainability, "maintainability"}, {RequirementKind::Cost, "cost"})
ARCHBENCH_ENUM_NAMES(DecisionStatus,
    {DecisionStatus::Proposed, "proposed"}, {DecisionStatus::Accepted, "accepted"},
    {DecisionStatus::Superseded, "superseded"}, {DecisionStatus::Rejected, "rejected"},
    {DecisionStatus::Deprecated, "deprecated"})
ARCHBENCH_ENUM_NAMES(Aggregation,
    {Aggregation::Mean, "mean"}, {Aggregation::Median, "median"},
    {Aggregation::GeometricMean, "geometric-mean"})
ARCHBENCH_ENUM_NAMES(DoorType,
    {DoorType::OneWay, "one-way"}, {DoorType::TwoWay, "two-way"}, {DoorType::Partial, "partial"})
ARCHBENCH_ENUM_NAMES(TriggerCategory,
    {TriggerCategory::Scale, "scale"}, {TriggerCategory::Team, "team"},
    {TriggerCategory::Cost, "cost"}, {TriggerCategory::Compliance, "compliance"},
    {TriggerCategory::Performance, "performance"}, {TriggerCategory::Technology, "technology"},
    {TriggerCategory::Calendar, "calendar"}, {TriggerCategory::Organizational, "organizational"})
ARCHBENCH_ENUM_NAMES(Comparator,
    {Comparator::None, ""}, {Comparator::Greater, ">"}, {Comparator::GreaterOrEqual, ">="},
    {Comparator::Less, "<"}, {Comparator::LessOrEqual, "<="})
ARCHBENCH_ENUM_NAMES(WorkStatus,
    {WorkStatus::Open, "open"}, {WorkStatus::InProgress, "in-progress"}, {WorkStatus::Done, "done"})
ARCHBENCH_ENUM_NAMES(NotApplicableReason,
    {NotApplicableReason::None, ""}, {NotApplicableReason::OutOfScope, "out-of-scope"},
    {NotApplicableReason::BusinessPriorities, "business-priorities"},
    {NotApplicableReason::ArchitectureConstraints, "architecture-constraints"},
    {NotApplicableReason::Other, "other"})
ARCHBENCH_ENUM_NAMES(DrillScenario,
    {DrillScenario::Database, "database"}, {DrillScenario::Compute, "compute"},
    {DrillScenario::Dns, "dns"}, {DrillScenario::Region, "region"},
    {DrillScenario::Network, "network"}, {DrillScenario::Other, "other"})
ARCHBENCH_ENUM_NAMES(DrillTraffic,
    {DrillTraffic::Synthetic, "synthetic"}, {DrillTraffic::PartialProduction, "partial-production"},
    {DrillTraffic::Production, "production"})
ARCHBENCH_ENUM_NAMES(DrTier,
    {DrTier::BackupRestore, "backup-restore"}, {DrTier::PilotLight, "pilot-light"},
    {DrTier::WarmStandby, "warm-standby"}, {DrTier::ActiveActive, "active-active"})
ARCHBENCH_ENUM_NAMES(CostModelKind,
    {CostModelKind::Latency, "latency"}, {CostModelKind::Crossover, "crossover"},
    {CostModelKind::Reserved, "reserved"})
ARCHBENCH_ENUM_NAMES(PricingKind,
    {PricingKind::PerRequest, "per-request"}, {PricingKind::PerInstance, "per-instance"})

#undef ARCHBENCH_ENUM_NAMES

/// The interchange spelling of an enum value ("one-way", "in-progress", ...).
template <typename E> QString enumToString(E value)
{
    for (const auto &[v, name] : EnumNames<E>::table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

/// Parses an interchange spelling; nullopt for anything not in the table.
template <typename E> std::optional<E> enumFromString(QStringView text)
{
    for (const auto &[v, name] : EnumNames<E>::table)
        if (text == QLatin1StringView(name))
            return v;
    return std::nullopt;
}

/// All spellings, in declaration order (for messages such as "expected one of ...").
template <typename E> QStringList enumSpellings()
{
    QStringList out;
    for (const auto &entry : EnumNames<E>::table)
        if (*entry.second)
            out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace archbench::core
