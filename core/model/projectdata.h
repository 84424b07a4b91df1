#pragma once
// The whole content of one project as a value: what the file stores, what the JSON carries.

#include "costmodel.h"
#include "decision.h"
#include "drill.h"
#include "projectinfo.h"
#include "review.h"

namespace archbench::core {

/// The kinds of top-level item a project holds; used in signals, storage and the UI.
enum class ItemKind { Decision, Review, Lens, Drill, CostModel };

struct ProjectData {
    ProjectInfo project;
    QList<Decision> decisions;
    QList<Review> reviews;
    QList<LensRecord> lenses;
    QList<Drill> drills;
    QList<CostModel> costModels;
    bool operator==(const ProjectData &) const = default;
};

/// Maps an item type to its kind and to its list inside ProjectData.
template <typename T> struct ItemTraits;
template <> struct ItemTraits<Decision> {
    static constexpr ItemKind kind = ItemKind::Decision;
    static QList<Decision> &list(ProjectData &d) { return d.decisions; }
    static const QList<Decision> &list(const ProjectData &d) { return d.decisions; }
};
template <> struct ItemTraits<Review> {
    static constexpr ItemKind kind = ItemKind::Review;
    static QList<Review> &list(ProjectData &d) { return d.reviews; }
    static const QList<Review> &list(const ProjectData &d) { return d.reviews; }
};
template <> struct ItemTraits<LensRecord> {
    static constexpr ItemKind kind = ItemKind::Lens;
    static QList<LensRecord> &list(ProjectData &d) { return d.lenses; }
    static const QList<LensRecord> &list(const ProjectData &d) { return d.lenses; }
};
template <> struct ItemTraits<Drill> {
    static constexpr ItemKind kind = ItemKind::Drill;
    static QList<Drill> &list(ProjectData &d) { return d.drills; }
    static const QList<Drill> &list(const ProjectData &d) { return d.drills; }
};
template <> struct ItemTraits<CostModel> {
    static constexpr ItemKind kind = ItemKind::CostModel;
    static QList<CostModel> &list(ProjectData &d) { return d.costModels; }
    static const QList<CostModel> &list(const ProjectData &d) { return d.costModels; }
};

} // namespace archbench::core
