#pragma once
// A small project that sets every field of core/model to a non-default value (optional
// numbers both present and absent, dates and timestamps, non-ASCII text), for storage
// round trips. It is valid by interchange::validate's rules.

#include "core/model/projectdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace archbench::test {

inline core::ProjectData fullSampleProject()
{
    using namespace archbench::core;
    ProjectData data;
    ProjectInfo &p = data.project;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Checkout platform – Größe & \"quotes\"");
    p.description = QStringLiteral("Line one\nLine two");
    p.owner = QStringLiteral("Ana");
    p.currency = QStringLiteral("EUR");
    p.tags = {QStringLiteral("payments"), QStringLiteral("eu")};
    p.created = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    p.modified = QDateTime(QDate(2026, 11, 28), QTime(9, 30, 15, 250), QTimeZone(3600));
    p.framing = {QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("d"), QStringLiteral("l"),
                 QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("tl"),
                 QStringLiteral("i"), QStringLiteral("c"), QStringLiteral("o"), QStringLiteral("ok")};
    p.requirements = {{QStringLiteral("r1"), RequirementKind::Performance, QStringLiteral("p99 < 100 ms"),
                       QStringLiteral("100 ms")},
                      {QStringLiteral("r2"), RequirementKind::Cost, QStringLiteral("cheap"), {}}};
    p.lastAdrNumber = 4; // above every decision's number: a deleted decision had 4
    // a conflict a merge left to resolve (schema 5), with text that needs quoting in JSON
    p.mergeConflicts = {{QStringLiteral("project.name"), QStringLiteral("\"Checkout\""), QStringLiteral("\"Checkout – Größe\""),
                         QStringLiteral("\"Checkout \\\"v2\\\"\"")}};

    Decision d;
    d.id = QStringLiteral("d1");
    d.title = QStringLiteral("Primary database");
    d.status = DecisionStatus::Accepted;
    d.doorType = DoorType::OneWay;
    d.date = QDate(2026, 11, 28);
    d.participants = {QStringLiteral("Ana"), QStringLiteral("Bo")};
    d.consulted = {QStringLiteral("Cy")};
    d.informed = {QStringLiteral("Dee"), QStringLiteral("Eli")};
    d.notes = QStringLiteral("## Links\n\n* wiki page");
    d.context = QStringLiteral("ctx");
    d.problem = QStringLiteral("prob");
    d.constraintsText = QStringLiteral("cons");
    d.tradeoffsText = QStringLiteral("trade");
    d.recommendation = QStringLiteral("rec");
    d.scale = {0, 10};
    d.criteria = {{QStringLiteral("c1"), QStringLiteral("Fit"), 30, QStringLiteral("desc")},
                  {QStringLiteral("c2"), QStringLiteral("Cost"), 12.5, {}}};
    d.options = {{QStringLiteral("o1"), QStringLiteral("PostgreSQL"), QStringLiteral("rdbms"), false},
                 {QStringLiteral("o2"), QStringLiteral("Nothing"), {}, true}};
    d.constraints = {{QStringLiteral("k1"), QStringLiteral("ACID"), {QStringLiteral("o2")}},
                     {QStringLiteral("k2"), QStringLiteral("EU region"), {}}};
    d.scores = {{QStringLiteral("o1"), QStringLiteral("c1"), 9, QStringLiteral("great")},
                {QStringLiteral("o1"), QStringLiteral("c2"), 6.5, {}},
                {QStringLiteral("o2"), QStringLiteral("c1"), 0, {}}};
    d.chosenOption = QStringLiteral("o1");
    d.tradeoffsAccepted = {QStringLiteral("We give up X for Y")};
    d.risks = {{QStringLiteral("lock-in"), QStringLiteral("abstraction")}, {QStringLiteral("ops"), {}}};
    RevisitTrigger t1;
    t1.id = QStringLiteral("t1");
    t1.category = TriggerCategory::Performance;
    t1.condition = QStringLiteral("RPS > 10k");
    t1.metric = QStringLiteral("rps");
    t1.comparator = Comparator::GreaterOrEqual;
    t1.threshold = 10000;
    t1.currentValue = 3200.5;
    t1.reviewBy = QDate(2027, 5, 28);
    RevisitTrigger t2;
    t2.id = QStringLiteral("t2");
    t2.category = TriggerCategory::Calendar;
    t2.condition = QStringLiteral("yearly");
    d.revisitTriggers = {t1, t2};
    d.adrNumber = 3; // d2 has none yet
    // the group (schema 6): attendees, two ballots (one with own weights), pairwise, dissent
    d.attendees = {QStringLiteral("Ana"), QStringLiteral("Cy")};
    d.ballots = {Ballot{QStringLiteral("Ana"), QDateTime(QDate(2026, 12, 1), QTime(10, 12), Qt::UTC),
                  {{QStringLiteral("c2"), 40}},
                  {{QStringLiteral("o1"), QStringLiteral("c1"), 8, QStringLiteral("mine")},
                   {QStringLiteral("o2"), QStringLiteral("c2"), 2.5, {}}}},
                 Ballot{QStringLiteral("Cy"), {}, {}, {{QStringLiteral("o1"), QStringLiteral("c1"), 4, {}}}}};
    d.aggregation = Aggregation::Median;
    d.pairwise = {PairwiseJudgment{{}, QStringLiteral("c1"), QStringLiteral("c2"), 3},
                  PairwiseJudgment{QStringLiteral("Ana"), QStringLiteral("c2"), QStringLiteral("c1"), 1.0 / 7.0}};
    d.dissent = {Dissent{QStringLiteral("Cy"), QStringLiteral("Would rather pay for \"Aurora\"")}};
    Decision d2;
    d2.id = QStringLiteral("d2");
    d2.title = QStringLiteral("Superseded one");
    d2.status = DecisionStatus::Superseded;
    d2.supersededBy = QStringLiteral("d1");
    d2.doorType = DoorType::Partial;
    data.decisions = {d, d2};

    LensRecord lens;
    lens.id = QStringLiteral("l1");
    lens.version = QStringLiteral("1");
    const auto choice = [](const char *id) { return QJsonObject{{QStringLiteral("id"), QLatin1StringView(id)}}; };
    const QJsonObject backup{{QStringLiteral("id"), QStringLiteral("rel-backup")},
                             {QStringLiteral("title"), QStringLiteral("How do you back up data?")},
                             {QStringLiteral("choices"), QJsonArray{choice("rel-backup-auto"), choice("rel-backup-test")}}};
    const QJsonObject iam{{QStringLiteral("id"), QStringLiteral("sec-iam")},
                          {QStringLiteral("choices"), QJsonArray{choice("sec-iam-mfa")}}};
    lens.definition = QJsonObject{
        {QStringLiteral("schemaVersion"), QStringLiteral("2021-11-01")},
        {QStringLiteral("name"), QStringLiteral("Lens")},
        {QStringLiteral("weight"), 1.5},
        {QStringLiteral("pillars"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("reliability")},
                                                           {QStringLiteral("questions"), QJsonArray{backup, iam}}}}}};
    data.lenses = {lens};

    Review w;
    w.id = QStringLiteral("w1");
    w.title = QStringLiteral("Workload review");
    w.lens = QStringLiteral("l1");
    w.date = QDate(2026, 11, 28);
    Answer a1{QStringLiteral("rel-backup"), {QStringLiteral("rel-backup-auto"), QStringLiteral("rel-backup-test")},
              false, NotApplicableReason::None, QStringLiteral("notes")};
    Answer a2{QStringLiteral("sec-iam"), {}, true, NotApplicableReason::OutOfScope, {}};
    w.answers = {a1, a2};
    w.improvements = {{QStringLiteral("i1"), QStringLiteral("rel-backup"), QStringLiteral("Test restores"),
                       QStringLiteral("Bo"), QDate(2027, 1, 15), WorkStatus::InProgress}};
    w.milestones = {{QStringLiteral("m1"), QStringLiteral("Before launch"), QDate(2026, 10, 1), {a2, a1}},
                    {QStringLiteral("m2"), QStringLiteral("Empty"), {}, {}}};
    data.reviews = {w};

    Drill x;
    x.id = QStringLiteral("x1");
    x.title = QStringLiteral("Failover drill");
    x.date = QDate(2026, 11, 20);
    x.scenario = DrillScenario::Region;
    x.description = QStringLiteral("desc");
    x.traffic = DrillTraffic::PartialProduction;
    x.trafficPercent = 10;
    x.tier = DrTier::PilotLight;
    x.targets = {15, std::nullopt};
    x.measured = {4, 6, std::nullopt, 15};
    x.timeline = {{QDateTime(QDate(2026, 11, 20), QTime(10, 2), Qt::UTC), QStringLiteral("DB stopped")}};
    x.findings = {{QStringLiteral("5 min"), QStringLiteral("8 min")}};
    x.actionItems = {{QStringLiteral("a1"), QStringLiteral("Script it"), QStringLiteral("Ana"), QDate(2026, 11, 27),
                      WorkStatus::Done}};
    data.drills = {x};

    CostModel latency;
    latency.id = QStringLiteral("cm1");
    latency.kind = CostModelKind::Latency;
    latency.title = QStringLiteral("Checkout p99");
    latency.baselineLatencyMs = 350;
    latency.targetLatencyMs = 100;
    latency.monthlyRevenue = 500000;
    latency.conversionGainPer100ms = 1.0;
    latency.steps = {{QStringLiteral("Cache"), 200, 180}, {QStringLiteral("CDN"), 50.25, 120}};
    CostModel crossover;
    crossover.id = QStringLiteral("cm2");
    crossover.kind = CostModelKind::Crossover;
    crossover.title = QStringLiteral("API compute");
    crossover.loadUnit = QStringLiteral("rps");
    crossover.loadFrom = 100;
    crossover.loadTo = 100000;
    crossover.logLoadScale = true;
    ComputeOption serverless;
    serverless.name = QStringLiteral("Serverless");
    serverless.pricing = PricingKind::PerRequest;
    serverless.pricePerMillionRequests = 3.7;
    serverless.avgDurationMs = 100;
    serverless.memoryGb = 0.125;
    serverless.pricePerGbSecond = 0.0000166667;
    ComputeOption containers;
    containers.name = QStringLiteral("Containers");
    containers.capacityPerInstance = 3000;
    containers.pricePerInstanceMonthly = 300;
    containers.minInstances = 2;
    containers.reservedDiscountPercent = 30;
    containers.fixedMonthly = 500;
    crossover.options = {serverless, containers};
    CostModel reserved;
    reserved.id = QStringLiteral("cm3");
    reserved.kind = CostModelKind::Reserved;
    reserved.title = QStringLiteral("Commitments");
    reserved.onDemandMonthly = 12000;
    reserved.oneYearDiscountPercent = 30;
    reserved.threeYearDiscountPercent = 50;
    reserved.savingsPlanDiscountPercent = 25;
    data.costModels = {latency, crossover, reserved};
    return data;
}

} // namespace archbench::test
