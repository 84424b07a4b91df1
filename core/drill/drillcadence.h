#pragma once
// When the next drill is due and whether it, or an action item, is late (DOMAIN.md §4:
// quarterly cadence, the next drill 90 days after the latest one). Every function takes the
// reference date ("today") as a parameter: nothing here reads the clock.

#include "core/model/drill.h"

#include <QDate>
#include <QList>
#include <optional>

namespace archbench::core {

inline constexpr int kDrillCadenceDays = 90;
/// An item due within this many days (and not yet late) is "due soon".
inline constexpr int kDueSoonDays = 7;
/// A runbook fix is due one week after the drill.
inline constexpr int kActionItemDueDays = 7;

/// Lateness of something with a due date, against a reference date.
/// Due on the reference date itself is DueSoon, not Overdue.
enum class DueState { NoDueDate, Later, DueSoon, Overdue };

DueState dueState(const QDate &due, const QDate &reference, int dueSoonDays = kDueSoonDays);

/// The latest valid drill date, or nullopt with no dated drill.
std::optional<QDate> latestDrillDate(const QList<Drill> &drills);
/// Latest drill date + 90 days, or nullopt with no dated drill.
std::optional<QDate> nextDrillDue(const QList<Drill> &drills);

struct DrillCadence {
    std::optional<QDate> latestDrill;
    std::optional<QDate> nextDue;
    DueState state = DueState::NoDueDate;
    qint64 daysUntilDue = 0; ///< negative when overdue; 0 without a due date
};

DrillCadence drillCadence(const QList<Drill> &drills, const QDate &reference,
                          int dueSoonDays = 30);

/// The default due date of a new action item: drill date + 7 days (invalid stays invalid).
QDate defaultActionItemDue(const QDate &drillDate);

} // namespace archbench::core
