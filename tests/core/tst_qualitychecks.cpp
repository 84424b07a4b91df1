// Each decision-quality check of DOMAIN.md §2 fails exactly when it should, with a reason.
#include "common/testsupport.h"
#include "core/decision/qualitycheck.h"
#include "decisionbuilder.h"

#include <QTest>
#include <functional>

using namespace archbench;
using namespace archbench::core;

using Mutation = std::function<void(Decision &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
// A decision that passes every check: two options, trade-offs, a measurable trigger and a
// calendar trigger, accepted with a choice, one-way door.
Decision goodDecision()
{
    Decision d = test::databaseDecision();
    d.doorType = DoorType::OneWay;
    d.status = DecisionStatus::Accepted;
    d.date = QDate(2026, 11, 28);
    d.chosenOption = QStringLiteral("o1");
    d.tradeoffsAccepted << QStringLiteral("We give up schemaless writes for transactions");
    RevisitTrigger scale;
    scale.id = QStringLiteral("t1");
    scale.category = TriggerCategory::Scale;
    scale.condition = QStringLiteral("Writes exceed 5,000 TPS");
    d.revisitTriggers << scale;
    return d;
}

QStringList failedIds(const Decision &d)
{
    QStringList ids;
    for (const QualityCheck &c : QualityChecks::failed(d))
        ids << c.id;
    return ids;
}
} // namespace

class TestQualityChecks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void goodDecisionPasses() { QCOMPARE(failedIds(goodDecision()), QStringList()); }

    void eachCheck_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("only one option") << Mutation([](Decision &d) {
            d.options.resize(1);
            d.doorType = DoorType::Partial;
        }) << QStringList{QualityChecks::kSingleOption};
        QTest::newRow("no option at all") << Mutation([](Decision &d) {
            d.options.clear();
            d.chosenOption.clear();
            d.status = DecisionStatus::Proposed;
            d.doorType = DoorType::Partial;
        }) << QStringList{QualityChecks::kNoOption};
        QTest::newRow("accepted with no option at all") << Mutation([](Decision &d) {
            d.options.clear();
            d.scores.clear();
            d.doorType = DoorType::Partial;
        }) << QStringList{QualityChecks::kNoOption, QualityChecks::kAcceptedWithoutChoice};
        QTest::newRow("accepted, matrix incomplete, no leader") << Mutation([](Decision &d) {
            d.scores.removeIf([](const Score &s) { return s.criterion == QLatin1StringView("c5"); });
        }) << QStringList{QualityChecks::kAcceptedWithoutRanking};
        QTest::newRow("accepted, one option incomplete") << Mutation([](Decision &d) {
            d.scores.removeIf([](const Score &s) {
                return s.option == QLatin1StringView("o3") && s.criterion == QLatin1StringView("c2");
            });
        }) << QStringList{QualityChecks::kAcceptedWithoutRanking};
        QTest::newRow("accepted, the incomplete option is eliminated") << Mutation([](Decision &d) {
            d.scores.removeIf([](const Score &s) { return s.option == QLatin1StringView("o3"); });
            test::eliminate(d, QStringLiteral("o3"));
        }) << QStringList{};
        QTest::newRow("accepted without any criteria") << Mutation([](Decision &d) {
            d.criteria.clear();
            d.scores.clear();
        }) << QStringList{QualityChecks::kAcceptedWithoutRanking};
        QTest::newRow("proposed with an incomplete matrix is fine") << Mutation([](Decision &d) {
            d.status = DecisionStatus::Proposed;
            d.scores.removeIf([](const Score &s) { return s.criterion == QLatin1StringView("c5"); });
        }) << QStringList{};
        QTest::newRow("no revisit trigger") << Mutation([](Decision &d) { d.revisitTriggers.clear(); })
                                            << QStringList{QualityChecks::kNoRevisitTrigger};
        QTest::newRow("one-way door, second option is do nothing") << Mutation([](Decision &d) {
            d.options.resize(2);
            d.options[1].doNothing = true;
        }) << QStringList{QualityChecks::kOneWayWithoutAlternatives};
        QTest::newRow("two-way door with do nothing is fine") << Mutation([](Decision &d) {
            d.options.resize(2);
            d.options[1].doNothing = true;
            d.doorType = DoorType::TwoWay;
            d.revisitTriggers.first().reviewBy = QDate(2027, 1, 31);
        }) << QStringList{};
        QTest::newRow("one-way door without trade-offs") << Mutation([](Decision &d) {
            d.tradeoffsAccepted = {QStringLiteral("  ")};
        }) << QStringList{QualityChecks::kOneWayWithoutTradeoffs};
        QTest::newRow("trade-offs in the five questions count") << Mutation([](Decision &d) {
            d.tradeoffsAccepted.clear();
            d.tradeoffsText = QStringLiteral("Operational simplicity over write scale");
        }) << QStringList{};
        QTest::newRow("weights all zero") << Mutation([](Decision &d) {
            for (Criterion &c : d.criteria)
                c.weight = 0;
        }) << QStringList{QualityChecks::kWeightsAllZero};
        QTest::newRow("accepted without a choice") << Mutation([](Decision &d) { d.chosenOption.clear(); })
                                                   << QStringList{QualityChecks::kAcceptedWithoutChoice};
        QTest::newRow("accepted choosing an unknown option") << Mutation([](Decision &d) {
            d.chosenOption = QStringLiteral("gone");
        }) << QStringList{QualityChecks::kAcceptedWithoutChoice};
        QTest::newRow("proposed without a choice is fine") << Mutation([](Decision &d) {
            d.chosenOption.clear();
            d.status = DecisionStatus::Proposed;
        }) << QStringList{};
        QTest::newRow("two-way door without a time-box") << Mutation([](Decision &d) { d.doorType = DoorType::TwoWay; })
                                                         << QStringList{QualityChecks::kTwoWayWithoutTimeBox};
        QTest::newRow("two-way door with a calendar trigger") << Mutation([](Decision &d) {
            d.doorType = DoorType::TwoWay;
            RevisitTrigger t;
            t.id = QStringLiteral("t2");
            t.category = TriggerCategory::Calendar;
            d.revisitTriggers << t;
        }) << QStringList{};
        QTest::newRow("two-way door, calendar trigger but no decision date") << Mutation([](Decision &d) {
            d.doorType = DoorType::TwoWay;
            d.date = QDate();
            RevisitTrigger t;
            t.id = QStringLiteral("t2");
            t.category = TriggerCategory::Calendar;
            d.revisitTriggers << t;
        }) << QStringList{QualityChecks::kTwoWayWithoutTimeBox};
        QTest::newRow("two-way door with no trigger at all") << Mutation([](Decision &d) {
            d.doorType = DoorType::TwoWay;
            d.revisitTriggers.clear();
        }) << QStringList{QualityChecks::kNoRevisitTrigger, QualityChecks::kTwoWayWithoutTimeBox};
        QTest::newRow("superseded decisions are history") << Mutation([](Decision &d) {
            d.status = DecisionStatus::Superseded;
            d.revisitTriggers.clear();
            d.options.resize(1);
        }) << QStringList{};
    }

    void eachCheck()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        Decision d = goodDecision();
        mutate(d);
        QCOMPARE(failedIds(d), expected);
        for (const QualityCheck &c : QualityChecks::failed(d)) {
            QVERIFY(!c.reason.isEmpty());
            QCOMPARE(c.title, QualityChecks::title(c.id));
            QVERIFY(c.title != c.id);
        }
    }

    void everyCheckHasAnId() { QCOMPARE(QualityChecks::allIds().size(), 9); }

    // Issue 13 §4: zero options said "Only one option. No option is listed yet."
    void zeroAndOneOptionSayWhatIsTrue()
    {
        Decision none = goodDecision();
        none.options.clear();
        none.scores.clear();
        const QList<QualityCheck> noneFailed = QualityChecks::failed(none);
        QVERIFY(!noneFailed.isEmpty());
        QCOMPARE(noneFailed.first().id, QualityChecks::kNoOption);
        QVERIFY(!noneFailed.first().title.contains(QStringLiteral("one"), Qt::CaseInsensitive));
        QVERIFY(noneFailed.first().reason.startsWith(QStringLiteral("No option")));

        Decision one = goodDecision();
        one.options.resize(1);
        one.doorType = DoorType::Partial;
        const QList<QualityCheck> oneFailed = QualityChecks::failed(one);
        QCOMPARE(oneFailed.size(), 1);
        QCOMPARE(oneFailed.first().title, QStringLiteral("Only one option"));
        QVERIFY(oneFailed.first().reason.startsWith(QStringLiteral("Only one option")));
    }

    // An accepted decision whose matrix lost its leader no longer passes every check.
    void acceptedWithoutLeaderSaysWhy()
    {
        Decision d = goodDecision();
        d.scores.removeIf([](const Score &s) { return s.criterion == QLatin1StringView("c5"); });
        const QList<QualityCheck> failed = QualityChecks::failed(d);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().title, QStringLiteral("Accepted without a complete ranking"));
        QVERIFY(failed.first().reason.contains(QStringLiteral("no option is ranked")));
    }
};

QTEST_GUILESS_MAIN(TestQualityChecks)
#include "tst_qualitychecks.moc"
