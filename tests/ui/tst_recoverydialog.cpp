// The recovery offer at start: lists name, time and file of each working copy, and answers
// Recover / Discard / Later for the chosen one, by mouse and keyboard.
#include "common/testsupport.h"
#include "ui/shell/dialogfileprompts.h"
#include "ui/shell/itemproperties.h"
#include "ui/shell/recoverydialog.h"

#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace archbench;
using ui::FilePrompts;
using ui::RecoveryDialog;

namespace {
QList<core::RecoveryCandidate> candidates()
{
    return {
        {QStringLiteral("/tmp/wc/1.archbench"), QStringLiteral("/srv/share/checkout.archbench"),
         QStringLiteral("Checkout platform"), QDateTime(QDate(2025, 3, 14), QTime(10, 42))},
        {QStringLiteral("/tmp/wc/2.archbench"), QString(), QStringLiteral("Payments"),
         QDateTime(QDate(2025, 3, 15), QTime(9, 5))},
    };
}
} // namespace

class TestRecoveryDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void listsEveryCandidate()
    {
        RecoveryDialog dialog(candidates());
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Checkout platform"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("14/03/2025 10:42"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("/srv/share/checkout.archbench"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("never saved"));
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
    }

    void answers_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("index");
        QTest::newRow("recover first") << "recoverButton" << 0 << int(FilePrompts::Recovery::Recover) << 0;
        QTest::newRow("recover second") << "recoverButton" << 1 << int(FilePrompts::Recovery::Recover) << 1;
        QTest::newRow("discard second") << "discardButton" << 1 << int(FilePrompts::Recovery::Discard) << 1;
        QTest::newRow("later") << "laterButton" << 1 << int(FilePrompts::Recovery::Later) << -1;
    }

    void answers()
    {
        QFETCH(QString, button);
        QFETCH(int, row);
        QFETCH(int, choice);
        QFETCH(int, index);
        RecoveryDialog dialog(candidates());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(row));
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(int(dialog.answer().choice), choice);
        QCOMPARE(dialog.answer().index, index);
    }

    void keyboard()
    {
        RecoveryDialog dialog(candidates());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.list()->setFocus();
        QTest::keyClick(dialog.list(), Qt::Key_Down);
        QTest::keyClick(dialog.list(), Qt::Key_Return);
        QCOMPARE(dialog.answer().choice, FilePrompts::Recovery::Recover);
        QCOMPARE(dialog.answer().index, 1);

        RecoveryDialog later(candidates());
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        QTest::keyClick(&later, Qt::Key_Escape);
        QCOMPARE(later.answer().choice, FilePrompts::Recovery::Later);
    }

    void lockedQuestionNamesTheHolder()
    {
        core::LockInfo holder{QStringLiteral("maria"), QStringLiteral("arch-laptop-7"), QStringLiteral("archbench"), 4242,
                              QDateTime(QDate(2025, 3, 14), QTime(9, 30))};
        const QString text = ui::DialogFilePrompts::lockedText(QStringLiteral("/srv/share/checkout.archbench"), holder);
        QVERIFY(text.contains(QStringLiteral("checkout.archbench")));
        QVERIFY(text.contains(QStringLiteral("maria")));
        QVERIFY(text.contains(QStringLiteral("arch-laptop-7")));
        QVERIFY(text.contains(QStringLiteral("14/03/2025 09:30")));
        QVERIFY(ui::DialogFilePrompts::lockedText(QStringLiteral("/x/a.archbench"), std::nullopt).contains(QStringLiteral("a.archbench")));
    }
};

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"
