#include "project.h"
#include "log.h"

#include <QUuid>

namespace archbench::core {

Project::Project(ProjectData data, QObject *parent) : QObject(parent), m_data(std::move(data))
{
    m_writePause.setSingleShot(true);
    m_writePause.setInterval(kWritePauseMs);
    connect(&m_writePause, &QTimer::timeout, this, &Project::flushPendingWrites);
}

void Project::setStore(ProjectStore *store)
{
    if (store != m_store)
        flushPendingWrites();
    m_store = store;
}

void Project::flushPendingWrites()
{
    if (!m_pending)
        return;
    m_writePause.stop();
    Pending pending = std::move(*m_pending);
    m_pending.reset();
    if (!m_store)
        return;
    if (pending.kind == ItemKind::Decision) {
        if (const Decision *now = find<Decision>(pending.id); now && pending.stored)
            report(m_store->replaceDecision(m_data, *pending.stored, *now));
        return;
    }
    if (indexOfItem(pending.kind, pending.id) >= 0)
        report(m_store->writeItem(m_data, pending.kind, pending.id));
}

int Project::indexOfItem(ItemKind kind, const QString &id) const
{
    switch (kind) {
    case ItemKind::Decision: return indexOf<Decision>(id);
    case ItemKind::Review: return indexOf<Review>(id);
    case ItemKind::Lens: return indexOf<LensRecord>(id);
    case ItemKind::Drill: return indexOf<Drill>(id);
    case ItemKind::CostModel: return indexOf<CostModel>(id);
    }
    return -1;
}

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
    flushPendingWrites();
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
    m_storeBehind = true;
    AB_LOG_WARN("working copy write failed: {}", result.error().message);
    emit storageFailed(result.error().message);
}

void Project::emitModified()
{
    emit modified();
}

} // namespace archbench::core
