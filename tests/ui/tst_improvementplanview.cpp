// The improvement plan page: "Generate from risks" adds the missing practices of risky
// questions, owner/due/status are edited in place by keyboard, each edit is one undo step.
#include "core/review/lensloader.h"
#include "reviewuifixtures.h"
#include "ui/review/improvementplanmodel.h"
#include "ui/review/improvementplanview.h"
#include "ui/commands/itemcommands.h"
#include "ui/charts/palette.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using archbench::ui::ImprovementPlanModel;

namespace {
struct Fixture {
    Fixture() : project(test::reviewProject()), lens(*LensLoader::fromRecord(test::smallLensRecord())),
                view(&document, QStringLiteral("w1"))
    {
        Review review = *project.find<Review>(QStringLiteral("w1"));
        Answer tests;
        tests.question = QStringLiteral("dlv-tests");
        tests.selected = {QStringLiteral("dlv-tests-unit")}; // medium: integration and e2e missing
        Answer backup;
        backup.question = QStringLiteral("dat-backup");
        backup.selected = {QStringLiteral("dat-backup_no")}; // high: both missing
        review.answers = {tests, backup};
        project.replace(review);
        view.setLens(&lens);
        view.resize(1000, 400);
        view.show();
    }
    const QList<Improvement> &items() const { return project.find<Review>(QStringLiteral("w1"))->improvements; }

    Project project;
    QUndoStack stack;
    ui::ProjectDocument document{&project, &stack};
    Lens lens;
    ui::ImprovementPlanView view;
};
} // namespace

class TestImprovementPlanView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void generateFromRisksUndoRedo()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(f.view.generateButton(), Qt::LeftButton);
        QCOMPARE(f.items().size(), 4);
        QCOMPARE(f.items().at(0).question, QStringLiteral("dlv-tests"));
        QCOMPARE(f.items().at(0).text, QStringLiteral("Run integration tests against containers of the real database."));
        QCOMPARE(f.items().at(3).text, QStringLiteral("Test a restore every month."));
        QCOMPARE(f.view.model()->rowCount(), 4);
        QCOMPARE(f.view.model()->index(0, ImprovementPlanModel::QuestionColumn).data().toString(),
                 QStringLiteral("Which automated tests guard a change?"));
        QCOMPARE(f.view.model()->index(0, ImprovementPlanModel::StatusColumn).data().toString(), QStringLiteral("Open"));
        // a second click adds nothing
        QTest::mouseClick(f.view.generateButton(), Qt::LeftButton);
        QCOMPARE(f.items().size(), 4);
        QCOMPARE(f.stack.count(), 1);
        f.stack.undo();
        QVERIFY(f.items().isEmpty());
        QCOMPARE(f.view.model()->rowCount(), 0);
        f.stack.redo();
        QCOMPARE(f.view.model()->rowCount(), 4);
    }

    // A change of the review repaints the plan rows it changed and no others: a keystroke in an
    // answer's note changes the review but no row of the plan (the table re-measures its rows
    // on every dataChanged).
    void aChangeRepaintsOnlyTheRowsItChanged()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(f.view.generateButton(), Qt::LeftButton);
        QCOMPARE(f.items().size(), 4);
        ImprovementPlanModel *model = f.view.model();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);

        Review review = *f.project.find<Review>(QStringLiteral("w1"));
        review.answers[0].notes = QStringLiteral("n");
        QVERIFY(ui::commands::replaceItem(&f.stack, &f.project, review, QStringLiteral("Note")));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(reset.size(), 0);

        QVERIFY(model->setData(model->index(2, ImprovementPlanModel::OwnerColumn), QStringLiteral("Ines")));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 2);
        QCOMPARE(changed[0][1].toModelIndex().row(), 2);
        changed.clear();
        f.stack.undo();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 2);
        QVERIFY(model->index(2, ImprovementPlanModel::OwnerColumn).data().toString().isEmpty());
    }

    // Issue 5 #5: the plan follows every answer visibly, but only Generate adds items.
    void planFollowsEveryAnswer()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QLabel *line = f.view.followLabel();
        QCOMPARE(line->text(), QStringLiteral("4 missing practices of risky questions are not in the plan yet — Generate adds them."));
        QTest::mouseClick(f.view.generateButton(), Qt::LeftButton);
        QCOMPARE(f.items().size(), 4);
        QCOMPARE(line->text(), QStringLiteral("The plan holds every missing practice of the risky questions."));
        const auto answer = [&f](int which, const QStringList &selected) {
            Review review = *f.project.find<Review>(QStringLiteral("w1"));
            review.answers[which].selected = selected;
            QVERIFY(ui::commands::replaceItem(&f.stack, &f.project, review, QStringLiteral("Answer")));
        };
        // the backup question is answered fully: its two items stay, marked in words and muted
        answer(1, {QStringLiteral("dat-backup-daily"), QStringLiteral("dat-backup-restore")});
        QCOMPARE(f.items().size(), 4);
        ImprovementPlanModel *model = f.view.model();
        for (int row : {2, 3}) {
            QVERIFY(model->index(row, 0).data(ImprovementPlanModel::NoLongerAtRiskRole).toBool());
            QVERIFY(model->index(row, ImprovementPlanModel::QuestionColumn).data().toString()
                        .endsWith(QStringLiteral("(question no longer at risk)")));
            QCOMPARE(model->index(row, ImprovementPlanModel::TextColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                     ui::palette::muted());
        }
        QVERIFY(!model->index(0, 0).data(ImprovementPlanModel::NoLongerAtRiskRole).toBool());
        QVERIFY(!model->index(0, ImprovementPlanModel::TextColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(line->text(), QStringLiteral("The plan holds every missing practice of the risky questions. "
                                              "2 items' questions are no longer at risk (shown muted)."));
        // the tests question turns high: unit tests are missing now, and not in the plan
        answer(0, {QStringLiteral("dlv-tests_no")});
        QCOMPARE(f.items().size(), 4);
        QVERIFY(line->text().startsWith(QStringLiteral("1 missing practice of a risky question is not in the plan yet — Generate adds it.")));
        QTest::mouseClick(f.view.generateButton(), Qt::LeftButton);
        QCOMPARE(f.items().size(), 5);
        QVERIFY(line->text().startsWith(QStringLiteral("The plan holds every missing practice")));
        // undo walks the line back with the answers
        f.stack.undo(); // generate
        QVERIFY(line->text().startsWith(QStringLiteral("1 missing practice")));
        f.stack.undo(); // tests answer
        f.stack.undo(); // backup answer
        QCOMPARE(line->text(), QStringLiteral("The plan holds every missing practice of the risky questions."));
        QVERIFY(!model->index(2, 0).data(ImprovementPlanModel::NoLongerAtRiskRole).toBool());
        f.stack.redo();
        QVERIFY(model->index(3, 0).data(ImprovementPlanModel::NoLongerAtRiskRole).toBool());
        test::screenshot(&f.view, QStringLiteral("improvement-plan-follows"));
    }

    void editCellsByKeyboard()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.view.generateFromRisks(), 4);
        QTableView *table = f.view.table();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());

        // owner: type into the cell, Enter commits; typing is one undo step
        table->setCurrentIndex(f.view.model()->index(1, ImprovementPlanModel::OwnerColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Dana"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // the delegate commits on the next event loop turn
        QTRY_COMPARE(f.items().at(1).owner, QStringLiteral("Dana"));
        QCOMPARE(f.stack.count(), 2);

        // status: F2 opens the combo, Down picks "In progress", Enter commits
        table->setCurrentIndex(f.view.model()->index(1, ImprovementPlanModel::StatusColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(f.items().at(1).status, WorkStatus::InProgress);
        QCOMPARE(f.view.model()->index(1, ImprovementPlanModel::StatusColumn).data().toString(), QStringLiteral("In progress"));

        // due date through the model (the delegate's QDateEdit commits the same way), Delete clears
        const QModelIndex due = f.view.model()->index(1, ImprovementPlanModel::DueColumn);
        QVERIFY(f.view.model()->setData(due, QDate(2027, 1, 15)));
        QCOMPARE(f.items().at(1).due, QDate(2027, 1, 15));
        QTRY_VERIFY(table->hasFocus());
        table->setCurrentIndex(due);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!f.items().at(1).due.isValid());
        QCOMPARE(f.stack.count(), 5);

        test::screenshot(&f.view, QStringLiteral("improvement-plan"));
        // undo one by one, then redo
        f.stack.undo();
        QCOMPARE(f.items().at(1).due, QDate(2027, 1, 15));
        f.stack.undo();
        f.stack.undo();
        QCOMPARE(f.items().at(1).status, WorkStatus::Open);
        f.stack.undo();
        QVERIFY(f.items().at(1).owner.isEmpty());
        for (int i = 0; i < 4; ++i)
            f.stack.redo();
        QCOMPARE(f.items().at(1).owner, QStringLiteral("Dana"));
        QCOMPARE(f.items().at(1).status, WorkStatus::InProgress);
        QVERIFY(!f.items().at(1).due.isValid());
    }

    void removeItem()
    {
        Fixture f;
        f.view.generateFromRisks();
        f.view.table()->selectRow(0);
        QVERIFY(f.view.findChild<QPushButton *>() != nullptr);
        QCOMPARE(f.view.removeSelected(), 1);
        QCOMPARE(f.items().size(), 3);
        QCOMPARE(f.items().at(0).text, QStringLiteral("Automate the three most important user journeys end to end."));
        f.stack.undo();
        QCOMPARE(f.items().size(), 4);
    }

    void readOnly()
    {
        Fixture f;
        f.view.generateFromRisks();
        f.project.setReadOnly(true);
        QVERIFY(!f.view.generateButton()->isEnabled());
        QVERIFY(!(f.view.model()->flags(f.view.model()->index(0, ImprovementPlanModel::OwnerColumn)) & Qt::ItemIsEditable));
        QVERIFY(!f.view.model()->setData(f.view.model()->index(0, ImprovementPlanModel::OwnerColumn), QStringLiteral("X")));
        QCOMPARE(f.view.generateFromRisks(), 0);
        QCOMPARE(f.stack.count(), 1);
    }
};

QTEST_MAIN(TestImprovementPlanView)
#include "tst_improvementplanview.moc"
