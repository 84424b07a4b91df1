#pragma once
// Availability arithmetic (DOMAIN.md §1): allowed downtime = (1 − SLA) × period, with a year of
// 8,766 hours (365.25 days), a month of a twelfth of that and a week of 168 hours.

#include "../expected.h"

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

} // namespace archbench::core
