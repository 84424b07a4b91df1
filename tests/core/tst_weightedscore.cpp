// Weighted score, percent, ranks with ties, eliminated and incomplete options, the leader:
// hand-computed cases.
#include "common/testsupport.h"
#include "core/decision/weightedscore.h"
#include "decisionbuilder.h"

#include <QTest>

using namespace archbench;
using namespace archbench::core;
using test::kMissing;

using Rows = QList<QList<double>>;
using Numbers = QList<double>;
using Ranks = QList<int>; // 0 = no rank

class TestWeightedScore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void cases_data()
    {
        QTest::addColumn<Numbers>("weights");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QStringList>("eliminated");
        QTest::addColumn<Numbers>("weighted"); // NaN = null
        QTest::addColumn<Ranks>("ranks");
        QTest::addColumn<QString>("leader");

        // DOMAIN.md weights: (30·5+20·4+20·5+15·4+15·5)/100 = 4.65, 3.6, 3.5
        QTest::newRow("database choice") << Numbers{30, 20, 20, 15, 15}
                                         << Rows{{5, 4, 5, 4, 5}, {4, 3, 3, 4, 4}, {3, 5, 2, 5, 3}}
                                         << QStringList{} << Numbers{4.65, 3.6, 3.5} << Ranks{1, 2, 3}
                                         << QStringLiteral("o1");
        // (5+3)/2 = 4, (4+4)/2 = 4, 3: ties share rank 1, the next is 3; leader is first listed
        QTest::newRow("tie at the top") << Numbers{1, 1} << Rows{{5, 3}, {4, 4}, {3, 3}} << QStringList{}
                                        << Numbers{4, 4, 3} << Ranks{1, 1, 3} << QStringLiteral("o1");
        QTest::newRow("tie, later option listed first") << Numbers{1, 1} << Rows{{3, 3}, {4, 4}, {5, 3}}
                                                        << QStringList{} << Numbers{3, 4, 4} << Ranks{3, 1, 1}
                                                        << QStringLiteral("o2");
        QTest::newRow("tie in the middle") << Numbers{2, 1} << Rows{{5, 5}, {3, 3}, {2, 5}, {1, 1}}
                                           << QStringList{} << Numbers{5, 3, 3, 1} << Ranks{1, 2, 2, 4}
                                           << QStringLiteral("o1");
        // 0.1·3 + 0.2·3 is not exactly 0.3·3 in binary: still a tie
        QTest::newRow("tie through rounding noise") << Numbers{0.1, 0.2} << Rows{{3, 3}, {1.5, 3.75}}
                                                    << QStringList{} << Numbers{3, 3} << Ranks{1, 1}
                                                    << QStringLiteral("o1");
        // a zero weight takes no part: (0·1 + 10·4)/10 = 4, (0·5 + 10·3)/10 = 3
        QTest::newRow("one zero weight") << Numbers{0, 10} << Rows{{1, 4}, {5, 3}} << QStringList{}
                                         << Numbers{4, 3} << Ranks{1, 2} << QStringLiteral("o1");
        QTest::newRow("all weights zero") << Numbers{0, 0} << Rows{{1, 4}, {5, 3}} << QStringList{}
                                          << Numbers{kMissing, kMissing} << Ranks{0, 0} << QString();
        QTest::newRow("missing score") << Numbers{1, 1} << Rows{{5, kMissing}, {4, 4}, {3, 2}} << QStringList{}
                                       << Numbers{kMissing, 4, 2.5} << Ranks{0, 1, 2} << QStringLiteral("o2");
        // o1 would lead with 5 but fails a hard constraint: shown with its score, never ranked
        QTest::newRow("eliminated would lead") << Numbers{3, 1} << Rows{{5, 5}, {4, 2}, {3, 4}}
                                               << QStringList{QStringLiteral("o1")} << Numbers{5, 3.5, 3.25}
                                               << Ranks{0, 1, 2} << QStringLiteral("o2");
        QTest::newRow("everything eliminated") << Numbers{1} << Rows{{5}, {4}}
                                               << QStringList{QStringLiteral("o1"), QStringLiteral("o2")}
                                               << Numbers{5, 4} << Ranks{0, 0} << QString();
        QTest::newRow("no criteria") << Numbers{} << Rows{{}, {}} << QStringList{}
                                     << Numbers{kMissing, kMissing} << Ranks{0, 0} << QString();
    }

    void cases()
    {
        QFETCH(Numbers, weights);
        QFETCH(Rows, rows);
        QFETCH(QStringList, eliminated);
        QFETCH(Numbers, weighted);
        QFETCH(Ranks, ranks);
        QFETCH(QString, leader);

        Decision d = test::makeDecision(weights, rows);
        for (const QString &o : eliminated)
            test::eliminate(d, o);
        const WeightedScore ws = WeightedScore::compute(d);
        QCOMPARE(ws.options().size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const OptionScore &os = ws.options()[i];
            QCOMPARE(os.option, QStringLiteral("o%1").arg(i + 1));
            if (std::isnan(weighted[i]))
                QVERIFY2(!os.weighted, qPrintable(os.option));
            else
                QVERIFY2(os.weighted && qFuzzyCompare(*os.weighted, weighted[i]), qPrintable(os.option));
            QCOMPARE(os.rank.value_or(0), ranks[i]);
            QCOMPARE(os.eliminated, eliminated.contains(os.option));
            QCOMPARE(os.rank.has_value(), ranks[i] != 0);
        }
        QCOMPARE(ws.leader(), leader);
    }

    void percentOnTheScale()
    {
        Decision d = test::databaseDecision();
        const WeightedScore ws = WeightedScore::compute(d);
        QVERIFY(qFuzzyCompare(*ws.options()[0].percent, 91.25)); // (4.65 − 1) / 4 × 100
        QVERIFY(qFuzzyCompare(*ws.options()[2].percent, 62.5));
        d.scale = ScoreScale{0, 10};
        for (Score &s : d.scores)
            s.value *= 2;
        const WeightedScore ten = WeightedScore::compute(d);
        QVERIFY(qFuzzyCompare(*ten.options()[0].weighted, 9.3));
        QVERIFY(qFuzzyCompare(*ten.options()[0].percent, 93.0));
    }

    void incompleteListsMissingCriteria()
    {
        Decision d = test::makeDecision({1, 1, 1}, {{kMissing, 3, kMissing}, {1, 2, 3}});
        const WeightedScore ws = WeightedScore::compute(d);
        QCOMPARE(ws.options()[0].complete, false);
        QCOMPARE(ws.options()[0].missing, (QStringList{QStringLiteral("c1"), QStringLiteral("c3")}));
        QVERIFY(!ws.options()[0].percent);
        QCOMPARE(ws.options()[1].complete, true);
        QCOMPARE(ws.rankedCount(), 1);
    }

    void leadersListsATieForFirstPlace()
    {
        // o2 and o4 tie at 4, ahead of o3 (3.5): both share rank 1
        Decision d = test::makeDecision({1, 1}, {{3, 3}, {4, 4}, {5, 2}, {4, 4}});
        WeightedScore ws = WeightedScore::compute(d);
        QCOMPARE(ws.leader(), QStringLiteral("o2"));
        QCOMPARE(ws.leaders(), (QStringList{QStringLiteral("o2"), QStringLiteral("o4")}));
        d = test::makeDecision({1, 1}, {{3, 3}, {5, 4}, {5, 2}});
        QCOMPARE(WeightedScore::compute(d).leaders(), QStringList{QStringLiteral("o2")});
        d = test::makeDecision({0, 0}, {{3, 3}, {5, 4}});
        QVERIFY(WeightedScore::compute(d).leaders().isEmpty());
    }

    void rankingOrder()
    {
        const Decision d = test::makeDecision({1, 1}, {{3, 3}, {4, 4}, {5, 3}, {1, 1}});
        const QList<OptionScore> r = WeightedScore::compute(d).ranking();
        QStringList ids;
        for (const OptionScore &os : r)
            ids << os.option;
        QCOMPARE(ids, (QStringList{QStringLiteral("o2"), QStringLiteral("o3"), QStringLiteral("o1"),
                                   QStringLiteral("o4")}));
    }

    // The grid the analyses read instead of findScore() gives what findScore() gives, for
    // every cell, also for a file with a stray score, a doubled score, a missing score and an
    // option or criterion id written twice.
    void scoreGridFindsWhatFindScoreFinds()
    {
        Decision d = test::makeDecision({1, 2, 3}, {{3, 3, 1}, {4, test::kMissing, 4}, {5, 3, 2}});
        d.scores << Score{QStringLiteral("o1"), QStringLiteral("c2"), 1, QStringLiteral("second")}
                 << Score{QStringLiteral("nowhere"), QStringLiteral("c1"), 5, {}}
                 << Score{QStringLiteral("o2"), QStringLiteral("gone"), 5, {}};
        const auto sameAsFindScore = [](const Decision &decision) {
            const ScoreGrid grid(decision);
            int found = 0;
            for (qsizetype i = 0; i < decision.options.size(); ++i)
                for (qsizetype k = 0; k < decision.criteria.size(); ++k) {
                    const Score *expected = findScore(decision, decision.options[i].id, decision.criteria[k].id);
                    if (grid.at(i, k) != expected)
                        return -1;
                    found += expected != nullptr;
                }
            return found;
        };
        QCOMPARE(sameAsFindScore(d), 8);
        QCOMPARE(ScoreGrid(d).at(0, 1)->rationale, QString()); // the first of the two
        d.options << d.options.first();     // o1 twice
        d.criteria << d.criteria.last();    // c3 twice
        QCOMPARE(sameAsFindScore(d), 4 + 3 + 4 + 4);
        QVERIFY(ScoreGrid(d).at(3, 3) == findScore(d, QStringLiteral("o1"), QStringLiteral("c3")));
        QCOMPARE(sameAsFindScore(Decision{}), 0);

        // lists longer than 24 are looked up through a hash: the same answers
        QList<double> weights(30, 1.0);
        QList<QList<double>> rows(30, QList<double>(30, 3.0));
        rows[4][7] = test::kMissing;
        Decision big = test::makeDecision(weights, rows);
        big.scores.prepend(Score{QStringLiteral("o2"), QStringLiteral("c2"), 5, QStringLiteral("first")});
        big.options << big.options[1];   // o2 twice
        big.criteria << big.criteria[1]; // c2 twice
        QCOMPARE(sameAsFindScore(big), 31 * 31 - 1); // all but o5 on c8
        QCOMPARE(ScoreGrid(big).at(30, 30)->rationale, QStringLiteral("first"));
    }
};

QTEST_GUILESS_MAIN(TestWeightedScore)
#include "tst_weightedscore.moc"
