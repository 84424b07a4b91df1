#include "syntheticproject.h"

#include <QJsonArray>
#include <QJsonObject>

namespace archbench::bench {

using namespace core;

namespace {

QString n(const char *stem, int i)
{
    return QLatin1StringView(stem) + QString::number(i);
}

LensRecord lens(int questions, int choices)
{
    QJsonArray pillars;
    for (int p = 0; p < 6; ++p) {
        QJsonArray qs;
        for (int q = p; q < questions; q += 6) {
            QJsonArray cs;
            for (int c = 0; c < choices; ++c)
                cs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("q%1_c%2").arg(q).arg(c)},
                                      {QStringLiteral("title"), QStringLiteral("A practice that helps with question %1").arg(q)}});
            qs.append(QJsonObject{{QStringLiteral("id"), n("q", q)},
                                  {QStringLiteral("title"), QStringLiteral("How do you handle concern %1?").arg(q)},
                                  {QStringLiteral("choices"), cs}});
        }
        pillars.append(QJsonObject{{QStringLiteral("id"), n("pillar", p)},
                                   {QStringLiteral("name"), n("Pillar ", p)},
                                   {QStringLiteral("questions"), qs}});
    }
    LensRecord record;
    record.id = QStringLiteral("lens");
    record.version = QStringLiteral("1");
    record.definition = QJsonObject{{QStringLiteral("schemaVersion"), QStringLiteral("2021-11-01")},
                                    {QStringLiteral("name"), QStringLiteral("Synthetic lens")},
                                    {QStringLiteral("pillars"), pillars}};
    return record;
}

Decision decision(int i, const SyntheticSize &size)
{
    Decision d;
    d.id = n("d", i);
    d.title = QStringLiteral("Decision %1 about a component of the platform").arg(i);
    d.status = DecisionStatus(i % 5);
    if (d.status == DecisionStatus::Superseded && i > 0)
        d.supersededBy = n("d", i - 1);
    d.doorType = DoorType(i % 3);
    d.date = QDate(2026, 1, 1).addDays(i % 365);
    d.participants = {QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy")};
    d.context = QStringLiteral("Context of decision %1: traffic grows, the team is small, budget is fixed.").arg(i);
    d.problem = QStringLiteral("Which option serves the workload best?");
    d.recommendation = QStringLiteral("Go with the leader unless the constraints say otherwise.");
    d.scale = {1, 5};
    for (int c = 0; c < size.criteria; ++c)
        d.criteria.append({QStringLiteral("d%1c%2").arg(i).arg(c), n("Criterion ", c), double(1 + c % 5) * 5,
                           QStringLiteral("What criterion %1 measures").arg(c)});
    for (int o = 0; o < size.options; ++o)
        d.options.append({QStringLiteral("d%1o%2").arg(i).arg(o), n("Option ", o), QStringLiteral("An option"), o == 0});
    for (int o = 0; o < size.options; ++o)
        for (int c = 0; c < size.criteria; ++c)
            d.scores.append({d.options[o].id, d.criteria[c].id, double(1 + (i + o * 7 + c * 3) % 5),
                             QStringLiteral("Because of measurement %1").arg(o * size.criteria + c)});
    d.constraints.append({n("k", i), QStringLiteral("Must keep data in the EU"), {d.options.last().id}});
    d.chosenOption = d.options[1 % size.options].id;
    d.tradeoffsAccepted = {QStringLiteral("We give up flexibility for operability")};
    d.risks = {{QStringLiteral("Vendor lock-in"), QStringLiteral("Keep an exit plan")}};
    RevisitTrigger t;
    t.id = QStringLiteral("d%1t").arg(i);
    t.condition = QStringLiteral("Traffic exceeds 10,000 RPS");
    t.metric = QStringLiteral("rps");
    t.comparator = Comparator::Greater;
    t.threshold = 10000;
    t.currentValue = 3200;
    d.revisitTriggers = {t};
    return d;
}

} // namespace

ProjectData syntheticProject(const SyntheticSize &size)
{
    ProjectData data;
    data.project.id = QStringLiteral("bench");
    data.project.name = QStringLiteral("Synthetic benchmark project");
    data.project.created = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    data.project.modified = data.project.created;
    data.project.tags = {QStringLiteral("benchmark")};
    for (int r = 0; r < 10; ++r)
        data.project.requirements.append({n("r", r), RequirementKind(r % 11), n("Requirement ", r), QStringLiteral("100 ms")});

    for (int i = 0; i < size.decisions; ++i)
        data.decisions.append(decision(i, size));

    const int choices = 4;
    data.lenses.append(lens(size.lensQuestions, choices));
    for (int w = 0; w < size.reviews; ++w) {
        Review review;
        review.id = n("w", w);
        review.title = n("Workload review ", w);
        review.lens = QStringLiteral("lens");
        review.date = QDate(2026, 6, 1);
        for (int q = 0; q < size.lensQuestions; ++q) {
            Answer a;
            a.question = n("q", q);
            for (int c = 0; c < (q + w) % choices; ++c)
                a.selected << QStringLiteral("q%1_c%2").arg(q).arg(c);
            a.notes = QStringLiteral("Notes on question %1").arg(q);
            review.answers.append(a);
        }
        review.improvements.append({QStringLiteral("w%1i").arg(w), QStringLiteral("q0"), QStringLiteral("Improve backups"),
                                    QStringLiteral("Ana"), QDate(2026, 9, 1), WorkStatus::Open});
        review.milestones.append({QStringLiteral("w%1m").arg(w), QStringLiteral("Before launch"), QDate(2026, 5, 1),
                                  review.answers.mid(0, size.lensQuestions / 2)});
        data.reviews.append(review);
    }

    for (int x = 0; x < size.drills; ++x) {
        Drill drill;
        drill.id = n("x", x);
        drill.title = n("Failover drill ", x);
        drill.date = QDate(2026, 2, 1).addDays(x * 7);
        drill.trafficPercent = 10;
        drill.targets = {15, 5};
        drill.measured = {4, 6, 22, 15};
        for (int e = 0; e < 10; ++e)
            drill.timeline.append({QDateTime(drill.date, QTime(10, e * 3), Qt::UTC), n("Step ", e)});
        drill.findings = {{QStringLiteral("Failover takes 5 minutes"), QStringLiteral("It took 8 minutes")}};
        drill.actionItems = {{QStringLiteral("x%1a").arg(x), QStringLiteral("Automate the failover"), QStringLiteral("Bo"),
                              drill.date.addDays(14), WorkStatus::InProgress}};
        data.drills.append(drill);
    }

    for (int m = 0; m < size.costModels; ++m) {
        CostModel model;
        model.id = n("cm", m);
        model.kind = m % 2 ? CostModelKind::Crossover : CostModelKind::Latency;
        model.title = n("Cost model ", m);
        model.baselineLatencyMs = 350;
        model.targetLatencyMs = 100;
        model.monthlyRevenue = 500000;
        model.conversionGainPer100ms = 1;
        model.steps = {{QStringLiteral("Cache"), 200, 180}, {QStringLiteral("CDN"), 50, 120}};
        model.loadFrom = 100;
        model.loadTo = 100000;
        ComputeOption a;
        a.name = QStringLiteral("Serverless");
        a.pricing = PricingKind::PerRequest;
        a.pricePerMillionRequests = 3.7;
        a.avgDurationMs = 100;
        a.memoryGb = 0.125;
        a.pricePerGbSecond = 0.0000166667;
        ComputeOption b;
        b.name = QStringLiteral("Containers");
        b.capacityPerInstance = 3000;
        b.pricePerInstanceMonthly = 300;
        b.minInstances = 2;
        b.fixedMonthly = 500;
        model.options = {a, b};
        data.costModels.append(model);
    }
    return data;
}

} // namespace archbench::bench
