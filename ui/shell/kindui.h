#pragma once
// How the shell shows each item kind: its icon, its words and whether the project tree lists
// it. One line per kind in kKindUi; the tree, the tabs, the titles and the inspector read it
// instead of switching over the kinds (docs/architecture.md, "Adding a kind").

#include "core/model/itemkinds.h"

#include <QtGlobal>
#include <array>

namespace archbench::ui {

struct KindUi {
    core::ItemKind kind;
    const char *icon;     ///< resources/icons/<icon>.svg; empty: none
    const char *singular; ///< translated in the context archbench::ui::ItemTitles
    const char *plural;
    const char *untitled; ///< an item without a title is shown so; nullptr: by its id
    bool inTree;          ///< a group of its own in the project tree, in this table's order, and a
                          ///< page in the Inspector (a lens is shown inside its review instead)
};

inline constexpr std::array kKindUi{
    KindUi{core::ItemKind::Decision, "decision", QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Decision"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Decisions"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled decision"), true},
    KindUi{core::ItemKind::Review, "review", QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Review"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Reviews"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled review"), true},
    KindUi{core::ItemKind::Drill, "drill", QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Drill"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Drills"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled drill"), true},
    KindUi{core::ItemKind::CostModel, "cost", QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Cost model"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Cost models"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Untitled cost model"), true},
    // lenses are listed under the reviews that use them
    KindUi{core::ItemKind::Lens, "", QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Lens"),
           QT_TRANSLATE_NOOP("archbench::ui::ItemTitles", "Lenses"), nullptr, false},
};
static_assert(
    [] {
        for (core::ItemKind kind : core::kAllKinds) {
            int lines = 0;
            for (const KindUi &k : kKindUi)
                lines += k.kind == kind ? 1 : 0;
            if (lines != 1)
                return false;
        }
        return kKindUi.size() == core::kAllKinds.size();
    }(),
    "every kind has exactly one line in kKindUi");

/// The line of `kind`.
constexpr const KindUi &kindUi(core::ItemKind kind)
{
    for (const KindUi &k : kKindUi)
        if (k.kind == kind)
            return k;
    return kKindUi.front(); // every kind has a line (static_assert above)
}

/// The kinds the project tree lists, each a group, in order.
constexpr int kTreeKindCount = [] {
    int n = 0;
    for (const KindUi &k : kKindUi)
        n += k.inTree ? 1 : 0;
    return n;
}();

} // namespace archbench::ui
