#pragma once
// One item of the open project as an editor, panel or table model sees it: read its current
// value, change it as exactly one undo command, and hear when it changed (an edit here or
// elsewhere, undo, redo), went away or came back, or when the project became read-only.
// Every edit of an item's editors goes through an ItemHandle, so "find the item, copy it,
// change the copy, push a command" is written once; a read-only project or a removed item
// refuses the edit.
//
//   ItemHandle<core::Drill> drill(project, undoStack, drillId);
//   drill.edit(tr("Change RTO target"), [&](core::Drill &d) { d.targets.rtoMinutes = 15; });

#include "core/project.h"
#include "ui/commands/itemcommands.h"

#include <QObject>
#include <QPointer>

#include <concepts>
#include <functional>

class QUndoStack;

namespace archbench::ui {

/// The signals of an item handle (a template cannot declare signals).
class ItemHandleBase : public QObject {
    Q_OBJECT
public:
    ItemHandleBase(core::Project *project, QUndoStack *undoStack, core::ItemKind kind, const QString &id,
                   QObject *parent = nullptr);

    core::Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    core::ItemKind kind() const { return m_kind; }
    QString id() const { return m_id; }
    /// No project, or a read-only one: every edit is refused.
    bool isReadOnly() const;

signals:
    /// The item changed (an edit here or elsewhere, undo, redo); `parts` says which parts
    /// (ItemPart::All when it came back from a removal).
    void changed(archbench::core::ItemParts parts);
    void removed();
    void readOnlyChanged(bool readOnly);

protected:
    QPointer<core::Project> m_project;
    QUndoStack *m_undoStack;
    core::ItemKind m_kind;
    QString m_id;
};

template <typename T> class ItemHandle : public ItemHandleBase {
public:
    ItemHandle(core::Project *project, QUndoStack *undoStack, const QString &id, QObject *parent = nullptr)
        : ItemHandleBase(project, undoStack, core::ItemTraits<T>::kind, id, parent)
    {
    }

    /// The item now, or nullptr once it has been removed.
    const T *item() const { return m_project ? m_project->template find<T>(m_id) : nullptr; }

    /// Applies `change` to a copy and pushes it as one undo command named `undoText` (typing
    /// merges by `mergeKey`). `change` may return false to cancel. Returns true when something
    /// changed.
    template <typename F> bool edit(const QString &undoText, F &&change, const QString &mergeKey = {})
    {
        const T *current = item();
        if (!current || isReadOnly() || !m_undoStack)
            return false;
        T next = *current;
        if constexpr (std::same_as<std::invoke_result_t<F, T &>, bool>) {
            if (!change(next))
                return false;
        } else {
            change(next);
        }
        return commands::replaceItem(m_undoStack, m_project.data(), next, undoText, mergeKey);
    }

    /// Replaces the item by `after` (same id) as one undo command.
    bool replace(const T &after, const QString &undoText, const QString &mergeKey = {})
    {
        if (!item() || isReadOnly() || !m_undoStack || after.id != m_id)
            return false;
        return commands::replaceItem(m_undoStack, m_project.data(), after, undoText, mergeKey);
    }
};

} // namespace archbench::ui
