#pragma once
// The base of every table model over one list inside an item (a drill's timeline, findings
// and action items; a cost model's latency steps and compute options). Written once here:
//
//   - reading: the item comes from its ItemHandle on every call, so the table shows the
//     document as it is now;
//   - writing: an edit copies the item, changes the copy and pushes it as one undo command
//     (`commit`, or the row helpers below); a read-only project or a removed item refuses it;
//   - following: a change of the item (an edit here or elsewhere, undo, redo) gives
//     dataChanged over the table when the row count stayed, a reset when it moved (row
//     signals would need a diff of the two lists for undo and redo; a reset is exact and the
//     editors restore their current row), and a change of read-only state repaints the flags.
//     A table that shows only some parts of the item (shownParts) ignores changes of the
//     others; one whose columns follow the item says so (shapeChanged); one that keeps its
//     rows to compare names the rows that changed (changedRows).
//
// A subclass says how many rows an item has (`rowsIn`) and what its cells show:
//
//   class FindingsModel : public ItemTableModel<core::Drill> {
//       int rowsIn(const core::Drill &d) const override { return int(d.findings.size()); }
//       ...
//       bool removeFindings(QList<int> rows)
//       { return removeRowsOf(&core::Drill::findings, rows, tr("Remove finding"), tr("Remove findings")); }
//   };
//
// and calls initializeRows() at the end of its constructor (rowsIn is virtual). The drill's and
// the cost model's tables own their handle; the decision editor's constraints, risks and
// triggers tables share the editor's DecisionHandle (held weakly: the editor may delete it
// first, and a table without it shows nothing and refuses edits).

#include "ui/itemhandle.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <optional>

namespace archbench::ui {

/// The signals and the row bookkeeping (a template cannot be a Q_OBJECT).
class ItemTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    QString itemId() const { return m_handle ? m_handle->id() : QString(); }
    /// No handle (a shared one its owner deleted first), no project, or a read-only one.
    bool isReadOnly() const { return !m_handle || m_handle->isReadOnly(); }
    core::Project *project() const { return m_handle ? m_handle->project() : nullptr; }
    QUndoStack *undoStack() const { return m_handle ? m_handle->undoStack() : nullptr; }

    /// The cached count: it only moves together with the reset signals.
    int rowCount(const QModelIndex &parent = {}) const override;
    /// Selectable, enabled, editable unless read-only; subclasses narrow it per column.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    /// Reads and edits the item through `handle`: owned (this model becomes its parent), or
    /// shared with the other panels of an editor and owned there.
    enum class Handle { Owned, Shared };
    ItemTableModelBase(ItemHandleBase *handle, Handle ownership, QObject *parent);
    ItemHandleBase *handleBase() const { return m_handle; }
    /// Call at the end of the subclass's constructor.
    void initializeRows();
    /// Every cell's data and flags may have changed (a setting the cells depend on).
    void allCellsChanged();
    /// The rows the item has now (0 once it has been removed).
    virtual int currentRowCount() const = 0;
    /// The parts of the item the table shows: a change of other parts leaves it alone (a
    /// decision's constraints table and a score key).
    virtual core::ItemParts shownParts() const { return core::ItemPart::All; }
    /// Whether the table changed its shape beyond its row count (its columns, the ids its
    /// rows stand for): the views are reset then. Compares only; recompute() takes it in.
    virtual bool shapeChanged() const { return false; }
    /// Whether the horizontal header shows the item's data (option names): it is repainted
    /// with the cells then.
    virtual bool headerFollowsItem() const { return false; }
    /// Recomputes cached derived figures; called before the view hears of a change.
    virtual void recompute() {}
    /// The rows whose cells the last recompute() found changed, for a table that keeps its
    /// rows to compare (the improvement plan: a keystroke in an answer's note changes the
    /// review, not the plan's rows); std::nullopt, the default, repaints every cell.
    virtual std::optional<QList<int>> changedRows() const { return std::nullopt; }
    /// Called once the views have heard of a change (to tell others what follows from it).
    virtual void refreshed() {}

private:
    void refresh(core::ItemParts parts);

    QPointer<ItemHandleBase> m_handle;
    int m_rows = 0;
};

template <typename T> class ItemTableModel : public ItemTableModelBase {
public:
    /// The item now, or nullptr once it has been removed (or its shared handle deleted).
    const T *item() const { return handleBase() ? handle().item() : nullptr; }

protected:
    ItemTableModel(ProjectDocument *document, const QString &itemId, QObject *parent)
        : ItemTableModelBase(new ItemHandle<T>(document, itemId), Handle::Owned, parent)
    {
    }
    /// Shares `handle` with the other panels of an editor (which own it).
    ItemTableModel(ItemHandle<T> *handle, QObject *parent) : ItemTableModelBase(handle, Handle::Shared, parent) {}

    ItemHandle<T> &handle() const { return *static_cast<ItemHandle<T> *>(handleBase()); }

    /// The number of rows `item` shows.
    virtual int rowsIn(const T &item) const = 0;
    int currentRowCount() const final
    {
        const T *current = item();
        return current ? rowsIn(*current) : 0;
    }

    /// Replaces the item by `edited` as one undo command; false when refused or unchanged.
    bool commit(const T &edited, const QString &undoText, const QString &mergeKey = {})
    {
        return handleBase() && handle().replace(edited, undoText, mergeKey);
    }

    /// Applies `change` to a copy of the item as one undo command (ItemHandle::edit); false
    /// when refused, cancelled or without a handle.
    template <typename F> bool editItem(const QString &undoText, F &&change, const QString &mergeKey = {})
    {
        return handleBase() && handle().edit(undoText, std::forward<F>(change), mergeKey);
    }

    /// Changes row `row` of `list` through `change` as one undo command.
    template <typename Row, typename F>
    bool editRow(QList<Row> T::*list, int row, const QString &undoText, F &&change)
    {
        return editItem(undoText, [&](T &edited) {
            QList<Row> &rows = edited.*list;
            if (row < 0 || row >= rows.size())
                return false;
            if constexpr (std::same_as<std::invoke_result_t<F, Row &>, bool>)
                return change(rows[row]);
            else
                change(rows[row]);
            return true;
        });
    }

    /// Inserts `value` into `list` at `row` (clamped; -1 appends); returns its row or -1.
    template <typename Row> int insertRowInto(QList<Row> T::*list, int row, Row value, const QString &undoText)
    {
        int at = -1;
        const bool done = editItem(undoText, [&](T &edited) {
            QList<Row> &rows = edited.*list;
            at = row < 0 ? int(rows.size()) : std::clamp(row, 0, int(rows.size()));
            rows.insert(at, std::move(value));
        });
        return done ? at : -1;
    }

    /// Removes `rows` (any order, repeats and rows out of range ignored) from `list` as one
    /// undo command named `one` or `many`.
    template <typename Row>
    bool removeRowsOf(QList<Row> T::*list, QList<int> rows, const QString &one, const QString &many)
    {
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        return editItem(rows.size() == 1 ? one : many, [&](T &edited) {
            QList<Row> &items = edited.*list;
            bool removed = false;
            for (int row : std::as_const(rows)) {
                if (row >= 0 && row < items.size()) {
                    items.removeAt(row);
                    removed = true;
                }
            }
            return removed;
        });
    }

    /// Moves row `from` of `list` to `to` as one undo command.
    template <typename Row> bool moveRowOf(QList<Row> T::*list, int from, int to, const QString &undoText)
    {
        return editItem(undoText, [&](T &edited) {
            QList<Row> &rows = edited.*list;
            if (from < 0 || to < 0 || from >= rows.size() || to >= rows.size() || from == to)
                return false;
            rows.move(from, to);
            return true;
        });
    }
};

} // namespace archbench::ui
