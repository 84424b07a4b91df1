#include "itemhandle.h"

#include "projectdocument.h"

namespace archbench::ui {

ItemHandleBase::ItemHandleBase(ProjectDocument *document, core::ItemKind kind, const QString &id, QObject *parent)
    : QObject(parent), m_document(document), m_kind(kind), m_id(id)
{
    if (document)
        document->attach(this);
}

ItemHandleBase::~ItemHandleBase()
{
    if (m_document)
        m_document->detach(this);
}

core::Project *ItemHandleBase::project() const
{
    return m_document ? m_document->project() : nullptr;
}

QUndoStack *ItemHandleBase::undoStack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

bool ItemHandleBase::isReadOnly() const
{
    return !m_document || m_document->isReadOnly();
}

} // namespace archbench::ui
