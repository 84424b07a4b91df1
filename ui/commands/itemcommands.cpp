#include "itemcommands.h"

#include <QSet>

#include "core/itemcopy.h"

#include <QCoreApplication>
#include <type_traits>

namespace archbench::ui::commands {

namespace {
template <typename T> constexpr bool kCopyable = !std::is_same_v<T, core::LensRecord>;
} // namespace

SetProjectInfoCommand::SetProjectInfoCommand(core::Project *project, core::ProjectInfo before,
                                             core::ProjectInfo after, const QString &text,
                                             QString mergeKey)
    : QUndoCommand(text), m_project(project), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{
}

void SetProjectInfoCommand::redo() { m_project->setInfo(m_after); }
void SetProjectInfoCommand::undo() { m_project->setInfo(m_before); }
int SetProjectInfoCommand::id() const { return m_mergeKey.isEmpty() ? -1 : SetProjectInfoId; }

bool SetProjectInfoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetProjectInfoCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

bool setProjectInfo(QUndoStack *stack, core::Project *project, const core::ProjectInfo &after,
                    const QString &text, const QString &mergeKey)
{
    if (project->isReadOnly() || project->info() == after)
        return false;
    stack->push(new SetProjectInfoCommand(project, project->info(), after, text, mergeKey));
    return true;
}

namespace {

/// Inserts and replaces the items of type T so that every item of `wanted` is there.
template <typename T> int addAndReplace(QUndoStack *stack, core::Project *project, const QList<T> &wanted, const QString &text)
{
    int changed = 0;
    for (int i = 0; i < wanted.size(); ++i) {
        const T &item = wanted[i];
        if (!project->find<T>(item.id))
            changed += insertItem(stack, project, std::min(i, int(project->items<T>().size())), item, text) ? 1 : 0;
        else
            changed += replaceItem(stack, project, item, text) ? 1 : 0;
    }
    return changed;
}

/// Removes the items of type T that `wanted` does not have, then puts the rest in its order.
template <typename T> int removeAndOrder(QUndoStack *stack, core::Project *project, const QList<T> &wanted, const QString &text)
{
    int changed = 0;
    QSet<QString> keep;
    for (const T &item : wanted)
        keep.insert(item.id);
    QStringList gone;
    for (const T &item : project->items<T>())
        if (!keep.contains(item.id))
            gone << item.id;
    for (const QString &id : std::as_const(gone))
        changed += removeItem<T>(stack, project, id, text) ? 1 : 0;
    for (int i = 0; i < wanted.size(); ++i) // items only move up: the places before i are final
        if (project->indexOf<T>(wanted[i].id) != i)
            changed += moveItem<T>(stack, project, wanted[i].id, i, text) ? 1 : 0;
    return changed;
}

} // namespace

int applyProjectData(QUndoStack *stack, core::Project *project, const core::ProjectData &target, const QString &text)
{
    if (project->isReadOnly() || project->data() == target)
        return 0; // nothing to do: no empty step on the undo stack
    stack->beginMacro(text);
    // everything the target has first (lenses before the reviews that use them), then what it
    // no longer has, users before what they used: no view sees a reference to a missing item
    int changed = 0;
    for (core::ItemKind kind : core::kKindsReferredFirst)
        core::visitKind(kind, [&](auto type) {
            using T = typename decltype(type)::type;
            changed += addAndReplace(stack, project, core::ItemTraits<T>::list(target), text);
        });
    for (auto kind = core::kKindsReferredFirst.rbegin(); kind != core::kKindsReferredFirst.rend(); ++kind)
        core::visitKind(*kind, [&](auto type) {
            using T = typename decltype(type)::type;
            changed += removeAndOrder(stack, project, core::ItemTraits<T>::list(target), text);
        });
    changed += setProjectInfo(stack, project, target.project, text) ? 1 : 0;
    stack->endMacro();
    return changed;
}

std::pair<int, int> itemPosition(const core::Project &project, core::ItemKind kind, const QString &id)
{
    return core::visitKind(kind, [&](auto type) {
        using T = typename decltype(type)::type;
        return std::pair<int, int>{project.indexOf<T>(id), int(project.items<T>().size())};
    });
}

QString deleteRefusal(const core::Project &project, core::ItemKind kind, const QString &id)
{
    if (kind != core::ItemKind::Lens)
        return {};
    QStringList users;
    for (const core::Review &r : project.data().reviews)
        if (r.lens == id)
            users << QStringLiteral("\u201C%1\u201D").arg(r.title);
    if (users.isEmpty())
        return {};
    if (users.size() == 1)
        return QCoreApplication::translate("archbench::ui::commands",
                                           "The lens cannot be deleted: the review %1 uses it. Delete that review first.")
            .arg(users.first());
    return QCoreApplication::translate("archbench::ui::commands",
                                       "The lens cannot be deleted: the reviews %1 use it. Delete those reviews first.")
        .arg(users.join(QStringLiteral(", ")));
}

QStringList decisionsSupersededBy(const core::Project &project, const QString &decisionId)
{
    QStringList ids;
    for (const core::Decision &d : project.data().decisions)
        if (d.id != decisionId && d.supersededBy == decisionId)
            ids << d.id;
    return ids;
}

bool deleteItem(QUndoStack *stack, core::Project *project, core::ItemKind kind, const QString &id, const QString &text)
{
    if (project->isReadOnly() || !deleteRefusal(*project, kind, id).isEmpty())
        return false;
    return core::visitKind(kind, [&](auto type) {
        using T = typename decltype(type)::type;
        const int index = project->indexOf<T>(id);
        if (index < 0)
            return false;
        const QStringList linked = kind == core::ItemKind::Decision ? decisionsSupersededBy(*project, id) : QStringList();
        stack->beginMacro(text);
        for (const QString &other : linked) {
            core::Decision cleared = *project->find<core::Decision>(other);
            cleared.supersededBy.clear();
            stack->push(new ReplaceItemCommand<core::Decision>(project, *project->find<core::Decision>(other), cleared,
                                                               text, {}));
        }
        stack->push(new RemoveItemCommand<T>(project, project->items<T>()[index], index, text));
        stack->endMacro();
        return true;
    });
}

QString duplicateItem(QUndoStack *stack, core::Project *project, core::ItemKind kind, const QString &id,
                      const QString &text)
{
    if (project->isReadOnly())
        return {};
    return core::visitKind(kind, [&](auto type) -> QString {
        using T = typename decltype(type)::type;
        if constexpr (!kCopyable<T>) {
            return {};
        } else {
            const int index = project->indexOf<T>(id);
            if (index < 0)
                return {};
            const T copy = core::ItemCopy::duplicate(project->items<T>()[index]);
            return insertItem(stack, project, index + 1, copy, text) ? copy.id : QString();
        }
    });
}

bool moveItemBy(QUndoStack *stack, core::Project *project, core::ItemKind kind, const QString &id, int delta,
                const QString &text)
{
    return core::visitKind(kind, [&](auto type) {
        using T = typename decltype(type)::type;
        const int from = project->indexOf<T>(id);
        return from >= 0 && moveItem<T>(stack, project, id, from + delta, text);
    });
}

} // namespace archbench::ui::commands
