#pragma once
// Duplicates of top-level items (Edit ▸ Duplicate Item). A duplicate is a value ready to be
// inserted: a new id for the item and for every id nested in it (criteria, options, hard
// constraints and revisit triggers of a decision; improvements and milestones of a review;
// action items of a drill), every reference inside the copy remapped to the new ids (scores,
// failedBy, chosenOption), and the title marked "… (copy)". A decision's copy has no ADR
// number yet (the original keeps its own). References that leave the item
// (a decision's supersededBy, a review's lens and lens question ids) keep pointing where they
// did: the copy is a sibling of the original, not a copy of its neighbours.

#include "model/projectdata.h"

#include <QCoreApplication>

namespace archbench::core {

class ItemCopy {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ItemCopy)
public:
    /// "Primary database (copy)"; an empty title stays empty.
    static QString copyTitle(const QString &title);

    static Decision duplicate(const Decision &decision);
    static Review duplicate(const Review &review);
    static Drill duplicate(const Drill &drill);
    static CostModel duplicate(const CostModel &model);
};

} // namespace archbench::core
