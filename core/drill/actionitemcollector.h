#pragma once
// Every open follow-up of a project in one list: the action items of drills and the
// improvement-plan items of Well-Architected reviews. The action-items dock, the overview
// dashboard and the status bar all read this one list, so they agree.
//
// Invariants of the result: only items not done (open or in progress); sorted by due date,
// earliest first, undated items last; ties keep project order (drills before reviews, items
// in their list order). Each entry names its source item and its own id, so a double-click
// can open the source and highlight the row.

#include "core/drill/drillcadence.h"
#include "core/model/projectdata.h"

#include <QDate>
#include <QList>
#include <QString>

namespace archbench::core {

struct ProjectActionItem {
    ItemKind sourceKind = ItemKind::Drill; ///< Drill or Review
    QString sourceId;
    QString sourceTitle;
    QString itemId; ///< the ActionItem or Improvement id
    QString text;
    QString owner;
    QDate due;
    WorkStatus status = WorkStatus::Open;
    DueState dueState = DueState::NoDueDate;
    bool isOverdue() const { return dueState == DueState::Overdue; }
    bool operator==(const ProjectActionItem &) const = default;
};

/// The open items of `data`, sorted as described above, with their state against `reference`.
QList<ProjectActionItem> collectOpenActionItems(const ProjectData &data, const QDate &reference,
                                                int dueSoonDays = kDueSoonDays);

/// How many of `items` are overdue.
int countOverdue(const QList<ProjectActionItem> &items);

} // namespace archbench::core
