// The optional number field of the drill editor: a dash for "not set", clearing unsets,
// stepping up from unset gives 0, stepping below 0 unsets, negatives cannot be typed.
#include "common/testsupport.h"
#include "ui/widgets/optionaldoublespinbox.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using archbench::ui::OptionalDoubleSpinBox;

class TestOptionalDoubleSpinBox : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void startsUnset()
    {
        OptionalDoubleSpinBox spin;
        spin.setSuffix(QStringLiteral(" min"));
        QCOMPARE(spin.optionalValue(), std::optional<double>());
        QCOMPARE(spin.text(), QStringLiteral("\u2014"));
    }

    void typingAndClearing()
    {
        OptionalDoubleSpinBox spin;
        spin.setSuffix(QStringLiteral(" min"));
        spin.show();
        QSignalSpy changed(&spin, &OptionalDoubleSpinBox::optionalValueChanged);
        spin.setFocus();
        QTest::keyClick(&spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(&spin, QStringLiteral("4.5"));
        QCOMPARE(spin.optionalValue(), std::optional<double>(4.5));
        QCOMPARE(spin.text(), QStringLiteral("4.5 min"));
        QTest::keyClick(&spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&spin, Qt::Key_Backspace);
        QCOMPARE(spin.optionalValue(), std::optional<double>());
        QVERIFY(changed.count() >= 2);
        QCOMPARE(changed.last().at(0).value<std::optional<double>>(), std::optional<double>());
        // a minus sign is refused outright
        QTest::keyClick(&spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(&spin, QStringLiteral("-"));
        QVERIFY2(!spin.text().contains(QLatin1Char('-')), qPrintable(spin.text()));
        QCOMPARE(spin.optionalValue(), std::optional<double>());
    }

    void wholeNumbersShowWithoutDecimals()
    {
        OptionalDoubleSpinBox spin;
        spin.setSuffix(QStringLiteral(" s"));
        spin.setOptionalValue(15);
        QCOMPARE(spin.text(), QStringLiteral("15 s"));
        spin.setOptionalValue(0);
        QCOMPARE(spin.text(), QStringLiteral("0 s"));
        QCOMPARE(spin.optionalValue(), std::optional<double>(0));
    }

    void stepping()
    {
        OptionalDoubleSpinBox spin;
        spin.stepBy(1);
        QCOMPARE(spin.optionalValue(), std::optional<double>(0));
        spin.stepBy(1);
        QCOMPARE(spin.optionalValue(), std::optional<double>(1));
        spin.setOptionalValue(0.5);
        spin.stepBy(-1);
        QCOMPARE(spin.optionalValue(), std::optional<double>(0));
        spin.stepBy(-1);
        QCOMPARE(spin.optionalValue(), std::optional<double>());
    }
};

QTEST_MAIN(TestOptionalDoubleSpinBox)
#include "tst_optionaldoublespinbox.moc"
