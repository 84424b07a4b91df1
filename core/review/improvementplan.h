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
};

} // namespace archbench::core
