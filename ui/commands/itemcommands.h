#pragma once
// The command façade: editors call these functions, never a QUndoCommand constructor.
// Every user edit is one command that swaps a whole item (decision, review, drill, cost
// model, lens) or the project info between two values through the core Project API, so
// undo/redo is exact and commands never touch views.
//
// Typing into one field merges into one undo step: pass the same `mergeKey` (a field name
// such as "title" or "score:o1:c2") for consecutive edits of the same item.
//
// Deleting, duplicating and moving whole items (deleteItem, duplicateItem, moveItemBy) take
// the item's kind and id and are one undo step each, links to a deleted item included.

#include "core/project.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace archbench::ui::commands {

/// QUndoCommand::id() values; the only place merge ids live. Replacing an item of kind K
/// merges under FirstReplaceId + int(K): one id per kind, whatever kinds there are.
enum CommandId {
    FirstReplaceId = 1,
    SetProjectInfoId = FirstReplaceId + int(core::kAllKinds.size()),
};

template <typename T> constexpr int replaceCommandId()
{
    return FirstReplaceId + int(core::ItemTraits<T>::kind);
}

template <typename T> class ReplaceItemCommand : public QUndoCommand {
public:
    ReplaceItemCommand(core::Project *project, T before, T after, const QString &text,
                       QString mergeKey)
        : QUndoCommand(text), m_project(project), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {
    }
    /// The first redo is the edit itself: typing (a merge key) is written after a pause
    /// (core::Persist::AfterPause). Undo and redo from the stack are written at once.
    void redo() override
    {
        const bool typing = !m_pushed && !m_mergeKey.isEmpty();
        m_pushed = true;
        m_project->replace(m_after, typing ? core::Persist::AfterPause : core::Persist::Now, m_mergeKey);
    }
    void undo() override { m_project->replace(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : replaceCommandId<T>(); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ReplaceItemCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    core::Project *m_project;
    T m_before;
    T m_after;
    QString m_mergeKey;
    bool m_pushed = false;
};

template <typename T> class InsertItemCommand : public QUndoCommand {
public:
    InsertItemCommand(core::Project *project, int index, T item, const QString &text)
        : QUndoCommand(text), m_project(project), m_index(index), m_item(std::move(item))
    {
    }
    void redo() override { m_project->insert(m_index, m_item); }
    void undo() override { m_project->template remove<T>(m_item.id); }

private:
    core::Project *m_project;
    int m_index;
    T m_item;
};

template <typename T> class RemoveItemCommand : public QUndoCommand {
public:
    RemoveItemCommand(core::Project *project, const T &item, int index, const QString &text)
        : QUndoCommand(text), m_project(project), m_index(index), m_item(item)
    {
    }
    void redo() override { m_project->template remove<T>(m_item.id); }
    void undo() override { m_project->insert(m_index, m_item); }

private:
    core::Project *m_project;
    int m_index;
    T m_item;
};

template <typename T> class MoveItemCommand : public QUndoCommand {
public:
    MoveItemCommand(core::Project *project, QString id, int from, int to, const QString &text)
        : QUndoCommand(text), m_project(project), m_id(std::move(id)), m_from(from), m_to(to)
    {
    }
    void redo() override { m_project->template move<T>(m_id, m_to); }
    void undo() override { m_project->template move<T>(m_id, m_from); }

private:
    core::Project *m_project;
    QString m_id;
    int m_from;
    int m_to;
};

class SetProjectInfoCommand : public QUndoCommand {
public:
    SetProjectInfoCommand(core::Project *project, core::ProjectInfo before, core::ProjectInfo after,
                          const QString &text, QString mergeKey);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::Project *m_project;
    core::ProjectInfo m_before;
    core::ProjectInfo m_after;
    QString m_mergeKey;
};

/// Replaces the item with `after.id` by `after`. No-op (returns false) when read-only,
/// unknown or unchanged.
template <typename T>
bool replaceItem(QUndoStack *stack, core::Project *project, const T &after, const QString &text,
                 const QString &mergeKey = {})
{
    const T *before = project->find<T>(after.id);
    if (project->isReadOnly() || !before || *before == after)
        return false;
    stack->push(new ReplaceItemCommand<T>(project, *before, after, text, mergeKey));
    return true;
}

template <typename T>
bool insertItem(QUndoStack *stack, core::Project *project, int index, const T &item,
                const QString &text)
{
    if (project->isReadOnly() || item.id.isEmpty() || project->find<T>(item.id))
        return false;
    stack->push(new InsertItemCommand<T>(project, index, item, text));
    return true;
}

template <typename T>
bool removeItem(QUndoStack *stack, core::Project *project, const QString &id, const QString &text)
{
    const int index = project->indexOf<T>(id);
    if (project->isReadOnly() || index < 0)
        return false;
    stack->push(new RemoveItemCommand<T>(project, project->items<T>()[index], index, text));
    return true;
}

template <typename T>
bool moveItem(QUndoStack *stack, core::Project *project, const QString &id, int to,
              const QString &text)
{
    const int from = project->indexOf<T>(id);
    if (project->isReadOnly() || from < 0 || to < 0 || to >= project->items<T>().size() || to == from)
        return false;
    stack->push(new MoveItemCommand<T>(project, id, from, to, text));
    return true;
}

bool setProjectInfo(QUndoStack *stack, core::Project *project, const core::ProjectInfo &after,
                    const QString &text, const QString &mergeKey = {});

/// Makes the project hold `target` as one undo step `text` (a merge that came in): items added,
/// changed, removed and reordered by id, then the project's own fields. Returns how many items
/// and fields changed; 0 pushes nothing.
int applyProjectData(QUndoStack *stack, core::Project *project, const core::ProjectData &target, const QString &text);

// Whole-item operations of the Project tree and Edit menu (delete, duplicate, move), by kind.

/// Where the item stands among the items of its kind: {index, count}; index −1 when unknown.
std::pair<int, int> itemPosition(const core::Project &project, core::ItemKind kind, const QString &id);

/// Why the item cannot be deleted (a lens that a review uses), or empty when it can.
QString deleteRefusal(const core::Project &project, core::ItemKind kind, const QString &id);

/// Ids of the decisions whose supersededBy names `decisionId`: deleteItem clears those links.
QStringList decisionsSupersededBy(const core::Project &project, const QString &decisionId);

/// Deletes the item as one undo step `text`; the links decisionsSupersededBy() names are
/// cleared in the same step, so undo brings both back. False when read-only, unknown or
/// refused (deleteRefusal()).
bool deleteItem(QUndoStack *stack, core::Project *project, core::ItemKind kind, const QString &id,
                const QString &text);

/// Inserts core::ItemCopy::duplicate() of the item right after it, as one undo step `text`.
/// Returns the copy's id; empty when read-only, unknown, or a lens (lenses are not copied).
QString duplicateItem(QUndoStack *stack, core::Project *project, core::ItemKind kind, const QString &id,
                      const QString &text);

/// Moves the item one place up (`delta` −1) or down (+1) among the items of its kind.
/// False at either end, when read-only or unknown.
bool moveItemBy(QUndoStack *stack, core::Project *project, core::ItemKind kind, const QString &id, int delta,
                const QString &text);

} // namespace archbench::ui::commands
