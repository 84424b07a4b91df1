#include "drillcadence.h"

namespace archbench::core {

DueState dueState(const QDate &due, const QDate &reference, int dueSoonDays)
{
    if (!due.isValid() || !reference.isValid())
        return DueState::NoDueDate;
    const qint64 days = reference.daysTo(due);
    if (days < 0)
        return DueState::Overdue;
    if (days <= dueSoonDays)
        return DueState::DueSoon;
    return DueState::Later;
}

std::optional<QDate> latestDrillDate(const QList<Drill> &drills)
{
    std::optional<QDate> latest;
    for (const Drill &drill : drills)
        if (drill.date.isValid() && (!latest || drill.date > *latest))
            latest = drill.date;
    return latest;
}

std::optional<QDate> nextDrillDue(const QList<Drill> &drills)
{
    const std::optional<QDate> latest = latestDrillDate(drills);
    if (!latest)
        return std::nullopt;
    return latest->addDays(kDrillCadenceDays);
}

DrillCadence drillCadence(const QList<Drill> &drills, const QDate &reference, int dueSoonDays)
{
    DrillCadence cadence;
    cadence.latestDrill = latestDrillDate(drills);
    cadence.nextDue = nextDrillDue(drills);
    if (cadence.nextDue) {
        cadence.state = dueState(*cadence.nextDue, reference, dueSoonDays);
        if (reference.isValid())
            cadence.daysUntilDue = reference.daysTo(*cadence.nextDue);
    }
    return cadence;
}

QDate defaultActionItemDue(const QDate &drillDate)
{
    return drillDate.isValid() ? drillDate.addDays(kActionItemDueDays) : QDate();
}

} // namespace archbench::core
