// Robustness: share of uniform simplex weightings under which the leader stays first.
#include "common/testsupport.h"
#include "core/decision/robustness.h"
#include "decisionbuilder.h"

#include <QTest>
#include <cmath>
#include <thread>
#include <vector>

using namespace archbench;
using namespace archbench::core;

class TestRobustness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void dominanceGivesOne()
    {
        // o1 is at least as good as every other option on every criterion.
        const Decision d = test::makeDecision({10, 30, 60}, {{5, 5, 5}, {4, 5, 3}, {1, 2, 3}});
        const auto r = Robustness::compute(d);
        QVERIFY(r);
        QCOMPARE(*r, 1.0);
    }

    void twoCriteriaMatchesTheFlipShare()
    {
        // A = 2 + 3s, B = 3 with s the share of c1: A leads when s > 1/3. On the 2-simplex s is
        // uniform on [0, 1], so A stays first under 2/3 of weightings.
        const Decision d = test::makeDecision({60, 40}, {{5, 2}, {3, 3}});
        const auto r = Robustness::compute(d, 100000);
        QVERIFY(r);
        QVERIFY2(std::abs(*r - 2.0 / 3.0) < 0.01, qPrintable(QString::number(*r)));
    }

    void threeSymmetricOptions()
    {
        // Each option is best on one criterion and equal elsewhere: by symmetry each leads under
        // a third of weightings.
        const Decision d = test::makeDecision({50, 30, 20}, {{5, 1, 1}, {1, 5, 1}, {1, 1, 5}});
        const auto r = Robustness::compute(d, 100000);
        QVERIFY(r);
        QVERIFY2(std::abs(*r - 1.0 / 3.0) < 0.01, qPrintable(QString::number(*r)));
    }

    void seeded()
    {
        const Decision d = test::databaseDecision();
        const auto a = Robustness::compute(d, 10000, 7);
        const auto b = Robustness::compute(d, 10000, 7);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        // The default is fixed too, so the command line and the GUI agree run after run.
        QCOMPARE(*Robustness::compute(d), *Robustness::compute(d));
        QVERIFY(*a > 0.5 && *a < 1.0);
    }

    void drawCountsThatAreNotMultiplesOfTheVectorWidth()
    {
        // Draws are summed several at a time; a last, short group must count only its own
        // draws. With a dominant leader every count gives exactly 1.
        const Decision dominant = test::makeDecision({10, 30, 60}, {{5, 5, 5}, {4, 5, 3}, {1, 2, 3}});
        for (int draws : {1, 3, 7, 9, 13, 20001})
            QCOMPARE(*Robustness::compute(dominant, draws), 1.0);
        // The draws are one seeded sequence: n + 1 draws keep the first n draws' outcome and add
        // one more, so the count of kept draws grows by 0 or 1 at each step.
        const Decision d = test::makeDecision({50, 30, 20}, {{5, 1, 1}, {1, 5, 1}, {1, 1, 5}});
        int previous = 0;
        int grown = 0;
        for (int draws = 1; draws <= 40; ++draws) {
            const double share = *Robustness::compute(d, draws, 99);
            const int kept = int(std::lround(share * draws));
            QVERIFY2(std::abs(share * draws - kept) < 1e-9, qPrintable(QString::number(share)));
            QVERIFY2(kept == previous || kept == previous + 1, qPrintable(QStringLiteral("%1 draws: %2 kept").arg(draws).arg(kept)));
            grown += kept - previous;
            previous = kept;
        }
        QVERIFY(grown > 5 && grown < 35); // about a third of 40
    }

    void sameFigureFromManyThreads()
    {
        // The drawn weights are shared between threads; every thread gets the serial figure.
        const Decision d = test::databaseDecision();
        const double serial = *Robustness::compute(d, 12345, 3);
        std::vector<double> figures(4, -1);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < figures.size(); ++i)
            threads.emplace_back([&, i] { figures[i] = *Robustness::compute(d, 12345, 3); });
        for (std::thread &t : threads)
            t.join();
        for (double f : figures)
            QCOMPARE(f, serial);
    }

    void nullWithFewerThanTwoRanked_data()
    {
        QTest::addColumn<bool>("eliminateSecond");
        QTest::addColumn<bool>("missingSecond");
        QTest::newRow("second eliminated") << true << false;
        QTest::newRow("second incomplete") << false << true;
    }

    void nullWithFewerThanTwoRanked()
    {
        QFETCH(bool, eliminateSecond);
        QFETCH(bool, missingSecond);
        Decision d = test::makeDecision({1, 1}, {{5, 1}, {1, missingSecond ? test::kMissing : 5}});
        if (eliminateSecond)
            test::eliminate(d, QStringLiteral("o2"));
        QVERIFY(!Robustness::compute(d));
    }

    void nullWithoutWeights()
    {
        QVERIFY(!Robustness::compute(test::makeDecision({0, 0}, {{5, 1}, {1, 5}})));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
