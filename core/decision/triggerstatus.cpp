#include "triggerstatus.h"
#include "core/displaydate.h"

#include <QCoreApplication>
#include <QLocale>

namespace archbench::core {

QDate TriggerEvaluation::effectiveReviewBy(const Decision &decision, const RevisitTrigger &trigger)
{
    if (trigger.reviewBy.isValid())
        return trigger.reviewBy;
    if (trigger.category == TriggerCategory::Calendar && decision.date.isValid())
        return decision.date.addMonths(kDefaultReviewMonths);
    return {};
}

bool TriggerEvaluation::hasMeasurement(const RevisitTrigger &trigger)
{
    return trigger.comparator != Comparator::None && trigger.threshold && trigger.currentValue;
}

bool TriggerEvaluation::valueCrosses(const RevisitTrigger &trigger)
{
    if (!hasMeasurement(trigger))
        return false;
    const double v = *trigger.currentValue;
    const double t = *trigger.threshold;
    switch (trigger.comparator) {
    case Comparator::Greater: return v > t;
    case Comparator::GreaterOrEqual: return v >= t;
    case Comparator::Less: return v < t;
    case Comparator::LessOrEqual: return v <= t;
    case Comparator::None: break;
    }
    return false;
}

TriggerStatus TriggerEvaluation::evaluate(const Decision &decision, const RevisitTrigger &trigger,
                                          const QDate &today)
{
    TriggerStatus st;
    const QLocale locale;
    st.reviewBy = effectiveReviewBy(decision, trigger);
    st.valueCrossed = valueCrosses(trigger);
    QStringList reasons;
    const QString name = splitMetric(trigger.metric).name;
    const QString metric = name.isEmpty() ? tr("value") : name;
    if (hasMeasurement(trigger)) {
        const QString comparison = tr("%1 %2 %3 %4")
                                       .arg(metric, formatValue(trigger, *trigger.currentValue, locale),
                                            st.valueCrossed ? enumToString(trigger.comparator) : tr("not %1").arg(enumToString(trigger.comparator)),
                                            formatValue(trigger, *trigger.threshold, locale));
        reasons << comparison;
    } else if (trigger.comparator != Comparator::None && trigger.threshold) {
        reasons << tr("%1 %2 %3, no current value").arg(metric, enumToString(trigger.comparator),
                                                          formatValue(trigger, *trigger.threshold, locale));
    }
    if (st.reviewBy.isValid() && today.isValid()) {
        st.daysLeft = today.daysTo(st.reviewBy);
        st.datePassed = st.daysLeft < 0;
        const QString date = displayDate(st.reviewBy); // the window's date form
        if (st.datePassed)
            reasons << (st.daysLeft == -1 ? tr("review by %1 passed yesterday").arg(date)
                                          : tr("review by %1 passed %2 days ago").arg(date).arg(-st.daysLeft));
        else if (st.daysLeft == 0)
            reasons << tr("review by %1 is today").arg(date);
        else
            reasons << (st.daysLeft == 1 ? tr("review by %1 is tomorrow").arg(date)
                                         : tr("review by %1, in %2 days").arg(date).arg(st.daysLeft));
    }
    if (st.valueCrossed || st.datePassed)
        st.state = TriggerState::Fired;
    else if (st.reviewBy.isValid() && today.isValid() && st.daysLeft <= kDueSoonDays)
        st.state = TriggerState::DueSoon;
    else if (hasMeasurement(trigger) || st.reviewBy.isValid())
        st.state = TriggerState::Clear;
    else
        st.state = TriggerState::Watching;
    if (reasons.isEmpty())
        reasons << tr("no measurement or date: watch for the condition");
    st.reason = reasons.join(QLatin1StringView("; "));
    return st;
}

MetricParts TriggerEvaluation::splitMetric(const QString &metric)
{
    const QString m = metric.trimmed();
    if (m.endsWith(QLatin1Char('%')))
        return {m.chopped(1).trimmed(), QStringLiteral("%")};
    // "latency (ms)": a unit in brackets at the end, after a name
    if (m.endsWith(QLatin1Char(')'))) {
        const qsizetype open = m.lastIndexOf(QLatin1Char('('));
        const QString unit = open > 0 ? m.mid(open + 1, m.size() - open - 2).trimmed() : QString();
        const QString name = open > 0 ? m.left(open).trimmed() : QString();
        if (!unit.isEmpty() && !name.isEmpty())
            return {name, unit};
    }
    return {m, {}};
}

QString TriggerEvaluation::formatValue(const RevisitTrigger &trigger, double value, const QLocale &locale)
{
    const QString unit = splitMetric(trigger.metric).unit;
    const QString number = locale.toString(value);
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

QString TriggerEvaluation::name(const RevisitTrigger &t)
{
    if (!t.condition.trimmed().isEmpty())
        return t.condition.trimmed();
    if (!t.metric.trimmed().isEmpty())
        return t.metric.trimmed();
    return enumToString(t.category);
}

QString TriggerEvaluation::stateName(TriggerState state)
{
    switch (state) {
    case TriggerState::Fired: return tr("Fired");
    case TriggerState::DueSoon: return tr("Due soon");
    case TriggerState::Clear: return tr("Not fired");
    case TriggerState::Watching: return tr("Watch");
    }
    return {};
}

} // namespace archbench::core
