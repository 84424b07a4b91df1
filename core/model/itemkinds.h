#pragma once
// The item kinds in one place. A kind is its item type, an ItemTraits specialisation below and
// one line in visitKind() and kAllKinds; code that does the same for every kind visits the
// kind's type instead of switching over ItemKind (docs/architecture.md, "Adding a kind").

#include "projectdata.h"

#include <array>
#include <optional>
#include <type_traits>

namespace archbench::core {

/// What the layers need to know about one item type.
///   kind      its ItemKind
///   list()    its list inside ProjectData
///   jsonKey   its list in the JSON form (INTERCHANGE.md) and in diff paths ("decisions[d1]...")
///   table     its table in the project file (the parent of its child tables)
///   title()   the text it is listed by; empty when the user has not named it
///   reportAnchor  its section's anchor in a report is this + its id (nullptr: it has no
///             section of its own; lenses are shown in their reviews)
template <typename T> struct ItemTraits;
template <> struct ItemTraits<Decision> {
    static constexpr const char *reportAnchor = "decision-";
    static constexpr const char *jsonKey = "decisions";
    static constexpr ItemKind kind = ItemKind::Decision;
    static constexpr const char *table = "decision";
    static QList<Decision> &list(ProjectData &d) { return d.decisions; }
    static const QList<Decision> &list(const ProjectData &d) { return d.decisions; }
    static QString title(const Decision &item) { return item.title.trimmed(); }
};
template <> struct ItemTraits<Review> {
    static constexpr const char *reportAnchor = "review-";
    static constexpr const char *jsonKey = "reviews";
    static constexpr ItemKind kind = ItemKind::Review;
    static constexpr const char *table = "review";
    static QList<Review> &list(ProjectData &d) { return d.reviews; }
    static const QList<Review> &list(const ProjectData &d) { return d.reviews; }
    static QString title(const Review &item) { return item.title.trimmed(); }
};
template <> struct ItemTraits<LensRecord> {
    static constexpr const char *reportAnchor = nullptr;
    static constexpr const char *jsonKey = "lenses";
    static constexpr ItemKind kind = ItemKind::Lens;
    static constexpr const char *table = "lens";
    static QList<LensRecord> &list(ProjectData &d) { return d.lenses; }
    static const QList<LensRecord> &list(const ProjectData &d) { return d.lenses; }
    /// a lens is named by its definition (the lens file's "name")
    static QString title(const LensRecord &item)
    {
        return item.definition.value(QStringLiteral("name")).toString().trimmed();
    }
};
template <> struct ItemTraits<Drill> {
    static constexpr const char *reportAnchor = "drill-";
    static constexpr const char *jsonKey = "drills";
    static constexpr ItemKind kind = ItemKind::Drill;
    static constexpr const char *table = "drill";
    static QList<Drill> &list(ProjectData &d) { return d.drills; }
    static const QList<Drill> &list(const ProjectData &d) { return d.drills; }
    static QString title(const Drill &item) { return item.title.trimmed(); }
};
template <> struct ItemTraits<CostModel> {
    static constexpr const char *reportAnchor = "costmodel-";
    static constexpr const char *jsonKey = "costModels";
    static constexpr ItemKind kind = ItemKind::CostModel;
    static constexpr const char *table = "cost_model";
    static QList<CostModel> &list(ProjectData &d) { return d.costModels; }
    static const QList<CostModel> &list(const ProjectData &d) { return d.costModels; }
    static QString title(const CostModel &item) { return item.title.trimmed(); }
};

/// Every kind, in the order the project lists them.
inline constexpr std::array kAllKinds{ItemKind::Decision, ItemKind::Review, ItemKind::Lens, ItemKind::Drill,
                                      ItemKind::CostModel};

/// Calls `f(std::type_identity<T>{})` with T the item type of `kind`, and returns its result.
/// The one switch over the kinds that code reading or writing items needs.
template <typename F> decltype(auto) visitKind(ItemKind kind, F &&f)
{
    switch (kind) {
    case ItemKind::Decision: return f(std::type_identity<Decision>{});
    case ItemKind::Review: return f(std::type_identity<Review>{});
    case ItemKind::Lens: return f(std::type_identity<LensRecord>{});
    case ItemKind::Drill: return f(std::type_identity<Drill>{});
    case ItemKind::CostModel: return f(std::type_identity<CostModel>{});
    }
    // ItemKind values come from this program only (never cast from a file): unreachable
    return f(std::type_identity<Decision>{});
}

/// Calls `f(std::type_identity<T>{})` for every item type, in kAllKinds' order.
template <typename F> void forEachKind(F &&f)
{
    for (ItemKind kind : kAllKinds)
        visitKind(kind, f);
}

/// The kind whose jsonKey is `key` ("decisions" → Decision), if any.
std::optional<ItemKind> kindOfJsonKey(QStringView key);

/// The ids of the items of `kind`, in the project's order.
QStringList idsOfKind(const ProjectData &data, ItemKind kind);
/// The position of item `id` of `kind` in its list, or -1.
int indexOfKind(const ProjectData &data, ItemKind kind, const QString &id);
/// The title of item `id` of `kind` (ItemTraits::title), empty if none or no such item;
/// `found` tells the two apart.
QString titleOfKind(const ProjectData &data, ItemKind kind, const QString &id, bool *found = nullptr);

} // namespace archbench::core
