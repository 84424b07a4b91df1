#pragma once
// Availability arithmetic (DOMAIN.md §1): allowed downtime = (1 − SLA) × period, with a year of
// 8,766 hours (365.25 days), a month of a twelfth of that and a week of 168 hours.

#include "../expected.h"
#include "../model/projectinfo.h"

#include <QLocale>
#include <optional>

namespace archbench::core {

struct Downtime {
    double hoursPerYear = 0;
    double hoursPerMonth = 0;
    double hoursPerWeek = 0;
};

inline constexpr double kHoursPerYear = 8766.0;
inline constexpr double kHoursPerMonth = kHoursPerYear / 12.0;
inline constexpr double kHoursPerWeek = 168.0;

/// Allowed downtime for an SLA given in percent; refused outside 0–100 or not finite.
Expected<Downtime> downtimeForSla(double slaPercent);

/// The SLA in percent that allows `hours` of downtime per year; refused when negative or
/// more than a year.
Expected<double> slaForYearlyDowntime(double hours);

/// "8.77 h", "52.6 min", "26.3 s": the unit that keeps the number readable.
QString formatDuration(double hours);

/// An SLA as its number, locale-aware, to at most four decimals without trailing zeros:
/// 99.9 → "99.9", 99.95 → "99.95", 99.0 → "99" (German: "99,95").
QString formatSlaNumber(double percent, const QLocale &locale = QLocale());
/// The same with the percent sign: "99.95 %".
QString formatSla(double percent, const QLocale &locale = QLocale());

/// The first percentage in a text ("99.95 % for placing orders", "99,9%"), if it is 0–100.
std::optional<double> parseSlaPercent(const QString &text);

/// The project's availability target and where it was read.
struct ProjectSla {
    double percent = 0;
    /// The availability requirement it came from; empty when it came from the framing answer.
    QString requirementId;
    QString requirementText;
    bool operator==(const ProjectSla &) const = default;
};

/// The availability target of a project: the first availability requirement whose target is
/// a percentage, else the percentage in the framing answer on availability.
std::optional<ProjectSla> projectSla(const ProjectInfo &info);

} // namespace archbench::core
