// Export to the interchange JSON. Strings are always written (absent = empty); optional
// numbers and dates are left out when absent. QJsonObject sorts keys, so output is stable.
#include "interchange.h"
#include "../model/itemkinds.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace archbench::core::interchange {

namespace {

void putDate(QJsonObject &o, const QString &key, const QDate &d)
{
    if (d.isValid())
        o.insert(key, d.toString(Qt::ISODate));
}

void putTimestamp(QJsonObject &o, const QString &key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(key, t.toString(Qt::ISODateWithMs));
}

void putNumber(QJsonObject &o, const QString &key, const std::optional<double> &v)
{
    if (v)
        o.insert(key, *v);
}

template <typename T, typename Fn> QJsonArray array(const QList<T> &items, Fn fn)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(fn(item));
    return a;
}

QJsonObject framingObject(const Framing &f)
{
    return QJsonObject{
        {QStringLiteral("users"), f.users}, {QStringLiteral("scale"), f.scale},
        {QStringLiteral("data"), f.data}, {QStringLiteral("latency"), f.latency},
        {QStringLiteral("availability"), f.availability}, {QStringLiteral("budget"), f.budget},
        {QStringLiteral("team"), f.team}, {QStringLiteral("timeline"), f.timeline},
        {QStringLiteral("integration"), f.integration}, {QStringLiteral("compliance"), f.compliance},
        {QStringLiteral("outOfScope"), f.outOfScope}, {QStringLiteral("success"), f.success},
    };
}

QJsonObject projectObject(const ProjectInfo &p)
{
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("owner"), p.owner},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
        {QStringLiteral("framing"), framingObject(p.framing)},
        {QStringLiteral("requirements"), array(p.requirements, [](const Requirement &q) {
             return QJsonObject{{QStringLiteral("id"), q.id},
                                {QStringLiteral("kind"), enumToString(q.kind)},
                                {QStringLiteral("text"), q.text},
                                {QStringLiteral("target"), q.target}};
         })},
    };
    putTimestamp(o, QStringLiteral("created"), p.created);
    putTimestamp(o, QStringLiteral("modified"), p.modified);
    if (p.lastAdrNumber > 0)
        o.insert(QStringLiteral("lastAdrNumber"), p.lastAdrNumber);
    if (!p.mergeConflicts.isEmpty())
        o.insert(QStringLiteral("mergeConflicts"), array(p.mergeConflicts, [](const MergeConflictRecord &c) {
                     return QJsonObject{{QStringLiteral("path"), c.path},
                                        {QStringLiteral("base"), c.base},
                                        {QStringLiteral("ours"), c.ours},
                                        {QStringLiteral("theirs"), c.theirs}};
                 }));
    return o;
}

QJsonObject triggerObject(const RevisitTrigger &t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("category"), enumToString(t.category)},
                  {QStringLiteral("condition"), t.condition},
                  {QStringLiteral("metric"), t.metric}};
    if (t.comparator != Comparator::None)
        o.insert(QStringLiteral("comparator"), enumToString(t.comparator));
    putNumber(o, QStringLiteral("threshold"), t.threshold);
    putNumber(o, QStringLiteral("currentValue"), t.currentValue);
    putDate(o, QStringLiteral("reviewBy"), t.reviewBy);
    return o;
}

/// Version 1's plain list of names while everyone is a decision-maker (so such files read in
/// older versions); the version 2 objects with a role once anyone is consulted or informed.
QJsonArray participantsArray(const Decision &d)
{
    if (d.consulted.isEmpty() && d.informed.isEmpty())
        return QJsonArray::fromStringList(d.participants);
    QJsonArray out;
    auto add = [&out](const QStringList &names, const char *role) {
        for (const QString &name : names)
            out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), QString::fromLatin1(role)}});
    };
    add(d.participants, "decision-maker");
    add(d.consulted, "consulted");
    add(d.informed, "informed");
    return out;
}

QJsonObject scoreObject(const Score &s)
{
    return QJsonObject{{QStringLiteral("option"), s.option},
                       {QStringLiteral("criterion"), s.criterion},
                       {QStringLiteral("value"), s.value},
                       {QStringLiteral("rationale"), s.rationale}};
}

/// The version 2 group fields, each only when it holds something (so a decision without
/// them writes exactly what version 1 wrote).
void putGroup(QJsonObject &o, const Decision &d)
{
    if (!d.attendees.isEmpty())
        o.insert(QStringLiteral("attendees"), QJsonArray::fromStringList(d.attendees));
    if (!d.ballots.isEmpty())
        o.insert(QStringLiteral("ballots"), array(d.ballots, [](const Ballot &b) {
                     QJsonObject ballot{{QStringLiteral("participant"), b.participant}};
                     putTimestamp(ballot, QStringLiteral("submitted"), b.submitted);
                     if (!b.weights.isEmpty())
                         ballot.insert(QStringLiteral("weights"), array(b.weights, [](const BallotWeight &w) {
                                           return QJsonObject{{QStringLiteral("criterion"), w.criterion},
                                                              {QStringLiteral("weight"), w.weight}};
                                       }));
                     ballot.insert(QStringLiteral("scores"), array(b.scores, scoreObject));
                     return ballot;
                 }));
    if (!d.ballots.isEmpty() || d.aggregation != Aggregation::Mean)
        o.insert(QStringLiteral("aggregation"), enumToString(d.aggregation));
    if (!d.pairwise.isEmpty())
        o.insert(QStringLiteral("pairwise"), array(d.pairwise, [](const PairwiseJudgment &j) {
                     QJsonObject judgment{{QStringLiteral("a"), j.a}, {QStringLiteral("b"), j.b},
                                          {QStringLiteral("value"), j.value}};
                     if (!j.participant.isEmpty())
                         judgment.insert(QStringLiteral("participant"), j.participant);
                     return judgment;
                 }));
    if (!d.dissent.isEmpty())
        o.insert(QStringLiteral("dissent"), array(d.dissent, [](const Dissent &x) {
                     return QJsonObject{{QStringLiteral("participant"), x.participant},
                                        {QStringLiteral("text"), x.text}};
                 }));
}

QJsonObject itemObject(const Decision &d)
{
    QJsonObject o{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("status"), enumToString(d.status)},
        {QStringLiteral("supersededBy"), d.supersededBy},
        {QStringLiteral("doorType"), enumToString(d.doorType)},
        {QStringLiteral("participants"), participantsArray(d)},
        {QStringLiteral("context"), d.context},
        {QStringLiteral("problem"), d.problem},
        {QStringLiteral("constraintsText"), d.constraintsText},
        {QStringLiteral("tradeoffsText"), d.tradeoffsText},
        {QStringLiteral("recommendation"), d.recommendation},
        {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), d.scale.min},
                                              {QStringLiteral("max"), d.scale.max}}},
        {QStringLiteral("criteria"), array(d.criteria, [](const Criterion &c) {
             return QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                {QStringLiteral("weight"), c.weight},
                                {QStringLiteral("description"), c.description}};
         })},
        {QStringLiteral("options"), array(d.options, [](const Option &op) {
             return QJsonObject{{QStringLiteral("id"), op.id}, {QStringLiteral("name"), op.name},
                                {QStringLiteral("description"), op.description},
                                {QStringLiteral("doNothing"), op.doNothing}};
         })},
        {QStringLiteral("constraints"), array(d.constraints, [](const HardConstraint &k) {
             return QJsonObject{{QStringLiteral("id"), k.id}, {QStringLiteral("text"), k.text},
                                {QStringLiteral("failedBy"), QJsonArray::fromStringList(k.failedBy)}};
         })},
        {QStringLiteral("scores"), array(d.scores, scoreObject)},
        {QStringLiteral("chosenOption"), d.chosenOption},
        {QStringLiteral("tradeoffsAccepted"), QJsonArray::fromStringList(d.tradeoffsAccepted)},
        {QStringLiteral("risks"), array(d.risks, [](const Risk &k) {
             return QJsonObject{{QStringLiteral("text"), k.text},
                                {QStringLiteral("mitigation"), k.mitigation}};
         })},
        {QStringLiteral("revisitTriggers"), array(d.revisitTriggers, triggerObject)},
    };
    putDate(o, QStringLiteral("date"), d.date);
    if (d.adrNumber > 0)
        o.insert(QStringLiteral("adrNumber"), d.adrNumber);
    if (!d.notes.isEmpty())
        o.insert(QStringLiteral("notes"), d.notes);
    putGroup(o, d);
    return o;
}

QJsonArray answersArray(const QList<Answer> &answers)
{
    return array(answers, [](const Answer &a) {
        QJsonObject o{{QStringLiteral("question"), a.question},
                      {QStringLiteral("selected"), QJsonArray::fromStringList(a.selected)},
                      {QStringLiteral("notApplicable"), a.notApplicable},
                      {QStringLiteral("notes"), a.notes}};
        if (a.notApplicableReason != NotApplicableReason::None)
            o.insert(QStringLiteral("notApplicableReason"), enumToString(a.notApplicableReason));
        return o;
    });
}

QJsonObject itemObject(const Review &w)
{
    QJsonObject o{
        {QStringLiteral("id"), w.id},
        {QStringLiteral("title"), w.title},
        {QStringLiteral("lens"), w.lens},
        {QStringLiteral("answers"), answersArray(w.answers)},
        {QStringLiteral("improvements"), array(w.improvements, [](const Improvement &m) {
             QJsonObject i{{QStringLiteral("id"), m.id}, {QStringLiteral("question"), m.question},
                           {QStringLiteral("text"), m.text}, {QStringLiteral("owner"), m.owner},
                           {QStringLiteral("status"), enumToString(m.status)}};
             putDate(i, QStringLiteral("due"), m.due);
             return i;
         })},
        {QStringLiteral("milestones"), array(w.milestones, [](const Milestone &m) {
             QJsonObject i{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name},
                           {QStringLiteral("answers"), answersArray(m.answers)}};
             putDate(i, QStringLiteral("date"), m.date);
             return i;
         })},
    };
    putDate(o, QStringLiteral("date"), w.date);
    return o;
}

QJsonObject itemObject(const LensRecord &l)
{
    return QJsonObject{{QStringLiteral("id"), l.id},
                       {QStringLiteral("version"), l.version},
                       {QStringLiteral("definition"), l.definition}};
}

QJsonObject itemObject(const Drill &x)
{
    QJsonObject targets;
    putNumber(targets, QStringLiteral("rtoMinutes"), x.targets.rtoMinutes);
    putNumber(targets, QStringLiteral("rpoSeconds"), x.targets.rpoSeconds);
    QJsonObject measured;
    putNumber(measured, QStringLiteral("detectMinutes"), x.measured.detectMinutes);
    putNumber(measured, QStringLiteral("decideMinutes"), x.measured.decideMinutes);
    putNumber(measured, QStringLiteral("recoverMinutes"), x.measured.recoverMinutes);
    putNumber(measured, QStringLiteral("dataLossSeconds"), x.measured.dataLossSeconds);
    QJsonObject o{
        {QStringLiteral("id"), x.id},
        {QStringLiteral("title"), x.title},
        {QStringLiteral("scenario"), enumToString(x.scenario)},
        {QStringLiteral("description"), x.description},
        {QStringLiteral("traffic"), enumToString(x.traffic)},
        {QStringLiteral("trafficPercent"), x.trafficPercent},
        {QStringLiteral("tier"), enumToString(x.tier)},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("measured"), measured},
        {QStringLiteral("timeline"), array(x.timeline, [](const TimelineEvent &e) {
             QJsonObject i{{QStringLiteral("event"), e.event}};
             putTimestamp(i, QStringLiteral("at"), e.at);
             return i;
         })},
        {QStringLiteral("findings"), array(x.findings, [](const Finding &f) {
             return QJsonObject{{QStringLiteral("planSays"), f.planSays},
                                {QStringLiteral("drillRevealed"), f.drillRevealed}};
         })},
        {QStringLiteral("actionItems"), array(x.actionItems, [](const ActionItem &a) {
             QJsonObject i{{QStringLiteral("id"), a.id}, {QStringLiteral("text"), a.text},
                           {QStringLiteral("owner"), a.owner},
                           {QStringLiteral("status"), enumToString(a.status)}};
             putDate(i, QStringLiteral("due"), a.due);
             return i;
         })},
    };
    putDate(o, QStringLiteral("date"), x.date);
    return o;
}

QJsonObject itemObject(const CostModel &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("kind"), enumToString(m.kind)},
                  {QStringLiteral("title"), m.title}};
    switch (m.kind) {
    case CostModelKind::Latency:
        o.insert(QStringLiteral("baselineLatencyMs"), m.baselineLatencyMs);
        o.insert(QStringLiteral("targetLatencyMs"), m.targetLatencyMs);
        putNumber(o, QStringLiteral("monthlyRevenue"), m.monthlyRevenue);
        putNumber(o, QStringLiteral("conversionGainPer100ms"), m.conversionGainPer100ms);
        o.insert(QStringLiteral("steps"), array(m.steps, [](const LatencyStep &s) {
                     return QJsonObject{{QStringLiteral("name"), s.name},
                                        {QStringLiteral("monthlyCost"), s.monthlyCost},
                                        {QStringLiteral("latencyAfterMs"), s.latencyAfterMs}};
                 }));
        break;
    case CostModelKind::Crossover:
        o.insert(QStringLiteral("loadUnit"), m.loadUnit);
        o.insert(QStringLiteral("loadRange"), QJsonObject{{QStringLiteral("from"), m.loadFrom},
                                                         {QStringLiteral("to"), m.loadTo}});
        if (m.logLoadScale) // optional, linear when absent
            o.insert(QStringLiteral("loadScale"), QStringLiteral("log"));
        o.insert(QStringLiteral("options"), array(m.options, [](const ComputeOption &c) {
                     QJsonObject i{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("pricing"), enumToString(c.pricing)},
                                   {QStringLiteral("fixedMonthly"), c.fixedMonthly}};
                     // both pricing groups are written, so switching pricing loses nothing
                     i.insert(QStringLiteral("pricePerMillionRequests"), c.pricePerMillionRequests);
                     i.insert(QStringLiteral("avgDurationMs"), c.avgDurationMs);
                     i.insert(QStringLiteral("memoryGb"), c.memoryGb);
                     i.insert(QStringLiteral("pricePerGbSecond"), c.pricePerGbSecond);
                     i.insert(QStringLiteral("capacityPerInstance"), c.capacityPerInstance);
                     i.insert(QStringLiteral("pricePerInstanceMonthly"), c.pricePerInstanceMonthly);
                     i.insert(QStringLiteral("minInstances"), c.minInstances);
                     i.insert(QStringLiteral("reservedDiscountPercent"), c.reservedDiscountPercent);
                     return i;
                 }));
        break;
    case CostModelKind::Reserved:
        o.insert(QStringLiteral("onDemandMonthly"), m.onDemandMonthly);
        o.insert(QStringLiteral("oneYearDiscountPercent"), m.oneYearDiscountPercent);
        o.insert(QStringLiteral("threeYearDiscountPercent"), m.threeYearDiscountPercent);
        o.insert(QStringLiteral("savingsPlanDiscountPercent"), m.savingsPlanDiscountPercent);
        break;
    }
    return o;
}

} // namespace

QJsonObject toJsonObject(const ProjectData &data)
{
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("archbench-project")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("project"), projectObject(data.project)},
    };
    // each kind's list under its jsonKey, written by its itemObject() overload (itemkinds.h)
    forEachKind([&](auto type) {
        using T = typename decltype(type)::type;
        o.insert(QString::fromLatin1(ItemTraits<T>::jsonKey),
                 array(ItemTraits<T>::list(data), [](const T &item) { return itemObject(item); }));
    });
    return o;
}

QByteArray toJson(const ProjectData &data)
{
    return QJsonDocument(toJsonObject(data)).toJson(QJsonDocument::Indented);
}

} // namespace archbench::core::interchange
