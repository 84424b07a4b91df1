#pragma once
// The improvement plan of a review: the practices a risky (high or medium) question is
// missing become work items, each carrying the lens's improvement text for that practice.
// Generation only adds: items already in the plan (same question and text) are kept as they
// are, with their owner, due date and status.

#include "../model/review.h"
#include "lens.h"

#include <functional>

namespace archbench::core {

class ImprovementPlan {
public:
    /// The text of the item for a missing choice: its improvement plan, else its title.
    static QString itemText(const LensChoice &choice);
    /// Choices of `question` not ticked in `answer` (never "None of these"), in lens order.
    static QList<const LensChoice *> missingPractices(const LensQuestion &question, const Answer *answer);
    /// New items for every missing practice of every high- or medium-risk question of the
    /// review that the plan does not hold yet, in lens order. `newId` makes item ids.
    static QList<Improvement> missingItems(const Lens &lens, const Review &review,
                                           const std::function<QString()> &newId);

    /// How the plan stands against the answers right now, so the plan can follow every answer
    /// visibly while generating stays an explicit (undoable) step.
    struct Follow {
        /// Missing practices of risky questions the plan does not hold yet (what Generate adds).
        int notInPlan = 0;
        /// Plan items whose question the lens knows and that is no longer high or medium
        /// risk (answered better since, or marked not applicable), in plan order.
        QStringList noLongerAtRisk;
    };
    static Follow follow(const Lens &lens, const Review &review);
};

} // namespace archbench::core
