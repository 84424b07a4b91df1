// Drill cadence: next drill 90 days after the latest, across month and year ends; due states
// against a reference date; default action-item due dates.
#include "common/testsupport.h"
#include "core/drill/drillcadence.h"

#include <QTest>

using namespace archbench::core;

namespace {
Drill drillOn(const QDate &date)
{
    Drill d;
    d.id = date.toString(Qt::ISODate);
    d.date = date;
    return d;
}
} // namespace

class TestDrillCadence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void nextDue_data()
    {
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("interchange example") << QList<QDate>{QDate(2026, 11, 20)} << QDate(2027, 2, 18);
        QTest::newRow("across month end") << QList<QDate>{QDate(2026, 1, 31)} << QDate(2026, 5, 1);
        QTest::newRow("across year end") << QList<QDate>{QDate(2026, 12, 31)} << QDate(2027, 3, 31);
        QTest::newRow("through a leap February") << QList<QDate>{QDate(2027, 12, 15)} << QDate(2028, 3, 14);
        QTest::newRow("latest wins, not last in list")
            << QList<QDate>{QDate(2026, 11, 20), QDate(2026, 8, 1)} << QDate(2027, 2, 18);
        QTest::newRow("undated drills ignored")
            << QList<QDate>{QDate(), QDate(2026, 3, 1)} << QDate(2026, 5, 30);
    }
    void nextDue()
    {
        QFETCH(QList<QDate>, dates);
        QFETCH(QDate, expected);
        QList<Drill> drills;
        for (const QDate &d : dates)
            drills << drillOn(d);
        QCOMPARE(nextDrillDue(drills), std::optional<QDate>(expected));
    }

    void noDrillsNoDueDate()
    {
        QCOMPARE(nextDrillDue({}), std::optional<QDate>());
        QCOMPARE(nextDrillDue({drillOn(QDate())}), std::optional<QDate>());
        const DrillCadence c = drillCadence({}, QDate(2026, 1, 1));
        QCOMPARE(c.state, DueState::NoDueDate);
    }

    void dueStates_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<int>("state");
        const QDate due(2027, 2, 18);
        QTest::newRow("long before") << due << QDate(2026, 12, 1) << int(DueState::Later);
        QTest::newRow("eight days before") << due << QDate(2027, 2, 10) << int(DueState::Later);
        QTest::newRow("seven days before") << due << QDate(2027, 2, 11) << int(DueState::DueSoon);
        QTest::newRow("on the day") << due << due << int(DueState::DueSoon);
        QTest::newRow("one day late") << due << QDate(2027, 2, 19) << int(DueState::Overdue);
        QTest::newRow("late across year end") << QDate(2026, 12, 31) << QDate(2027, 1, 1) << int(DueState::Overdue);
        QTest::newRow("no due date") << QDate() << QDate(2027, 1, 1) << int(DueState::NoDueDate);
    }
    void dueStates()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, reference);
        QFETCH(int, state);
        QCOMPARE(int(dueState(due, reference)), state);
    }

    void cadenceOverdue()
    {
        const QList<Drill> drills{drillOn(QDate(2026, 11, 20))};
        DrillCadence c = drillCadence(drills, QDate(2027, 3, 1));
        QCOMPARE(c.state, DueState::Overdue);
        QCOMPARE(c.daysUntilDue, qint64(-11));
        QCOMPARE(c.latestDrill, std::optional<QDate>(QDate(2026, 11, 20)));
        c = drillCadence(drills, QDate(2027, 2, 18));
        QCOMPARE(c.state, DueState::DueSoon);
        QCOMPARE(c.daysUntilDue, qint64(0));
        c = drillCadence(drills, QDate(2026, 11, 21));
        QCOMPARE(c.state, DueState::Later);
        QCOMPARE(c.daysUntilDue, qint64(89));
    }

    void actionItemDueDefaultsToOneWeek_data()
    {
        QTest::addColumn<QDate>("drill");
        QTest::addColumn<QDate>("due");
        QTest::newRow("plain") << QDate(2026, 11, 20) << QDate(2026, 11, 27);
        QTest::newRow("month end") << QDate(2026, 4, 28) << QDate(2026, 5, 5);
        QTest::newRow("year end") << QDate(2026, 12, 29) << QDate(2027, 1, 5);
        QTest::newRow("no date") << QDate() << QDate();
    }
    void actionItemDueDefaultsToOneWeek()
    {
        QFETCH(QDate, drill);
        QFETCH(QDate, due);
        QCOMPARE(defaultActionItemDue(drill), due);
    }
};

QTEST_GUILESS_MAIN(TestDrillCadence)
#include "tst_drillcadence.moc"
