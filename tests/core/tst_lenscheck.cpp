// The lens check for lens authors: the smallest combination of choices no rule matches, rules
// that never decide the risk (after the default, beaten by an earlier rule, never holding), the
// JSON place of every warning, silence for a lens that rates everything, and sampling (said as
// such, deterministic) for a question with more than 16 choices.
#include "core/review/builtinlens.h"
#include "core/review/lenscheck.h"
#include "reviewfixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace archbench;
using namespace archbench::core;

namespace {
QStringList messages(const LensCheckResult &result)
{
    QStringList out;
    for (const LensWarning &w : result.warnings)
        out << w.message;
    return out;
}

/// A lens of `questions` alike questions with `choices` choices c01, c02, ... (no "None of
/// these") and `rules`.
Lens generatedLens(int choices, const QList<std::pair<QString, QString>> &rules, int questions = 1)
{
    QJsonArray choiceArray;
    for (int c = 1; c <= choices; ++c)
        choiceArray.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(c, 2, 10, QLatin1Char('0'))},
                                       {QStringLiteral("title"), QStringLiteral("Choice %1").arg(c)}});
    QJsonArray ruleArray;
    for (const auto &[condition, risk] : rules)
        ruleArray.append(QJsonObject{{QStringLiteral("condition"), condition}, {QStringLiteral("risk"), risk}});
    QJsonArray questionArray;
    for (int q = 0; q < questions; ++q)
        questionArray.append(QJsonObject{{QStringLiteral("id"), q == 0 ? QStringLiteral("big") : QStringLiteral("big%1").arg(q + 1)},
                                         {QStringLiteral("title"), QStringLiteral("A question with many choices")},
                                         {QStringLiteral("choices"), choiceArray},
                                         {QStringLiteral("riskRules"), ruleArray}});
    const QJsonObject lens{{QStringLiteral("schemaVersion"), QStringLiteral("2021-11-01")},
                           {QStringLiteral("name"), QStringLiteral("Generated")},
                           {QStringLiteral("pillars"), QJsonArray{QJsonObject{
                                {QStringLiteral("id"), QStringLiteral("p")},
                                {QStringLiteral("name"), QStringLiteral("P")},
                                {QStringLiteral("questions"), questionArray}}}}};
    auto loaded = LensLoader::fromObject(lens);
    if (!loaded)
        qFatal("generated lens does not load: %s", qPrintable(loaded.error().message));
    return *loaded;
}
} // namespace

class TestLensCheck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void noneOfTheseAloneMatchesNoRule()
    {
        // shaped like the ECS lens's NET3: a rule per level, none for "None of these"
        const Lens lens = test::lensFile(QStringLiteral("net-mode-gap.json"));
        const LensCheckResult result = LensCheck::check(lens);
        QCOMPARE(messages(result),
                 QStringList{QStringLiteral("question \"net-mode\" (pillars[0].questions[0]): riskRules: choice {net-mode_no} "
                                            "matches no rule, so such an answer is unrated (1 of 8 combinations of choices)")});
        const LensWarning &w = result.warnings.first();
        QCOMPARE(w.kind, LensWarning::Kind::Unrated);
        QCOMPARE(w.question, QStringLiteral("net-mode"));
        QCOMPARE(w.path, QStringLiteral("pillars[0].questions[0]"));
        QCOMPARE(w.choices, QStringList{QStringLiteral("net-mode_no")});
        QVERIFY(!w.sampled);
        QCOMPARE(result.questions, 3);
        QCOMPARE(result.exhaustive, 3);
        QCOMPARE(result.sampled, 0);
        // the example really is unrated
        const Answer answer = test::answer(w.question, w.choices);
        QCOMPARE(RiskAssessment::questionRisk(*lens.question(w.question), &answer), RiskLevel::Unrated);
    }

    void smallestCounterexample()
    {
        // dlv-release: "!rollback" HIGH, "auto && flags" NO: rollback without both is a gap
        const Lens lens = test::lensFile(QStringLiteral("no-default-gap.json"));
        const LensCheckResult result = LensCheck::check(lens);
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().choices, QStringList{QStringLiteral("dlv-release-rollback")});
        QCOMPARE(result.warnings.first().message,
                 QStringLiteral("question \"dlv-release\" (pillars[0].questions[1]): riskRules: choice {dlv-release-rollback} "
                                "matches no rule, so such an answer is unrated (3 of 8 combinations of choices)"));
    }

    void smallestCounterexampleWithTwoChoices()
    {
        // a rule for each choice alone, none for the two together: {a, b} is the only gap
        const Lens lens = generatedLens(3, {{QStringLiteral("c01 && !c02"), QStringLiteral("HIGH_RISK")},
                                            {QStringLiteral("c02 && !c01"), QStringLiteral("MEDIUM_RISK")},
                                            {QStringLiteral("c03"), QStringLiteral("NO_RISK")}});
        const LensCheckResult result = LensCheck::check(lens);
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().choices, (QStringList{QStringLiteral("c01"), QStringLiteral("c02")}));
        QVERIFY2(result.warnings.first().message.contains(QStringLiteral("choices {c01, c02} match no rule")),
                 qPrintable(result.warnings.first().message));
    }

    void rulesThatNeverDecide()
    {
        const Lens lens = test::lensFile(QStringLiteral("rule-after-default.json"));
        const LensCheckResult result = LensCheck::check(lens);
        QCOMPARE(messages(result),
                 (QStringList{
                     QStringLiteral("question \"rel-backup\" (pillars[0].questions[0]): riskRules[2] (MEDIUM_RISK) never "
                                    "decides the risk: it comes after the default rule riskRules[1]"),
                     QStringLiteral("question \"rel-failover\" (pillars[0].questions[1]): riskRules[1] (NO_RISK) never "
                                    "decides the risk: wherever its condition holds, an earlier rule matches first "
                                    "(riskRules[0])"),
                     QStringLiteral("question \"rel-failover\" (pillars[0].questions[1]): riskRules[2] (MEDIUM_RISK) never "
                                    "decides the risk: its condition holds for no combination of choices"),
                 }));
        for (const LensWarning &w : result.warnings)
            QCOMPARE(w.kind, LensWarning::Kind::DeadRule);
        QCOMPARE(result.warnings.at(0).rule, 2);
        QCOMPARE(result.warnings.at(1).rule, 1);
        QCOMPARE(result.warnings.at(1).path, QStringLiteral("pillars[0].questions[1]"));
    }

    void ruleOnlyForNothingTicked()
    {
        // as in several lenses of the hub: "!x" in a question whose only choice is x
        const Lens lens = generatedLens(1, {{QStringLiteral("c01"), QStringLiteral("NO_RISK")},
                                            {QStringLiteral("(!c01)"), QStringLiteral("HIGH_RISK")},
                                            {QStringLiteral("default"), QStringLiteral("MEDIUM_RISK")}});
        const LensCheckResult result = LensCheck::check(lens);
        QCOMPARE(messages(result),
                 QStringList{QStringLiteral("question \"big\" (pillars[0].questions[0]): riskRules[1] (HIGH_RISK) never decides "
                                            "the risk: its condition holds only with nothing ticked, and a question with "
                                            "nothing ticked is unanswered, not rated")});
    }

    void silentForLensesThatRateEverything_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("no default, explicit rules cover everything") << QStringLiteral("no-default-covered.json");
        QTest::newRow("default everywhere") << QStringLiteral("small-lens.json");
    }

    void silentForLensesThatRateEverything()
    {
        QFETCH(QString, file);
        const LensCheckResult result = LensCheck::check(test::lensFile(file));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(messages(result).join(QLatin1Char('\n'))));
    }

    void builtInLensIsClean()
    {
        const Lens lens = *LensLoader::fromRecord(BuiltInLens::record());
        const LensCheckResult result = LensCheck::check(lens);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(messages(result).join(QLatin1Char('\n'))));
        QCOMPARE(result.questions, lens.questionCount());
        QCOMPARE(LensCheck::summary(lens, result),
                 QStringLiteral("lens \"Archbench Well-Architected\": 0 warnings; every combination of choices tried in all "
                                "33 questions"));
    }

    void sixteenChoicesAreTriedWhole()
    {
        // c16 alone is the one combination no rule rates
        const Lens lens = generatedLens(16, {{QStringLiteral("c01 || c02 || c03 || c04 || c05 || c06 || c07 || c08"),
                                              QStringLiteral("MEDIUM_RISK")},
                                             {QStringLiteral("c09 || c10 || c11 || c12 || c13 || c14 || c15"),
                                              QStringLiteral("HIGH_RISK")}});
        const LensCheckResult result = LensCheck::check(lens);
        QCOMPARE(result.exhaustive, 1);
        QCOMPARE(result.sampled, 0);
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().choices, QStringList{QStringLiteral("c16")});
        QVERIFY2(result.warnings.first().message.endsWith(QStringLiteral("(1 of 65535 combinations of choices)")),
                 qPrintable(result.warnings.first().message));
    }

    void moreThanSixteenChoicesAreSampled()
    {
        // c01 decides; c02 without c01 is medium; "c01 && c02" is always beaten by "c01";
        // "c03 && !c03" never holds; a set with neither c01 nor c02 is unrated
        const Lens lens = generatedLens(20, {{QStringLiteral("c01"), QStringLiteral("NO_RISK")},
                                             {QStringLiteral("c02"), QStringLiteral("MEDIUM_RISK")},
                                             {QStringLiteral("c01 && c02"), QStringLiteral("HIGH_RISK")},
                                             {QStringLiteral("c03 && !c03"), QStringLiteral("HIGH_RISK")}});
        const LensCheckResult result = LensCheck::check(lens);
        QCOMPARE(result.exhaustive, 0);
        QCOMPARE(result.sampled, 1);
        QCOMPARE(result.warnings.size(), 3);
        for (const LensWarning &w : result.warnings)
            QVERIFY(w.sampled);

        const LensWarning &gap = result.warnings.at(0);
        QCOMPARE(gap.kind, LensWarning::Kind::Unrated);
        QCOMPARE(gap.choices, QStringList{QStringLiteral("c03")}); // the smallest, shrunk
        QVERIFY2(gap.message.contains(QStringLiteral("sampled combinations of choices")), qPrintable(gap.message));

        // the sample is several thousand combinations, and a dead rule is "not seen", not "never"
        const QRegularExpression seen(QStringLiteral("did not decide the risk in any of (\\d+) sampled combinations"));
        const QRegularExpressionMatch beaten = seen.match(result.warnings.at(1).message);
        QVERIFY2(beaten.hasMatch(), qPrintable(result.warnings.at(1).message));
        QVERIFY(beaten.captured(1).toInt() > 3000);
        QCOMPARE(result.warnings.at(1).rule, 2);
        QVERIFY(result.warnings.at(1).message.contains(QStringLiteral("an earlier rule matched first (riskRules[0])")));
        QVERIFY(!result.warnings.at(1).message.contains(QStringLiteral("never")));
        QCOMPARE(result.warnings.at(2).rule, 3);
        QVERIFY(result.warnings.at(2).message.contains(QStringLiteral("its condition held in none of them")));

        // the same lens gives the same words every time (fixed seed)
        QCOMPARE(messages(LensCheck::check(lens)), messages(result));
        QVERIFY2(LensCheck::summary(lens, result).endsWith(
                     QStringLiteral("3 warnings; every combination of choices tried in 0 of 1 questions, the other 1 sampled")),
                 qPrintable(LensCheck::summary(lens, result)));
    }

    void budgetBoundsTheWork()
    {
        // each combination costs 4 terms; 1023 combinations of 10 choices fit a budget of 5000
        // once, then questions are sampled with what is left, then left unchecked
        const Lens lens = generatedLens(10, {{QStringLiteral("c01"), QStringLiteral("NO_RISK")},
                                             {QStringLiteral("!c01"), QStringLiteral("HIGH_RISK")}},
                                        5);
        const LensCheckResult result = LensCheck::check(lens, 5000);
        QCOMPARE(result.exhaustive, 1);
        QVERIFY(result.sampled >= 1);
        QVERIFY(result.unchecked >= 1);
        QCOMPARE(result.questions + result.unchecked, 5);
        QVERIFY(result.warnings.isEmpty());
        QVERIFY2(LensCheck::summary(lens, result).contains(QStringLiteral("not checked: the lens is too large to check whole")),
                 qPrintable(LensCheck::summary(lens, result)));
        // with the real budget, the same lens is tried whole
        const LensCheckResult whole = LensCheck::check(lens);
        QCOMPARE(whole.exhaustive, 5);
        QCOMPARE(whole.unchecked, 0);
    }
};

QTEST_GUILESS_MAIN(TestLensCheck)
#include "tst_lenscheck.moc"
