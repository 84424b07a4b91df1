// Matrix edits keep the decision consistent; paste fills a block or refuses it whole.
#include "common/testsupport.h"
#include "core/decision/decisionmatrix.h"
#include "core/decision/weightedscore.h"
#include "decisionbuilder.h"

#include <QTest>

using namespace archbench;
using namespace archbench::core;

class TestDecisionMatrix : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void removeOptionCleansUp()
    {
        Decision d = test::databaseDecision();
        test::eliminate(d, QStringLiteral("o3"));
        d.chosenOption = QStringLiteral("o3");
        QVERIFY(DecisionMatrix::removeOption(d, QStringLiteral("o3")));
        QCOMPARE(d.options.size(), 2);
        QVERIFY(std::none_of(d.scores.cbegin(), d.scores.cend(), [](const Score &s) { return s.option == QStringLiteral("o3"); }));
        QVERIFY(d.constraints.first().failedBy.isEmpty());
        QVERIFY(d.chosenOption.isEmpty());
        QVERIFY(!DecisionMatrix::removeOption(d, QStringLiteral("o3")));
    }

    void removeCriterionCleansUp()
    {
        Decision d = test::databaseDecision();
        QVERIFY(DecisionMatrix::removeCriterion(d, QStringLiteral("c1")));
        QCOMPARE(d.scores.size(), 12);
        QCOMPARE(d.criteria.first().id, QStringLiteral("c2"));
    }

    void addAndMove()
    {
        Decision d = test::databaseDecision();
        const QString c = DecisionMatrix::addCriterion(d, QStringLiteral("Latency"), 10, 1);
        QCOMPARE(d.criteria[1].id, c);
        QVERIFY(DecisionMatrix::moveCriterion(d, c, 5));
        QCOMPARE(d.criteria.last().id, c);
        QVERIFY(!DecisionMatrix::moveCriterion(d, c, 6));
        const QString o = DecisionMatrix::addOption(d, QStringLiteral("CockroachDB"));
        QCOMPARE(d.options.last().id, o);
        QVERIFY(DecisionMatrix::moveOption(d, o, 0));
        QCOMPARE(d.options.first().name, QStringLiteral("CockroachDB"));
    }

    void doNothingOnce()
    {
        Decision d = test::databaseDecision();
        const QString id = DecisionMatrix::addDoNothingOption(d);
        QVERIFY(!id.isEmpty());
        QVERIFY(d.options.last().doNothing);
        QVERIFY(!d.options.last().name.isEmpty());
        QVERIFY(DecisionMatrix::addDoNothingOption(d).isEmpty());
        QCOMPARE(d.options.size(), 4);
    }

    void scoresAndRationale()
    {
        Decision d = test::makeDecision({1}, {{test::kMissing}});
        QVERIFY(!DecisionMatrix::setRationale(d, QStringLiteral("o1"), QStringLiteral("c1"), QStringLiteral("why")));
        DecisionMatrix::setScore(d, QStringLiteral("o1"), QStringLiteral("c1"), 4);
        QVERIFY(DecisionMatrix::setRationale(d, QStringLiteral("o1"), QStringLiteral("c1"), QStringLiteral("why")));
        DecisionMatrix::setScore(d, QStringLiteral("o1"), QStringLiteral("c1"), 5);
        QCOMPARE(d.scores.size(), 1);
        QCOMPARE(d.scores.first().value, 5.0);
        QCOMPARE(d.scores.first().rationale, QStringLiteral("why"));
        DecisionMatrix::setScore(d, QStringLiteral("o1"), QStringLiteral("c1"), std::nullopt);
        QVERIFY(d.scores.isEmpty());
    }

    void normalise_data()
    {
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("proportions kept") << QList<double>{3, 1} << QList<double>{75, 25};
        QTest::newRow("already 100") << QList<double>{30, 20, 20, 15, 15} << QList<double>{30, 20, 20, 15, 15};
        QTest::newRow("thirds") << QList<double>{1, 1, 1} << QList<double>{100.0 / 3, 100.0 / 3, 100.0 / 3};
        QTest::newRow("all zero become equal") << QList<double>{0, 0, 0, 0} << QList<double>{25, 25, 25, 25};
    }

    void normalise()
    {
        QFETCH(QList<double>, weights);
        QFETCH(QList<double>, expected);
        QList<QList<double>> rows{QList<double>(weights.size(), 3.0), QList<double>(weights.size(), 2.0)};
        Decision d = test::makeDecision(weights, rows);
        const WeightedScore before = WeightedScore::compute(d);
        QVERIFY(DecisionMatrix::normaliseWeights(d));
        double sum = 0;
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY(qFuzzyCompare(d.criteria[i].weight, expected[i]));
            sum += d.criteria[i].weight;
        }
        QVERIFY(qFuzzyCompare(sum, 100.0));
        if (before.weightSum() > 0) // the ranking does not move
            QCOMPARE(*WeightedScore::compute(d).options().first().weighted, *before.options().first().weighted);
    }

    void meetsConstraint()
    {
        Decision d = test::databaseDecision();
        d.constraints << HardConstraint{QStringLiteral("k1"), QStringLiteral("ACID"), {}};
        QVERIFY(DecisionMatrix::setMeetsConstraint(d, QStringLiteral("k1"), QStringLiteral("o3"), false));
        QVERIFY(isEliminated(d, QStringLiteral("o3")));
        QVERIFY(!DecisionMatrix::setMeetsConstraint(d, QStringLiteral("k1"), QStringLiteral("o3"), false));
        QVERIFY(DecisionMatrix::setMeetsConstraint(d, QStringLiteral("k1"), QStringLiteral("o3"), true));
        QVERIFY(!isEliminated(d, QStringLiteral("o3")));
        QVERIFY(!DecisionMatrix::setMeetsConstraint(d, QStringLiteral("k9"), QStringLiteral("o3"), true));
    }

    void pasteScores()
    {
        Decision d = test::makeDecision({1, 1}, {{1, 1}, {1, 1}});
        // top-left at criterion 0, first option column; a spreadsheet's trailing newline
        auto r = DecisionMatrix::paste(d, QStringLiteral("5\t4\r\n3\t\n"), 0, DecisionMatrix::kFirstOptionColumn);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(findScore(*r, QStringLiteral("o1"), QStringLiteral("c1"))->value, 5.0);
        QCOMPARE(findScore(*r, QStringLiteral("o2"), QStringLiteral("c1"))->value, 4.0);
        QCOMPARE(findScore(*r, QStringLiteral("o1"), QStringLiteral("c2"))->value, 3.0);
        QVERIFY(!findScore(*r, QStringLiteral("o2"), QStringLiteral("c2"))); // empty cell clears
    }

    void pasteWholeTableGrows()
    {
        Decision d;
        d.id = QStringLiteral("d");
        const QString table = QStringLiteral("Data model fit\t30\t5\t4\nTeam expertise\t20\t5\t3\nCost\t15\t4\t5");
        auto r = DecisionMatrix::paste(d, table, 0, DecisionMatrix::kNameColumn);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->criteria.size(), 3);
        QCOMPARE(r->options.size(), 2);
        QCOMPARE(r->criteria[1].name, QStringLiteral("Team expertise"));
        QCOMPARE(r->criteria[2].weight, 15.0);
        QCOMPARE(r->scores.size(), 6);
        QVERIFY(WeightedScore::compute(*r).options().first().complete);
    }

    void pasteRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << QStringLiteral("5\tfour") << DecisionMatrix::kFirstOptionColumn
                                      << QStringLiteral("Row 1, column 2 of the pasted block: \"four\" is not a number.");
        QTest::newRow("outside the scale") << QStringLiteral("5\n7") << DecisionMatrix::kFirstOptionColumn
                                           << QStringLiteral("Row 2, column 1 of the pasted block: 7 is outside the scale 1 to 5.");
        QTest::newRow("negative weight") << QStringLiteral("-3") << DecisionMatrix::kWeightColumn
                                         << QStringLiteral("Row 1, column 1 of the pasted block: a weight cannot be negative.");
        QTest::newRow("nothing") << QStringLiteral("\n") << DecisionMatrix::kFirstOptionColumn
                                 << QStringLiteral("There is nothing to paste.");
    }

    void pasteRefused()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        QLocale::setDefault(QLocale::c());
        const Decision d = test::makeDecision({1, 1}, {{1, 1}, {1, 1}});
        const auto r = DecisionMatrix::paste(d, text, 0, column);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestDecisionMatrix)
#include "tst_decisionmatrix.moc"
