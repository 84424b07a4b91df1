#pragma once
// A disaster-recovery drill: targets, measurements, findings and action items (DOMAIN.md §4).

#include "enums.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace archbench::core {

struct DrillTargets {
    std::optional<double> rtoMinutes;
    std::optional<double> rpoSeconds;
    bool operator==(const DrillTargets &) const = default;
};

/// The three consecutive recovery phases and the data loss observed; absent = not measured.
struct DrillMeasured {
    std::optional<double> detectMinutes;
    std::optional<double> decideMinutes;
    std::optional<double> recoverMinutes;
    std::optional<double> dataLossSeconds;
    bool operator==(const DrillMeasured &) const = default;
};

struct TimelineEvent {
    QDateTime at;
    QString event;
    bool operator==(const TimelineEvent &) const = default;
};

struct Finding {
    QString planSays;
    QString drillRevealed;
    bool operator==(const Finding &) const = default;
};

struct ActionItem {
    QString id;
    QString text;
    QString owner;
    QDate due;
    WorkStatus status = WorkStatus::Open;
    bool operator==(const ActionItem &) const = default;
};

struct Drill {
    QString id;
    QString title;
    QDate date;
    DrillScenario scenario = DrillScenario::Database;
    QString description;
    DrillTraffic traffic = DrillTraffic::Synthetic;
    double trafficPercent = 0;
    DrTier tier = DrTier::WarmStandby;
    DrillTargets targets;
    DrillMeasured measured;
    QList<TimelineEvent> timeline;
    QList<Finding> findings;
    QList<ActionItem> actionItems;
    bool operator==(const Drill &) const = default;
};

} // namespace archbench::core
