// Risk per question (rules in order, "None of these", not applicable, unanswered, unrated when
// a lens without a default rule has no rule for the answer) and the counts per pillar and for
// the review.
#include "core/review/riskassessment.h"
#include "reviewfixtures.h"

using namespace archbench;
using namespace archbench::core;

Q_DECLARE_METATYPE(archbench::core::RiskLevel)

class TestRiskAssessment : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void questionRisk_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("hasAnswer");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<RiskLevel>("risk");

        const QString tests = QStringLiteral("dlv-tests");
        const QString release = QStringLiteral("dlv-release");
        QTest::newRow("no answer") << tests << false << QStringList() << RiskLevel::Unanswered;
        QTest::newRow("answer with nothing ticked") << tests << true << QStringList() << RiskLevel::Unanswered;
        QTest::newRow("only ids the lens does not know") << tests << true << QStringList{QStringLiteral("gone")}
                                                         << RiskLevel::Unanswered;
        QTest::newRow("not applicable") << tests << true << QStringList{QStringLiteral("n/a")} << RiskLevel::NotApplicable;
        QTest::newRow("first rule") << tests << true
                                    << QStringList{QStringLiteral("dlv-tests-unit"), QStringLiteral("dlv-tests-e2e")}
                                    << RiskLevel::None;
        QTest::newRow("second rule") << tests << true << QStringList{QStringLiteral("dlv-tests-unit")} << RiskLevel::Medium;
        QTest::newRow("default rule") << tests << true << QStringList{QStringLiteral("dlv-tests-e2e")} << RiskLevel::High;
        QTest::newRow("none of these") << tests << true << QStringList{QStringLiteral("dlv-tests_no")} << RiskLevel::High;
        QTest::newRow("none of these overrides ticks")
            << tests << true
            << QStringList{QStringLiteral("dlv-tests-unit"), QStringLiteral("dlv-tests-e2e"), QStringLiteral("dlv-tests_no")}
            << RiskLevel::High;
        // rule order: "!rollback" comes first and wins even when auto && flags hold
        QTest::newRow("negation rule first")
            << release << true << QStringList{QStringLiteral("dlv-release-auto"), QStringLiteral("dlv-release-flags")}
            << RiskLevel::High;
        QTest::newRow("no-risk after negation")
            << release << true
            << QStringList{QStringLiteral("dlv-release-auto"), QStringLiteral("dlv-release-flags"), QStringLiteral("dlv-release-rollback")}
            << RiskLevel::None;
        QTest::newRow("default medium") << release << true << QStringList{QStringLiteral("dlv-release-rollback")}
                                        << RiskLevel::Medium;
        QTest::newRow("none of these with negation rule") << release << true << QStringList{QStringLiteral("dlv-release_no")}
                                                          << RiskLevel::High;
    }

    void questionRisk()
    {
        QFETCH(QString, question);
        QFETCH(bool, hasAnswer);
        QFETCH(QStringList, selected);
        QFETCH(RiskLevel, risk);
        const Lens lens = test::smallLens();
        const Answer a = test::answer(question, selected);
        QCOMPARE(RiskAssessment::questionRisk(*lens.question(question), hasAnswer ? &a : nullptr), risk);
    }

    void countsPerPillarAndReview()
    {
        const Lens lens = test::smallLens();
        const QList<Answer> answers{
            test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit")}),  // medium
            test::answer(QStringLiteral("dlv-release"), {QStringLiteral("n/a")}),             // n/a
            test::answer(QStringLiteral("unknown-question"), {QStringLiteral("x")}),          // ignored
        };
        const RiskAssessment risks = RiskAssessment::assess(lens, answers);
        QCOMPARE(risks.pillars().size(), 2);
        QCOMPARE(risks.pillars().at(0).id, QStringLiteral("delivery"));
        QCOMPARE(risks.pillars().at(0).counts, (RiskCounts{0, 1, 0, 1, 0}));
        QCOMPARE(risks.pillars().at(1).counts, (RiskCounts{0, 0, 0, 0, 1}));
        QCOMPARE(risks.totals(), (RiskCounts{0, 1, 0, 1, 1}));
        QCOMPARE(risks.totals().total(), lens.questionCount());
        QCOMPARE(risks.questions().size(), 3);
        QCOMPARE(risks.questions().at(2).pillar, QStringLiteral("data"));
        QCOMPARE(risks.riskOf(QStringLiteral("dlv-release")), RiskLevel::NotApplicable);
        QCOMPARE(risks.riskOf(QStringLiteral("unknown-question")), RiskLevel::Unanswered);

        // the first answer of a question counts
        QList<Answer> twice = answers;
        twice.prepend(test::answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily"), QStringLiteral("dat-backup-restore")}));
        twice.append(test::answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup_no")}));
        QCOMPARE(RiskAssessment::assess(lens, twice).riskOf(QStringLiteral("dat-backup")), RiskLevel::None);
    }

    void unratedWhenNoRuleMatches_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<RiskLevel>("risk");
        const QString gap = QStringLiteral("no-default-gap.json");
        const QString net = QStringLiteral("net-mode-gap.json");
        const QString release = QStringLiteral("dlv-release");
        QTest::newRow("rollback alone") << gap << release << QStringList{QStringLiteral("dlv-release-rollback")}
                                        << RiskLevel::Unrated;
        QTest::newRow("rollback and auto") << gap << release
                                           << QStringList{QStringLiteral("dlv-release-rollback"), QStringLiteral("dlv-release-auto")}
                                           << RiskLevel::Unrated;
        QTest::newRow("a rule still matches") << gap << release
                                              << QStringList{QStringLiteral("dlv-release-rollback"), QStringLiteral("dlv-release-auto"),
                                                             QStringLiteral("dlv-release-flags")}
                                              << RiskLevel::None;
        QTest::newRow("NET3: none of these alone") << net << QStringLiteral("net-mode") << QStringList{QStringLiteral("net-mode_no")}
                                                   << RiskLevel::Unrated;
        QTest::newRow("NET3: none of these wins over ticks")
            << net << QStringLiteral("net-mode") << QStringList{QStringLiteral("net-mode-awsvpc"), QStringLiteral("net-mode_no")}
            << RiskLevel::Unrated;
        QTest::newRow("NET3: host") << net << QStringLiteral("net-mode") << QStringList{QStringLiteral("net-mode-host")}
                                    << RiskLevel::High;
        // not answered and not applicable stay what they were, whatever the rules
        QTest::newRow("nothing ticked") << net << QStringLiteral("net-mode") << QStringList() << RiskLevel::Unanswered;
        QTest::newRow("not applicable") << net << QStringLiteral("net-mode") << QStringList{QStringLiteral("n/a")}
                                        << RiskLevel::NotApplicable;
    }

    void unratedWhenNoRuleMatches()
    {
        QFETCH(QString, file);
        QFETCH(QString, question);
        QFETCH(QStringList, selected);
        QFETCH(RiskLevel, risk);
        const Lens lens = test::lensFile(file);
        const Answer a = test::answer(question, selected);
        QCOMPARE(RiskAssessment::questionRisk(*lens.question(question), &a), risk);
    }

    void unratedCountedPerPillar()
    {
        const Lens lens = test::lensFile(QStringLiteral("net-mode-gap.json"));
        const QList<Answer> answers{
            test::answer(QStringLiteral("net-mode"), {QStringLiteral("net-mode_no")}),        // unrated
            test::answer(QStringLiteral("net-dns"), {QStringLiteral("net-dns-discovery")}),   // medium
            test::answer(QStringLiteral("sto-backup"), {QStringLiteral("sto-backup_no")}),    // high (default)
        };
        const RiskAssessment risks = RiskAssessment::assess(lens, answers);
        QCOMPARE(risks.riskOf(QStringLiteral("net-mode")), RiskLevel::Unrated);
        RiskCounts networking;
        networking.medium = 1;
        networking.unrated = 1;
        QCOMPARE(risks.pillars().at(0).counts, networking);
        QCOMPARE(risks.pillars().at(0).counts.count(RiskLevel::Unrated), 1);
        QCOMPARE(risks.pillars().at(1).counts, (RiskCounts{1, 0, 0, 0, 0, 0}));
        QCOMPARE(risks.totals().unrated, 1);
        QCOMPARE(risks.totals().total(), lens.questionCount());
        RiskCounts sum;
        sum.add(RiskLevel::Unrated);
        sum += sum;
        QCOMPARE(sum.unrated, 2);
    }

    void effectiveSelection()
    {
        const Lens lens = test::smallLens();
        const LensQuestion &q = *lens.question(QStringLiteral("dlv-tests"));
        const Answer mixed = test::answer(q.id, {QStringLiteral("dlv-tests-unit"), QStringLiteral("stale")});
        QCOMPARE(RiskAssessment::effectiveSelection(q, mixed), QSet<QString>{QStringLiteral("dlv-tests-unit")});
        const Answer none = test::answer(q.id, {QStringLiteral("dlv-tests-unit"), QStringLiteral("dlv-tests_no")});
        QCOMPARE(RiskAssessment::effectiveSelection(q, none), QSet<QString>{QStringLiteral("dlv-tests_no")});
    }

    void spellings()
    {
        QCOMPARE(riskToString(RiskLevel::High), QStringLiteral("high"));
        QCOMPARE(riskToString(RiskLevel::Medium), QStringLiteral("medium"));
        QCOMPARE(riskToString(RiskLevel::None), QStringLiteral("none"));
        QCOMPARE(riskToString(RiskLevel::NotApplicable), QStringLiteral("not-applicable"));
        QCOMPARE(riskToString(RiskLevel::Unanswered), QStringLiteral("unanswered"));
        QCOMPARE(riskToString(RiskLevel::Unrated), QStringLiteral("unrated"));
    }
};

QTEST_GUILESS_MAIN(TestRiskAssessment)
#include "tst_riskassessment.moc"
