// Supersede links: stored once on the old decision, found from the new one by scanning.
#include "common/testsupport.h"
#include "core/decision/decisionlifecycle.h"

#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {
ProjectData threeDecisions()
{
    ProjectData data;
    for (const char *id : {"a", "b", "c"}) {
        Decision d;
        d.id = QString::fromLatin1(id);
        d.title = QStringLiteral("Decision ") + d.id;
        data.decisions << d;
    }
    return data;
}
} // namespace

class TestDecisionLifecycle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void createIsProposedWithFreshId()
    {
        const Decision a = DecisionLifecycle::create(QStringLiteral("Cache"), QDate(2026, 11, 28));
        const Decision b = DecisionLifecycle::create(QStringLiteral("Cache"), QDate(2026, 11, 28));
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.id != b.id);
        QCOMPARE(a.status, DecisionStatus::Proposed);
        QCOMPARE(a.date, QDate(2026, 11, 28));
        QCOMPARE(a.scale, ScoreScale{});
    }

    void supersedeLinksBothWays()
    {
        ProjectData data = threeDecisions();
        data.decisions[0] = DecisionLifecycle::supersede(data.decisions[0], QStringLiteral("c"));
        QCOMPARE(data.decisions[0].status, DecisionStatus::Superseded);
        QCOMPARE(data.decisions[0].supersededBy, QStringLiteral("c"));
        QCOMPARE(DecisionLifecycle::supersededDecisions(data, QStringLiteral("c")), QStringList{QStringLiteral("a")});
        QVERIFY(DecisionLifecycle::supersededDecisions(data, QStringLiteral("b")).isEmpty());
        QVERIFY(!DecisionLifecycle::isActive(data.decisions[0]));
    }

    void statusChangeDropsTheLink()
    {
        Decision d = DecisionLifecycle::supersede(threeDecisions().decisions.first(), QStringLiteral("b"));
        d = DecisionLifecycle::withStatus(d, DecisionStatus::Accepted);
        QCOMPARE(d.status, DecisionStatus::Accepted);
        QVERIFY(d.supersededBy.isEmpty());
        d = DecisionLifecycle::withStatus(d, DecisionStatus::Superseded, QStringLiteral("c"));
        QCOMPARE(d.supersededBy, QStringLiteral("c"));
    }

    void supersedeProblems()
    {
        ProjectData data = threeDecisions();
        QVERIFY(!DecisionLifecycle::supersedeProblem(data, QStringLiteral("a"), QStringLiteral("a")).isEmpty());
        QVERIFY(!DecisionLifecycle::supersedeProblem(data, QStringLiteral("a"), QStringLiteral("zz")).isEmpty());
        QVERIFY(DecisionLifecycle::supersedeProblem(data, QStringLiteral("a"), QStringLiteral("b")).isEmpty());
        // b is superseded by c, c by a: a superseded by b would close a loop
        data.decisions[1] = DecisionLifecycle::supersede(data.decisions[1], QStringLiteral("c"));
        data.decisions[2] = DecisionLifecycle::supersede(data.decisions[2], QStringLiteral("a"));
        QVERIFY(!DecisionLifecycle::supersedeProblem(data, QStringLiteral("a"), QStringLiteral("b")).isEmpty());
        QCOMPARE(DecisionLifecycle::possibleSuccessors(data, QStringLiteral("a")), QStringList());
        QCOMPARE(DecisionLifecycle::possibleSuccessors(data, QStringLiteral("b")), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestDecisionLifecycle)
#include "tst_decisionlifecycle.moc"
