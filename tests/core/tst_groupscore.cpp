// The group's figures (issue 16): ballots combined by mean, median and geometric mean, cells
// no ballot scored, contested cells, participants' own leaders and ties, weights that overturn
// the group's leader; and pairwise weights (AHP) on a textbook example and an inconsistent
// matrix. Expected values are computed by hand in the comments.
#include "core/decision/ahp.h"
#include "core/decision/decisionanalysis.h"
#include "core/decision/decisionmatrix.h"
#include "core/decision/groupscore.h"
#include "core/decision/scorereport.h"
#include "decisionbuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace archbench::core;
using namespace archbench::test;

namespace {

Score cell(const char *option, const char *criterion, double value)
{
    return Score{QString::fromLatin1(option), QString::fromLatin1(criterion), value, {}};
}

/// Weights 60/40; agreed o1 (3, 3), o2 (3, 3), o3 (2, 2); three ballots.
Decision meeting()
{
    Decision d = makeDecision({60, 40}, {{3, 3}, {3, 3}, {2, 2}});
    d.participants = {QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy")};
    d.ballots = {Ballot{QStringLiteral("Ana"), {}, {}, {cell("o1", "c1", 5), cell("o2", "c1", 2), cell("o1", "c2", 4)}},
                 Ballot{QStringLiteral("Bo"), {}, {}, {cell("o1", "c1", 2), cell("o2", "c1", 4), cell("o1", "c2", 4)}},
                 Ballot{QStringLiteral("Cy"), {}, {{QStringLiteral("c1"), 50}, {QStringLiteral("c2"), 50}},
                        {cell("o1", "c1", 4), cell("o2", "c1", 3)}}};
    return d;
}

} // namespace

class TestGroupScore : public QObject {
    Q_OBJECT
private slots:
    void aggregatesByHand()
    {
        QCOMPARE(*GroupScore::aggregate({5, 2, 4}, Aggregation::Mean), 11.0 / 3.0);
        QCOMPARE(*GroupScore::aggregate({5, 2, 4}, Aggregation::Median), 4.0);
        QCOMPARE(*GroupScore::aggregate({1, 2, 4, 5}, Aggregation::Median), 3.0); // (2 + 4) / 2
        QVERIFY(qAbs(*GroupScore::aggregate({5, 2, 4}, Aggregation::GeometricMean) - 3.4199518933533937) < 1e-12); // ∛40
        QCOMPARE(*GroupScore::aggregate({0, 4}, Aggregation::GeometricMean), 0.0);
        QCOMPARE(*GroupScore::aggregate({-1, 3}, Aggregation::GeometricMean), 1.0); // below zero: the mean
        QVERIFY(!GroupScore::aggregate({}, Aggregation::Mean));
    }

    void groupMatrixKeepsUnscoredCells()
    {
        const Decision d = meeting();
        const GroupScore mean = GroupScore::compute(d, Aggregation::Mean);
        QCOMPARE(mean.ballotCount(), 3);
        QCOMPARE(*mean.groupValue(QStringLiteral("o1"), QStringLiteral("c1")), 11.0 / 3.0);
        QCOMPARE(*mean.groupValue(QStringLiteral("o2"), QStringLiteral("c1")), 3.0);
        QCOMPARE(*mean.groupValue(QStringLiteral("o1"), QStringLiteral("c2")), 4.0);
        // no ballot scored o2 × c2 or o3: the agreed score stays
        QVERIFY(!mean.groupValue(QStringLiteral("o2"), QStringLiteral("c2")));
        QCOMPARE(findScore(mean.groupDecision(), QStringLiteral("o2"), QStringLiteral("c2"))->value, 3.0);
        QCOMPARE(findScore(mean.groupDecision(), QStringLiteral("o3"), QStringLiteral("c1"))->value, 2.0);
        // o1 = 0.6 × 11/3 + 0.4 × 4 = 3.8; o2 = 3; o3 = 2
        QCOMPARE(mean.scores().leader(), QStringLiteral("o1"));
        QVERIFY(qAbs(*mean.scores().find(QStringLiteral("o1"))->weighted - 3.8) < 1e-12);

        const GroupScore median = GroupScore::compute(d, Aggregation::Median);
        QCOMPARE(*median.groupValue(QStringLiteral("o1"), QStringLiteral("c1")), 4.0);
        const GroupScore geometric = GroupScore::compute(d, Aggregation::GeometricMean);
        QVERIFY(qAbs(*geometric.groupValue(QStringLiteral("o2"), QStringLiteral("c1")) - std::cbrt(24.0)) < 1e-12);
        // the decision's own aggregation is the default
        Decision m = d;
        m.aggregation = Aggregation::Median;
        QCOMPARE(GroupScore::compute(m).aggregation(), Aggregation::Median);
        // the agreed matrix is untouched
        QCOMPARE(findScore(d, QStringLiteral("o1"), QStringLiteral("c1"))->value, 3.0);
    }

    void contestedCellsBySpreadThenStdev()
    {
        const GroupScore g = GroupScore::compute(meeting());
        const QList<CellSpread> &s = g.spreads();
        QCOMPARE(s.size(), 3); // cells scored by at least two ballots
        QCOMPARE(s[0].option + s[0].criterion, QStringLiteral("o1c1"));
        QCOMPARE(s[0].min, 2.0);
        QCOMPARE(s[0].max, 5.0);
        QCOMPARE(s[0].spread, 3.0);
        QVERIFY(qAbs(s[0].stdev - 1.247219128924647) < 1e-12); // √(14/9)
        QCOMPARE(s[1].option + s[1].criterion, QStringLiteral("o2c1"));
        QVERIFY(qAbs(s[1].stdev - std::sqrt(2.0 / 3.0)) < 1e-12);
        QCOMPARE(s[2].option + s[2].criterion, QStringLiteral("o1c2"));
        QCOMPARE(s[2].spread, 0.0);
        QCOMPARE(g.contested(2).size(), 2);
        QCOMPARE(g.maxSpread(), 3.0);
    }

    void participantLeadersUseOwnScoresAndWeights()
    {
        const GroupScore g = GroupScore::compute(meeting());
        const auto &l = g.participantLeaders();
        QCOMPARE(l.size(), 3);
        QCOMPARE(l[0].leader, QStringLiteral("o1")); // Ana: o1 4.6, o2 2.4
        QCOMPARE(l[1].leader, QStringLiteral("o2")); // Bo: o1 2.8, o2 3.6
        QCOMPARE(l[2].leader, QStringLiteral("o1")); // Cy 50/50, o1 × c2 the group's 4: o1 4, o2 3
        QCOMPARE(g.participantsLeading(QStringLiteral("o1")), 2);
        QCOMPARE(g.agreementSentence(), QStringLiteral("2 of 3 rank Option 1 first"));
        QVERIFY(g.weightsOverturning().isEmpty()); // Cy's 50/50 keeps o1 first
    }

    void tiesGiveNoLeaderAndWeightsCanOverturn()
    {
        Decision d = makeDecision({50, 50}, {{5, 1}, {2, 3}}); // agreed: o1 3, o2 2.5
        d.participants = {QStringLiteral("Ana"), QStringLiteral("Bo")};
        d.ballots = {Ballot{QStringLiteral("Ana"), {}, {}, {cell("o1", "c1", 4), cell("o1", "c2", 3)}},
                     Ballot{QStringLiteral("Bo"), {}, {{QStringLiteral("c1"), 0}, {QStringLiteral("c2"), 100}}, {}}};
        const GroupScore g = GroupScore::compute(d);
        // the group: o1 (4, 3) = 3.5 against o2 2.5
        QCOMPARE(g.scores().leader(), QStringLiteral("o1"));
        QCOMPARE(g.participantLeaders()[0].leader, QStringLiteral("o1"));
        // Bo's weights on the group matrix: o1 3, o2 3, a tie: no leader of his own, and the
        // group's leader does not survive his weights
        QCOMPARE(g.participantLeaders()[1].leader, QString());
        QCOMPARE(g.weightsOverturning(), QStringList{QStringLiteral("Bo")});

        // Ana alone scoring o1 (2, 3): o1 2.5 = o2 2.5, a tie for first: no leader
        d.ballots = {Ballot{QStringLiteral("Ana"), {}, {}, {cell("o1", "c1", 2), cell("o1", "c2", 3)}}};
        QCOMPARE(GroupScore::compute(d).participantLeaders()[0].leader, QString());
        QCOMPARE(GroupScore::compute(d).agreementSentence(), QString()); // no group leader either
    }

    void analysisAndJsonCarryTheGroup()
    {
        const DecisionAnalysis a = DecisionAnalysis::analyse(meeting());
        QVERIFY(a.group);
        QVERIFY(!a.ahp);
        const QJsonObject group = ScoreReport::decisionJson(a).value(QStringLiteral("group")).toObject();
        QCOMPARE(group.value(QStringLiteral("ballots")).toInt(), 3);
        QCOMPARE(group.value(QStringLiteral("aggregation")).toString(), QStringLiteral("mean"));
        QCOMPARE(group.value(QStringLiteral("ranking")).toArray().first().toObject().value(QStringLiteral("option")).toString(),
                 QStringLiteral("o1"));
        const QJsonArray leaders = group.value(QStringLiteral("participantLeaders")).toArray();
        QCOMPARE(leaders[1].toObject().value(QStringLiteral("leader")).toString(), QStringLiteral("o2"));
        const QJsonObject top = group.value(QStringLiteral("contested")).toArray().first().toObject();
        QCOMPARE(top.value(QStringLiteral("spread")).toDouble(), 3.0);
        QCOMPARE(top.value(QStringLiteral("stdev")).toDouble(), 1.247);
        QVERIFY(!ScoreReport::decisionJson(DecisionAnalysis::analyse(makeDecision({1}, {{3}}))).contains(QStringLiteral("group")));
    }

    void ahpTextbookExample()
    {
        // c1 is 3× as important as c2 and 5× c3; c2 3× c3: weights 0.637, 0.258, 0.105,
        // λmax 3.039, CI 0.019, CR 0.033 (the example of INTERCHANGE.md).
        Decision d = makeDecision({1, 1, 1}, {});
        d.pairwise = {PairwiseJudgment{{}, QStringLiteral("c1"), QStringLiteral("c2"), 3},
                      PairwiseJudgment{{}, QStringLiteral("c1"), QStringLiteral("c3"), 5},
                      PairwiseJudgment{{}, QStringLiteral("c3"), QStringLiteral("c2"), 1.0 / 3.0}}; // reversed pair
        const AhpResult r = Ahp::compute(d);
        QVERIFY(r.complete);
        const auto three = [](double v) { return std::round(v * 1000) / 1000; };
        QCOMPARE(three(r.weights[0]), 0.637);
        QCOMPARE(three(r.weights[1]), 0.258);
        QCOMPARE(three(r.weights[2]), 0.105);
        QCOMPARE(three(r.lambdaMax), 3.039);
        QCOMPARE(three(r.consistencyIndex), 0.019);
        QCOMPARE(three(r.consistencyRatio), 0.033);
        QVERIFY(r.consistent());
        QCOMPARE(Ahp::percentWeights(r), (QList<double>{63.7, 25.8, 10.5}));
        const QJsonObject json = ScoreReport::ahpJson(r);
        QCOMPARE(json.value(QStringLiteral("consistencyRatio")).toDouble(), 0.033);
        QCOMPARE(json.value(QStringLiteral("weights")).toArray().first().toObject().value(QStringLiteral("weight")).toDouble(), 0.637);
    }

    void ahpNamesTheInconsistentTriple()
    {
        // c1 > c2 (5), c2 > c3 (5), yet c3 > c1 (5): a cycle; c4 equal to all.
        Decision d = makeDecision({1, 1, 1, 1}, {});
        const auto j = [](const char *a, const char *b, double v) {
            return PairwiseJudgment{{}, QString::fromLatin1(a), QString::fromLatin1(b), v};
        };
        d.pairwise = {j("c1", "c2", 5), j("c2", "c3", 5), j("c3", "c1", 5), j("c1", "c4", 1), j("c2", "c4", 1), j("c3", "c4", 1)};
        const AhpResult r = Ahp::compute(d);
        QVERIFY(r.complete);
        QCOMPARE(std::round(r.lambdaMax * 1000) / 1000, 6.724);
        QCOMPARE(std::round(r.consistencyRatio * 1000) / 1000, 1.009); // CI 0.908 / RI(4) 0.90
        QVERIFY(!r.consistent());
        QCOMPARE(r.mostInconsistent, (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
    }

    void ahpCombinesParticipantsAndReportsMissingPairs()
    {
        Decision d = makeDecision({1, 1}, {});
        d.pairwise = {PairwiseJudgment{QStringLiteral("Ana"), QStringLiteral("c1"), QStringLiteral("c2"), 2},
                      PairwiseJudgment{QStringLiteral("Bo"), QStringLiteral("c2"), QStringLiteral("c1"), 1.0 / 8.0}};
        // geometric mean of 2 and 8 = 4: weights 0.8, 0.2; CR 0 for two criteria
        const AhpResult r = Ahp::compute(d);
        QVERIFY(qAbs(r.weights[0] - 0.8) < 1e-12);
        QCOMPARE(r.consistencyRatio, 0.0);
        QVERIFY(qAbs(Ahp::computeFor(d, QStringLiteral("Ana")).weights[0] - 2.0 / 3.0) < 1e-12);
        QCOMPARE(*Ahp::judgment(d, QStringLiteral("Bo"), QStringLiteral("c1"), QStringLiteral("c2")), 8.0);
        QCOMPARE(Ahp::judges(d), (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")}));

        Decision three = makeDecision({1, 1, 1}, {});
        three.pairwise = {PairwiseJudgment{{}, QStringLiteral("c1"), QStringLiteral("c2"), 3}};
        const AhpResult partial = Ahp::compute(three);
        QVERIFY(!partial.complete);
        QCOMPARE(partial.missing.size(), 2);
        QCOMPARE(ScoreReport::ahpJson(partial), (QJsonObject{{QStringLiteral("incomplete"), true}}));

        // withJudgment replaces either orientation and clears
        auto list = Ahp::withJudgment(d.pairwise, QStringLiteral("Bo"), QStringLiteral("c1"), QStringLiteral("c2"), 3);
        QCOMPARE(list.size(), 2);
        Decision judged;
        judged.pairwise = list;
        QCOMPARE(*Ahp::judgment(judged, QStringLiteral("Bo"), QStringLiteral("c2"), QStringLiteral("c1")), 1.0 / 3.0);
        list = Ahp::withJudgment(list, QStringLiteral("Ana"), QStringLiteral("c2"), QStringLiteral("c1"), std::nullopt);
        QCOMPARE(list.size(), 1);
        QCOMPARE(Ahp::formatJudgment(1.0 / 3.0), QStringLiteral("1/3"));
        QCOMPARE(Ahp::formatJudgment(5), QStringLiteral("5"));
    }

    void removingACriterionOrOptionCleansBallots()
    {
        Decision d = meeting();
        d.pairwise = {PairwiseJudgment{{}, QStringLiteral("c1"), QStringLiteral("c2"), 3}};
        QVERIFY(DecisionMatrix::removeCriterion(d, QStringLiteral("c2")));
        QVERIFY(d.pairwise.isEmpty());
        QVERIFY(d.ballots[2].weights.size() == 1);
        QVERIFY(DecisionMatrix::removeOption(d, QStringLiteral("o1")));
        for (const Ballot &b : d.ballots)
            for (const Score &s : b.scores)
                QVERIFY(s.option != QStringLiteral("o1") && s.criterion != QStringLiteral("c2"));
    }
};

QTEST_GUILESS_MAIN(TestGroupScore)
#include "tst_groupscore.moc"
