#pragma once
// Whether a revisit trigger has fired (DOMAIN.md §2). A trigger fires when its current value
// crosses its threshold (the comparator holds: "rps > 10000, now 12400") or its review-by
// date has passed. A calendar trigger without a date is due six months after the decision
// date. "Due soon": the review-by date is today or within the next 30 days.
//
// The reference date is always a parameter: the engine never reads the clock, so the same
// file gives the same answer in a test, a pipeline and the GUI on a given day.

#include "core/model/decision.h"

#include <QDate>
#include <QLocale>

#include <QCoreApplication>

namespace archbench::core {

enum class TriggerState {
    Watching, ///< nothing measurable: a condition in words only, or a metric without a reading
    Clear,    ///< measurable and not fired
    DueSoon,  ///< the review-by date is within kDueSoonDays
    Fired,    ///< the value crossed the threshold or the review-by date passed
};

struct TriggerStatus {
    TriggerState state = TriggerState::Watching;
    bool valueCrossed = false;
    bool datePassed = false;
    QDate reviewBy;        ///< the effective review-by date (may be the calendar default)
    qint64 daysLeft = 0;   ///< days from the reference date to reviewBy (negative: overdue)
    QString reason;        ///< the state in words, e.g. "rps 12,400 > 10,000"
};

/// A trigger's metric as a name and a unit: "hit rate %" is {"hit rate", "%"}, "latency (ms)"
/// is {"latency", "ms"}; a metric with no trailing "%" or "(unit)" is all name ("rps").
struct MetricParts {
    QString name;
    QString unit;
};

class TriggerEvaluation {
public:
    Q_DECLARE_TR_FUNCTIONS(archbench::core::TriggerEvaluation)
public:
    static constexpr int kDueSoonDays = 30;
    static constexpr int kDefaultReviewMonths = 6;

    /// The review-by date that applies: the trigger's own, else for calendar triggers the
    /// decision date plus six months; invalid when neither exists.
    static QDate effectiveReviewBy(const Decision &decision, const RevisitTrigger &trigger);
    /// True when the trigger has a metric part that can be compared.
    static bool hasMeasurement(const RevisitTrigger &trigger);
    static bool valueCrosses(const RevisitTrigger &trigger);
    static TriggerStatus evaluate(const Decision &decision, const RevisitTrigger &trigger,
                                  const QDate &today);
    /// The state's name in words ("Fired", "Due soon", ...).
    static QString stateName(TriggerState state);
    /// What a list calls the trigger: its condition, else its metric, else its category.
    static QString name(const RevisitTrigger &trigger);

    static MetricParts splitMetric(const QString &metric);
    /// A value of the trigger's metric in `locale` with the metric's unit after a no-break
    /// space ("64\u00A0%"), so number and unit never wrap apart; the bare number without a unit.
    static QString formatValue(const RevisitTrigger &trigger, double value, const QLocale &locale);
};

} // namespace archbench::core
