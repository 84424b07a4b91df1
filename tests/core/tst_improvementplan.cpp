// The improvement plan: missing practices of high- and medium-risk questions become items with
// the lens's improvement text; generating again adds only what is new.
#include "core/review/improvementplan.h"
#include "reviewfixtures.h"

using namespace archbench;
using namespace archbench::core;

namespace {
std::function<QString()> counter()
{
    auto n = std::make_shared<int>(0);
    return [n] { return QStringLiteral("i%1").arg(++*n); };
}
} // namespace

class TestImprovementPlan : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void itemsForRiskyQuestionsOnly()
    {
        const Lens lens = test::smallLens();
        Review review;
        review.id = QStringLiteral("w1");
        review.answers = {
            test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit")}),           // medium
            test::answer(QStringLiteral("dlv-release"), {QStringLiteral("dlv-release_no")}),         // high
            test::answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily"), QStringLiteral("dat-backup-restore")}), // none
        };
        const QList<Improvement> items = ImprovementPlan::missingItems(lens, review, counter());
        QStringList texts;
        for (const Improvement &i : items)
            texts << i.question + QLatin1Char(':') + i.text;
        QCOMPARE(texts, (QStringList{
            QStringLiteral("dlv-tests:Run integration tests against containers of the real database."),
            QStringLiteral("dlv-tests:Automate the three most important user journeys end to end."),
            QStringLiteral("dlv-release:Automate the release in the pipeline."),
            QStringLiteral("dlv-release:Script the rollback."),
            // no improvement text in the lens: the choice title stands in
            QStringLiteral("dlv-release:Feature flags guard new features"),
        }));
        QCOMPARE(items.first().id, QStringLiteral("i1"));
        QCOMPARE(items.first().status, WorkStatus::Open);
        QVERIFY(items.first().owner.isEmpty());
        QVERIFY(!items.first().due.isValid());
    }

    void unansweredAndNotApplicableGetNothing()
    {
        const Lens lens = test::smallLens();
        Review review;
        review.answers = {test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("n/a")})};
        QVERIFY(ImprovementPlan::missingItems(lens, review, counter()).isEmpty());
    }

    void generatingAgainKeepsExistingItems()
    {
        const Lens lens = test::smallLens();
        Review review;
        review.answers = {test::answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily")})}; // medium
        QList<Improvement> first = ImprovementPlan::missingItems(lens, review, counter());
        QCOMPARE(first.size(), 1);
        first[0].owner = QStringLiteral("Dana");
        first[0].status = WorkStatus::InProgress;
        review.improvements = first;
        QVERIFY(ImprovementPlan::missingItems(lens, review, counter()).isEmpty());

        // a new risk adds only its own items
        review.answers.append(test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit"), QStringLiteral("dlv-tests-e2e")}));
        QVERIFY(ImprovementPlan::missingItems(lens, review, counter()).isEmpty()); // no risk
        review.answers.last().selected = {QStringLiteral("dlv-tests-e2e")};          // high
        QCOMPARE(ImprovementPlan::missingItems(lens, review, counter()).size(), 2);
    }

    void followTellsWhatIsNotInThePlanAndWhatIsNoLongerAtRisk()
    {
        const Lens lens = test::smallLens();
        Review review;
        review.answers = {test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("dlv-tests-unit")}),   // medium: 2 missing
                          test::answer(QStringLiteral("dat-backup"), {QStringLiteral("dat-backup-daily")})}; // medium: 1 missing
        ImprovementPlan::Follow f = ImprovementPlan::follow(lens, review);
        QCOMPARE(f.notInPlan, 3);
        QVERIFY(f.noLongerAtRisk.isEmpty());
        review.improvements = ImprovementPlan::missingItems(lens, review, counter()); // i1, i2 tests; i3 backup
        f = ImprovementPlan::follow(lens, review);
        QCOMPARE(f.notInPlan, 0);
        QVERIFY(f.noLongerAtRisk.isEmpty());
        // the backup question is answered fully: its item is no longer at risk, nothing to add
        review.answers[1].selected = {QStringLiteral("dat-backup-daily"), QStringLiteral("dat-backup-restore")};
        f = ImprovementPlan::follow(lens, review);
        QCOMPARE(f.notInPlan, 0);
        QCOMPARE(f.noLongerAtRisk, QStringList{QStringLiteral("i3")});
        // the tests question turns high (nothing in place): one more practice is missing
        review.answers[0].selected = {QStringLiteral("dlv-tests_no")};
        f = ImprovementPlan::follow(lens, review);
        QCOMPARE(f.notInPlan, 1);
        // not applicable is no risk either; an item of a question the lens lacks is left alone
        review.answers[0] = test::answer(QStringLiteral("dlv-tests"), {QStringLiteral("n/a")});
        review.improvements.append(Improvement{QStringLiteral("x"), QStringLiteral("gone"), QStringLiteral("Old"), {}, {}, WorkStatus::Open});
        f = ImprovementPlan::follow(lens, review);
        QCOMPARE(f.notInPlan, 0);
        QCOMPARE(f.noLongerAtRisk, (QStringList{QStringLiteral("i1"), QStringLiteral("i2"), QStringLiteral("i3")}));
    }

    void missingPracticesNeverListNoneOfThese()
    {
        const Lens lens = test::smallLens();
        const LensQuestion &q = *lens.question(QStringLiteral("dlv-tests"));
        QCOMPARE(ImprovementPlan::missingPractices(q, nullptr).size(), 3);
        const Answer none = test::answer(q.id, {QStringLiteral("dlv-tests_no")});
        QCOMPARE(ImprovementPlan::missingPractices(q, &none).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestImprovementPlan)
#include "tst_improvementplan.moc"
