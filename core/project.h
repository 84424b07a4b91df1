#pragma once
// The document: one open project. It owns the ProjectData, is the only way to change it, and
// tells the world about each change with a fine-grained signal. Every change is handed to the
// attached ProjectStore (one committed transaction per edit), at once, with one exception:
// typing. A replace marked Persist::AfterPause (a keystroke merged into the undo step of one
// field) reaches the store after kWritePause of quiet, or at once when anything else happens
// first: another field or item, any other change, a save, flushPendingWrites() (the UI calls
// it when the focus leaves a field), and never later than kWriteLatestMs. So a crash loses at
// most the last pause (at worst 2 s) of typing in one field, and a word typed is one write, not one per letter.
//
//   UI edit -> ui::commands (QUndoCommand) -> Project::replace<T>() -> ProjectStore::writeItem()
//                                                  \-> itemEdited({kind, id, parts}) -> views that
//                                                       show only some parts
//                                                  \-> itemChanged(kind, id) -> models, charts
//
// A replace says which parts of the item changed (ItemParts: a decision's scores, weights,
// record fields, ...), so a view repaints only what it shows, and a project-wide list updates
// only the changed item's rows. Finding an item by id is a hash lookup.
//
// Invariants: item ids are unique within their kind; a read-only project refuses every change.

#include "expected.h"
#include "model/itemkinds.h"
#include "projectstore.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QElapsedTimer>
#include <QTimer>
#include <optional>
#include <type_traits>
#include <utility>
#include <algorithm>
#include <array>

namespace archbench::core {

/// When a replace reaches the store.
enum class Persist {
    Now,        ///< in this call
    AfterPause, ///< typing: after Project::kWritePauseMs without another keystroke in the field
};

/// The parts of an item an edit can change (a decision's are told apart; the other kinds say
/// All). A view that shows only some parts skips the edits that touch none of them.
enum class ItemPart : quint32 {
    Title = 0x1,      ///< the item's title (the tree, the tabs, every list that names it)
    Record = 0x2,     ///< a decision's record: status, door type, date, people, texts, choice, notes
    Structure = 0x4,  ///< a decision's criteria and options (names, order) and its scale
    Weights = 0x8,    ///< a decision's criterion weights
    Scores = 0x10,    ///< a decision's agreed scores and their rationales
    Constraints = 0x20, ///< a decision's hard constraints and risks
    Triggers = 0x40,  ///< a decision's revisit triggers
    Meeting = 0x80,   ///< a decision's ballots, aggregation, pairwise judgments, attendees, dissent
    Content = 0x40000000, ///< anything of another kind of item
    All = 0x7fffffff,
};
Q_DECLARE_FLAGS(ItemParts, ItemPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(ItemParts)

/// What one change did: the item (kind and id) and which of its parts.
struct ItemChange {
    ItemKind kind = ItemKind::Decision;
    QString id;
    ItemParts parts = ItemPart::All;
};

/// The parts in which two versions of a decision differ (none when they are equal).
ItemParts changedParts(const Decision &before, const Decision &after);

class Project : public QObject {
    Q_OBJECT
public:
    explicit Project(ProjectData data = {}, QObject *parent = nullptr);

    /// How long typing must pause before its edits are written (docs/storage.md).
    static constexpr int kWritePauseMs = 500;
    /// The longest typing waits, even without a pause.
    static constexpr int kWriteLatestMs = 2000;

    const ProjectData &data() const { return m_data; }
    const ProjectInfo &info() const { return m_data.project; }

    /// Attaches the store that receives every change (may be null). Not owned. Writes still
    /// waiting for a pause go to the previous store first.
    void setStore(ProjectStore *store);
    ProjectStore *store() const { return m_store; }

    /// Writes the typing that waits for its pause now. Cheap when nothing waits.
    void flushPendingWrites();
    /// True while typing waits for its pause (the store lags the data by that one item).
    bool hasPendingWrites() const { return m_pending.has_value(); }
    /// True once a write to the store failed: the store lacks something, and later writes
    /// (which send only what changed) do not repair it. Whoever saves rewrites the whole.
    bool storeIsBehind() const { return m_storeBehind; }
    void setStoreCaughtUp() { m_storeBehind = false; }

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    bool setInfo(const ProjectInfo &info);

    template <typename T> const QList<T> &items() const { return ItemTraits<T>::list(m_data); }

    /// The item's position in its list, or -1. A hash lookup (the map is rebuilt after an
    /// insert, a removal or a move of that kind).
    template <typename T> int indexOf(const QString &id) const
    {
        const auto &list = items<T>();
        QHash<QString, int> &index = m_index[int(ItemTraits<T>::kind)];
        if (index.size() != list.size()) {
            index.clear();
            index.reserve(list.size());
            for (int i = 0; i < list.size(); ++i)
                index.insert(list[i].id, i);
        }
        const auto it = index.constFind(id);
        return it == index.cend() ? -1 : *it;
    }

    /// indexOf() for an item of `kind`.
    int indexOfItem(ItemKind kind, const QString &id) const;

    template <typename T> const T *find(const QString &id) const
    {
        const int i = indexOf<T>(id);
        return i < 0 ? nullptr : &items<T>()[i];
    }

    /// Inserts `item` at `index` (clamped). Refused when read-only or the id is taken.
    template <typename T> bool insert(int index, const T &item)
    {
        if (m_readOnly || item.id.isEmpty() || indexOf<T>(item.id) >= 0)
            return false;
        flushPendingWrites();
        auto &list = ItemTraits<T>::list(m_data);
        index = std::clamp(index, 0, int(list.size()));
        list.insert(index, item);
        m_index[int(ItemTraits<T>::kind)].clear();
        persistItem(ItemTraits<T>::kind, item.id, index != list.size() - 1);
        emit itemInserted(ItemTraits<T>::kind, item.id);
        emitModified();
        return true;
    }

    /// Replaces the item with the same id. Returns false if there is none, or nothing changed.
    /// With Persist::AfterPause, `field` names what is being typed (a change of field writes
    /// the previous one at once).
    template <typename T> bool replace(const T &item, Persist when = Persist::Now, const QString &field = {})
    {
        const int i = indexOf<T>(item.id);
        if (m_readOnly || i < 0)
            return false;
        auto &list = ItemTraits<T>::list(m_data);
        if (list[i] == item)
            return false;
        const ItemKind kind = ItemTraits<T>::kind;
        ItemChange change{kind, item.id, ItemPart::All};
        if constexpr (std::is_same_v<T, Decision>)
            change.parts = changedParts(list[i], item);
        else if constexpr (requires { item.title; }) {
            if (list[i].title == item.title)
                change.parts = ItemPart::Content;
        }
        if (m_pending && (when == Persist::Now || m_pending->kind != kind || m_pending->id != item.id
                          || m_pending->field != field))
            flushPendingWrites();
        if (when == Persist::AfterPause && m_store) {
            if (!m_pending) {
                m_pending = Pending{kind, item.id, field, {}};
                m_pendingSince.start();
                if constexpr (std::is_same_v<T, Decision>)
                    m_pending->stored = list[i]; // what the store holds: the write compares with it
            }
            list[i] = item;
            // A pause, but never more than kWriteLatestMs behind however fast the typing.
            m_writePause.start(std::max(0, std::min(kWritePauseMs, kWriteLatestMs - int(m_pendingSince.elapsed()))));
            emit itemEdited(change);
            emit itemChanged(kind, item.id);
            emitModified();
            return true;
        }
        if constexpr (std::is_same_v<T, Decision>) {
            const Decision before = std::exchange(list[i], item); // shares its lists: no deep copy
            persistDecision(before, list[i]);
        } else {
            list[i] = item;
            persistItem(ItemTraits<T>::kind, item.id, false);
        }
        emit itemEdited(change);
        emit itemChanged(ItemTraits<T>::kind, item.id);
        emitModified();
        return true;
    }

    template <typename T> bool remove(const QString &id)
    {
        const int i = indexOf<T>(id);
        if (m_readOnly || i < 0)
            return false;
        flushPendingWrites();
        ItemTraits<T>::list(m_data).removeAt(i);
        m_index[int(ItemTraits<T>::kind)].clear();
        persistRemoval(ItemTraits<T>::kind, id);
        emit itemRemoved(ItemTraits<T>::kind, id);
        emitModified();
        return true;
    }

    template <typename T> bool move(const QString &id, int newIndex)
    {
        const int i = indexOf<T>(id);
        auto &list = ItemTraits<T>::list(m_data);
        if (m_readOnly || i < 0 || newIndex < 0 || newIndex >= list.size() || newIndex == i)
            return false;
        flushPendingWrites();
        list.move(i, newIndex);
        m_index[int(ItemTraits<T>::kind)].clear();
        persistOrder(ItemTraits<T>::kind);
        emit itemsReordered(ItemTraits<T>::kind);
        emitModified();
        return true;
    }

    /// A new unique id (a UUID without braces).
    static QString newId();

signals:
    void infoChanged();
    void itemInserted(archbench::core::ItemKind kind, const QString &id);
    /// An item was replaced; `change` says which parts differ. Emitted just before itemChanged.
    void itemEdited(const archbench::core::ItemChange &change);
    void itemChanged(archbench::core::ItemKind kind, const QString &id);
    void itemRemoved(archbench::core::ItemKind kind, const QString &id);
    void itemsReordered(archbench::core::ItemKind kind);
    /// Any change at all (after the specific signal).
    void modified();
    void readOnlyChanged(bool readOnly);
    /// The store refused a write; the in-memory change stands, the message says why.
    void storageFailed(const QString &message);

private:
    void persistItem(ItemKind kind, const QString &id, bool orderChanged);
    void persistDecision(const Decision &before, const Decision &after);
    void persistRemoval(ItemKind kind, const QString &id);
    void persistOrder(ItemKind kind);
    void report(const Expected<void> &result);
    void emitModified();

    /// Typing that has not reached the store yet: one item, one field.
    struct Pending {
        ItemKind kind;
        QString id;
        QString field;
        std::optional<Decision> stored; ///< a decision as the store holds it
    };

    ProjectData m_data;
    /// id -> position, per kind; emptied by every insert, removal and move, rebuilt on lookup.
    mutable std::array<QHash<QString, int>, 5> m_index;
    ProjectStore *m_store = nullptr;
    bool m_readOnly = false;
    std::optional<Pending> m_pending;
    bool m_storeBehind = false;
    QTimer m_writePause;
    QElapsedTimer m_pendingSince;
};

} // namespace archbench::core
