#pragma once
// The whole content of one project as a value: what the file stores, what the JSON carries.

#include "costmodel.h"
#include "decision.h"
#include "drill.h"
#include "projectinfo.h"
#include "review.h"

namespace archbench::core {

/// The kinds of top-level item a project holds; used in signals, storage and the UI. What each
/// kind is (its type, list, table, title) is said once, in itemkinds.h.
enum class ItemKind { Decision, Review, Lens, Drill, CostModel };
/// How many values ItemKind has: core/model/itemkinds.h refuses to compile while ItemTypes
/// lists another number of item types.
inline constexpr std::size_t kItemKindCount = 5;

struct ProjectData {
    ProjectInfo project;
    QList<Decision> decisions;
    QList<Review> reviews;
    QList<LensRecord> lenses;
    QList<Drill> drills;
    QList<CostModel> costModels;
    bool operator==(const ProjectData &) const = default;
};

} // namespace archbench::core
