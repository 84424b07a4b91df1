// Drill verdicts: phase sums, pass at the boundary, margin signs, missing values never pass.
#include "common/testsupport.h"
#include "core/drill/drillverdict.h"
#include "core/drill/drtierpresets.h"

#include <QTest>

using namespace archbench::core;

using OptDouble = std::optional<double>;
Q_DECLARE_METATYPE(OptDouble)
using OptBool = std::optional<bool>;
Q_DECLARE_METATYPE(OptBool)

class TestDrillVerdict : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void phaseSum_data()
    {
        QTest::addColumn<OptDouble>("detect");
        QTest::addColumn<OptDouble>("decide");
        QTest::addColumn<OptDouble>("recover");
        QTest::addColumn<OptDouble>("expected");
        QTest::newRow("interchange example") << OptDouble(4) << OptDouble(6) << OptDouble(22) << OptDouble(32);
        QTest::newRow("fractions") << OptDouble(0.5) << OptDouble(1.25) << OptDouble(2) << OptDouble(3.75);
        QTest::newRow("float noise") << OptDouble(4.1) << OptDouble(6.2) << OptDouble(4.7) << OptDouble(15);
        QTest::newRow("all zero") << OptDouble(0) << OptDouble(0) << OptDouble(0) << OptDouble(0);
        QTest::newRow("detect missing") << OptDouble() << OptDouble(6) << OptDouble(22) << OptDouble();
        QTest::newRow("decide missing") << OptDouble(4) << OptDouble() << OptDouble(22) << OptDouble();
        QTest::newRow("recover missing") << OptDouble(4) << OptDouble(6) << OptDouble() << OptDouble();
    }
    void phaseSum()
    {
        QFETCH(OptDouble, detect);
        QFETCH(OptDouble, decide);
        QFETCH(OptDouble, recover);
        QFETCH(OptDouble, expected);
        DrillMeasured m;
        m.detectMinutes = detect;
        m.decideMinutes = decide;
        m.recoverMinutes = recover;
        QCOMPARE(observedRtoMinutes(m), expected);
    }

    void judgeTargets_data()
    {
        QTest::addColumn<OptDouble>("observed");
        QTest::addColumn<OptDouble>("target");
        QTest::addColumn<OptBool>("pass");
        QTest::addColumn<OptDouble>("margin");
        QTest::newRow("equal passes") << OptDouble(15) << OptDouble(15) << OptBool(true) << OptDouble(0);
        QTest::newRow("just over fails") << OptDouble(15.1) << OptDouble(15) << OptBool(false) << OptDouble(-0.1);
        QTest::newRow("under passes, positive margin") << OptDouble(12) << OptDouble(15) << OptBool(true) << OptDouble(3);
        QTest::newRow("over fails, negative margin") << OptDouble(32) << OptDouble(15) << OptBool(false) << OptDouble(-17);
        QTest::newRow("zero target, zero loss") << OptDouble(0) << OptDouble(0) << OptBool(true) << OptDouble(0);
        QTest::newRow("zero target, any loss") << OptDouble(0.5) << OptDouble(0) << OptBool(false) << OptDouble(-0.5);
        QTest::newRow("no target") << OptDouble(10) << OptDouble() << OptBool() << OptDouble();
        QTest::newRow("not measured") << OptDouble() << OptDouble(5) << OptBool() << OptDouble();
    }
    void judgeTargets()
    {
        QFETCH(OptDouble, observed);
        QFETCH(OptDouble, target);
        QFETCH(OptBool, pass);
        QFETCH(OptDouble, margin);
        const TargetVerdict v = judge(observed, target);
        QCOMPARE(v.pass, pass);
        QCOMPARE(v.margin, margin);
        QCOMPARE(v.isKnown(), pass.has_value());
    }

    void boundaryWithFloatNoisePasses()
    {
        Drill d;
        d.targets = {15.0, 5.0};
        d.measured = {4.1, 6.2, 4.7, 5.0};
        const DrillVerdict v = evaluateDrill(d);
        QCOMPARE(v.rto.pass, OptBool(true));
        QCOMPARE(v.rto.margin, OptDouble(0));
        QCOMPARE(v.rpo.pass, OptBool(true));
        QVERIFY(v.passed());
        QVERIFY(!v.failed());
    }

    void interchangeExample()
    {
        Drill d;
        d.targets = {15.0, 5.0};
        d.measured = {4.0, 6.0, 22.0, 15.0};
        d.actionItems = {ActionItem{QStringLiteral("a1"), {}, {}, {}, WorkStatus::Open},
                         ActionItem{QStringLiteral("a2"), {}, {}, {}, WorkStatus::InProgress},
                         ActionItem{QStringLiteral("a3"), {}, {}, {}, WorkStatus::Done}};
        const DrillVerdict v = evaluateDrill(d);
        QCOMPARE(v.rto.observed, OptDouble(32));
        QCOMPARE(v.rto.margin, OptDouble(-17));
        QCOMPARE(v.rpo.observed, OptDouble(15));
        QCOMPARE(v.rpo.margin, OptDouble(-10));
        QCOMPARE(v.openActionItems, 2);
        QVERIFY(v.failed());
        QVERIFY(!v.passed());
    }

    void partialVerdictIsNeitherPassedNorFailed()
    {
        Drill d;
        d.targets = {15.0, 5.0};
        d.measured.dataLossSeconds = 2.0;
        const DrillVerdict v = evaluateDrill(d);
        QVERIFY(!v.rto.isKnown());
        QCOMPARE(v.rpo.pass, OptBool(true));
        QVERIFY(!v.passed());
        QVERIFY(!v.failed());
    }

    void tierPresetsFollowTheDomain()
    {
        QCOMPARE(drTierPresets().size(), 4);
        // The cheaper the tier, the looser its targets.
        const QList<DrTierPreset> presets = drTierPresets();
        for (qsizetype i = 1; i < presets.size(); ++i) {
            QVERIFY(presets[i].rtoMinutes < presets[i - 1].rtoMinutes);
            QVERIFY(presets[i].rpoSeconds <= presets[i - 1].rpoSeconds);
            QVERIFY(int(presets[i].cost) > int(presets[i - 1].cost));
        }
        for (const DrTierPreset &p : presets) {
            QVERIFY(p.rtoMinutes >= p.rtoLowMinutes && p.rtoMinutes <= p.rtoHighMinutes);
            QVERIFY(p.rpoSeconds >= p.rpoLowSeconds && p.rpoSeconds <= p.rpoHighSeconds);
        }
        const DrillTargets warm = typicalTargets(DrTier::WarmStandby);
        QCOMPARE(warm.rtoMinutes, OptDouble(15));
        QCOMPARE(warm.rpoSeconds, OptDouble(5));
        const DrTierPreset pilot = drTierPreset(DrTier::PilotLight);
        QCOMPARE(pilot.rtoLowMinutes, 30.0);
        QCOMPARE(pilot.rtoHighMinutes, 60.0);
    }
};

QTEST_GUILESS_MAIN(TestDrillVerdict)
#include "tst_drillverdict.moc"
