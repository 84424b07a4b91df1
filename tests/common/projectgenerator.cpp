#include "projectgenerator.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace archbench::test {

using namespace core;

namespace {

class Gen {
public:
    explicit Gen(quint32 seed) : m_rng(seed) {}

    int integer(int lo, int hi) { return int(m_rng.bounded(lo, hi + 1)); }
    bool chance(int percent) { return integer(1, 100) <= percent; }
    double real(double lo, double hi, int decimals = 2)
    {
        const double scale = std::pow(10.0, decimals);
        return std::round((lo + m_rng.generateDouble() * (hi - lo)) * scale) / scale;
    }
    std::optional<double> maybe(double lo, double hi) { return chance(70) ? std::optional(real(lo, hi)) : std::nullopt; }
    QString text(const QString &stem)
    {
        static const QStringList spice = {
            QString(), QStringLiteral(" | pipe"), QStringLiteral(" <b>not bold</b> & co"),
            QStringLiteral(" # hash"), QStringLiteral(" `tick` *star*"), QStringLiteral(" Überprüfung ✓"),
            QStringLiteral("\nsecond line"), QStringLiteral(" \"quoted\"")};
        if (chance(10))
            return {};
        return stem + QLatin1Char(' ') + QString::number(integer(1, 999)) + spice[integer(0, int(spice.size()) - 1)];
    }
    QDate date() { return QDate(2026, 1, 1).addDays(integer(0, 700)); }
    QDate maybeDate() { return chance(70) ? date() : QDate(); }
    QDateTime stamp()
    {
        return QDateTime(date(), QTime(integer(0, 23), integer(0, 59), integer(0, 59)), Qt::UTC);
    }
    template <typename E> E pick()
    {
        const auto &table = EnumNames<E>::table;
        return table[size_t(integer(0, int(table.size()) - 1))].first;
    }
    QString id(const QString &prefix) { return prefix + QString::number(++m_counter); }

private:
    QRandomGenerator m_rng;
    int m_counter = 0;
};

LensRecord makeLens(Gen &g, const QString &id, QStringList *questionIds, QList<QStringList> *choiceIds)
{
    QJsonArray pillars;
    for (int p = 0; p < 2; ++p) {
        QJsonArray questions;
        for (int q = 0; q < 3; ++q) {
            const QString qid = QStringLiteral("%1-p%2q%3").arg(id).arg(p).arg(q);
            QJsonArray choices;
            QStringList cids;
            for (int c = 0; c < 3; ++c) {
                const QString cid = QStringLiteral("%1_c%2").arg(qid).arg(c);
                cids << cid;
                choices.append(QJsonObject{{QStringLiteral("id"), cid}, {QStringLiteral("title"), g.text(QStringLiteral("Practice"))}});
            }
            cids << qid + QStringLiteral("_no");
            choices.append(QJsonObject{{QStringLiteral("id"), cids.last()}, {QStringLiteral("title"), QStringLiteral("None of these")}});
            questionIds->append(qid);
            choiceIds->append(cids);
            questions.append(QJsonObject{
                {QStringLiteral("id"), qid},
                {QStringLiteral("title"), g.text(QStringLiteral("Question"))},
                {QStringLiteral("choices"), choices},
                {QStringLiteral("riskRules"), QJsonArray{
                    QJsonObject{{QStringLiteral("condition"), QStringLiteral("%1 && %2").arg(cids[0], cids[1])},
                                {QStringLiteral("risk"), QStringLiteral("NO_RISK")}},
                    QJsonObject{{QStringLiteral("condition"), cids[0]}, {QStringLiteral("risk"), QStringLiteral("MEDIUM_RISK")}},
                    QJsonObject{{QStringLiteral("condition"), QStringLiteral("default")}, {QStringLiteral("risk"), QStringLiteral("HIGH_RISK")}}}},
            });
        }
        pillars.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("pillar%1").arg(p)},
                                   {QStringLiteral("name"), g.text(QStringLiteral("Pillar"))},
                                   {QStringLiteral("questions"), questions}});
    }
    LensRecord lens;
    lens.id = id;
    lens.version = QString::number(g.integer(1, 5));
    lens.definition = QJsonObject{{QStringLiteral("schemaVersion"), QStringLiteral("2021-11-01")},
                                  {QStringLiteral("name"), g.text(QStringLiteral("Lens"))},
                                  {QStringLiteral("description"), g.text(QStringLiteral("About"))},
                                  {QStringLiteral("pillars"), pillars}};
    return lens;
}

QList<Answer> makeAnswers(Gen &g, const QStringList &questions, const QList<QStringList> &choices)
{
    QList<Answer> out;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (g.chance(25))
            continue;
        Answer a;
        a.question = questions[i];
        for (const QString &c : choices[i])
            if (g.chance(40))
                a.selected << c;
        a.notApplicable = g.chance(10);
        if (a.notApplicable)
            a.notApplicableReason = g.pick<NotApplicableReason>();
        a.notes = g.text(QStringLiteral("Note"));
        out << a;
    }
    return out;
}

} // namespace

ProjectData generateProject(quint32 seed, GeneratorSize size)
{
    Gen g(seed);
    ProjectData data;
    ProjectInfo &p = data.project;
    p.id = g.id(QStringLiteral("p"));
    p.name = g.text(QStringLiteral("Project"));
    p.description = g.text(QStringLiteral("Description"));
    p.owner = g.text(QStringLiteral("Owner"));
    p.currency = g.chance(50) ? QStringLiteral("USD") : QStringLiteral("EUR");
    for (int i = g.integer(0, 3); i > 0; --i)
        p.tags << g.text(QStringLiteral("tag"));
    p.created = g.stamp();
    p.modified = g.stamp();
    p.framing = {g.text(QStringLiteral("users")), g.text(QStringLiteral("scale")), g.text(QStringLiteral("data")),
                 g.text(QStringLiteral("latency")), g.text(QStringLiteral("availability")), g.text(QStringLiteral("budget")),
                 g.text(QStringLiteral("team")), g.text(QStringLiteral("timeline")), g.text(QStringLiteral("integration")),
                 g.text(QStringLiteral("compliance")), g.text(QStringLiteral("outOfScope")), g.text(QStringLiteral("success"))};
    for (int i = g.integer(0, 5); i > 0; --i)
        p.requirements << Requirement{g.id(QStringLiteral("r")), g.pick<RequirementKind>(),
                                      g.text(QStringLiteral("Requirement")), g.text(QStringLiteral("target"))};

    for (int n = 0; n < size.decisions; ++n) {
        Decision d;
        d.id = g.id(QStringLiteral("d"));
        d.title = g.text(QStringLiteral("Decision"));
        d.status = g.pick<DecisionStatus>();
        d.doorType = g.pick<DoorType>();
        d.date = g.maybeDate();
        for (int i = g.integer(0, 3); i > 0; --i)
            d.participants << g.text(QStringLiteral("Person"));
        d.context = g.text(QStringLiteral("Context"));
        d.problem = g.text(QStringLiteral("Problem"));
        d.constraintsText = g.text(QStringLiteral("Constraints"));
        d.tradeoffsText = g.text(QStringLiteral("Trade-offs"));
        d.recommendation = g.text(QStringLiteral("Recommendation"));
        d.scale = g.chance(80) ? ScoreScale{1, 5} : ScoreScale{0, 10};
        for (int i = 0; i < size.criteria; ++i)
            d.criteria << Criterion{g.id(QStringLiteral("c")), g.text(QStringLiteral("Criterion")),
                                    double(g.integer(0, 40)), g.text(QStringLiteral("About"))};
        for (int i = 0; i < size.options; ++i)
            d.options << Option{g.id(QStringLiteral("o")), g.text(QStringLiteral("Option")),
                                g.text(QStringLiteral("About")), g.chance(15)};
        for (const Option &o : std::as_const(d.options))
            for (const Criterion &c : std::as_const(d.criteria))
                if (g.chance(90))
                    d.scores << Score{o.id, c.id, double(g.integer(int(d.scale.min), int(d.scale.max))),
                                      g.text(QStringLiteral("Because"))};
        if (!d.options.isEmpty() && g.chance(60))
            d.constraints << HardConstraint{g.id(QStringLiteral("k")), g.text(QStringLiteral("Must")),
                                            {d.options[g.integer(0, int(d.options.size()) - 1)].id}};
        if (!d.options.isEmpty() && g.chance(50))
            d.chosenOption = d.options[g.integer(0, int(d.options.size()) - 1)].id;
        for (int i = g.integer(0, 2); i > 0; --i)
            d.tradeoffsAccepted << g.text(QStringLiteral("We give up"));
        for (int i = g.integer(0, 2); i > 0; --i)
            d.risks << Risk{g.text(QStringLiteral("Risk")), g.text(QStringLiteral("Mitigation"))};
        for (int i = g.integer(0, 3); i > 0; --i) {
            RevisitTrigger t;
            t.id = g.id(QStringLiteral("t"));
            t.category = g.pick<TriggerCategory>();
            t.condition = g.text(QStringLiteral("When"));
            if (g.chance(60)) {
                t.metric = QStringLiteral("rps");
                t.comparator = g.pick<Comparator>();
                t.threshold = g.real(0, 10000);
                t.currentValue = g.maybe(0, 10000);
            }
            t.reviewBy = g.maybeDate();
            d.revisitTriggers << t;
        }
        for (int i = g.integer(0, 2); i > 0; --i)
            d.consulted << g.text(QStringLiteral("Adviser"));
        for (int i = g.integer(0, 2); i > 0; --i)
            d.informed << g.text(QStringLiteral("Reader"));
        d.notes = g.text(QStringLiteral("Notes"));
        data.decisions << d;
    }
    if (data.decisions.size() >= 2) {
        data.decisions[0].supersededBy = data.decisions[1].id;
        data.decisions[0].status = DecisionStatus::Superseded;
    }

    for (int n = 0; n < size.reviews; ++n) {
        QStringList questions;
        QList<QStringList> choices;
        data.lenses << makeLens(g, g.id(QStringLiteral("l")), &questions, &choices);
        Review w;
        w.id = g.id(QStringLiteral("w"));
        w.title = g.text(QStringLiteral("Review"));
        w.lens = data.lenses.last().id;
        w.date = g.maybeDate();
        w.answers = makeAnswers(g, questions, choices);
        for (int i = g.integer(0, 3); i > 0; --i)
            w.improvements << Improvement{g.id(QStringLiteral("i")), questions[g.integer(0, int(questions.size()) - 1)],
                                          g.text(QStringLiteral("Improve")), g.text(QStringLiteral("Owner")),
                                          g.maybeDate(), g.pick<WorkStatus>()};
        for (int i = g.integer(0, 2); i > 0; --i)
            w.milestones << Milestone{g.id(QStringLiteral("m")), g.text(QStringLiteral("Milestone")), g.maybeDate(),
                                      makeAnswers(g, questions, choices)};
        data.reviews << w;
    }

    for (int n = 0; n < size.drills; ++n) {
        Drill x;
        x.id = g.id(QStringLiteral("x"));
        x.title = g.text(QStringLiteral("Drill"));
        x.date = g.maybeDate();
        x.scenario = g.pick<DrillScenario>();
        x.description = g.text(QStringLiteral("Failed"));
        x.traffic = g.pick<DrillTraffic>();
        x.trafficPercent = g.real(0, 100);
        x.tier = g.pick<DrTier>();
        x.targets = {g.maybe(0, 120), g.maybe(0, 600)};
        x.measured = {g.maybe(0, 30), g.maybe(0, 30), g.maybe(0, 60), g.maybe(0, 120)};
        for (int i = g.integer(0, 3); i > 0; --i)
            x.timeline << TimelineEvent{g.stamp(), g.text(QStringLiteral("Event"))};
        for (int i = g.integer(0, 2); i > 0; --i)
            x.findings << Finding{g.text(QStringLiteral("Plan")), g.text(QStringLiteral("Revealed"))};
        for (int i = g.integer(0, 3); i > 0; --i)
            x.actionItems << ActionItem{g.id(QStringLiteral("a")), g.text(QStringLiteral("Fix")),
                                        g.text(QStringLiteral("Owner")), g.maybeDate(), g.pick<WorkStatus>()};
        data.drills << x;
    }

    for (int n = 0; n < size.costModels; ++n) {
        CostModel m;
        m.id = g.id(QStringLiteral("cm"));
        m.kind = EnumNames<CostModelKind>::table[size_t(n % 3)].first;
        m.title = g.text(QStringLiteral("Model"));
        switch (m.kind) {
        case CostModelKind::Latency:
            m.baselineLatencyMs = g.real(100, 500);
            m.targetLatencyMs = g.real(20, 100);
            m.monthlyRevenue = g.maybe(1000, 1e6);
            m.conversionGainPer100ms = g.maybe(0.1, 3);
            for (int i = g.integer(0, 4); i > 0; --i)
                m.steps << LatencyStep{g.text(QStringLiteral("Step")), g.real(10, 1000), g.real(20, 400)};
            break;
        case CostModelKind::Crossover:
            m.loadUnit = QStringLiteral("rps");
            m.loadFrom = g.real(0, 100);
            m.loadTo = g.real(1000, 100000);
            for (int i = g.integer(1, 3); i > 0; --i) {
                ComputeOption c;
                c.name = g.text(QStringLiteral("Compute"));
                c.pricing = g.pick<PricingKind>();
                c.pricePerMillionRequests = g.real(0, 5);
                c.avgDurationMs = g.real(1, 500);
                c.memoryGb = g.real(0.1, 4);
                c.pricePerGbSecond = g.real(0, 0.001, 7);
                c.capacityPerInstance = g.real(100, 5000);
                c.pricePerInstanceMonthly = g.real(10, 1000);
                c.minInstances = g.integer(0, 5);
                c.reservedDiscountPercent = g.real(0, 60);
                c.fixedMonthly = g.real(0, 1000);
                m.options << c;
            }
            break;
        case CostModelKind::Reserved:
            m.onDemandMonthly = g.real(100, 50000);
            m.oneYearDiscountPercent = g.real(10, 40);
            m.threeYearDiscountPercent = g.real(30, 60);
            m.savingsPlanDiscountPercent = g.real(10, 50);
            break;
        }
        data.costModels << m;
    }
    return data;
}

} // namespace archbench::test
