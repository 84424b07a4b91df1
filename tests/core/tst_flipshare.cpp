// Flip shares: the nearest share of one criterion at which the leader changes, solved from
// the lines f_i(s) = b_i + s·(a_i − b_i); hand-computed intersections.
#include "common/testsupport.h"
#include "core/decision/flipshare.h"
#include "decisionbuilder.h"

#include <QTest>

using namespace archbench;
using namespace archbench::core;

using Rows = QList<QList<double>>;
using Numbers = QList<double>;

namespace {
constexpr double kNever = -1;
bool near(std::optional<double> actual, double expected)
{
    if (expected == kNever)
        return !actual;
    return actual && std::abs(*actual - expected) < 1e-9;
}
QString show(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}
} // namespace

class TestFlipShare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void cases_data()
    {
        QTest::addColumn<Numbers>("weights");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<int>("criterion");
        QTest::addColumn<double>("share");
        QTest::addColumn<double>("flipShare");
        QTest::addColumn<double>("flipBelow");
        QTest::addColumn<double>("flipAbove");
        QTest::addColumn<QString>("newLeader");

        // c1 share s: A = 5s + 1(1−s) = 1 + 4s, B = 2s + 4(1−s) = 4 − 2s; equal at s = 0.5.
        QTest::newRow("two criteria, c1") << Numbers{60, 40} << Rows{{5, 1}, {2, 4}} << 0 << 0.6 << 0.5
                                          << 0.5 << kNever << QStringLiteral("o2");
        // c2 share t: A = 5 − 4t, B = 2 + 2t; equal at t = 0.5, reached by raising c2.
        QTest::newRow("two criteria, c2") << Numbers{60, 40} << Rows{{5, 1}, {2, 4}} << 1 << 0.4 << 0.5
                                          << kNever << 0.5 << QStringLiteral("o2");
        // c1 at 0.5, c2:c3 keep 3:2. A = 2 + 3s, B = 3, C = 5 − 4s: A meets C at 3/7 before B at 1/3.
        QTest::newRow("others keep proportions") << Numbers{50, 30, 20} << Rows{{5, 2, 2}, {3, 3, 3}, {1, 5, 5}}
                                                 << 0 << 0.5 << 3.0 / 7.0 << 3.0 / 7.0 << kNever
                                                 << QStringLiteral("o3");
        // dominance: A is at least as good everywhere, so no share moves the lead.
        QTest::newRow("dominant leader") << Numbers{30, 70} << Rows{{5, 5}, {4, 5}, {1, 2}} << 0 << 0.3
                                         << kNever << kNever << kNever << QString();
        // A = 2 + 2s, B = 2: they meet at s = 0, where the tie goes to A (listed first).
        QTest::newRow("tie at the end, leader listed first") << Numbers{50, 50} << Rows{{4, 2}, {2, 2}} << 0
                                                             << 0.5 << kNever << kNever << kNever << QString();
        // Same lines with B listed first: at s = 0 the tie goes to B, so the lead changes there.
        QTest::newRow("tie at the end, challenger listed first") << Numbers{50, 50} << Rows{{2, 2}, {4, 2}} << 0
                                                                 << 0.5 << 0.0 << 0.0 << kNever
                                                                 << QStringLiteral("o1");
        // A zero-weight criterion can still flip the lead when raised: c1 share s,
        // A = 4 − 3s (c1 = 1, c2 = 4), B = 3 + 2s (c1 = 5, c2 = 3): equal at s = 0.2.
        QTest::newRow("zero weight raised") << Numbers{0, 10} << Rows{{1, 4}, {5, 3}} << 0 << 0.0 << 0.2
                                            << kNever << 0.2 << QStringLiteral("o2");
        // Flips on both sides: the nearer one is reported. c1 share s, c2:c3 = 1:1.
        // A = 3 (3,3,3); B = 4 − 4s... (0,4,4): B = 4 − 4s; C = 1 + 4s... (5,1,1): C = 1 + 4s.
        // At s = 0.4: A 3, B 2.4, C 2.6 → A. B overtakes below s = 0.25, C above s = 0.5.
        QTest::newRow("both sides, nearer above") << Numbers{40, 30, 30} << Rows{{3, 3, 3}, {0, 4, 4}, {5, 1, 1}}
                                                  << 0 << 0.4 << 0.5 << 0.25 << 0.5 << QStringLiteral("o3");
    }

    void cases()
    {
        QFETCH(Numbers, weights);
        QFETCH(Rows, rows);
        QFETCH(int, criterion);
        QFETCH(double, share);
        QFETCH(double, flipShare);
        QFETCH(double, flipBelow);
        QFETCH(double, flipAbove);
        QFETCH(QString, newLeader);

        Decision d = test::makeDecision(weights, rows);
        d.scale = ScoreScale{0, 5};
        const QList<CriterionSensitivity> all = FlipShare::compute(d);
        QCOMPARE(all.size(), weights.size());
        const CriterionSensitivity &cs = all[criterion];
        QCOMPARE(cs.criterion, d.criteria[criterion].id);
        QVERIFY(cs.share && qFuzzyCompare(1 + *cs.share, 1 + share));
        QVERIFY2(near(cs.flipShare, flipShare), qPrintable(show(cs.flipShare)));
        QVERIFY2(near(cs.flipBelow, flipBelow), qPrintable(show(cs.flipBelow)));
        QVERIFY2(near(cs.flipAbove, flipAbove), qPrintable(show(cs.flipAbove)));
        if (!newLeader.isEmpty())
            QCOMPARE(cs.flipShare == cs.flipBelow ? cs.leaderBelow : cs.leaderAbove, newLeader);
    }

    void flipMatchesTheWeightedScore()
    {
        // Re-weighting to the flip share must produce a tie between leader and challenger.
        const Decision d = test::databaseDecision();
        const WeightedScore ws = WeightedScore::compute(d);
        const QList<CriterionSensitivity> all = FlipShare::compute(d, ws);
        for (int j = 0; j < all.size(); ++j) {
            if (!all[j].flipShare)
                continue;
            const double s = *all[j].flipShare;
            const double rest = 100.0 - d.criteria[j].weight;
            Decision moved = d;
            for (int k = 0; k < moved.criteria.size(); ++k)
                moved.criteria[k].weight = k == j ? s * 100.0 : (1 - s) * 100.0 * d.criteria[k].weight / rest;
            const WeightedScore at = WeightedScore::compute(moved);
            const QString challenger = all[j].flipShare == all[j].flipBelow ? all[j].leaderBelow : all[j].leaderAbove;
            QVERIFY(std::abs(*at.find(ws.leader())->weighted - *at.find(challenger)->weighted) < 1e-9);
        }
    }

    void nothingToFlip_data()
    {
        QTest::addColumn<Numbers>("weights");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<bool>("hasShare");
        QTest::newRow("single criterion") << Numbers{10} << Rows{{5}, {3}} << true;
        QTest::newRow("all weights zero") << Numbers{0, 0} << Rows{{5, 1}, {1, 5}} << false;
        QTest::newRow("one ranked option") << Numbers{1, 1} << Rows{{5, 1}, {1, test::kMissing}} << true;
    }

    void nothingToFlip()
    {
        QFETCH(Numbers, weights);
        QFETCH(Rows, rows);
        QFETCH(bool, hasShare);
        for (const CriterionSensitivity &cs : FlipShare::compute(test::makeDecision(weights, rows))) {
            QCOMPARE(cs.share.has_value(), hasShare);
            QVERIFY(!cs.flipShare);
        }
    }

    void eliminatedOptionsDoNotCompete()
    {
        // Without the constraint o2 would overtake at s = 0.5 (see "two criteria, c1").
        Decision d = test::makeDecision({60, 40}, {{5, 1}, {2, 4}, {1, 1}});
        test::eliminate(d, QStringLiteral("o2"));
        const QList<CriterionSensitivity> all = FlipShare::compute(d);
        // o3 = 1 everywhere, below o1 = 1 + 4s except at s = 0 where the tie goes to o1.
        QVERIFY(!all[0].flipShare);
    }
};

QTEST_GUILESS_MAIN(TestFlipShare)
#include "tst_flipshare.moc"
