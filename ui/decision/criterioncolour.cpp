#include "criterioncolour.h"

#include "ui/charts/palette.h"
#include "core/model/decision.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace archbench::ui {

namespace {
constexpr int kSlots = 8; // palette::series has eight colours

int preferredSlot(const QString &id)
{
    // FNV-1a over the id's UTF-16: the same in every run (qHash is seeded per process)
    quint32 h = 2166136261u;
    for (const QChar ch : id) {
        h ^= ch.unicode();
        h *= 16777619u;
    }
    return int(h % kSlots);
}
} // namespace

QColor criterionColour(const core::Decision &decision, const QString &criterionId)
{
    // What this process has already shown, per decision: a criterion keeps the slot it was
    // first shown in while others are inserted, moved or removed. Charts are drawn on the GUI
    // thread only; the lock keeps a report thread honest should one ever draw.
    static QMutex lock;
    static QHash<QString, QHash<QString, int>> shown;
    // the slots of the criteria last asked about, per decision: the grid and the charts ask
    // once per criterion and cell, and the criteria rarely change between two questions
    struct Last {
        QStringList ids; ///< in the decision's order
        QHash<QString, int> slotOfId;
    };
    static QHash<QString, Last> last;
    const QMutexLocker locker(&lock);
    Last &cached = last[decision.id];
    const bool same = cached.ids.size() == decision.criteria.size()
        && std::equal(cached.ids.cbegin(), cached.ids.cend(), decision.criteria.cbegin(),
                      [](const QString &id, const core::Criterion &c) { return id == c.id; });
    if (same) {
        const auto it = cached.slotOfId.constFind(criterionId);
        return it == cached.slotOfId.cend() ? palette::muted() : palette::series(*it);
    }
    QHash<QString, int> &remembered = shown[decision.id];

    QStringList ids;
    ids.reserve(decision.criteria.size());
    for (const core::Criterion &c : decision.criteria)
        ids << c.id;
    std::sort(ids.begin(), ids.end());
    // with more criteria than colours each colour serves up to `capacity` of them
    const int capacity = std::max(1, int((ids.size() + kSlots - 1) / kSlots));
    int used[kSlots] = {};
    QHash<QString, int> slotOf;
    for (const QString &id : std::as_const(ids)) { // first those already shown, where they were
        const auto it = remembered.constFind(id);
        if (it != remembered.cend() && used[*it] < capacity) {
            slotOf.insert(id, *it);
            ++used[*it];
        }
    }
    for (const QString &id : std::as_const(ids)) { // then the new ones: their own slot or the next free
        if (slotOf.contains(id))
            continue;
        int slot = preferredSlot(id);
        while (used[slot] >= capacity)
            slot = (slot + 1) % kSlots;
        slotOf.insert(id, slot);
        remembered.insert(id, slot);
        ++used[slot];
    }
    cached.ids.clear();
    for (const core::Criterion &c : decision.criteria)
        cached.ids << c.id;
    cached.slotOfId = slotOf;
    const auto it = slotOf.constFind(criterionId);
    return it == slotOf.cend() ? palette::muted() : palette::series(*it);
}

} // namespace archbench::ui
