#include "projectdocument.h"

#include "itemhandle.h"

#include <QUndoStack>

namespace archbench::ui {

namespace {
QString key(core::ItemKind kind, const QString &id)
{
    return QString::number(int(kind)) + QLatin1Char('/') + id;
}
} // namespace

ProjectDocument::ProjectDocument(core::Project *project, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_project(project), m_undoStack(undoStack)
{
    if (!project)
        return;
    connect(project, &core::Project::itemEdited, this, [this](const core::ItemChange &change) {
        forHandles(change.kind, change.id, [&](ItemHandleBase *h) { emit h->changed(change.parts); });
    });
    connect(project, &core::Project::itemInserted, this, [this](core::ItemKind kind, const QString &id) {
        // an undone removal brought it back
        forHandles(kind, id, [](ItemHandleBase *h) { emit h->changed(core::ItemPart::All); });
    });
    // a deleted decision's analysis is let go; a new matrix is analysed again on demand
    connect(project, &core::Project::itemRemoved, this, [this](core::ItemKind kind, const QString &id) {
        forHandles(kind, id, [](ItemHandleBase *h) { emit h->removed(); });
        if (kind == core::ItemKind::Decision)
            m_analyses.forget(id);
    });
    connect(project, &core::Project::readOnlyChanged, this, [this](bool readOnly) {
        const QList<ItemHandleBase *> handles = m_handles.values();
        for (const QPointer<ItemHandleBase> &h : QList<QPointer<ItemHandleBase>>(handles.cbegin(), handles.cend()))
            if (h)
                emit h->readOnlyChanged(readOnly);
    });
}

ProjectDocument::~ProjectDocument()
{
    for (ItemHandleBase *h : std::as_const(m_handles))
        h->m_document = nullptr;
}

bool ProjectDocument::isReadOnly() const
{
    return !m_project || !m_undoStack || m_project->isReadOnly();
}

void ProjectDocument::attach(ItemHandleBase *handle)
{
    m_handles.insert(key(handle->kind(), handle->id()), handle);
}

void ProjectDocument::detach(ItemHandleBase *handle)
{
    m_handles.remove(key(handle->kind(), handle->id()), handle);
}

template <typename F> void ProjectDocument::forHandles(core::ItemKind kind, const QString &id, F &&f)
{
    // a slot may close an editor (and destroy its handles) or open one: work on a copy, and
    // skip the handles destroyed meanwhile
    const QList<ItemHandleBase *> handles = m_handles.values(key(kind, id));
    QList<QPointer<ItemHandleBase>> guarded;
    guarded.reserve(handles.size());
    for (auto it = handles.crbegin(); it != handles.crend(); ++it) // values() lists the newest first
        guarded << *it;
    for (const QPointer<ItemHandleBase> &h : std::as_const(guarded))
        if (h)
            f(h.data());
}

} // namespace archbench::ui
