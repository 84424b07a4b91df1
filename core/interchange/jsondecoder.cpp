// Import of the interchange JSON: types, spellings and numbers are checked while reading;
// references and cross-field rules are checked afterwards by validate().
#include "interchange.h"
#include "../model/itemkinds.h"
#include "jsonreader.h"
#include "jsonsplit.h"

#include <QCoreApplication>
#include <cmath>
#include <QJsonDocument>
#include <QJsonParseError>
#include <thread>

namespace archbench::core::interchange {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::interchange)
};

Framing readFraming(JsonReader &r, const QJsonObject &o, const JsonPath &path)
{
    Framing f;
    f.users = r.string(o, path, QStringLiteral("users"));
    f.scale = r.string(o, path, QStringLiteral("scale"));
    f.data = r.string(o, path, QStringLiteral("data"));
    f.latency = r.string(o, path, QStringLiteral("latency"));
    f.availability = r.string(o, path, QStringLiteral("availability"));
    f.budget = r.string(o, path, QStringLiteral("budget"));
    f.team = r.string(o, path, QStringLiteral("team"));
    f.timeline = r.string(o, path, QStringLiteral("timeline"));
    f.integration = r.string(o, path, QStringLiteral("integration"));
    f.compliance = r.string(o, path, QStringLiteral("compliance"));
    f.outOfScope = r.string(o, path, QStringLiteral("outOfScope"));
    f.success = r.string(o, path, QStringLiteral("success"));
    return f;
}

ProjectInfo readProject(JsonReader &r, const QJsonObject &o, const JsonPath &path)
{
    ProjectInfo p;
    p.id = r.string(o, path, QStringLiteral("id"), true);
    p.name = r.string(o, path, QStringLiteral("name"));
    p.description = r.string(o, path, QStringLiteral("description"));
    p.owner = r.string(o, path, QStringLiteral("owner"));
    const QString currency = r.string(o, path, QStringLiteral("currency"));
    p.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
    p.tags = r.stringList(o, path, QStringLiteral("tags"));
    p.created = r.timestamp(o, path, QStringLiteral("created"));
    p.modified = r.timestamp(o, path, QStringLiteral("modified"));
    p.lastAdrNumber = r.count(o, path, QStringLiteral("lastAdrNumber"), 0);
    p.framing = readFraming(r, r.object(o, path, QStringLiteral("framing")), path.field(QStringLiteral("framing")));
    const auto reqs = r.objects(o, path, QStringLiteral("requirements"));
    for (qsizetype i = 0; i < reqs.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("requirements"), i);
        Requirement q;
        q.id = r.string(reqs[i], at, QStringLiteral("id"), true);
        q.kind = r.enumValue(reqs[i], at, QStringLiteral("kind"), RequirementKind::Functional);
        q.text = r.string(reqs[i], at, QStringLiteral("text"));
        q.target = r.string(reqs[i], at, QStringLiteral("target"));
        p.requirements << q;
    }
    const auto conflicts = r.objects(o, path, QStringLiteral("mergeConflicts"));
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("mergeConflicts"), i);
        p.mergeConflicts << MergeConflictRecord{r.string(conflicts[i], at, QStringLiteral("path"), true),
                                                r.string(conflicts[i], at, QStringLiteral("base")),
                                                r.string(conflicts[i], at, QStringLiteral("ours")),
                                                r.string(conflicts[i], at, QStringLiteral("theirs"))};
    }
    return p;
}

/// Version 1's names (decision-makers) or version 2's objects with a name and a role.
void readParticipants(JsonReader &r, const QJsonObject &o, const JsonPath &path, Decision &d)
{
    const QString key = QStringLiteral("participants");
    const QJsonArray people = r.array(o, path, key);
    for (qsizetype i = 0; i < people.size() && !r.failed(); ++i) {
        const JsonPath at = path.at(key, i);
        if (people.at(i).isString()) {
            d.participants << people.at(i).toString();
            continue;
        }
        if (!people.at(i).isObject()) {
            r.fail(at, JsonReader::tr("must be a name or an object with a name and a role"));
            return;
        }
        const QJsonObject person = people.at(i).toObject();
        const QString name = r.string(person, at, QStringLiteral("name"));
        const QString role = r.string(person, at, QStringLiteral("role"));
        if (role.isEmpty() || role == QLatin1StringView("decision-maker"))
            d.participants << name;
        else if (role == QLatin1StringView("consulted"))
            d.consulted << name;
        else if (role == QLatin1StringView("informed"))
            d.informed << name;
        else
            r.fail(at.field(QStringLiteral("role")),
                   JsonReader::tr("\"%1\" is not one of decision-maker, consulted, informed").arg(role));
    }
}

QList<Score> readScores(JsonReader &r, const QJsonObject &o, const JsonPath &path)
{
    QList<Score> out;
    const auto scores = r.objects(o, path, QStringLiteral("scores"));
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("scores"), i);
        Score s;
        s.option = r.string(scores[i], at, QStringLiteral("option"), true);
        s.criterion = r.string(scores[i], at, QStringLiteral("criterion"), true);
        s.value = r.number(scores[i], at, QStringLiteral("value"), true);
        s.rationale = r.string(scores[i], at, QStringLiteral("rationale"));
        out << s;
    }
    return out;
}

/// The version 2 group fields: attendees, ballots, aggregation, pairwise judgments, dissent.
void readGroup(JsonReader &r, const QJsonObject &o, const JsonPath &path, Decision &d)
{
    d.attendees = r.stringList(o, path, QStringLiteral("attendees"));
    const auto ballots = r.objects(o, path, QStringLiteral("ballots"));
    for (qsizetype i = 0; i < ballots.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("ballots"), i);
        Ballot b;
        b.participant = r.string(ballots[i], at, QStringLiteral("participant"), true);
        b.submitted = r.timestamp(ballots[i], at, QStringLiteral("submitted"));
        const auto weights = r.objects(ballots[i], at, QStringLiteral("weights"));
        for (qsizetype j = 0; j < weights.size(); ++j) {
            const JsonPath wat = at.at(QStringLiteral("weights"), j);
            b.weights << BallotWeight{r.string(weights[j], wat, QStringLiteral("criterion"), true),
                                      r.number(weights[j], wat, QStringLiteral("weight"), true)};
        }
        b.scores = readScores(r, ballots[i], at);
        d.ballots << b;
    }
    d.aggregation = r.enumValue(o, path, QStringLiteral("aggregation"), Aggregation::Mean);
    const auto pairwise = r.objects(o, path, QStringLiteral("pairwise"));
    for (qsizetype i = 0; i < pairwise.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("pairwise"), i);
        PairwiseJudgment j;
        j.participant = r.string(pairwise[i], at, QStringLiteral("participant"));
        j.a = r.string(pairwise[i], at, QStringLiteral("a"), true);
        j.b = r.string(pairwise[i], at, QStringLiteral("b"), true);
        j.value = r.number(pairwise[i], at, QStringLiteral("value"), true);
        d.pairwise << j;
    }
    const auto dissent = r.objects(o, path, QStringLiteral("dissent"));
    for (qsizetype i = 0; i < dissent.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("dissent"), i);
        d.dissent << Dissent{r.string(dissent[i], at, QStringLiteral("participant")),
                             r.string(dissent[i], at, QStringLiteral("text"))};
    }
}

Decision readItem(JsonReader &r, const QJsonObject &o, const JsonPath &path, std::type_identity<Decision>)
{
    Decision d;
    d.id = r.string(o, path, QStringLiteral("id"), true);
    d.title = r.string(o, path, QStringLiteral("title"));
    d.status = r.enumValue(o, path, QStringLiteral("status"), DecisionStatus::Proposed);
    d.supersededBy = r.string(o, path, QStringLiteral("supersededBy"));
    d.doorType = r.enumValue(o, path, QStringLiteral("doorType"), DoorType::TwoWay);
    d.date = r.date(o, path, QStringLiteral("date"));
    readParticipants(r, o, path, d);
    d.notes = r.string(o, path, QStringLiteral("notes"));
    d.adrNumber = r.count(o, path, QStringLiteral("adrNumber"), 1);
    d.context = r.string(o, path, QStringLiteral("context"));
    d.problem = r.string(o, path, QStringLiteral("problem"));
    d.constraintsText = r.string(o, path, QStringLiteral("constraintsText"));
    d.tradeoffsText = r.string(o, path, QStringLiteral("tradeoffsText"));
    d.recommendation = r.string(o, path, QStringLiteral("recommendation"));
    const JsonPath scalePath = path.field(QStringLiteral("scale"));
    const QJsonObject scale = r.object(o, path, QStringLiteral("scale"));
    d.scale.min = r.number(scale, scalePath, QStringLiteral("min"), false, 1);
    d.scale.max = r.number(scale, scalePath, QStringLiteral("max"), false, 5);

    const auto criteria = r.objects(o, path, QStringLiteral("criteria"));
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("criteria"), i);
        Criterion c;
        c.id = r.string(criteria[i], at, QStringLiteral("id"), true);
        c.name = r.string(criteria[i], at, QStringLiteral("name"));
        c.weight = r.number(criteria[i], at, QStringLiteral("weight"), true);
        c.description = r.string(criteria[i], at, QStringLiteral("description"));
        d.criteria << c;
    }
    const auto options = r.objects(o, path, QStringLiteral("options"));
    for (qsizetype i = 0; i < options.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("options"), i);
        Option op;
        op.id = r.string(options[i], at, QStringLiteral("id"), true);
        op.name = r.string(options[i], at, QStringLiteral("name"));
        op.description = r.string(options[i], at, QStringLiteral("description"));
        op.doNothing = r.boolean(options[i], at, QStringLiteral("doNothing"));
        d.options << op;
    }
    const auto constraints = r.objects(o, path, QStringLiteral("constraints"));
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("constraints"), i);
        HardConstraint k;
        k.id = r.string(constraints[i], at, QStringLiteral("id"), true);
        k.text = r.string(constraints[i], at, QStringLiteral("text"));
        k.failedBy = r.stringList(constraints[i], at, QStringLiteral("failedBy"));
        d.constraints << k;
    }
    d.scores = readScores(r, o, path);
    d.chosenOption = r.string(o, path, QStringLiteral("chosenOption"));
    d.tradeoffsAccepted = r.stringList(o, path, QStringLiteral("tradeoffsAccepted"));
    const auto risks = r.objects(o, path, QStringLiteral("risks"));
    for (qsizetype i = 0; i < risks.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("risks"), i);
        d.risks << Risk{r.string(risks[i], at, QStringLiteral("text")),
                        r.string(risks[i], at, QStringLiteral("mitigation"))};
    }
    const auto triggers = r.objects(o, path, QStringLiteral("revisitTriggers"));
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("revisitTriggers"), i);
        RevisitTrigger t;
        t.id = r.string(triggers[i], at, QStringLiteral("id"), true);
        t.category = r.enumValue(triggers[i], at, QStringLiteral("category"), TriggerCategory::Scale, true);
        t.condition = r.string(triggers[i], at, QStringLiteral("condition"));
        t.metric = r.string(triggers[i], at, QStringLiteral("metric"));
        t.comparator = r.enumValue(triggers[i], at, QStringLiteral("comparator"), Comparator::None);
        t.threshold = r.optionalNumber(triggers[i], at, QStringLiteral("threshold"));
        t.currentValue = r.optionalNumber(triggers[i], at, QStringLiteral("currentValue"));
        t.reviewBy = r.date(triggers[i], at, QStringLiteral("reviewBy"));
        d.revisitTriggers << t;
    }
    readGroup(r, o, path, d);
    return d;
}

QList<Answer> readAnswers(JsonReader &r, const QJsonObject &o, const JsonPath &path)
{
    QList<Answer> out;
    const auto answers = r.objects(o, path, QStringLiteral("answers"));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("answers"), i);
        Answer a;
        a.question = r.string(answers[i], at, QStringLiteral("question"), true);
        a.selected = r.stringList(answers[i], at, QStringLiteral("selected"));
        a.notApplicable = r.boolean(answers[i], at, QStringLiteral("notApplicable"));
        a.notApplicableReason = r.enumValue(answers[i], at, QStringLiteral("notApplicableReason"),
                                            NotApplicableReason::None);
        a.notes = r.string(answers[i], at, QStringLiteral("notes"));
        out << a;
    }
    return out;
}

Review readItem(JsonReader &r, const QJsonObject &o, const JsonPath &path, std::type_identity<Review>)
{
    Review w;
    w.id = r.string(o, path, QStringLiteral("id"), true);
    w.title = r.string(o, path, QStringLiteral("title"));
    w.lens = r.string(o, path, QStringLiteral("lens"), true);
    w.date = r.date(o, path, QStringLiteral("date"));
    w.answers = readAnswers(r, o, path);
    const auto improvements = r.objects(o, path, QStringLiteral("improvements"));
    for (qsizetype i = 0; i < improvements.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("improvements"), i);
        Improvement m;
        m.id = r.string(improvements[i], at, QStringLiteral("id"), true);
        m.question = r.string(improvements[i], at, QStringLiteral("question"));
        m.text = r.string(improvements[i], at, QStringLiteral("text"));
        m.owner = r.string(improvements[i], at, QStringLiteral("owner"));
        m.due = r.date(improvements[i], at, QStringLiteral("due"));
        m.status = r.enumValue(improvements[i], at, QStringLiteral("status"), WorkStatus::Open);
        w.improvements << m;
    }
    const auto milestones = r.objects(o, path, QStringLiteral("milestones"));
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("milestones"), i);
        Milestone m;
        m.id = r.string(milestones[i], at, QStringLiteral("id"), true);
        m.name = r.string(milestones[i], at, QStringLiteral("name"));
        m.date = r.date(milestones[i], at, QStringLiteral("date"));
        m.answers = readAnswers(r, milestones[i], at);
        w.milestones << m;
    }
    return w;
}

LensRecord readItem(JsonReader &r, const QJsonObject &o, const JsonPath &path, std::type_identity<LensRecord>)
{
    LensRecord l;
    l.id = r.string(o, path, QStringLiteral("id"), true);
    l.version = r.string(o, path, QStringLiteral("version"));
    l.definition = r.object(o, path, QStringLiteral("definition"), true);
    return l;
}

Drill readItem(JsonReader &r, const QJsonObject &o, const JsonPath &path, std::type_identity<Drill>)
{
    Drill x;
    x.id = r.string(o, path, QStringLiteral("id"), true);
    x.title = r.string(o, path, QStringLiteral("title"));
    x.date = r.date(o, path, QStringLiteral("date"));
    x.scenario = r.enumValue(o, path, QStringLiteral("scenario"), DrillScenario::Other);
    x.description = r.string(o, path, QStringLiteral("description"));
    x.traffic = r.enumValue(o, path, QStringLiteral("traffic"), DrillTraffic::Synthetic);
    x.trafficPercent = r.number(o, path, QStringLiteral("trafficPercent"));
    x.tier = r.enumValue(o, path, QStringLiteral("tier"), DrTier::BackupRestore);
    const JsonPath tp = path.field(QStringLiteral("targets"));
    const QJsonObject targets = r.object(o, path, QStringLiteral("targets"));
    x.targets.rtoMinutes = r.optionalNumber(targets, tp, QStringLiteral("rtoMinutes"));
    x.targets.rpoSeconds = r.optionalNumber(targets, tp, QStringLiteral("rpoSeconds"));
    const JsonPath mp = path.field(QStringLiteral("measured"));
    const QJsonObject measured = r.object(o, path, QStringLiteral("measured"));
    x.measured.detectMinutes = r.optionalNumber(measured, mp, QStringLiteral("detectMinutes"));
    x.measured.decideMinutes = r.optionalNumber(measured, mp, QStringLiteral("decideMinutes"));
    x.measured.recoverMinutes = r.optionalNumber(measured, mp, QStringLiteral("recoverMinutes"));
    x.measured.dataLossSeconds = r.optionalNumber(measured, mp, QStringLiteral("dataLossSeconds"));
    const auto timeline = r.objects(o, path, QStringLiteral("timeline"));
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("timeline"), i);
        x.timeline << TimelineEvent{r.timestamp(timeline[i], at, QStringLiteral("at"), true),
                                    r.string(timeline[i], at, QStringLiteral("event"))};
    }
    const auto findings = r.objects(o, path, QStringLiteral("findings"));
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("findings"), i);
        x.findings << Finding{r.string(findings[i], at, QStringLiteral("planSays")),
                              r.string(findings[i], at, QStringLiteral("drillRevealed"))};
    }
    const auto actions = r.objects(o, path, QStringLiteral("actionItems"));
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const JsonPath at = path.at(QStringLiteral("actionItems"), i);
        ActionItem a;
        a.id = r.string(actions[i], at, QStringLiteral("id"), true);
        a.text = r.string(actions[i], at, QStringLiteral("text"));
        a.owner = r.string(actions[i], at, QStringLiteral("owner"));
        a.due = r.date(actions[i], at, QStringLiteral("due"));
        a.status = r.enumValue(actions[i], at, QStringLiteral("status"), WorkStatus::Open);
        x.actionItems << a;
    }
    return x;
}

CostModel readItem(JsonReader &r, const QJsonObject &o, const JsonPath &path, std::type_identity<CostModel>)
{
    CostModel m;
    m.id = r.string(o, path, QStringLiteral("id"), true);
    m.kind = r.enumValue(o, path, QStringLiteral("kind"), CostModelKind::Latency, true);
    m.title = r.string(o, path, QStringLiteral("title"));
    switch (m.kind) {
    case CostModelKind::Latency: {
        m.baselineLatencyMs = r.number(o, path, QStringLiteral("baselineLatencyMs"));
        m.targetLatencyMs = r.number(o, path, QStringLiteral("targetLatencyMs"));
        m.monthlyRevenue = r.optionalNumber(o, path, QStringLiteral("monthlyRevenue"));
        m.conversionGainPer100ms = r.optionalNumber(o, path, QStringLiteral("conversionGainPer100ms"));
        const auto steps = r.objects(o, path, QStringLiteral("steps"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const JsonPath at = path.at(QStringLiteral("steps"), i);
            m.steps << LatencyStep{r.string(steps[i], at, QStringLiteral("name")),
                                   r.number(steps[i], at, QStringLiteral("monthlyCost")),
                                   r.number(steps[i], at, QStringLiteral("latencyAfterMs"))};
        }
        break;
    }
    case CostModelKind::Crossover: {
        const QString unit = r.string(o, path, QStringLiteral("loadUnit"));
        m.loadUnit = unit.isEmpty() ? QStringLiteral("rps") : unit;
        const JsonPath rp = path.field(QStringLiteral("loadRange"));
        const QJsonObject range = r.object(o, path, QStringLiteral("loadRange"));
        m.loadFrom = r.number(range, rp, QStringLiteral("from"));
        m.loadTo = r.number(range, rp, QStringLiteral("to"));
        const QString scale = r.string(o, path, QStringLiteral("loadScale"));
        if (scale == QLatin1StringView("log"))
            m.logLoadScale = true;
        else if (!scale.isEmpty() && scale != QLatin1StringView("linear"))
            r.fail(path.field(QStringLiteral("loadScale")),
                   Text::tr("\"%1\" is not one of linear, log").arg(scale));
        const auto options = r.objects(o, path, QStringLiteral("options"));
        for (qsizetype i = 0; i < options.size(); ++i) {
            const JsonPath at = path.at(QStringLiteral("options"), i);
            const QJsonObject &p = options[i];
            ComputeOption c;
            c.name = r.string(p, at, QStringLiteral("name"));
            c.pricing = r.enumValue(p, at, QStringLiteral("pricing"), PricingKind::PerInstance, true);
            c.pricePerMillionRequests = r.number(p, at, QStringLiteral("pricePerMillionRequests"));
            c.avgDurationMs = r.number(p, at, QStringLiteral("avgDurationMs"));
            c.memoryGb = r.number(p, at, QStringLiteral("memoryGb"));
            c.pricePerGbSecond = r.number(p, at, QStringLiteral("pricePerGbSecond"));
            c.capacityPerInstance = r.number(p, at, QStringLiteral("capacityPerInstance"));
            c.pricePerInstanceMonthly = r.number(p, at, QStringLiteral("pricePerInstanceMonthly"));
            const double minInstances = r.number(p, at, QStringLiteral("minInstances"));
            if (minInstances != std::floor(minInstances) || minInstances < 0 || minInstances > 1e6)
                r.fail(at.field(QStringLiteral("minInstances")),
                       Text::tr("must be a whole number between 0 and 1000000"));
            c.minInstances = int(minInstances);
            c.reservedDiscountPercent = r.number(p, at, QStringLiteral("reservedDiscountPercent"));
            c.fixedMonthly = r.number(p, at, QStringLiteral("fixedMonthly"));
            m.options << c;
        }
        break;
    }
    case CostModelKind::Reserved:
        m.onDemandMonthly = r.number(o, path, QStringLiteral("onDemandMonthly"));
        m.oneYearDiscountPercent = r.number(o, path, QStringLiteral("oneYearDiscountPercent"));
        m.threeYearDiscountPercent = r.number(o, path, QStringLiteral("threeYearDiscountPercent"));
        m.savingsPlanDiscountPercent = r.number(o, path, QStringLiteral("savingsPlanDiscountPercent"));
        break;
    }
    return m;
}

template <typename T, typename ReadFn>
QList<T> readList(JsonReader &r, const QJsonObject &root, const QString &key, ReadFn read)
{
    QList<T> out;
    const JsonPath top;
    const auto items = r.objects(root, top, key);
    out.resize(items.size());
    // A long list is read in two halves, the second on another core: items are independent,
    // and the reader of the first half reports first, so the refusal is the one a single
    // pass would give (the first in document order).
    constexpr qsizetype kSplitAt = 64;
    const qsizetype half = items.size() >= kSplitAt ? items.size() / 2 : items.size();
    JsonReader second;
    std::thread worker;
    if (half < items.size())
        worker = std::thread([&] {
            for (qsizetype i = half; i < items.size() && !second.failed(); ++i)
                out[i] = read(second, items[i], top.at(key, i));
        });
    for (qsizetype i = 0; i < half && !r.failed(); ++i)
        out[i] = read(r, items[i], top.at(key, i));
    if (worker.joinable())
        worker.join();
    if (second.failed())
        r.adopt(second);
    return out;
}

} // namespace

Expected<QJsonObject> parseJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid, Text::tr("not valid JSON at byte %1: %2")
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, Text::tr("the top level must be a JSON object"));
    return doc.object();
}

Expected<ProjectData> fromJson(const QByteArray &json)
{
    auto root = parseJson(json);
    if (!root)
        return root.error();
    return fromJsonObject(*root);
}

Expected<Decision> decodeDecision(QByteArrayView text, qsizetype index)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) // callers re-read the whole document for the words
        return makeError(ErrorCode::Invalid, QStringLiteral("decisions[%1]: %2").arg(index).arg(parseError.errorString()));
    JsonReader r;
    Decision d = readItem(r, doc.object(), JsonPath().at(QLatin1String(ItemTraits<Decision>::jsonKey), index),
                          std::type_identity<Decision>{});
    if (r.failed())
        return makeError(ErrorCode::Invalid, r.error());
    return d;
}

Expected<ProjectData> fromJsonObject(const QJsonObject &root, Checks checks)
{
    JsonReader r;
    const JsonPath top;
    const QString format = r.string(root, top, QStringLiteral("format"), true);
    if (!r.failed() && format != QLatin1StringView("archbench-project"))
        r.fail(top.field(QStringLiteral("format")), Text::tr("\"%1\" is not an Archbench project (expected \"archbench-project\")").arg(format));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!r.failed()) {
        if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
            r.fail(top.field(QStringLiteral("version")), Text::tr("must be a whole number of at least 1"));
        else if (version.toDouble() > kFormatVersion)
            return makeError(ErrorCode::Refused,
                             Text::tr("made by a newer Archbench (interchange version %1); this version reads up to %2")
                                 .arg(version.toDouble())
                                 .arg(kFormatVersion));
    }
    ProjectData data;
    data.project = readProject(r, r.object(root, top, QStringLiteral("project"), true), top.field(QStringLiteral("project")));
    // each kind's list under its jsonKey, read by its readItem() overload (itemkinds.h)
    forEachKind([&](auto type) {
        using T = typename decltype(type)::type;
        ItemTraits<T>::list(data) = readList<T>(r, root, QString::fromLatin1(ItemTraits<T>::jsonKey),
                                                [](JsonReader &r, const QJsonObject &o, const JsonPath &path) {
                                                    return readItem(r, o, path, std::type_identity<T>{});
                                                });
    });
    if (r.failed())
        return makeError(ErrorCode::Invalid, r.error());
    if (checks == Checks::All)
        if (auto valid = validate(data); !valid)
            return valid.error();
    return data;
}

} // namespace archbench::core::interchange
