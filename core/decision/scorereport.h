#pragma once
// The report of `archbench score`: the JSON object fixed by INTERCHANGE.md ("Command-line
// reports") and a plain table for a terminal. Built here, in core, so it is unit-testable and
// the command line only parses arguments and prints.
//
// JSON numbers are plain numbers, rounded to nine decimals only to drop floating-point noise
// (91.25, not 91.25000000000001). The ranking lists ranked options by rank (ties in option
// order) and then the unranked ones (incomplete, eliminated) in option order.

#include "decisionanalysis.h"

#include "core/model/projectdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <QCoreApplication>

namespace archbench::core {

class ScoreReport {
public:
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ScoreReport)
public:
    /// Analyses the decisions of `data`, or only `decisionId` when given.
    static QList<DecisionAnalysis> analyse(const ProjectData &data, const QString &decisionId = {});

    static QJsonObject toJson(const QList<DecisionAnalysis> &analyses);
    static QJsonObject decisionJson(const DecisionAnalysis &analysis);
    /// The ranking array of a weighted-score table (report order).
    static QJsonArray rankingJson(const WeightedScore &scores);
    /// The `group` object of INTERCHANGE.md "Version 2 additions" (stdev to three decimals).
    static QJsonObject groupJson(const GroupScore &group);
    /// The `ahp` object (figures to three decimals), or {"incomplete": true}.
    static QJsonObject ahpJson(const AhpResult &ahp);
    /// An aligned table per decision (names and constraint texts from `data`), numbers in
    /// `locale`.
    static QString toText(const ProjectData &data, const QList<DecisionAnalysis> &analyses,
                          const QLocale &locale = QLocale());

    /// A number with at most `decimals` decimals, trailing zeros dropped ("30", "33.33").
    static QString formatNumber(double value, const QLocale &locale, int decimals = 2);
    /// A share as whole percent ("30 %"); one decimal when whole percent would hide the
    /// difference from `reference` (a flip share next to the current share).
    static QString formatShare(double share, const QLocale &locale,
                               std::optional<double> reference = std::nullopt);
    /// formatShare() with a no-break space before "%" ("30\u00A0%"), for report and check
    /// text, so that a line never breaks between the number and its unit.
    static QString formatShareUnbroken(double share, const QLocale &locale,
                                       std::optional<double> reference = std::nullopt);

    /// The options in report order (ranked by rank, then the rest in option order).
    static QList<OptionScore> reportOrder(const WeightedScore &scores);
};

} // namespace archbench::core
