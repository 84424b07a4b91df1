// Milestones: a frozen copy of the answers, and which questions improved, regressed or
// otherwise changed between two snapshots.
#include "core/review/milestonecomparison.h"
#include "reviewfixtures.h"

using namespace archbench;
using namespace archbench::core;

Q_DECLARE_METATYPE(archbench::core::RiskLevel)
Q_DECLARE_METATYPE(archbench::core::RiskChange)

class TestMilestoneComparison : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void freezeCopiesAnswers()
    {
        Review review;
        review.answers = {test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit")}, QStringLiteral("note"))};
        const Milestone m = MilestoneComparison::freeze(review, QStringLiteral("m1"), QStringLiteral("Before launch"),
                                                        QDate(2026, 11, 28));
        QCOMPARE(m.id, QStringLiteral("m1"));
        QCOMPARE(m.name, QStringLiteral("Before launch"));
        QCOMPARE(m.date, QDate(2026, 11, 28));
        QCOMPARE(m.answers, review.answers);
    }

    void direction_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<RiskLevel>("riskBefore");
        QTest::addColumn<RiskLevel>("riskAfter");
        QTest::addColumn<RiskChange>("change");
        const QString daily = QStringLiteral("dat-backup-daily");
        const QString restore = QStringLiteral("dat-backup-restore");
        const QString no = QStringLiteral("dat-backup_no");
        const QStringList na{QStringLiteral("n/a")};
        QTest::newRow("high to medium") << QStringList{no} << QStringList{daily} << RiskLevel::High << RiskLevel::Medium << RiskChange::Improved;
        QTest::newRow("medium to none") << QStringList{daily} << QStringList{daily, restore} << RiskLevel::Medium << RiskLevel::None << RiskChange::Improved;
        QTest::newRow("none to high") << QStringList{daily, restore} << QStringList{no} << RiskLevel::None << RiskLevel::High << RiskChange::Regressed;
        QTest::newRow("high to n/a") << QStringList{no} << na << RiskLevel::High << RiskLevel::NotApplicable << RiskChange::Improved;
        QTest::newRow("none to n/a") << QStringList{daily, restore} << na << RiskLevel::None << RiskLevel::NotApplicable << RiskChange::Changed;
        QTest::newRow("unanswered to high") << QStringList() << QStringList{no} << RiskLevel::Unanswered << RiskLevel::High << RiskChange::Changed;
        QTest::newRow("medium to unanswered") << QStringList{restore} << QStringList() << RiskLevel::Medium << RiskLevel::Unanswered << RiskChange::Changed;
    }

    void direction()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(RiskLevel, riskBefore);
        QFETCH(RiskLevel, riskAfter);
        QFETCH(RiskChange, change);
        const Lens lens = test::smallLens();
        const QString q = QStringLiteral("dat-backup");
        const QList<QuestionRiskChange> changes = MilestoneComparison::compare(
            lens, {test::answer(q, before)}, {test::answer(q, after)});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).question, q);
        QCOMPARE(changes.at(0).pillar, QStringLiteral("data"));
        QCOMPARE(changes.at(0).before, riskBefore);
        QCOMPARE(changes.at(0).after, riskAfter);
        QCOMPARE(changes.at(0).change, change);
    }

    void unratedIsNeitherBetterNorWorse_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<RiskLevel>("riskBefore");
        QTest::addColumn<RiskLevel>("riskAfter");
        const QString host = QStringLiteral("net-mode-host");
        const QString awsvpc = QStringLiteral("net-mode-awsvpc");
        const QString no = QStringLiteral("net-mode_no");
        QTest::newRow("high to unrated") << QStringList{host} << QStringList{no} << RiskLevel::High << RiskLevel::Unrated;
        QTest::newRow("unrated to none") << QStringList{no} << QStringList{awsvpc} << RiskLevel::Unrated << RiskLevel::None;
        QTest::newRow("unanswered to unrated") << QStringList() << QStringList{no} << RiskLevel::Unanswered << RiskLevel::Unrated;
    }

    void unratedIsNeitherBetterNorWorse()
    {
        // an unrated answer has an unknown risk: a change to or from it is only "changed"
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(RiskLevel, riskBefore);
        QFETCH(RiskLevel, riskAfter);
        const Lens lens = test::lensFile(QStringLiteral("net-mode-gap.json"));
        const QString q = QStringLiteral("net-mode");
        const QList<QuestionRiskChange> changes = MilestoneComparison::compare(lens, {test::answer(q, before)},
                                                                               {test::answer(q, after)});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).before, riskBefore);
        QCOMPARE(changes.at(0).after, riskAfter);
        QCOMPARE(changes.at(0).change, RiskChange::Changed);
        QCOMPARE(MilestoneComparison::severity(RiskLevel::Unrated), -1);
    }

    void unchangedQuestionsAreNotListed()
    {
        const Lens lens = test::smallLens();
        const QList<Answer> before{
            test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit")}),
            test::answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup_no")}),
        };
        QList<Answer> after = before;
        // different ticks, same risk: not a change
        after[0].selected = {QStringLiteral("dlv-tests-unit")};
        after[0].notes = QStringLiteral("now with notes");
        after[1].selected = {QStringLiteral("dat-backup-daily"), QStringLiteral("dat-backup-restore")};
        const QList<QuestionRiskChange> changes = MilestoneComparison::compare(lens, before, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).question, QStringLiteral("dat-backup"));
        QCOMPARE(changes.at(0).change, RiskChange::Improved);
        QVERIFY(MilestoneComparison::compare(lens, before, before).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMilestoneComparison)
#include "tst_milestonecomparison.moc"
