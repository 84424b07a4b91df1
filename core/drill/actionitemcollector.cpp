#include "actionitemcollector.h"

#include <algorithm>

namespace archbench::core {

QList<ProjectActionItem> collectOpenActionItems(const ProjectData &data, const QDate &reference,
                                                int dueSoonDays)
{
    QList<ProjectActionItem> items;
    for (const Drill &drill : data.drills) {
        for (const ActionItem &action : drill.actionItems) {
            if (action.status == WorkStatus::Done)
                continue;
            items.append(ProjectActionItem{ItemKind::Drill, drill.id, drill.title, action.id,
                                           action.text, action.owner, action.due, action.status,
                                           dueState(action.due, reference, dueSoonDays)});
        }
    }
    for (const Review &review : data.reviews) {
        for (const Improvement &improvement : review.improvements) {
            if (improvement.status == WorkStatus::Done)
                continue;
            items.append(ProjectActionItem{ItemKind::Review, review.id, review.title,
                                           improvement.id, improvement.text, improvement.owner,
                                           improvement.due, improvement.status,
                                           dueState(improvement.due, reference, dueSoonDays)});
        }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const ProjectActionItem &a, const ProjectActionItem &b) {
                         if (a.due.isValid() != b.due.isValid())
                             return a.due.isValid();
                         return a.due.isValid() && a.due < b.due;
                     });
    return items;
}

int countOverdue(const QList<ProjectActionItem> &items)
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const ProjectActionItem &item) { return item.isOverdue(); }));
}

} // namespace archbench::core
