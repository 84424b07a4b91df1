#include "availability.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
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

QString formatSlaNumber(double percent, const QLocale &locale)
{
    constexpr int kMaxDecimals = 4;
    const double rounded = std::round(percent * 1e4) / 1e4;
    int decimals = 0;
    while (decimals < kMaxDecimals) {
        const double scaled = rounded * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++decimals;
    }
    return locale.toString(rounded, 'f', decimals);
}

QString formatSla(double percent, const QLocale &locale)
{
    return Text::tr("%1 %").arg(formatSlaNumber(percent, locale));
}

std::optional<double> parseSlaPercent(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d+)?)\\s*%"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = match.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || value < 0 || value > 100)
        return std::nullopt;
    return value;
}

std::optional<ProjectSla> projectSla(const ProjectInfo &info)
{
    for (const Requirement &r : info.requirements)
        if (r.kind == RequirementKind::Availability)
            if (const auto percent = parseSlaPercent(r.target))
                return ProjectSla{*percent, r.id, r.text};
    if (const auto percent = parseSlaPercent(info.framing.availability))
        return ProjectSla{*percent, {}, {}};
    return std::nullopt;
}

} // namespace archbench::core
