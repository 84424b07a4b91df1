// The project-wide list of open action items: drills and review improvements together,
// sorted by due date, done items left out, overdue flagged, each pointing back at its source.
#include "common/testsupport.h"
#include "core/drill/actionitemcollector.h"

#include <QTest>

using namespace archbench::core;

namespace {
ProjectData sampleData()
{
    ProjectData data;
    Drill drill;
    drill.id = QStringLiteral("x1");
    drill.title = QStringLiteral("Q4 drill");
    drill.actionItems = {
        ActionItem{QStringLiteral("a1"), QStringLiteral("Fix runbook step 7"), QStringLiteral("Ana"), QDate(2026, 11, 27), WorkStatus::Open},
        ActionItem{QStringLiteral("a2"), QStringLiteral("Done already"), {}, QDate(2026, 11, 1), WorkStatus::Done},
        ActionItem{QStringLiteral("a3"), QStringLiteral("No date yet"), {}, {}, WorkStatus::Open},
        ActionItem{QStringLiteral("a4"), QStringLiteral("Same day as i1"), {}, QDate(2027, 1, 15), WorkStatus::InProgress}};
    Review review;
    review.id = QStringLiteral("w1");
    review.title = QStringLiteral("Checkout review");
    review.improvements = {
        Improvement{QStringLiteral("i1"), QStringLiteral("rel-backup"), QStringLiteral("Test restores"), QStringLiteral("Ben"), QDate(2027, 1, 15), WorkStatus::Open},
        Improvement{QStringLiteral("i2"), QStringLiteral("sec-iam"), QStringLiteral("Short-lived credentials"), {}, QDate(2026, 12, 1), WorkStatus::InProgress},
        Improvement{QStringLiteral("i3"), QStringLiteral("ops-1"), QStringLiteral("Done"), {}, QDate(2026, 10, 1), WorkStatus::Done}};
    data.drills = {drill};
    data.reviews = {review};
    return data;
}
} // namespace

class TestActionItemCollector : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void orderAndSources()
    {
        const QList<ProjectActionItem> items = collectOpenActionItems(sampleData(), QDate(2026, 11, 30));
        QStringList ids;
        for (const ProjectActionItem &item : items)
            ids << item.itemId;
        // by due date; a tie keeps project order (drills first); undated last; done left out
        QCOMPARE(ids, (QStringList{QStringLiteral("a1"), QStringLiteral("i2"), QStringLiteral("a4"),
                                   QStringLiteral("i1"), QStringLiteral("a3")}));
        QCOMPARE(items[0].sourceKind, ItemKind::Drill);
        QCOMPARE(items[0].sourceId, QStringLiteral("x1"));
        QCOMPARE(items[0].sourceTitle, QStringLiteral("Q4 drill"));
        QCOMPARE(items[0].owner, QStringLiteral("Ana"));
        QCOMPARE(items[1].sourceKind, ItemKind::Review);
        QCOMPARE(items[1].sourceId, QStringLiteral("w1"));
        QCOMPARE(items[1].status, WorkStatus::InProgress);
    }

    void overdueFlags()
    {
        const QList<ProjectActionItem> items = collectOpenActionItems(sampleData(), QDate(2026, 11, 30));
        QCOMPARE(items[0].dueState, DueState::Overdue);   // 27 Nov
        QCOMPARE(items[1].dueState, DueState::DueSoon);   // 1 Dec
        QCOMPARE(items[2].dueState, DueState::Later);     // 15 Jan
        QCOMPARE(items[4].dueState, DueState::NoDueDate);
        QCOMPARE(countOverdue(items), 1);
        QCOMPARE(countOverdue(collectOpenActionItems(sampleData(), QDate(2027, 2, 1))), 4);
        QCOMPARE(countOverdue(collectOpenActionItems(sampleData(), QDate(2026, 11, 1))), 0);
    }

    void emptyProject()
    {
        QVERIFY(collectOpenActionItems({}, QDate(2026, 1, 1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionItemCollector)
#include "tst_actionitemcollector.moc"
