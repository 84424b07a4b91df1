#include "itemhandle.h"

namespace archbench::ui {

ItemHandleBase::ItemHandleBase(core::Project *project, QUndoStack *undoStack, core::ItemKind kind,
                               const QString &id, QObject *parent)
    : QObject(parent), m_project(project), m_undoStack(undoStack), m_kind(kind), m_id(id)
{
    if (!project)
        return;
    connect(project, &core::Project::itemEdited, this, [this](const core::ItemChange &change) {
        if (change.kind == m_kind && change.id == m_id)
            emit changed(change.parts);
    });
    connect(project, &core::Project::itemInserted, this, [this](core::ItemKind kind, const QString &id) {
        if (kind == m_kind && id == m_id)
            emit changed(core::ItemPart::All); // an undone removal brought it back
    });
    connect(project, &core::Project::itemRemoved, this, [this](core::ItemKind kind, const QString &id) {
        if (kind == m_kind && id == m_id)
            emit removed();
    });
    connect(project, &core::Project::readOnlyChanged, this, &ItemHandleBase::readOnlyChanged);
}

bool ItemHandleBase::isReadOnly() const
{
    return !m_project || m_project->isReadOnly();
}

} // namespace archbench::ui
