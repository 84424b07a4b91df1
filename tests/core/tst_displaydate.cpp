// One date form in the whole window: the locale's short date with a four-digit year, ISO in
// the C locale, and what a user types read back in any of the locale's forms.
#include "common/testsupport.h"
#include "core/displaydate.h"

#include <QLocale>
#include <QTest>

using namespace archbench;

class TestDisplayDate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void shownAlike_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        QTest::newRow("C") << "C" << "2027-06-01";
        QTest::newRow("de_DE") << "de_DE" << "01.06.2027";
        QTest::newRow("en_US") << "en_US" << "6/1/2027";
        QTest::newRow("en_GB") << "en_GB" << "01/06/2027";
    }
    void shownAlike()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(locale));
        const QDate date(2027, 6, 1);
        QCOMPARE(core::displayDate(date), shown);
        QVERIFY(core::dateDisplayFormat().contains(QLatin1StringView("yyyy"))); // never a two-digit year
        QCOMPARE(core::parseDisplayDate(shown), date);
        QCOMPARE(core::parseDisplayDate(QStringLiteral(" 2027-06-01 ")), date); // ISO is always understood
        QCOMPARE(core::displayDate(QDate()), QString());
        QVERIFY(!core::parseDisplayDate(QStringLiteral("soon")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDisplayDate)
#include "tst_displaydate.moc"
