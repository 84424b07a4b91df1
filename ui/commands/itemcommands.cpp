#include "itemcommands.h"

namespace archbench::ui::commands {

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

} // namespace archbench::ui::commands
