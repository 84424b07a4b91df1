#include "itemcopy.h"

#include "project.h"

#include <QHash>

namespace archbench::core {

namespace {
/// Gives `id` a new value and remembers the old one's replacement.
void renew(QString &id, QHash<QString, QString> &map)
{
    const QString fresh = Project::newId();
    map.insert(id, fresh);
    id = fresh;
}

/// The new id for `old`, or `old` itself when it is not an id of the copied item.
QString mapped(const QHash<QString, QString> &map, const QString &old)
{
    return map.value(old, old);
}
} // namespace

QString ItemCopy::copyTitle(const QString &title)
{
    return title.trimmed().isEmpty() ? title : tr("%1 (copy)").arg(title);
}

Decision ItemCopy::duplicate(const Decision &decision)
{
    Decision d = decision;
    d.id = Project::newId();
    d.title = copyTitle(d.title);
    d.adrNumber = 0; // a new decision: it gets its own ADR number when first exported
    QHash<QString, QString> criteria, options, other;
    for (Criterion &c : d.criteria)
        renew(c.id, criteria);
    for (Option &o : d.options)
        renew(o.id, options);
    for (HardConstraint &k : d.constraints) {
        renew(k.id, other);
        for (QString &option : k.failedBy)
            option = mapped(options, option);
    }
    for (RevisitTrigger &t : d.revisitTriggers)
        renew(t.id, other);
    for (Score &s : d.scores) {
        s.option = mapped(options, s.option);
        s.criterion = mapped(criteria, s.criterion);
    }
    d.chosenOption = mapped(options, d.chosenOption);
    return d;
}

Review ItemCopy::duplicate(const Review &review)
{
    Review r = review;
    r.id = Project::newId();
    r.title = copyTitle(r.title);
    QHash<QString, QString> ids;
    for (Improvement &i : r.improvements)
        renew(i.id, ids);
    for (Milestone &m : r.milestones)
        renew(m.id, ids);
    return r;
}

Drill ItemCopy::duplicate(const Drill &drill)
{
    Drill d = drill;
    d.id = Project::newId();
    d.title = copyTitle(d.title);
    QHash<QString, QString> ids;
    for (ActionItem &a : d.actionItems)
        renew(a.id, ids);
    return d;
}

CostModel ItemCopy::duplicate(const CostModel &model)
{
    CostModel m = model;
    m.id = Project::newId();
    m.title = copyTitle(m.title);
    return m;
}

} // namespace archbench::core
