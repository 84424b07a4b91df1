#include "project.h"
#include "log.h"

#include <QUuid>

namespace archbench::core {

Project::Project(ProjectData data, QObject *parent) : QObject(parent), m_data(std::move(data)) {}

void Project::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

bool Project::setInfo(const ProjectInfo &info)
{
    if (m_readOnly || m_data.project == info)
        return false;
    m_data.project = info;
    if (m_store)
        report(m_store->writeInfo(m_data.project));
    emit infoChanged();
    emitModified();
    return true;
}

QString Project::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Project::persistItem(ItemKind kind, const QString &id, bool orderChanged)
{
    if (!m_store)
        return;
    report(m_store->writeItem(m_data, kind, id));
    if (orderChanged)
        report(m_store->writeOrder(m_data, kind));
}

void Project::persistDecision(const Decision &before, const Decision &after)
{
    if (m_store)
        report(m_store->replaceDecision(m_data, before, after));
}

void Project::persistRemoval(ItemKind kind, const QString &id)
{
    if (m_store)
        report(m_store->removeItem(kind, id));
}

void Project::persistOrder(ItemKind kind)
{
    if (m_store)
        report(m_store->writeOrder(m_data, kind));
}

void Project::report(const Expected<void> &result)
{
    if (result.ok())
        return;
    AB_LOG_WARN("working copy write failed: {}", result.error().message);
    emit storageFailed(result.error().message);
}

void Project::emitModified()
{
    emit modified();
}

} // namespace archbench::core
