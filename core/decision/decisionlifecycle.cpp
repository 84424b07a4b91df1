#include "decisionlifecycle.h"

#include "core/project.h"

#include <QCoreApplication>
#include <QSet>

namespace archbench::core {

Decision DecisionLifecycle::create(const QString &title, const QDate &date)
{
    Decision d;
    d.id = Project::newId();
    d.title = title;
    d.date = date;
    return d;
}

Decision DecisionLifecycle::supersede(Decision old, const QString &successorId)
{
    old.status = DecisionStatus::Superseded;
    old.supersededBy = successorId;
    return old;
}

Decision DecisionLifecycle::withStatus(Decision decision, DecisionStatus status, const QString &successorId)
{
    if (status == DecisionStatus::Superseded) {
        const QString successor = successorId.isEmpty() ? decision.supersededBy : successorId;
        return supersede(std::move(decision), successor);
    }
    decision.status = status;
    decision.supersededBy.clear();
    return decision;
}

QStringList DecisionLifecycle::supersededDecisions(const ProjectData &data, const QString &decisionId)
{
    QStringList out;
    if (decisionId.isEmpty())
        return out;
    for (const Decision &d : data.decisions)
        if (d.supersededBy == decisionId)
            out << d.id;
    return out;
}

QString DecisionLifecycle::supersedeProblem(const ProjectData &data, const QString &decisionId,
                                           const QString &successorId)
{
    if (successorId == decisionId)
        return tr("A decision cannot supersede itself.");
    const auto byId = [&](const QString &id) -> const Decision * {
        for (const Decision &d : data.decisions)
            if (d.id == id)
                return &d;
        return nullptr;
    };
    if (!byId(successorId))
        return tr("The successor \"%1\" is not a decision of this project.")
            .arg(successorId);
    // Follow the successor's own chain: reaching decisionId again would make a loop.
    QSet<QString> seen;
    for (const Decision *d = byId(successorId); d && !d->supersededBy.isEmpty(); d = byId(d->supersededBy)) {
        if (d->supersededBy == decisionId)
            return tr("\"%1\" is itself superseded, directly or through others, by this decision.")
                .arg(byId(successorId)->title);
        if (seen.contains(d->id))
            break;
        seen.insert(d->id);
    }
    return {};
}

QStringList DecisionLifecycle::possibleSuccessors(const ProjectData &data, const QString &decisionId)
{
    QStringList out;
    for (const Decision &d : data.decisions)
        if (supersedeProblem(data, decisionId, d.id).isEmpty())
            out << d.id;
    return out;
}

bool DecisionLifecycle::isActive(const Decision &decision)
{
    return decision.status == DecisionStatus::Proposed || decision.status == DecisionStatus::Accepted;
}

} // namespace archbench::core
