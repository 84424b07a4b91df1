#include "drilltexts.h"

#include <QCoreApplication>
#include <cmath>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::DrillTexts)
};

const QString kAbsent = QStringLiteral("\u2014");
const QString kMinus = QStringLiteral("\u2212");
} // namespace

QString drillScenarioName(DrillScenario scenario)
{
    switch (scenario) {
    case DrillScenario::Database: return Text::tr("Database");
    case DrillScenario::Compute: return Text::tr("Compute");
    case DrillScenario::Dns: return Text::tr("DNS");
    case DrillScenario::Region: return Text::tr("Region");
    case DrillScenario::Network: return Text::tr("Network");
    case DrillScenario::Other: return Text::tr("Other");
    }
    return {};
}

QString drillTrafficName(DrillTraffic traffic)
{
    switch (traffic) {
    case DrillTraffic::Synthetic: return Text::tr("Synthetic");
    case DrillTraffic::PartialProduction: return Text::tr("Partial production");
    case DrillTraffic::Production: return Text::tr("Production");
    }
    return {};
}

QString drillTrafficText(DrillTraffic traffic, double percent, const QLocale &locale)
{
    if (traffic == DrillTraffic::Synthetic)
        return drillTrafficName(traffic);
    return Text::tr("%1, %2 % of traffic").arg(drillTrafficName(traffic), formatPlainNumber(percent, locale));
}

QString drTierName(DrTier tier)
{
    switch (tier) {
    case DrTier::BackupRestore: return Text::tr("Backup & restore");
    case DrTier::PilotLight: return Text::tr("Pilot light");
    case DrTier::WarmStandby: return Text::tr("Warm standby");
    case DrTier::ActiveActive: return Text::tr("Active-active");
    }
    return {};
}

QString drTierCostName(DrTierCost cost)
{
    switch (cost) {
    case DrTierCost::VeryLow: return Text::tr("very low cost");
    case DrTierCost::LowMedium: return Text::tr("low to medium cost");
    case DrTierCost::Medium: return Text::tr("medium cost");
    case DrTierCost::High: return Text::tr("high cost (about twice the infrastructure)");
    }
    return {};
}

QString workStatusName(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Open: return Text::tr("Open");
    case WorkStatus::InProgress: return Text::tr("In progress");
    case WorkStatus::Done: return Text::tr("Done");
    }
    return {};
}

QString dueStateName(DueState state)
{
    switch (state) {
    case DueState::NoDueDate: return Text::tr("No due date");
    case DueState::Later: return Text::tr("Planned");
    case DueState::DueSoon: return Text::tr("Due soon");
    case DueState::Overdue: return Text::tr("Overdue");
    }
    return {};
}

QString formatPlainNumber(double value, const QLocale &locale, int maxDecimals)
{
    const double scale = std::pow(10.0, maxDecimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // no "-0"
    int decimals = 0;
    while (decimals < maxDecimals) {
        const double s = std::pow(10.0, decimals);
        if (std::abs(std::round(rounded * s) / s - rounded) < 1e-9)
            break;
        ++decimals;
    }
    return locale.toString(rounded, 'f', decimals);
}

QString formatMinutes(std::optional<double> minutes, const QLocale &locale)
{
    if (!minutes)
        return kAbsent;
    return Text::tr("%1 min").arg(formatPlainNumber(*minutes, locale));
}

QString formatSeconds(std::optional<double> seconds, const QLocale &locale)
{
    if (!seconds)
        return kAbsent;
    return Text::tr("%1 s").arg(formatPlainNumber(*seconds, locale));
}

namespace {
QString signedNumber(double value, const QLocale &locale)
{
    const QString magnitude = formatPlainNumber(std::abs(value), locale);
    if (magnitude == formatPlainNumber(0, locale))
        return magnitude;
    return (value < 0 ? kMinus : QStringLiteral("+")) + magnitude;
}
} // namespace

QString formatMarginMinutes(std::optional<double> minutes, const QLocale &locale)
{
    if (!minutes)
        return kAbsent;
    return Text::tr("%1 min").arg(signedNumber(*minutes, locale));
}

QString formatMarginSeconds(std::optional<double> seconds, const QLocale &locale)
{
    if (!seconds)
        return kAbsent;
    return Text::tr("%1 s").arg(signedNumber(*seconds, locale));
}

QString currencySymbol(const QString &currencyCode)
{
    const QString code = currencyCode.trimmed().toUpper();
    if (code.isEmpty() || code == QLatin1StringView("USD"))
        return QStringLiteral("$");
    if (code == QLatin1StringView("EUR"))
        return QStringLiteral("\u20AC");
    if (code == QLatin1StringView("GBP"))
        return QStringLiteral("\u00A3");
    if (code == QLatin1StringView("JPY"))
        return QStringLiteral("\u00A5");
    if (code == QLatin1StringView("INR"))
        return QStringLiteral("\u20B9");
    return code + QLatin1Char(' ');
}

QString formatMoney(double amount, const QString &currencyCode, const QLocale &locale)
{
    const bool whole = std::abs(amount - std::round(amount)) < 0.005;
    const QString number = locale.toString(std::abs(amount), 'f', whole ? 0 : 2);
    return (amount < 0 ? QStringLiteral("-") : QString()) + currencySymbol(currencyCode) + number;
}

QString drTierSummary(DrTier tier, const QLocale &locale)
{
    const DrTierPreset p = drTierPreset(tier);
    auto range = [&](double low, double high, bool minutes) {
        // Long ranges read better in hours.
        if (minutes && low >= 60)
            return Text::tr("%1\u2013%2 h").arg(formatPlainNumber(low / 60, locale),
                                         formatPlainNumber(high / 60, locale));
        if (!minutes && low >= 3600)
            return Text::tr("%1\u2013%2 h").arg(formatPlainNumber(low / 3600, locale),
                                         formatPlainNumber(high / 3600, locale));
        return (minutes ? Text::tr("%1\u2013%2 min") : Text::tr("%1\u2013%2 s"))
            .arg(formatPlainNumber(low, locale), formatPlainNumber(high, locale));
    };
    return Text::tr("typically RTO %1, RPO %2, %3")
        .arg(range(p.rtoLowMinutes, p.rtoHighMinutes, true),
             range(p.rpoLowSeconds, p.rpoHighSeconds, false), drTierCostName(p.cost));
}

} // namespace archbench::core
