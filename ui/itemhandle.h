#pragma once
// One item of the open project as an editor, panel or table model sees it: read its current
// value, change it as exactly one undo command, and hear when it changed (an edit here or
// elsewhere, undo, redo), went away or came back, or when the project became read-only.
// Every edit of an item's editors goes through an ItemHandle, so "find the item, copy it,
// change the copy, push a command" is written once; a read-only project or a removed item
// refuses the edit.
//
// The handles hear of changes through the ProjectDocument, which routes each change to the
// handles of the item that changed.
//
//   ItemHandle<core::Drill> drill(document, drillId);
//   drill.edit(tr("Change RTO target"), [&](core::Drill &d) { d.targets.rtoMinutes = 15; });

#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/projectdocument.h"

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
    ItemHandleBase(ProjectDocument *document, core::ItemKind kind, const QString &id, QObject *parent = nullptr);
    ~ItemHandleBase() override;

    ProjectDocument *document() const { return m_document; }
    core::Project *project() const;
    QUndoStack *undoStack() const;
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
    friend class ProjectDocument;
    ProjectDocument *m_document; ///< cleared by the document when it goes first
    core::ItemKind m_kind;
    QString m_id;
};

template <typename T> class ItemHandle : public ItemHandleBase {
public:
    ItemHandle(ProjectDocument *document, const QString &id, QObject *parent = nullptr)
        : ItemHandleBase(document, core::ItemTraits<T>::kind, id, parent)
    {
    }

    /// The item now, or nullptr once it has been removed.
    const T *item() const
    {
        const core::Project *p = project();
        return p ? p->template find<T>(m_id) : nullptr;
    }

    /// Applies `change` to a copy and pushes it as one undo command named `undoText` (typing
    /// merges by `mergeKey`). `change` may return false to cancel. Returns true when something
    /// changed.
    template <typename F> bool edit(const QString &undoText, F &&change, const QString &mergeKey = {})
    {
        const T *current = item();
        if (!current || isReadOnly())
            return false;
        T next = *current;
        if constexpr (std::same_as<std::invoke_result_t<F, T &>, bool>) {
            if (!change(next))
                return false;
        } else {
            change(next);
        }
        return commands::replaceItem(undoStack(), project(), next, undoText, mergeKey);
    }

    /// Replaces the item by `after` (same id) as one undo command.
    bool replace(const T &after, const QString &undoText, const QString &mergeKey = {})
    {
        if (!item() || isReadOnly() || after.id != m_id)
            return false;
        return commands::replaceItem(undoStack(), project(), after, undoText, mergeKey);
    }
};

} // namespace archbench::ui
