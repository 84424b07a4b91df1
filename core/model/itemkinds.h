#pragma once
// The item kinds in one place. A kind is its item type, an ItemTraits specialisation below and
// its type in ItemTypes; code that does the same for every kind visits the kind's type instead
// of switching over ItemKind (docs/architecture.md, "Adding a kind of item").

#include "projectdata.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <tuple>
#include <type_traits>

namespace archbench::core {

/// A list inside an item's JSON form (INTERCHANGE.md) whose entries a diff and a merge tell
/// apart, and how:
///   jsonKey  its key ("actionItems"; also a list nested deeper, like a ballot's "weights")
///   noun     the word for one entry ("action item"; translated in the context
///            archbench::core::ItemKinds)
///   key      the fields whose values, joined with commas, tell its entries apart: "id", or
///            "option,criterion" for scores; the key in a diff path ("scores[o1,c1]")
///   names    for each key field, the list whose entry it refers to ("options,criteria"), in
///            the entry's item, so that a diff names a score "Option × Criterion"; empty: the
///            values name it
///   nameFormat  how a diff words an entry named by its key ("question %1"; translated in the
///            context archbench::core::ItemKinds); nullptr: the key's names alone
/// Lists of entries without identity (a drill's timeline) are compared whole and need no entry;
/// a list no kind declares is keyed by "id" (childKey()).
struct ChildList {
    const char *jsonKey;
    const char *noun;
    const char *key = "id";
    const char *names = "";
    const char *nameFormat = nullptr;
};

/// A set of kinds (ItemTraits::refersTo): one bit per ItemKind.
constexpr unsigned kindBit(ItemKind kind)
{
    return 1u << unsigned(kind);
}

/// What the layers need to know about one item type.
///   kind      its ItemKind
///   list()    its list inside ProjectData
///   jsonKey   its list in the JSON form (INTERCHANGE.md) and in diff paths ("decisions[d1]...")
///   table     its table in the project file (the parent of its child tables)
///   title()   the text it is listed by; empty when the user has not named it
///   reportAnchor  its section's anchor in a report is this + its id (nullptr: it has no
///             section of its own; lenses are shown in their reviews)
///   reportPart    the anchor of its part in a project report (nullptr: no part of its own)
///   partTitle, documentName, noun  its part's title ("Decisions"), what a document of one
///             such item is ("Architecture decision record"), and its word in a sentence
///             ("decision"); each translated in the context archbench::core::ItemKinds
///             (kindText())
///   countOne, countMany  "1 decision", "%1 decisions" (kindCount(); spelled out: there is
///             no English catalogue to resolve "%n decision(s)")
///   childLists    the keyed lists inside its JSON form, with their words (childNoun())
///   refersTo  the other kinds whose items its items refer to by id (kindBit()s: a review
///             names its lens), so that they come first where whole projects are applied
///             (kKindsReferredFirst)
template <typename T> struct ItemTraits;
template <> struct ItemTraits<Decision> {
    static constexpr const char *reportAnchor = "decision-";
    static constexpr const char *reportPart = "decisions";
    static constexpr const char *partTitle = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Decisions");
    static constexpr const char *documentName = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Architecture decision record");
    static constexpr const char *noun = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "decision");
    static constexpr const char *countOne = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "1 decision");
    static constexpr const char *countMany = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "%1 decisions");
    static constexpr std::array childLists{
        ChildList{"criteria", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "criterion")},
        ChildList{"options", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "option")},
        ChildList{"constraints", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "constraint")},
        ChildList{"scores", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "score"), "option,criterion", "options,criteria"},
        ChildList{"risks", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "risk")},
        ChildList{"revisitTriggers", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "revisit trigger")},
        ChildList{"ballots", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "ballot"), "participant"},
        ChildList{"weights", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "weight"), "criterion", "criteria"},
        ChildList{"pairwise", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "pairwise judgment"), "participant,a,b", ",criteria,criteria"},
        ChildList{"dissent", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "dissent"), "participant"},
    };
    static constexpr const char *jsonKey = "decisions";
    static constexpr unsigned refersTo = 0; // supersededBy names a decision: its own kind
    static constexpr ItemKind kind = ItemKind::Decision;
    static constexpr const char *table = "decision";
    static QList<Decision> &list(ProjectData &d) { return d.decisions; }
    static const QList<Decision> &list(const ProjectData &d) { return d.decisions; }
    static QString title(const Decision &item) { return item.title.trimmed(); }
};
template <> struct ItemTraits<Review> {
    static constexpr const char *reportAnchor = "review-";
    static constexpr const char *reportPart = "reviews";
    static constexpr const char *partTitle = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Well-Architected reviews");
    static constexpr const char *documentName = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Well-Architected review");
    static constexpr const char *noun = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "review");
    static constexpr const char *countOne = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "1 review");
    static constexpr const char *countMany = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "%1 reviews");
    static constexpr std::array childLists{
        ChildList{"answers", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "answer"), "question", "",
                  QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "question %1")},
        ChildList{"improvements", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "improvement")},
        ChildList{"milestones", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "milestone")},
    };
    static constexpr const char *jsonKey = "reviews";
    static constexpr unsigned refersTo = kindBit(ItemKind::Lens);
    static constexpr ItemKind kind = ItemKind::Review;
    static constexpr const char *table = "review";
    static QList<Review> &list(ProjectData &d) { return d.reviews; }
    static const QList<Review> &list(const ProjectData &d) { return d.reviews; }
    static QString title(const Review &item) { return item.title.trimmed(); }
};
template <> struct ItemTraits<LensRecord> {
    static constexpr const char *reportAnchor = nullptr;
    static constexpr const char *reportPart = nullptr;
    static constexpr const char *partTitle = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Lenses");
    static constexpr const char *documentName = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Lens");
    static constexpr const char *noun = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "lens");
    static constexpr const char *countOne = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "1 lens");
    static constexpr const char *countMany = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "%1 lenses");
    static constexpr std::array<ChildList, 0> childLists{};
    static constexpr const char *jsonKey = "lenses";
    static constexpr unsigned refersTo = 0;
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
    static constexpr const char *reportPart = "drills";
    static constexpr const char *partTitle = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Disaster-recovery drills");
    static constexpr const char *documentName = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Disaster-recovery drill report");
    static constexpr const char *noun = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "drill");
    static constexpr const char *countOne = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "1 drill");
    static constexpr const char *countMany = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "%1 drills");
    static constexpr std::array childLists{
        ChildList{"actionItems", QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "action item")},
    };
    static constexpr const char *jsonKey = "drills";
    static constexpr unsigned refersTo = 0;
    static constexpr ItemKind kind = ItemKind::Drill;
    static constexpr const char *table = "drill";
    static QList<Drill> &list(ProjectData &d) { return d.drills; }
    static const QList<Drill> &list(const ProjectData &d) { return d.drills; }
    static QString title(const Drill &item) { return item.title.trimmed(); }
};
template <> struct ItemTraits<CostModel> {
    static constexpr const char *reportAnchor = "costmodel-";
    static constexpr const char *reportPart = "cost-models";
    static constexpr const char *partTitle = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Cost models");
    static constexpr const char *documentName = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "Cost model");
    static constexpr const char *noun = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "cost model");
    static constexpr const char *countOne = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "1 cost model");
    static constexpr const char *countMany = QT_TRANSLATE_NOOP("archbench::core::ItemKinds", "%1 cost models");
    static constexpr std::array<ChildList, 0> childLists{}; // its lists are compared whole
    static constexpr const char *jsonKey = "costModels";
    static constexpr unsigned refersTo = 0;
    static constexpr ItemKind kind = ItemKind::CostModel;
    static constexpr const char *table = "cost_model";
    static QList<CostModel> &list(ProjectData &d) { return d.costModels; }
    static const QList<CostModel> &list(const ProjectData &d) { return d.costModels; }
    static QString title(const CostModel &item) { return item.title.trimmed(); }
};

/// Every item type, in the order the project lists them: the one list a new kind joins.
using ItemTypes = std::tuple<Decision, Review, LensRecord, Drill, CostModel>;

namespace detail {
template <typename Types> struct KindsOf;
template <typename... T> struct KindsOf<std::tuple<T...>> {
    static constexpr std::array<ItemKind, sizeof...(T)> value{ItemTraits<T>::kind...};
    static constexpr std::array<unsigned, sizeof...(T)> refers{ItemTraits<T>::refersTo...};
};

template <typename F, typename First, typename... Rest>
decltype(auto) visitKindAmong(ItemKind kind, F &f, std::type_identity<First>, std::type_identity<Rest>...)
{
    if constexpr (sizeof...(Rest) == 0) {
        // ItemKind values come from this program only (never cast from a file), and every one
        // is in ItemTypes (the static_assert below): the last type is `kind`'s
        Q_ASSERT(kind == ItemTraits<First>::kind);
        return f(std::type_identity<First>{});
    } else {
        if (kind == ItemTraits<First>::kind)
            return f(std::type_identity<First>{});
        return visitKindAmong(kind, f, std::type_identity<Rest>{}...);
    }
}

template <typename F, typename... T> decltype(auto) visitKindIn(ItemKind kind, F &f, std::type_identity<std::tuple<T...>>)
{
    return visitKindAmong(kind, f, std::type_identity<T>{}...);
}

constexpr bool kindsAreDistinct(const auto &kinds)
{
    for (std::size_t i = 0; i < kinds.size(); ++i)
        for (std::size_t j = i + 1; j < kinds.size(); ++j)
            if (kinds[i] == kinds[j])
                return false;
    return true;
}
template <std::size_t N> struct KindOrder {
    std::array<ItemKind, N> kinds{};
    std::size_t placed = 0; ///< fewer than N: the kinds left refer to each other in a circle
};

/// `kinds` reordered so that each comes after every other kind its `refers` mask names, and
/// otherwise in the given order.
template <std::size_t N>
constexpr KindOrder<N> referredFirst(const std::array<ItemKind, N> &kinds, const std::array<unsigned, N> &refers)
{
    KindOrder<N> order;
    unsigned done = 0;
    bool progress = true;
    while (order.placed < N && progress) {
        progress = false;
        for (std::size_t i = 0; i < N; ++i) {
            const unsigned others = refers[i] & ~kindBit(kinds[i]);
            if ((done & kindBit(kinds[i])) || (others & ~done))
                continue;
            order.kinds[order.placed++] = kinds[i];
            done |= kindBit(kinds[i]);
            progress = true;
            break;
        }
    }
    return order;
}
} // namespace detail

/// Every kind, in the order the project lists them (ItemTypes').
inline constexpr auto kAllKinds = detail::KindsOf<ItemTypes>::value;
static_assert(detail::kindsAreDistinct(kAllKinds), "every item type has its own ItemKind");
static_assert(kAllKinds.size() == kItemKindCount, "every ItemKind has its item type in ItemTypes");

/// Every kind, each after the kinds its items refer to (ItemTraits::refersTo: lenses before
/// reviews): the order in which a whole project's items are added, and reversed, removed, so
/// that no reference is ever left dangling on the way.
inline constexpr auto kKindsReferredFirst = detail::referredFirst(kAllKinds, detail::KindsOf<ItemTypes>::refers).kinds;
static_assert(detail::referredFirst(kAllKinds, detail::KindsOf<ItemTypes>::refers).placed == kItemKindCount,
              "item kinds must not refer to each other in a circle (ItemTraits::refersTo)");

/// Calls `f(std::type_identity<T>{})` with T the item type of `kind`, and returns its result.
/// What code reading or writing items of any kind uses instead of a switch over the kinds.
template <typename F> decltype(auto) visitKind(ItemKind kind, F &&f)
{
    return detail::visitKindIn(kind, f, std::type_identity<ItemTypes>{});
}

/// Calls `f(std::type_identity<T>{})` for every item type, in kAllKinds' order.
template <typename F> void forEachKind(F &&f)
{
    for (ItemKind kind : kAllKinds)
        visitKind(kind, f);
}

/// A kind's text `text` (one of its ItemTraits' partTitle, documentName, noun), translated.
inline QString kindText(const char *text)
{
    return QCoreApplication::translate("archbench::core::ItemKinds", text);
}

/// "1 decision", "3 decisions": `n` items of `kind`, translated.
QString kindCount(ItemKind kind, qsizetype n);

/// The word for one entry of the list `list` inside an item of `kind`'s JSON form
/// (ItemTraits::childLists), translated; empty when the kind has no such list.
QString childNoun(ItemKind kind, QStringView list);

/// How the entries of the JSON list `list` are told apart and named, from the ChildList of
/// that key (every kind's lists share one set of keys: a key declared twice is declared alike,
/// tst_itemkinds): the key fields and, for each, the sibling list its value refers to (empty
/// string: none). A list no kind declares is keyed by its entries' "id", referring to nothing.
struct ChildKey {
    QStringList fields;
    QStringList refersTo;
    const char *nameFormat = nullptr; ///< ChildList::nameFormat, untranslated (kindText())
};
const ChildKey &childKey(const QString &list);

/// The key of the entry `entry` of the JSON list `list` (childKey): the values of its key
/// fields joined with commas ("o1,c1", a diff path's "scores[o1,c1]"); empty when it has none
/// of them (not an object, or no id).
QString childEntryKey(const QString &list, const QJsonObject &entry);

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
