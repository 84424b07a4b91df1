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
    return visitKind(kind, [&](auto type) { return indexOf<typename decltype(type)::type>(id); });
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

namespace archbench::core {

ItemParts changedParts(const Decision &before, const Decision &after)
{
    // Lists compare in constant time while they still share their data (an edit copies only
    // the list it changes), so this is cheap for the usual one-field edit.
    ItemParts parts;
    if (before.title != after.title)
        parts |= ItemPart::Title;
    if (before.status != after.status || before.supersededBy != after.supersededBy || before.doorType != after.doorType
        || before.date != after.date || before.participants != after.participants || before.consulted != after.consulted
        || before.informed != after.informed || before.context != after.context || before.problem != after.problem
        || before.constraintsText != after.constraintsText || before.tradeoffsText != after.tradeoffsText
        || before.recommendation != after.recommendation || before.chosenOption != after.chosenOption
        || before.tradeoffsAccepted != after.tradeoffsAccepted || before.notes != after.notes
        || before.adrNumber != after.adrNumber)
        parts |= ItemPart::Record;
    if (before.scale != after.scale || before.options != after.options)
        parts |= ItemPart::Structure;
    if (before.criteria != after.criteria) {
        // a weight typed changes only the weights; a criterion added, removed, moved or
        // renamed changes the structure (and the weights when it came or went with one)
        bool structure = before.criteria.size() != after.criteria.size();
        bool weights = structure;
        for (qsizetype i = 0; !structure && i < before.criteria.size(); ++i) {
            Criterion a = before.criteria[i];
            weights = weights || a.weight != after.criteria[i].weight;
            a.weight = after.criteria[i].weight;
            structure = !(a == after.criteria[i]);
        }
        if (structure)
            parts |= ItemPart::Structure;
        if (weights)
            parts |= ItemPart::Weights;
    }
    if (before.scores != after.scores)
        parts |= ItemPart::Scores;
    if (before.constraints != after.constraints || before.risks != after.risks)
        parts |= ItemPart::Constraints;
    if (before.revisitTriggers != after.revisitTriggers)
        parts |= ItemPart::Triggers;
    if (before.attendees != after.attendees || before.ballots != after.ballots || before.aggregation != after.aggregation
        || before.pairwise != after.pairwise || before.dissent != after.dissent)
        parts |= ItemPart::Meeting;
    // a field none of the above names (one added later) still counts, as everything
    if (before.id != after.id || (!parts && !(before == after)))
        parts = ItemPart::All;
    return parts;
}

} // namespace archbench::core
