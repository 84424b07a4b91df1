// Revisit triggers fire on values crossing thresholds and on review-by dates passing.
#include "common/testsupport.h"
#include "core/decision/triggerstatus.h"

#include <QTest>

using namespace archbench;
using namespace archbench::core;

Q_DECLARE_METATYPE(archbench::core::TriggerState)
Q_DECLARE_METATYPE(archbench::core::Comparator)
Q_DECLARE_METATYPE(archbench::core::TriggerCategory)

namespace {
constexpr double kNone = -1;
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestTriggerEvaluation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void aTriggerIsNamedByWhatItSays()
    {
        // the Overview, the portfolio and the command line call a trigger the same
        RevisitTrigger t;
        t.category = TriggerCategory::Cost;
        QCOMPARE(TriggerEvaluation::name(t), QStringLiteral("cost"));
        t.metric = QStringLiteral(" hit rate % ");
        QCOMPARE(TriggerEvaluation::name(t), QStringLiteral("hit rate %"));
        t.condition = QStringLiteral("Cache hit rate drops below 70 %");
        QCOMPARE(TriggerEvaluation::name(t), QStringLiteral("Cache hit rate drops below 70 %"));
    }

    void values_data()
    {
        QTest::addColumn<Comparator>("comparator");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("current");
        QTest::addColumn<TriggerState>("state");

        QTest::newRow("rps > 10000, now 3200") << Comparator::Greater << 10000.0 << 3200.0 << TriggerState::Clear;
        QTest::newRow("rps > 10000, now 12400") << Comparator::Greater << 10000.0 << 12400.0 << TriggerState::Fired;
        QTest::newRow("> at the threshold") << Comparator::Greater << 10000.0 << 10000.0 << TriggerState::Clear;
        QTest::newRow(">= at the threshold") << Comparator::GreaterOrEqual << 10000.0 << 10000.0 << TriggerState::Fired;
        QTest::newRow(">= below") << Comparator::GreaterOrEqual << 10000.0 << 9999.0 << TriggerState::Clear;
        QTest::newRow("hit rate < 70, now 65") << Comparator::Less << 70.0 << 65.0 << TriggerState::Fired;
        QTest::newRow("< at the threshold") << Comparator::Less << 70.0 << 70.0 << TriggerState::Clear;
        QTest::newRow("<= at the threshold") << Comparator::LessOrEqual << 70.0 << 70.0 << TriggerState::Fired;
        QTest::newRow("<= above") << Comparator::LessOrEqual << 70.0 << 71.0 << TriggerState::Clear;
        QTest::newRow("no current value") << Comparator::Greater << 10000.0 << kNone << TriggerState::Watching;
        QTest::newRow("no threshold") << Comparator::Greater << kNone << 5.0 << TriggerState::Watching;
        QTest::newRow("no comparator") << Comparator::None << 10000.0 << 12400.0 << TriggerState::Watching;
    }

    void values()
    {
        QFETCH(Comparator, comparator);
        QFETCH(double, threshold);
        QFETCH(double, current);
        QFETCH(TriggerState, state);
        Decision decision;
        decision.date = d("2026-11-28");
        RevisitTrigger t;
        t.category = TriggerCategory::Scale;
        t.metric = QStringLiteral("rps");
        t.comparator = comparator;
        if (threshold != kNone)
            t.threshold = threshold;
        if (current != kNone)
            t.currentValue = current;
        const TriggerStatus st = TriggerEvaluation::evaluate(decision, t, d("2026-12-01"));
        QCOMPARE(st.state, state);
        QCOMPARE(st.valueCrossed, state == TriggerState::Fired);
        QVERIFY(!st.datePassed);
        QVERIFY(!st.reason.isEmpty());
        QVERIFY(!st.reviewBy.isValid()); // no default date for a scale trigger
    }

    void dates_data()
    {
        QTest::addColumn<TriggerCategory>("category");
        QTest::addColumn<QDate>("decisionDate");
        QTest::addColumn<QDate>("reviewBy");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<TriggerState>("state");

        const QDate decided = d("2026-05-28");
        QTest::newRow("calendar default, far off") << TriggerCategory::Calendar << decided << QDate() << d("2026-06-01")
                                                   << d("2026-11-28") << TriggerState::Clear;
        QTest::newRow("calendar default, 31 days left") << TriggerCategory::Calendar << decided << QDate()
                                                        << d("2026-10-28") << d("2026-11-28") << TriggerState::Clear;
        QTest::newRow("calendar default, 30 days left") << TriggerCategory::Calendar << decided << QDate()
                                                        << d("2026-10-29") << d("2026-11-28") << TriggerState::DueSoon;
        QTest::newRow("calendar default, due today") << TriggerCategory::Calendar << decided << QDate() << d("2026-11-28")
                                                     << d("2026-11-28") << TriggerState::DueSoon;
        QTest::newRow("calendar default, passed") << TriggerCategory::Calendar << decided << QDate() << d("2026-11-29")
                                                  << d("2026-11-28") << TriggerState::Fired;
        QTest::newRow("calendar, month end") << TriggerCategory::Calendar << d("2026-08-31") << QDate() << d("2027-03-01")
                                             << d("2027-02-28") << TriggerState::Fired;
        QTest::newRow("calendar, own date wins") << TriggerCategory::Calendar << decided << d("2027-05-28")
                                                 << d("2026-12-01") << d("2027-05-28") << TriggerState::Clear;
        QTest::newRow("calendar without any date") << TriggerCategory::Calendar << QDate() << QDate() << d("2026-12-01")
                                                   << QDate() << TriggerState::Watching;
        QTest::newRow("cost trigger with a date, passed") << TriggerCategory::Cost << decided << d("2026-09-01")
                                                          << d("2026-12-01") << d("2026-09-01") << TriggerState::Fired;
        QTest::newRow("team trigger, no default date") << TriggerCategory::Team << decided << QDate() << d("2030-01-01")
                                                       << QDate() << TriggerState::Watching;
    }

    void dates()
    {
        QFETCH(TriggerCategory, category);
        QFETCH(QDate, decisionDate);
        QFETCH(QDate, reviewBy);
        QFETCH(QDate, today);
        QFETCH(QDate, effective);
        QFETCH(TriggerState, state);
        Decision decision;
        decision.date = decisionDate;
        RevisitTrigger t;
        t.category = category;
        t.reviewBy = reviewBy;
        QCOMPARE(TriggerEvaluation::effectiveReviewBy(decision, t), effective);
        const TriggerStatus st = TriggerEvaluation::evaluate(decision, t, today);
        QCOMPARE(st.state, state);
        QCOMPARE(st.reviewBy, effective);
        QCOMPARE(st.datePassed, state == TriggerState::Fired);
        if (effective.isValid())
            QCOMPARE(st.daysLeft, today.daysTo(effective));
    }

    void valueOrDateFires()
    {
        Decision decision;
        decision.date = d("2026-11-28");
        RevisitTrigger t;
        t.category = TriggerCategory::Cost;
        t.metric = QStringLiteral("monthly bill");
        t.comparator = Comparator::Greater;
        t.threshold = 8000;
        t.currentValue = 9100;
        t.reviewBy = d("2027-06-01");
        TriggerStatus st = TriggerEvaluation::evaluate(decision, t, d("2026-12-01"));
        QCOMPARE(st.state, TriggerState::Fired);
        QVERIFY(st.valueCrossed);
        QVERIFY(!st.datePassed);
        QVERIFY(st.reason.contains(QStringLiteral("monthly bill")));
        t.currentValue = 7000;
        st = TriggerEvaluation::evaluate(decision, t, d("2027-06-02"));
        QCOMPARE(st.state, TriggerState::Fired);
        QVERIFY(st.datePassed);
        QVERIFY(!st.valueCrossed);
    }

    // Issue 15: "hit rate % 64 < 70". A unit at the end of the metric goes with the numbers,
    // after a no-break space, so it reads "hit rate 64 % < 70 %" and never wraps apart.
    void unitsGoWithTheNumbers_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("reason");
        const QString nb(QChar(0x00A0));
        QTest::newRow("percent") << QStringLiteral("hit rate %") << QStringLiteral("hit rate") << QStringLiteral("%")
                                 << QStringLiteral("hit rate 64%1% < 70%1%").arg(nb);
        QTest::newRow("percent, no space") << QStringLiteral("error rate%") << QStringLiteral("error rate")
                                           << QStringLiteral("%") << QStringLiteral("error rate 64%1% < 70%1%").arg(nb);
        QTest::newRow("unit in brackets") << QStringLiteral("p99 latency (ms)") << QStringLiteral("p99 latency")
                                          << QStringLiteral("ms") << QStringLiteral("p99 latency 64%1ms < 70%1ms").arg(nb);
        QTest::newRow("no unit") << QStringLiteral("rps") << QStringLiteral("rps") << QString()
                                 << QStringLiteral("rps 64 < 70");
        QTest::newRow("a unit alone") << QStringLiteral("%") << QString() << QStringLiteral("%")
                                      << QStringLiteral("value 64%1% < 70%1%").arg(nb);
        QTest::newRow("brackets only") << QStringLiteral("(ms)") << QStringLiteral("(ms)") << QString()
                                       << QStringLiteral("(ms) 64 < 70");
    }

    void unitsGoWithTheNumbers()
    {
        QFETCH(QString, metric);
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(QString, reason);
        QCOMPARE(TriggerEvaluation::splitMetric(metric).name, name);
        QCOMPARE(TriggerEvaluation::splitMetric(metric).unit, unit);
        RevisitTrigger t;
        t.metric = metric;
        t.comparator = Comparator::Less;
        t.threshold = 70;
        t.currentValue = 64;
        const TriggerStatus st = TriggerEvaluation::evaluate(Decision{}, t, d("2026-11-28"));
        QCOMPARE(st.state, TriggerState::Fired);
        QCOMPARE(st.reason, reason);
        QCOMPARE(TriggerEvaluation::formatValue(t, 12400, QLocale::c()),
                 unit.isEmpty() ? QStringLiteral("12400") : QStringLiteral("12400") + QChar(0x00A0) + unit);
    }
};

QTEST_GUILESS_MAIN(TestTriggerEvaluation)
#include "tst_triggerevaluation.moc"
