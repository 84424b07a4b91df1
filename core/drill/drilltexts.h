#pragma once
// Words and number formats for drills, shared by the editor, the docks, the Markdown report
// and the `archbench drills` text output so all of them say the same thing. Translated through
// QCoreApplication::translate (context "archbench::core::DrillTexts").

#include "core/drill/drillcadence.h"
#include "core/drill/drtierpresets.h"
#include "core/model/enums.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace archbench::core {

QString drillScenarioName(DrillScenario scenario);
QString drillTrafficName(DrillTraffic traffic);
/// The traffic with its share: "Synthetic", "Partial production, 10 % of traffic".
QString drillTrafficText(DrillTraffic traffic, double percent, const QLocale &locale = {});
QString drTierName(DrTier tier);
QString drTierCostName(DrTierCost cost);
QString workStatusName(WorkStatus status);
QString dueStateName(DueState state);

/// A number with at most `maxDecimals` decimals and no trailing zeros ("32", "4.5").
QString formatPlainNumber(double value, const QLocale &locale = {}, int maxDecimals = 1);
/// "32 min"; "—" when absent.
QString formatMinutes(std::optional<double> minutes, const QLocale &locale = {});
/// "15 s"; "—" when absent.
QString formatSeconds(std::optional<double> seconds, const QLocale &locale = {});
/// A signed margin: "+3 min", "−17 min"; "—" when absent.
QString formatMarginMinutes(std::optional<double> minutes, const QLocale &locale = {});
QString formatMarginSeconds(std::optional<double> seconds, const QLocale &locale = {});
/// Money in the project currency with thousands separators: "$2,000", "CHF 1,250.50".
QString formatMoney(double amount, const QString &currencyCode, const QLocale &locale = {});
/// The symbol used for a currency code ("$" for USD); the code itself when unknown.
QString currencySymbol(const QString &currencyCode);

/// The typical range of a tier in words: "RTO 5–15 min, RPO 1–60 s, medium cost".
QString drTierSummary(DrTier tier, const QLocale &locale = {});

} // namespace archbench::core
