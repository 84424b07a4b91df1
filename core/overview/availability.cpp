#include "availability.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::Availability)
};
} // namespace

Expected<Downtime> downtimeForSla(double slaPercent)
{
    if (!std::isfinite(slaPercent) || slaPercent < 0 || slaPercent > 100)
        return makeError(ErrorCode::Invalid, Text::tr("The SLA must be a percentage from 0 to 100."));
    const double down = 1.0 - slaPercent / 100.0;
    return Downtime{down * kHoursPerYear, down * kHoursPerMonth, down * kHoursPerWeek};
}

Expected<double> slaForYearlyDowntime(double hours)
{
    if (!std::isfinite(hours) || hours < 0 || hours > kHoursPerYear)
        return makeError(ErrorCode::Invalid,
                         Text::tr("Downtime must be between 0 and 8,766 hours (one year)."));
    return (1.0 - hours / kHoursPerYear) * 100.0;
}

QString formatDuration(double hours)
{
    const QLocale locale;
    if (hours >= 1.0)
        return Text::tr("%1 h").arg(locale.toString(hours, 'f', 2));
    if (hours * 60.0 >= 1.0)
        return Text::tr("%1 min").arg(locale.toString(hours * 60.0, 'f', 1));
    return Text::tr("%1 s").arg(locale.toString(hours * 3600.0, 'f', 1));
}

} // namespace archbench::core
