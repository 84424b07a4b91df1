// The review editor driven by mouse and keyboard: answers, "None of these", not applicable
// with a reason, notes, question navigation, the pillar summary following every change,
// undo/redo of each edit, read-only, and "Unrated" for an answer no rule of the lens matches.
#include "reviewuifixtures.h"
#include "ui/review/pillarsummarywidget.h"
#include "ui/review/questionpanel.h"
#include "ui/review/revieweditor.h"
#include "ui/review/reviewnavigatormodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using archbench::ui::ReviewEditor;

namespace {
LensRecord lensRecordFile(const QString &file)
{
    LensRecord record;
    record.id = QStringLiteral("l2");
    record.version = QStringLiteral("1");
    record.definition = QJsonDocument::fromJson(test::readData(QStringLiteral("lenses/") + file)).object();
    return record;
}

/// The summary column headed `word`, -1 if none.
int summaryColumn(const QTableWidget *summary, const QString &word)
{
    for (int c = 0; c < summary->columnCount(); ++c)
        if (summary->horizontalHeaderItem(c)->text() == word)
            return c;
    return -1;
}

struct Fixture {
    explicit Fixture(const LensRecord &lens = test::smallLensRecord())
        : project(test::reviewProject(lens)),
          editor(ui::EditorContext{&document, nullptr}, QStringLiteral("w1"))
    {
        editor.resize(1200, 800);
        editor.show();
    }
    QCheckBox *box(const QString &choice) const { return editor.questionPanel()->choiceBox(choice); }
    int summary(int row, RiskLevel risk) const { return editor.summary()->count(row, risk); }

    Project project;
    QUndoStack stack;
    ui::ProjectDocument document{&project, &stack};
    ReviewEditor editor;
};
} // namespace

class TestReviewEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void navigatorModelIsSound()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.editor.navigatorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.editor.navigatorModel()->rowCount(), 2);
        QCOMPARE(f.editor.navigatorModel()->questionOrder(),
                 (QStringList{QStringLiteral("dlv-tests"), QStringLiteral("dlv-release"), QStringLiteral("dat-backup")}));
        // a change of risk only updates data, the structure stays
        QCheckBox *unit = f.box(QStringLiteral("dlv-tests-unit"));
        QTest::mouseClick(unit, Qt::LeftButton);
        const QModelIndex q = f.editor.navigatorModel()->indexOfQuestion(QStringLiteral("dlv-tests"), ui::ReviewNavigatorModel::RiskColumn);
        QCOMPARE(q.data().toString(), QStringLiteral("Medium"));
        QCOMPARE(q.siblingAtColumn(0).data(ui::ReviewNavigatorModel::RiskRole).toInt(), int(RiskLevel::Medium));
    }

    void opensOnFirstQuestion()
    {
        Fixture f;
        QVERIFY(!f.editor.messageBar()->isVisible());
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dlv-tests"));
        QCOMPARE(f.editor.titleEdit()->text(), QStringLiteral("Checkout workload review"));
        QCOMPARE(f.summary(2, RiskLevel::Unanswered), 3); // total row
        QVERIFY(f.box(QStringLiteral("dlv-tests-unit")));
        QVERIFY(f.box(QStringLiteral("dlv-tests_no")));
        QVERIFY(f.editor.navigator()->toolTip().contains(QStringLiteral("Ctrl+Down")));
        test::screenshot(&f.editor, QStringLiteral("review-editor-empty"));
    }

    void tickByMouseUndoRedo()
    {
        Fixture f;
        QTest::mouseClick(f.box(QStringLiteral("dlv-tests-unit")), Qt::LeftButton);
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dlv-tests"))->selected, QStringList{QStringLiteral("dlv-tests-unit")});
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dlv-tests")), RiskLevel::Medium);
        QCOMPARE(f.editor.questionPanel()->riskText(), QStringLiteral("Medium risk"));
        QCOMPARE(f.summary(0, RiskLevel::Medium), 1);
        QCOMPARE(f.summary(0, RiskLevel::Unanswered), 1);

        QTest::mouseClick(f.box(QStringLiteral("dlv-tests-e2e")), Qt::LeftButton);
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dlv-tests")), RiskLevel::None);
        QCOMPARE(f.summary(0, RiskLevel::None), 1);
        QCOMPARE(f.summary(0, RiskLevel::Medium), 0);
        QCOMPARE(f.stack.count(), 2);

        f.stack.undo();
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dlv-tests")), RiskLevel::Medium);
        QVERIFY(!f.box(QStringLiteral("dlv-tests-e2e"))->isChecked());
        QCOMPARE(f.summary(0, RiskLevel::Medium), 1);
        f.stack.undo();
        QVERIFY(!test::answerOf(f.project, QStringLiteral("dlv-tests"))); // empty answers leave the file
        QVERIFY(!f.box(QStringLiteral("dlv-tests-unit"))->isChecked());
        QCOMPARE(f.summary(2, RiskLevel::Unanswered), 3);
        f.stack.redo();
        f.stack.redo();
        QVERIFY(f.box(QStringLiteral("dlv-tests-e2e"))->isChecked());
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dlv-tests"))->selected,
                 (QStringList{QStringLiteral("dlv-tests-unit"), QStringLiteral("dlv-tests-e2e")}));
        // clicking the title text of a choice toggles it too
        QLabel *title = nullptr;
        for (QLabel *label : f.editor.questionPanel()->findChildren<QLabel *>())
            if (label->text() == QStringLiteral("Integration tests run against real dependencies"))
                title = label;
        QVERIFY(title);
        QTest::mouseClick(title, Qt::LeftButton);
        QVERIFY(f.box(QStringLiteral("dlv-tests-integration"))->isChecked());
        test::screenshot(&f.editor, QStringLiteral("review-editor-answered"));
    }

    void keyboardAnswering()
    {
        Fixture f;
        f.editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        f.editor.questionPanel()->focusFirstChoice();
        QTRY_COMPARE(QApplication::focusWidget(), f.box(QStringLiteral("dlv-tests-unit")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dlv-tests")), RiskLevel::Medium);

        // Ctrl+Down moves to the next question and keeps the keyboard on its choices
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dlv-release"));
        QTRY_COMPARE(QApplication::focusWidget(), f.box(QStringLiteral("dlv-release-auto")));
        // Alt+2 ticks the second practice (rollback), Alt+1 the first; a mnemonic clicks its
        // button after a short animation, so wait for the document
        QTest::keyClick(&f.editor, Qt::Key_2, Qt::AltModifier);
        QTRY_VERIFY(test::answerOf(f.project, QStringLiteral("dlv-release")));
        QTest::keyClick(&f.editor, Qt::Key_1, Qt::AltModifier);
        QTRY_COMPARE(test::answerOf(f.project, QStringLiteral("dlv-release"))->selected.size(), 2);
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dlv-release"))->selected,
                 (QStringList{QStringLiteral("dlv-release-auto"), QStringLiteral("dlv-release-rollback")}));
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dlv-release")), RiskLevel::Medium);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dat-backup"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::ControlModifier); // stays on the last
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dat-backup"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dlv-tests"));
        QVERIFY(f.box(QStringLiteral("dlv-tests-unit"))->isChecked());

        // Ctrl+Down from the notes field as well
        QPlainTextEdit *notes = f.editor.questionPanel()->notesEdit();
        notes->setFocus();
        QTRY_VERIFY(notes->hasFocus());
        QTest::keyClick(notes, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dlv-release"));

        // arrow keys in the navigator choose questions too
        f.editor.navigator()->setFocus();
        QTRY_VERIFY(f.editor.navigator()->hasFocus());
        QTest::keyClick(f.editor.navigator(), Qt::Key_Down);
        QCOMPARE(f.editor.currentQuestionId(), QString()); // the "Data" pillar row
        QTest::keyClick(f.editor.navigator(), Qt::Key_Down);
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dat-backup"));

        QCOMPARE(f.stack.count(), 3);
        f.stack.undo();
        f.stack.undo();
        f.stack.undo();
        QVERIFY(f.project.find<Review>(QStringLiteral("w1"))->answers.isEmpty());
        f.stack.redo();
        f.stack.redo();
        f.stack.redo();
        QCOMPARE(f.project.find<Review>(QStringLiteral("w1"))->answers.size(), 2);
    }

    void noneOfTheseExcludesOthers()
    {
        Fixture f;
        QTest::mouseClick(f.box(QStringLiteral("dlv-tests-unit")), Qt::LeftButton);
        QTest::mouseClick(f.box(QStringLiteral("dlv-tests-e2e")), Qt::LeftButton);
        QTest::mouseClick(f.box(QStringLiteral("dlv-tests_no")), Qt::LeftButton);
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dlv-tests"))->selected, QStringList{QStringLiteral("dlv-tests_no")});
        QVERIFY(!f.box(QStringLiteral("dlv-tests-unit"))->isChecked());
        QVERIFY(!f.box(QStringLiteral("dlv-tests-e2e"))->isChecked());
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dlv-tests")), RiskLevel::High);
        QCOMPARE(f.summary(0, RiskLevel::High), 1);
        // ticking a practice clears "None of these"
        QTest::mouseClick(f.box(QStringLiteral("dlv-tests-integration")), Qt::LeftButton);
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dlv-tests"))->selected,
                 QStringList{QStringLiteral("dlv-tests-integration")});
        QVERIFY(!f.box(QStringLiteral("dlv-tests_no"))->isChecked());
        f.stack.undo();
        QVERIFY(f.box(QStringLiteral("dlv-tests_no"))->isChecked());
        QVERIFY(!f.box(QStringLiteral("dlv-tests-integration"))->isChecked());
        f.stack.undo();
        QVERIFY(f.box(QStringLiteral("dlv-tests-unit"))->isChecked());
        QVERIFY(f.box(QStringLiteral("dlv-tests-e2e"))->isChecked());
        QVERIFY(!f.box(QStringLiteral("dlv-tests_no"))->isChecked());
    }

    void notApplicableWithReason()
    {
        Fixture f;
        f.editor.selectQuestion(QStringLiteral("dat-backup"));
        QTest::mouseClick(f.box(QStringLiteral("dat-backup-daily")), Qt::LeftButton);
        QCheckBox *na = f.editor.questionPanel()->notApplicableBox();
        QComboBox *reason = f.editor.questionPanel()->reasonCombo();
        QVERIFY(!reason->isEnabled());
        QTest::mouseClick(na, Qt::LeftButton);
        const Answer *a = test::answerOf(f.project, QStringLiteral("dat-backup"));
        QVERIFY(a->notApplicable);
        QCOMPARE(a->notApplicableReason, NotApplicableReason::OutOfScope);
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dat-backup")), RiskLevel::NotApplicable);
        QCOMPARE(f.summary(1, RiskLevel::NotApplicable), 1);
        QCOMPARE(f.summary(1, RiskLevel::Medium), 0);
        QVERIFY(reason->isEnabled());
        QVERIFY(!f.box(QStringLiteral("dat-backup-daily"))->isEnabled()); // choices are off while n/a

        // choose the reason by keyboard
        reason->setFocus();
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_Down);
        QTest::keyClick(reason, Qt::Key_Down);
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dat-backup"))->notApplicableReason,
                 NotApplicableReason::ArchitectureConstraints);
        QCOMPARE(f.stack.count(), 4);
        test::screenshot(&f.editor, QStringLiteral("review-editor-not-applicable"));

        f.stack.undo();
        f.stack.undo();
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dat-backup"))->notApplicableReason, NotApplicableReason::OutOfScope);
        QCOMPARE(reason->currentData().toInt(), int(NotApplicableReason::OutOfScope));
        f.stack.undo();
        QVERIFY(!na->isChecked());
        QVERIFY(!reason->isEnabled());
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dat-backup")), RiskLevel::Medium);
        QCOMPARE(f.summary(1, RiskLevel::Medium), 1);
        f.stack.redo();
        QVERIFY(na->isChecked());
        // unticking n/a clears the reason
        QTest::mouseClick(na, Qt::LeftButton);
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dat-backup"))->notApplicableReason, NotApplicableReason::None);
    }

    void notesTypingIsOneUndoStep()
    {
        Fixture f;
        QPlainTextEdit *notes = f.editor.questionPanel()->notesEdit();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Tests are flaky"));
        QCOMPARE(test::answerOf(f.project, QStringLiteral("dlv-tests"))->notes, QStringLiteral("Tests are flaky"));
        QCOMPARE(f.stack.count(), 1);
        // notes alone do not answer the question
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("dlv-tests")), RiskLevel::Unanswered);
        f.stack.undo();
        QVERIFY(!test::answerOf(f.project, QStringLiteral("dlv-tests")));
        QCOMPARE(notes->toPlainText(), QString());
        f.stack.redo();
        QCOMPARE(notes->toPlainText(), QStringLiteral("Tests are flaky"));
        // notes of another question are a separate step
        f.editor.nextQuestion();
        QCOMPARE(notes->toPlainText(), QString());
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("ok"));
        QCOMPARE(f.stack.count(), 2);
    }

    void titleTypingMerges()
    {
        Fixture f;
        QLineEdit *title = f.editor.titleEdit();
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Payments"));
        QCOMPARE(f.project.find<Review>(QStringLiteral("w1"))->title, QStringLiteral("Payments"));
        QCOMPARE(f.stack.count(), 1);
        f.stack.undo();
        QCOMPARE(title->text(), QStringLiteral("Checkout workload review"));
    }

    void readOnlyBlocksEdits()
    {
        Fixture f;
        f.project.setReadOnly(true);
        QCheckBox *unit = f.box(QStringLiteral("dlv-tests-unit"));
        QVERIFY(!unit->isEnabled());
        QTest::mouseClick(unit, Qt::LeftButton);
        QVERIFY(!f.editor.questionPanel()->notApplicableBox()->isEnabled());
        QVERIFY(f.editor.questionPanel()->notesEdit()->isReadOnly());
        QVERIFY(f.editor.titleEdit()->isReadOnly());
        QVERIFY(f.project.find<Review>(QStringLiteral("w1"))->answers.isEmpty());
        QCOMPARE(f.stack.count(), 0);
        // navigation still works
        f.editor.nextQuestion();
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("dlv-release"));
        f.project.setReadOnly(false);
        QVERIFY(f.box(QStringLiteral("dlv-release-auto"))->isEnabled());
    }

    void brokenLensShowsMessageAndBlocks()
    {
        LensRecord broken = test::smallLensRecord();
        broken.definition.remove(QStringLiteral("pillars"));
        Fixture f(broken);
        QVERIFY(f.editor.messageBar()->isVisible());
        QVERIFY2(f.editor.messageBar()->text().contains(QStringLiteral("pillars: missing")),
                 qPrintable(f.editor.messageBar()->text()));
        QVERIFY(!f.editor.hasLens());
        // fixing the lens (e.g. by undo elsewhere) brings the editor back
        f.project.replace(test::smallLensRecord());
        QVERIFY(f.editor.hasLens());
        QVERIFY(!f.editor.messageBar()->isVisible());
        QCOMPARE(f.editor.navigatorModel()->rowCount(), 2);
    }

    void unratedAnswerShowsUnrated()
    {
        // shaped like the ECS lens's NET3: a rule per level, no default, none for "None of these"
        Fixture f(lensRecordFile(QStringLiteral("net-mode-gap.json")));
        QCOMPARE(f.editor.currentQuestionId(), QStringLiteral("net-mode"));
        const int unratedColumn = summaryColumn(f.editor.summary(), QStringLiteral("Unrated"));
        QVERIFY(unratedColumn > 0);
        QVERIFY(!f.editor.summary()->isColumnHidden(unratedColumn)); // the lens can leave answers unrated
        QCOMPARE(f.summary(0, RiskLevel::Unrated), 0);

        f.editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.editor));
        f.editor.questionPanel()->focusFirstChoice();
        QTRY_COMPARE(QApplication::focusWidget(), f.box(QStringLiteral("net-mode-host")));
        QTest::keyClick(&f.editor, Qt::Key_0, Qt::AltModifier); // "None of these"
        QTRY_VERIFY(test::answerOf(f.project, QStringLiteral("net-mode")));
        QCOMPARE(test::answerOf(f.project, QStringLiteral("net-mode"))->selected, QStringList{QStringLiteral("net-mode_no")});

        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("net-mode")), RiskLevel::Unrated);
        // the word, never the grey alone: the badge, the navigator and the summary say "Unrated"
        QCOMPARE(f.editor.questionPanel()->riskText(), QStringLiteral("Unrated"));
        const auto *badge = f.editor.questionPanel()->findChild<QLabel *>(QStringLiteral("riskBadge"));
        QVERIFY(badge->toolTip().contains(QStringLiteral("no risk rule of the lens matches")));
        const QModelIndex q = f.editor.navigatorModel()->indexOfQuestion(QStringLiteral("net-mode"),
                                                                         ui::ReviewNavigatorModel::RiskColumn);
        QCOMPARE(q.data().toString(), QStringLiteral("Unrated"));
        QCOMPARE(q.siblingAtColumn(0).data(ui::ReviewNavigatorModel::RiskRole).toInt(), int(RiskLevel::Unrated));
        QVERIFY(q.siblingAtColumn(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unrated")));
        const QModelIndex pillar = f.editor.navigatorModel()->index(0, ui::ReviewNavigatorModel::RiskColumn);
        QCOMPARE(pillar.data().toString(), QStringLiteral("1 unrated"));
        QCOMPARE(f.summary(0, RiskLevel::Unrated), 1);
        QCOMPARE(f.summary(2, RiskLevel::Unrated), 1); // total row
        QCOMPARE(f.summary(0, RiskLevel::Unanswered), 1);
        test::screenshot(&f.editor, QStringLiteral("review-editor-unrated"));

        // a practice a rule knows gives a risk again; undo brings "Unrated" back
        QTest::mouseClick(f.box(QStringLiteral("net-mode-awsvpc")), Qt::LeftButton);
        QCOMPARE(f.editor.questionPanel()->riskText(), QStringLiteral("No risk"));
        QCOMPARE(f.summary(0, RiskLevel::Unrated), 0);
        f.stack.undo();
        QCOMPARE(f.editor.questionPanel()->riskText(), QStringLiteral("Unrated"));
        QCOMPARE(f.summary(0, RiskLevel::Unrated), 1);
    }

    void noUnratedColumnForLensWithDefaults()
    {
        Fixture f;
        const int unratedColumn = summaryColumn(f.editor.summary(), QStringLiteral("Unrated"));
        QVERIFY(unratedColumn > 0);
        QVERIFY(f.editor.summary()->isColumnHidden(unratedColumn));
    }

    void builtInLensLooksRight()
    {
        Fixture f(BuiltInLens::record());
        QCOMPARE(f.editor.navigatorModel()->rowCount(), 6);
        f.editor.selectQuestion(QStringLiteral("rel-backup"));
        QTest::mouseClick(f.box(QStringLiteral("rel-backup-auto")), Qt::LeftButton);
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("rel-backup")), RiskLevel::High);
        QTest::mouseClick(f.box(QStringLiteral("rel-backup-test")), Qt::LeftButton);
        QCOMPARE(f.editor.risks().riskOf(QStringLiteral("rel-backup")), RiskLevel::Medium);
        f.editor.questionPanel()->notesEdit()->setPlainText(QStringLiteral("Restores tested in October; 40 min."));
        QCOMPARE(f.summary(2, RiskLevel::Medium), 1);
        test::screenshot(&f.editor, QStringLiteral("review-editor-builtin"));
    }
};

QTEST_MAIN(TestReviewEditor)
#include "tst_revieweditor.moc"
