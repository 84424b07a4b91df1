#pragma once
// Decision-quality checks drawn from the guide (DOMAIN.md §2). Each check has a stable id (for
// jumping to it and for tests), a short title and the reason it failed in words.
//
// Checks apply to decisions in force (proposed, accepted); a superseded, rejected or
// deprecated decision is history and is not nagged about. One fact, one check: no option at
// all is "no-option", not also "single-option"; weights that are all zero are
// "weights-all-zero", not also "accepted-without-ranking".
//
// Two checks need more than the decision: "accepted-triggers-fired" needs the day ("today" is
// always passed in: the report date, the analysis date or the GUI's clock, never read here),
// and "fragile-leader" needs the decision's analysis (robustness and flip shares), which the
// caller may hand over, take from a DecisionAnalysisCache, or leave to be computed.

#include "core/model/decision.h"

#include <QDate>
#include <QList>
#include <functional>
#include <QString>

#include <QCoreApplication>

namespace archbench::core {

struct DecisionAnalysis;
class DecisionAnalysisCache;

struct QualityCheck {
    QString id;
    QString title;
    QString reason;
};

class QualityChecks {
public:
    Q_DECLARE_TR_FUNCTIONS(archbench::core::QualityChecks)
public:
    static inline const QString kNoOption = QStringLiteral("no-option");
    static inline const QString kSingleOption = QStringLiteral("single-option");
    static inline const QString kNoRevisitTrigger = QStringLiteral("no-revisit-trigger");
    static inline const QString kOneWayWithoutAlternatives = QStringLiteral("one-way-without-alternatives");
    static inline const QString kOneWayWithoutTradeoffs = QStringLiteral("one-way-without-tradeoffs");
    static inline const QString kWeightsAllZero = QStringLiteral("weights-all-zero");
    static inline const QString kAcceptedWithoutChoice = QStringLiteral("accepted-without-choice");
    static inline const QString kAcceptedWithoutRanking = QStringLiteral("accepted-without-ranking");
    static inline const QString kTwoWayWithoutTimeBox = QStringLiteral("two-way-without-time-box");
    static inline const QString kFragileLeader = QStringLiteral("fragile-leader");
    static inline const QString kAcceptedTriggersFired = QStringLiteral("accepted-triggers-fired");

    /// "fragile-leader": the leader stays first under less than this share of weightings...
    static constexpr double kFragileRobustness = 0.60;
    /// ...or some criterion's flip share is at most this far from its current share.
    static constexpr double kFragileFlipDistance = 0.05;

    /// Every check id, in the order checks are reported.
    static QStringList allIds();
    /// The checks `decision` fails on `today`, in allIds() order; analyses the matrix if needed.
    static QList<QualityCheck> failed(const Decision &decision, const QDate &today);
    /// The same, with the decision's analysis taken from (or added to) `cache`.
    static QList<QualityCheck> failed(const Decision &decision, const QDate &today, DecisionAnalysisCache &cache);
    /// The same, with the analysis of this very decision already at hand.
    static QList<QualityCheck> failed(const Decision &decision, const QDate &today, const DecisionAnalysis &analysis);
    /// The title of a check id ("Only one option", ...).
    static QString title(const QString &id);

private:
    static QList<QualityCheck> failedChecks(const Decision &decision, const QDate &today,
                                            const std::function<const DecisionAnalysis &()> &analysis);
};

} // namespace archbench::core
