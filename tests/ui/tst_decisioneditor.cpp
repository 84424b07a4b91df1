// The decision editor driven by real key events, as in a meeting: digit scoring that moves on,
// Tab/Enter navigation, F2 and typing edits, Delete, paste and copy, structure by shortcut,
// rationale, constraints, the record form and triggers; every edit undone and redone; read-only
// projects refuse edits; quality checks and highlights.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/decision/decisionmatrix.h"
#include "core/decision/qualitycheck.h"
#include "decisionfixture.h"
#include "ui/decision/constraintsmodel.h"
#include "ui/decision/decisioneditor.h"
#include "ui/decision/decisionhandle.h"
#include "ui/decision/matrixmodel.h"
#include "ui/decision/matrixpanel.h"
#include "ui/decision/matrixview.h"
#include "ui/decision/recordform.h"
#include "ui/decision/risksmodel.h"
#include "ui/decision/triggersmodel.h"
#include "ui/decision/triggerspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QBoxLayout>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::MatrixModel;

namespace {
constexpr int kFirst = DecisionMatrix::kFirstOptionColumn;

// Two criteria, three options, nothing scored yet.
Decision blankMatrix()
{
    Decision d;
    d.id = QStringLiteral("d");
    d.title = QStringLiteral("Cache for the catalogue");
    d.date = QDate(2026, 11, 2);
    d.criteria = {Criterion{QStringLiteral("c1"), QStringLiteral("Latency"), 60, {}},
                  Criterion{QStringLiteral("c2"), QStringLiteral("Cost"), 40, {}}};
    d.options = {Option{QStringLiteral("a"), QStringLiteral("Redis"), {}, false},
                 Option{QStringLiteral("b"), QStringLiteral("Memcached"), {}, false},
                 Option{QStringLiteral("c"), QStringLiteral("CDN"), {}, false}};
    return d;
}

std::optional<double> score(const Project &p, const char *option, const char *criterion)
{
    const Score *s = findScore(*p.find<Decision>(QStringLiteral("d")), QString::fromLatin1(option),
                               QString::fromLatin1(criterion));
    return s ? std::optional<double>(s->value) : std::nullopt;
}

// An editor in an active window with the keyboard in the matrix.
struct Session {
    explicit Session(ProjectData data, const QString &id = QStringLiteral("d"))
        : project(std::move(data)), editor(&document, id)
    {
        editor.setReferenceDate(QDate(2026, 11, 28));
        editor.resize(1300, 800);
        editor.show();
        QApplication::setActiveWindow(&editor);
    }
    bool ready()
    {
        if (!QTest::qWaitForWindowActive(&editor))
            return false;
        view()->setFocus();
        return true;
    }
    ui::MatrixView *view() const { return editor.matrix()->view(); }
    MatrixModel *model() const { return editor.matrix()->model(); }
    const Decision &decision() const { return *project.find<Decision>(editor.decisionId()); }
    void at(int row, int column) { view()->setCurrentIndex(model()->index(row, column)); }
    QModelIndex current() const { return view()->currentIndex(); }

    Project project;
    QUndoStack stack;
    ui::ProjectDocument document{&project, &stack};
    ui::DecisionEditor editor;
};

ProjectData withBlank()
{
    ProjectData data;
    data.decisions << blankMatrix();
    return data;
}

void undoRedoUndoAll(QUndoStack &stack, const Project &project, const Decision &before)
{
    const Decision after = *project.find<Decision>(before.id);
    while (stack.canUndo())
        stack.undo();
    QCOMPARE(*project.find<Decision>(before.id), before);
    while (stack.canRedo())
        stack.redo();
    QCOMPARE(*project.find<Decision>(before.id), after);
    while (stack.canUndo())
        stack.undo();
    QCOMPARE(*project.find<Decision>(before.id), before);
}
} // namespace

class TestDecisionEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void digitScoresAndMovesOn()
    {
        Session s(withBlank());
        QVERIFY(s.ready());
        s.at(0, kFirst);
        QTest::keyClick(s.view(), Qt::Key_5);
        QCOMPARE(score(s.project, "a", "c1"), 5.0);
        QCOMPARE(s.current(), s.model()->index(0, kFirst + 1));
        QTest::keyClick(s.view(), Qt::Key_4);
        QTest::keyClick(s.view(), Qt::Key_3);
        QCOMPARE(score(s.project, "c", "c1"), 3.0);
        // past the last option: the next criterion's first option
        QCOMPARE(s.current(), s.model()->index(1, kFirst));
        // outside the 1–5 scale: refused with a message, nothing moves
        QTest::keyClick(s.view(), Qt::Key_7);
        QTest::keyClick(s.view(), Qt::Key_0);
        QVERIFY(!score(s.project, "a", "c2"));
        QCOMPARE(s.current(), s.model()->index(1, kFirst));
        QVERIFY(s.editor.messageBar()->isVisible());
        QVERIFY(s.editor.messageBar()->text().contains(QStringLiteral("outside the scale 1 to 5")));
        // the keypad works too
        QTest::keyClick(s.view(), Qt::Key_2, Qt::KeypadModifier);
        QCOMPARE(score(s.project, "a", "c2"), 2.0);
        QVERIFY(!s.editor.messageBar()->isVisible()); // a good edit clears the message
        QCOMPARE(s.stack.count(), 4);
        // the totals follow: Redis 0.6·5 + 0.4·2 = 3.80
        QCOMPARE(s.model()->index(2, kFirst).data().toString(), QStringLiteral("3.80"));
        QCOMPARE(s.model()->index(2, kFirst + 1).data().toString(), QStringLiteral("incomplete"));
        undoRedoUndoAll(s.stack, s.project, blankMatrix());
        test::snapshot(&s.editor, QStringLiteral("decisioneditor-digits"));
    }

    void headerHighlightFollowsTheCurrentCell()
    {
        // Adding options used to leave the previous cell selected too, so two header sections
        // stayed bold until the cursor moved: after each add only the current cell is selected.
        Session s(withBlank());
        QVERIFY(s.ready());
        s.at(0, kFirst + 1);
        for (int i = 0; i < 2; ++i) {
            QTest::keyClick(s.view(), Qt::Key_Insert, Qt::ControlModifier);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(s.view()->selectionModel()->selectedIndexes(), QModelIndexList{s.current()});
            QCOMPARE(s.current().column(), kFirst + 2 + i);
        }
        QTest::keyClick(s.view(), Qt::Key_D, Qt::AltModifier); // "do nothing" too
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(s.view()->selectionModel()->selectedIndexes(), QModelIndexList{s.current()});
    }

    void tabEnterAndF2()
    {
        Session s(withBlank());
        QVERIFY(s.ready());
        s.at(0, 0);
        QTest::keyClick(s.view(), Qt::Key_Tab);
        QCOMPARE(s.current(), s.model()->index(0, 1));
        QTest::keyClick(s.view(), Qt::Key_Tab);
        QCOMPARE(s.current(), s.model()->index(0, kFirst));
        QTest::keyClick(s.view(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(s.current(), s.model()->index(0, 1));
        QTest::keyClick(s.view(), Qt::Key_Return);
        QCOMPARE(s.current(), s.model()->index(1, 1));
        // F2 edits the weight; Enter commits and moves down
        QTest::keyClick(s.view(), Qt::Key_F2);
        QVERIFY(s.view()->isEditing());
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("40"));
        QTest::keyClicks(editor, QStringLiteral("25"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
        QTRY_COMPARE(s.decision().criteria[1].weight, 25.0);
        QCOMPARE(s.current(), s.model()->index(2, 1));
        // typing in a weight cell starts an edit with that digit; Tab commits and moves on
        s.at(0, 1);
        QTest::keyClicks(s.view(), QStringLiteral("3"));
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("5"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(s.decision().criteria[0].weight, 35.0);
        QCOMPARE(s.current(), s.model()->index(0, kFirst));
        QVERIFY(!s.view()->isEditing());
        // typing a letter on a criterion name renames it
        s.at(1, 0);
        QTest::keyClick(s.view(), 'B');
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("udget"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(s.decision().criteria[1].name, QStringLiteral("Budget"));
        QCOMPARE(s.stack.count(), 3);
        undoRedoUndoAll(s.stack, s.project, blankMatrix());
    }

    void deleteClearsTheSelectionInOneStep()
    {
        ProjectData data = withBlank();
        for (const char *o : {"a", "b", "c"})
            for (const char *c : {"c1", "c2"})
                DecisionMatrix::setScore(data.decisions[0], QString::fromLatin1(o), QString::fromLatin1(c), 3);
        const Decision before = data.decisions[0];
        Session s(data);
        QVERIFY(s.ready());
        s.at(0, kFirst);
        s.view()->selectionModel()->select(QItemSelection(s.model()->index(0, kFirst), s.model()->index(0, kFirst + 2)),
                                           QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(s.view(), Qt::Key_Delete);
        QVERIFY(!score(s.project, "a", "c1"));
        QVERIFY(!score(s.project, "c", "c1"));
        QCOMPARE(score(s.project, "a", "c2"), 3.0);
        QCOMPARE(s.stack.count(), 1);
        QCOMPARE(s.model()->index(2, kFirst).data().toString(), QStringLiteral("incomplete"));
        undoRedoUndoAll(s.stack, s.project, before);
    }

    void pasteIsOneUndoStepAndCopyRoundTrips()
    {
        Session s(withBlank());
        QVERIFY(s.ready());
        s.at(0, kFirst);
        QApplication::clipboard()->setText(QStringLiteral("5\t4\t3\n2\t1\t5\n"));
        QTest::keyClick(s.view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(score(s.project, "a", "c1"), 5.0);
        QCOMPARE(score(s.project, "c", "c2"), 5.0);
        QCOMPARE(s.stack.count(), 1);
        // a bad block is refused whole, with the cell named
        QApplication::clipboard()->setText(QStringLiteral("5\tfive"));
        QTest::keyClick(s.view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(s.stack.count(), 1);
        QVERIFY(s.editor.messageBar()->text().contains(QStringLiteral("\"five\" is not a number")));
        // copy gives the same block back
        s.view()->selectionModel()->select(QItemSelection(s.model()->index(0, kFirst), s.model()->index(1, kFirst + 2)),
                                           QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(s.view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("5\t4\t3\n2\t1\t5"));
        s.stack.undo();
        QVERIFY(s.decision().scores.isEmpty());
        s.stack.redo();
        QCOMPARE(s.decision().scores.size(), 6);
    }

    void structureByShortcut()
    {
        Session s(withBlank());
        QVERIFY(s.ready());
        const Decision before = blankMatrix();
        s.at(0, kFirst);
        // Insert adds a criterion below and opens its name
        QTest::keyClick(s.view(), Qt::Key_Insert);
        QCOMPARE(s.decision().criteria.size(), 3);
        QCOMPARE(s.current().row(), 1);
        QVERIFY(s.view()->isEditing());
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Ops effort"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(s.decision().criteria[1].name, QStringLiteral("Ops effort"));
        // Alt+Up moves it to the top, keeping it current
        s.at(1, 0);
        QTest::keyClick(s.view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(s.decision().criteria[0].name, QStringLiteral("Ops effort"));
        QCOMPARE(s.current().row(), 0);
        // Ctrl+Insert adds an option after the current one and puts the keyboard in its name
        s.at(0, kFirst);
        QTest::keyClick(s.view(), Qt::Key_Insert, Qt::ControlModifier);
        QCOMPARE(s.decision().options.size(), 4);
        QCOMPARE(QApplication::focusWidget(), s.editor.matrix()->optionNameEdit());
        QTest::keyClicks(s.editor.matrix()->optionNameEdit(), QStringLiteral("Varnish"));
        QCOMPARE(s.decision().options[1].name, QStringLiteral("Varnish"));
        const int afterRename = s.stack.count();
        // Alt+Right / Alt+Left move options
        s.view()->setFocus();
        s.at(0, kFirst + 1);
        QTest::keyClick(s.view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(s.decision().options[2].name, QStringLiteral("Varnish"));
        QCOMPARE(s.current().column(), kFirst + 2);
        // Alt+D adds "do nothing" once
        QTest::keyClick(s.view(), Qt::Key_D, Qt::AltModifier);
        QCOMPARE(s.decision().options.size(), 5);
        QVERIFY(s.decision().options.last().doNothing);
        QVERIFY(!s.editor.matrix()->action(QStringLiteral("addDoNothing"))->isEnabled());
        // Ctrl+Shift+Delete removes the current option, Ctrl+Delete the current criterion
        s.view()->setFocus();
        s.at(0, kFirst + 2);
        QTest::keyClick(s.view(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(std::none_of(s.decision().options.cbegin(), s.decision().options.cend(),
                             [](const Option &o) { return o.name == QStringLiteral("Varnish"); }));
        s.at(2, 0);
        QTest::keyClick(s.view(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(s.decision().criteria.size(), 2);
        // Alt+N: weights to 100 (10 + 60 → 14.29 + 85.71)
        QTest::keyClick(s.view(), Qt::Key_N, Qt::AltModifier);
        QVERIFY(qFuzzyCompare(s.decision().criteria[0].weight + s.decision().criteria[1].weight, 100.0));
        QVERIFY(qFuzzyCompare(s.decision().criteria[1].weight, 600.0 / 7.0));
        QCOMPARE(s.stack.count(), afterRename + 5);
        undoRedoUndoAll(s.stack, s.project, before);
    }

    void rationaleBesideTheGrid()
    {
        ProjectData data = withBlank();
        DecisionMatrix::setScore(data.decisions[0], QStringLiteral("a"), QStringLiteral("c1"), 4);
        Session s(data);
        QVERIFY(s.ready());
        s.at(0, kFirst + 1); // not scored: the rationale cannot be typed
        QVERIFY(s.editor.matrix()->rationaleEdit()->isReadOnly());
        s.at(0, kFirst);
        QLineEdit *rationale = s.editor.matrix()->rationaleEdit();
        QVERIFY(!rationale->isReadOnly());
        rationale->setFocus();
        QTest::keyClicks(rationale, QStringLiteral("2 ms on a hit"));
        QCOMPARE(findScore(s.decision(), QStringLiteral("a"), QStringLiteral("c1"))->rationale, QStringLiteral("2 ms on a hit"));
        QCOMPARE(s.stack.count(), 1); // typing merges
        QCOMPARE(s.model()->index(0, kFirst).data(Qt::ToolTipRole).toString(), QStringLiteral("2 ms on a hit"));
        // the criterion's description and name beside the grid
        QLineEdit *name = s.editor.matrix()->criterionNameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("p99 latency"));
        QCOMPARE(s.decision().criteria[0].name, QStringLiteral("p99 latency"));
        QCOMPARE(s.model()->index(0, 0).data().toString(), QStringLiteral("p99 latency"));
        QCOMPARE(s.stack.count(), 2);
        s.stack.undo();
        QCOMPARE(name->text(), QStringLiteral("Latency"));
        s.stack.undo();
        QCOMPARE(rationale->text(), QString());
    }

    void constraintsEliminate()
    {
        ProjectData data = withBlank();
        for (const char *o : {"a", "b", "c"})
            for (const char *c : {"c1", "c2"})
                DecisionMatrix::setScore(data.decisions[0], QString::fromLatin1(o), QString::fromLatin1(c),
                                         QByteArray(o) == "c" ? 5 : 3);
        const Decision before = data.decisions[0];
        Session s(data);
        QVERIFY(s.ready());
        QCOMPARE(s.model()->scores().leader(), QStringLiteral("c"));
        auto *add = s.editor.findChild<QPushButton *>(QStringLiteral("addConstraintButton"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTableView *view = s.editor.matrix()->constraintsView();
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Invalidates within one second"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(s.decision().constraints.first().text, QStringLiteral("Invalidates within one second"));
        // Space on CDN's cell: it fails the constraint, so it is eliminated and Redis leads
        view->setCurrentIndex(s.editor.matrix()->constraintsModel()->index(0, 3));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(s.decision().constraints.first().failedBy, QStringList{QStringLiteral("c")});
        QVERIFY(s.model()->index(0, kFirst + 2).data(MatrixModel::EliminatedRole).toBool());
        QCOMPARE(s.model()->scores().leader(), QStringLiteral("a"));
        QCOMPARE(s.stack.count(), 3);
        // a score typed in the matrix leaves the constraints table alone; a renamed option reaches it
        QSignalSpy cells(s.editor.matrix()->constraintsModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy headers(s.editor.matrix()->constraintsModel(), &QAbstractItemModel::headerDataChanged);
        Decision rescored = s.decision();
        DecisionMatrix::setScore(rescored, QStringLiteral("a"), QStringLiteral("c1"), 4);
        QVERIFY(ui::commands::replaceItem(&s.stack, &s.project, rescored, QStringLiteral("Score")));
        QCOMPARE(cells.count() + headers.count(), 0);
        Decision renamed = s.decision();
        renamed.options[0].name = QStringLiteral("Valkey");
        QVERIFY(ui::commands::replaceItem(&s.stack, &s.project, renamed, QStringLiteral("Rename option")));
        QVERIFY(headers.count() > 0);
        QCOMPARE(s.editor.matrix()->constraintsModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Valkey"));
        test::snapshot(&s.editor, QStringLiteral("decisioneditor-eliminated"));
        undoRedoUndoAll(s.stack, s.project, before);
    }

    void recordForm()
    {
        ProjectData data = test::sampleWithDecisions();
        Session s(data, QStringLiteral("dec-orders-db"));
        QVERIFY(s.ready());
        const Decision before = s.decision();
        s.editor.pages()->setCurrentWidget(s.editor.record());
        ui::RecordForm *form = s.editor.record();
        QPlainTextEdit *problem = form->textField(QStringLiteral("problem"));
        problem->setFocus();
        problem->selectAll();
        QTest::keyClicks(problem, QStringLiteral("Where orders live"));
        QCOMPARE(s.decision().problem, QStringLiteral("Where orders live"));
        QCOMPARE(s.stack.count(), 1);
        // door type by keyboard
        form->doorType()->setFocus();
        QTest::keyClick(form->doorType(), Qt::Key_Down);
        QCOMPARE(s.decision().doorType, DoorType::TwoWay);
        // participants and trade-offs (one per line)
        form->participants()->setFocus();
        form->participants()->selectAll();
        QTest::keyClicks(form->participants(), QStringLiteral("Dana, Malik"));
        QCOMPARE(s.decision().participants, (QStringList{QStringLiteral("Dana"), QStringLiteral("Malik")}));
        // consulted and informed, each its own line; notes at the end of the record
        form->consulted()->setFocus();
        QTest::keyClicks(form->consulted(), QStringLiteral("Sam, Lee"));
        QCOMPARE(s.decision().consulted, (QStringList{QStringLiteral("Sam"), QStringLiteral("Lee")}));
        form->informed()->setFocus();
        QTest::keyClicks(form->informed(), QStringLiteral("Ops team"));
        QCOMPARE(s.decision().informed, QStringList{QStringLiteral("Ops team")});
        QPlainTextEdit *notes = form->textField(QStringLiteral("notes"));
        QVERIFY(notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("See the wiki"));
        QCOMPARE(s.decision().notes, QStringLiteral("See the wiki"));
        QPlainTextEdit *tradeoffs = form->tradeoffsAccepted();
        tradeoffs->setFocus();
        tradeoffs->selectAll();
        QTest::keyClicks(tradeoffs, QStringLiteral("Less write scale"));
        QTest::keyClick(tradeoffs, Qt::Key_Return);
        QTest::keyClicks(tradeoffs, QStringLiteral("One writer"));
        QCOMPARE(s.decision().tradeoffsAccepted, (QStringList{QStringLiteral("Less write scale"), QStringLiteral("One writer")}));
        // chosen option
        form->chosenOption()->setFocus();
        QTest::keyClick(form->chosenOption(), Qt::Key_Down);
        QCOMPARE(s.decision().chosenOption, QStringLiteral("db-mongo"));
        // date: Up on the year section
        form->date()->setFocus();
        QTest::keyClick(form->date(), Qt::Key_Home);
        QTest::keyClick(form->date(), Qt::Key_Up);
        QCOMPARE(s.decision().date, QDate(2027, 10, 15));
        // the scale grows by keyboard; shrinking below a score given is refused with a reason
        form->scaleMax()->setFocus();
        QTest::keyClick(form->scaleMax(), Qt::Key_Up);
        QCOMPARE(s.decision().scale, (ScoreScale{1, 6}));
        QTest::keyClick(form->scaleMax(), Qt::Key_Down);
        QTest::keyClick(form->scaleMax(), Qt::Key_Down);
        QCOMPARE(s.decision().scale, (ScoreScale{1, 5}));
        QCOMPARE(form->scaleMax()->value(), 5);
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("scaleProblem"))->text().contains(QStringLiteral("outside 1 to 4")));
        // a risk through the table
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addRisk")), Qt::LeftButton);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Vendor lock-in"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(s.decision().risks.size(), before.risks.size() + 1);
        QTRY_VERIFY(std::any_of(s.decision().risks.cbegin(), s.decision().risks.cend(),
                            [](const Risk &r) { return r.text == QStringLiteral("Vendor lock-in"); }));
        test::snapshot(&s.editor, QStringLiteral("decisioneditor-record"));
        undoRedoUndoAll(s.stack, s.project, before);
    }

    void recordColumnsStackWhenNarrow()
    {
        // at a projector's 1280 x 720 with the panels open the record is about 550 px wide:
        // the two columns go one above the other instead of one being cut off
        ProjectData data = test::sampleWithDecisions();
        Session s(data, QStringLiteral("dec-orders-db"));
        QVERIFY(s.ready());
        ui::RecordForm *form = s.editor.record();
        auto *columns = qobject_cast<QBoxLayout *>(form->findChild<QWidget *>(QStringLiteral("recordColumns"))->layout());
        QVERIFY(columns);
        s.editor.pages()->setCurrentWidget(form);
        s.editor.resize(1500, 700);
        s.editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        QTRY_COMPARE(columns->direction(), QBoxLayout::LeftToRight);
        s.editor.resize(570, 700);
        QTRY_COMPARE(columns->direction(), QBoxLayout::TopToBottom);
        QTRY_VERIFY2(form->findChild<QWidget *>(QStringLiteral("recordColumns"))->width() <= form->width(),
                     "the stacked columns fit without a horizontal scroll bar");
        s.editor.resize(1500, 700);
        QTRY_COMPARE(columns->direction(), QBoxLayout::LeftToRight);
    }

    void supersedeLinksBothWays()
    {
        ProjectData data = test::sampleWithDecisions();
        Project project(data);
        QUndoStack stack;
        ui::ProjectDocument document(&project, &stack);
        ui::DecisionEditor cache(&document, QStringLiteral("dec-catalog-cache"));
        ui::DecisionEditor events(&document, QStringLiteral("dec-order-events-log"));
        cache.show();
        QApplication::setActiveWindow(&cache);
        QVERIFY(QTest::qWaitForWindowActive(&cache));
        cache.pages()->setCurrentWidget(cache.record());
        QComboBox *status = cache.record()->status();
        QComboBox *successor = cache.record()->successor();
        QVERIFY(!successor->isEnabled());
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // accepted -> superseded
        const Decision *d = project.find<Decision>(QStringLiteral("dec-catalog-cache"));
        QCOMPARE(d->status, DecisionStatus::Superseded);
        QVERIFY(successor->isEnabled());
        successor->setFocus();
        const int target = successor->findData(QStringLiteral("dec-order-events-log"));
        QVERIFY(target > 0);
        for (int i = successor->currentIndex(); i < target; ++i)
            QTest::keyClick(successor, Qt::Key_Down);
        QCOMPARE(d->supersededBy, QStringLiteral("dec-order-events-log"));
        // the successor finds what it supersedes (the older queue decision and now the cache)
        QVERIFY(events.record()->supersedesLabel()->text().contains(QStringLiteral("Cache in front of the product catalogue")));
        QVERIFY(events.record()->supersedesLabel()->text().contains(QStringLiteral("Order events through a managed queue")));
        // a superseded decision is history: no checks nag about it
        QCOMPARE(cache.checksList()->count(), 1);
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(d->status, DecisionStatus::Accepted);
        QVERIFY(d->supersededBy.isEmpty());
        QVERIFY(!events.record()->supersedesLabel()->text().contains(QStringLiteral("Cache")));
    }

    void triggersByKeyboard()
    {
        Session s(withBlank());
        QVERIFY(s.ready());
        s.editor.pages()->setCurrentWidget(s.editor.triggers());
        ui::TriggersPanel *panel = s.editor.triggers();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addTrigger")), Qt::LeftButton);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("p99 exceeds 500 ms"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(s.decision().revisitTriggers.first().condition, QStringLiteral("p99 exceeds 500 ms"));
        QTableView *view = panel->view();
        const auto editCell = [&](int column, const QString &text) {
            view->setCurrentIndex(panel->model()->index(0, column));
            QTest::keyClick(view, Qt::Key_F2);
            auto *e = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(e);
            e->selectAll();
            QTest::keyClicks(e, text);
            const int before = s.stack.count();
            QTest::keyClick(e, Qt::Key_Return);
            QTRY_COMPARE(s.stack.count(), before + 1);
        };
        editCell(ui::TriggersModel::MetricColumn, QStringLiteral("p99 ms"));
        editCell(ui::TriggersModel::ThresholdColumn, QStringLiteral("500"));
        editCell(ui::TriggersModel::CurrentColumn, QStringLiteral("620"));
        // comparator through its combo box editor
        view->setCurrentIndex(panel->model()->index(0, ui::TriggersModel::ComparatorColumn));
        QTest::keyClick(view, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Down); // (none) -> ">"
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(s.decision().revisitTriggers.first().comparator, Comparator::Greater);
        const RevisitTrigger &t = s.decision().revisitTriggers.first();
        QCOMPARE(t.condition, QStringLiteral("p99 exceeds 500 ms"));
        QCOMPARE(t.metric, QStringLiteral("p99 ms"));
        QCOMPARE(t.threshold, 500.0);
        QCOMPARE(t.currentValue, 620.0);
        QCOMPARE(t.comparator, Comparator::Greater);
        const QModelIndex state = panel->model()->index(0, ui::TriggersModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Fired"));
        QVERIFY(s.editor.pages()->tabText(2).contains(QStringLiteral("1 fired")));
        // calendar trigger: due six months after the decision date (2027-05-02)
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addCalendarTrigger")), Qt::LeftButton);
        QCOMPARE(panel->model()->index(1, ui::TriggersModel::ReviewByColumn).data().toString(),
                 QStringLiteral("2027-05-02 (default)"));
        QCOMPARE(panel->model()->index(1, ui::TriggersModel::StateColumn).data().toString(), QStringLiteral("Not fired"));
        QCOMPARE(s.stack.count(), 7);
        test::snapshot(&s.editor, QStringLiteral("decisioneditor-triggers"));
        undoRedoUndoAll(s.stack, s.project, blankMatrix());
    }

    void titleTypingMerges()
    {
        Session s(withBlank());
        QVERIFY(s.ready());
        s.editor.titleEdit()->setFocus();
        s.editor.titleEdit()->selectAll();
        QTest::keyClicks(s.editor.titleEdit(), QStringLiteral("Catalogue cache"));
        QCOMPARE(s.decision().title, QStringLiteral("Catalogue cache"));
        QCOMPARE(s.stack.count(), 1);
        s.stack.undo();
        QCOMPARE(s.editor.titleEdit()->text(), QStringLiteral("Cache for the catalogue"));
        // the title grows with the presentation zoom (which sets the tab's font)
        const qreal size = s.editor.titleEdit()->font().pointSizeF();
        QFont big = s.editor.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        s.editor.setFont(big);
        QVERIFY(qFuzzyCompare(s.editor.titleEdit()->font().pointSizeF(), size * 2));
    }

    void readOnlyBlocksEdits()
    {
        Session s(withBlank());
        QVERIFY(s.ready());
        s.project.setReadOnly(true);
        s.at(0, kFirst);
        QTest::keyClick(s.view(), Qt::Key_4);
        QVERIFY(!score(s.project, "a", "c1"));
        QVERIFY(s.editor.messageBar()->text().contains(QStringLiteral("read-only")));
        QTest::keyClick(s.view(), Qt::Key_Insert);
        QTest::keyClick(s.view(), Qt::Key_F2);
        QVERIFY(!s.view()->isEditing());
        QVERIFY(!s.editor.matrix()->action(QStringLiteral("addOption"))->isEnabled());
        QVERIFY(s.editor.titleEdit()->isReadOnly());
        QVERIFY(s.editor.record()->textField(QStringLiteral("problem"))->isReadOnly());
        QVERIFY(!s.editor.record()->status()->isEnabled());
        QCOMPARE(s.decision(), blankMatrix());
        QCOMPARE(s.stack.count(), 0);
        s.project.setReadOnly(false);
        QTest::keyClick(s.view(), Qt::Key_4);
        QCOMPARE(score(s.project, "a", "c1"), 4.0);
    }

    void checksInTheEditor()
    {
        ProjectData data = withBlank();
        data.decisions[0].options.resize(1);
        Session s(data);
        QVERIFY(s.ready());
        const auto has = [&](const QString &title) {
            for (int i = 0; i < s.editor.checksList()->count(); ++i)
                if (s.editor.checksList()->item(i)->text().contains(title))
                    return true;
            return false;
        };
        QVERIFY(has(QualityChecks::title(QualityChecks::kSingleOption)));
        QVERIFY(has(QualityChecks::title(QualityChecks::kNoRevisitTrigger)));
        QVERIFY(has(QualityChecks::title(QualityChecks::kTwoWayWithoutTimeBox)));
        s.at(0, kFirst);
        QTest::keyClick(s.view(), Qt::Key_Insert, Qt::ControlModifier);
        QVERIFY(!has(QualityChecks::title(QualityChecks::kSingleOption)));
        // a score that leaves the same checks failing keeps the list: its lines, the one the
        // keyboard is on, nothing laid out again
        QListWidget *list = s.editor.checksList();
        QVERIFY(list->count() >= 2);
        const int checks = list->count();
        QListWidgetItem *first = list->item(0);
        list->setCurrentRow(1);
        s.at(0, kFirst);
        QTest::keyClick(s.view(), Qt::Key_3);
        QCOMPARE(score(s.project, "a", "c1").value_or(0), 3.0);
        QCOMPARE(list->count(), checks);
        QCOMPARE(list->item(0), first);
        QCOMPARE(list->currentRow(), 1);
        // Enter on a check goes where it can be fixed
        list->setFocus();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(QualityChecks::title(QualityChecks::kNoRevisitTrigger)))
                list->setCurrentRow(i);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(s.editor.pages()->currentWidget(), s.editor.triggers());
    }

    // Issue 13 §4: an accepted decision whose matrix lost its leader said "Passed".
    void acceptedDecisionLosingItsLeaderFailsACheck()
    {
        ProjectData data = withBlank();
        Decision &d = data.decisions[0];
        d.options.resize(2);
        for (const char *o : {"a", "b"})
            for (const char *c : {"c1", "c2"})
                d.scores << Score{QString::fromLatin1(o), QString::fromLatin1(c), *o == 'a' ? 5.0 : 3.0, {}};
        d.status = DecisionStatus::Accepted;
        d.chosenOption = QStringLiteral("a");
        RevisitTrigger calendar;
        calendar.id = QStringLiteral("t");
        calendar.category = TriggerCategory::Calendar;
        d.revisitTriggers << calendar;
        Session s(data);
        QVERIFY(s.ready());
        QListWidget *list = s.editor.checksList();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Passed: every decision-quality check"));

        // clear both scores on Latency: no option is complete, so none leads
        s.at(0, kFirst);
        s.view()->selectionModel()->select(QItemSelection(s.model()->index(0, kFirst), s.model()->index(0, kFirst + 1)),
                                           QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(s.view(), Qt::Key_Delete);
        QVERIFY(!score(s.project, "a", "c1"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Check: Accepted without a complete ranking. ")),
                 qPrintable(list->item(0)->text()));
        s.stack.undo();
        QCOMPARE(list->item(0)->text(), QStringLiteral("Passed: every decision-quality check"));
    }

    // Issue 15 §8: an accepted decision whose revisit trigger fired fails a check, on the
    // editor's reference date; Enter on it goes to the triggers.
    void acceptedDecisionWithFiredTriggerFailsACheck()
    {
        ProjectData data = withBlank();
        Decision &d = data.decisions[0];
        d.options.resize(2);
        for (const char *o : {"a", "b"})
            for (const char *c : {"c1", "c2"})
                d.scores << Score{QString::fromLatin1(o), QString::fromLatin1(c), *o == 'a' ? 5.0 : 3.0, {}};
        d.status = DecisionStatus::Accepted;
        d.chosenOption = QStringLiteral("a");
        RevisitTrigger calendar;
        calendar.id = QStringLiteral("t");
        calendar.category = TriggerCategory::Calendar;
        calendar.condition = QStringLiteral("Look again after the launch");
        calendar.reviewBy = QDate(2026, 12, 1);
        d.revisitTriggers << calendar;
        Session s(data);
        QVERIFY(s.ready());
        QListWidget *list = s.editor.checksList();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Passed: every decision-quality check"));

        s.editor.setReferenceDate(QDate(2026, 12, 2));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Check: Accepted, but revisit triggers fired. The decision "
                                                                 "is accepted, but its revisit trigger “Look again after "
                                                                 "the launch” (review by ")),
                 qPrintable(list->item(0)->text()));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(s.editor.pages()->currentWidget(), s.editor.triggers());
        s.editor.setReferenceDate(QDate(2026, 11, 28));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Passed: every decision-quality check"));
    }

    // Issue 4 "run a whole decision in a meeting by keyboard": only key events, sent to whatever
    // has the keyboard, from the window's first field to the last cell and out again.
    void wholeDecisionByKeyboardOnly()
    {
        Session s(withBlank());
        s.editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&s.editor));
        const auto key = [](Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), k, mods);
        };
        const auto type = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };
        const auto focus = [] { return QApplication::focusWidget(); };
        ui::MatrixPanel *panel = s.editor.matrix();
        QCOMPARE(focus(), s.editor.findChild<QLineEdit *>(QStringLiteral("decisionTitle")));
        key(Qt::Key_Tab); // from the title into the grid, on the first score cell
        QCOMPARE(focus(), s.view());
        QCOMPARE(s.current(), s.model()->index(0, kFirst));
        type(QStringLiteral("543215"));
        QCOMPARE(score(s.project, "c", "c2"), 5.0);
        QCOMPARE(s.current(), s.model()->index(1, kFirst + 2));
        // Alt+L: the rationale of the current cell; Return hands the keyboard back to that cell
        key(Qt::Key_L, Qt::AltModifier);
        QCOMPARE(focus(), panel->rationaleEdit());
        type(QStringLiteral("cheapest to run"));
        key(Qt::Key_Return);
        QCOMPARE(focus(), s.view());
        QCOMPARE(s.current(), s.model()->index(1, kFirst + 2));
        QCOMPARE(findScore(s.decision(), QStringLiteral("c"), QStringLiteral("c2"))->rationale,
                 QStringLiteral("cheapest to run"));
        // Ctrl+Insert: a new option, its name typed at once, Return back to its cell to score it
        key(Qt::Key_Insert, Qt::ControlModifier);
        QCOMPARE(focus(), panel->optionNameEdit());
        type(QStringLiteral("Varnish"));
        key(Qt::Key_Return);
        QCOMPARE(focus(), s.view());
        QCOMPARE(s.decision().options.size(), 4);
        QCOMPARE(s.decision().options[3].name, QStringLiteral("Varnish"));
        QCOMPARE(s.current(), s.model()->index(1, kFirst + 3));
        key(Qt::Key_4);
        key(Qt::Key_Up);
        key(Qt::Key_3);
        QCOMPARE(s.decision().scores.size(), 8);
        QCOMPARE(s.current(), s.model()->index(1, kFirst));
        // Alt+C renames the current criterion (the field's text is selected), Escape returns
        key(Qt::Key_C, Qt::AltModifier);
        QCOMPARE(focus(), panel->criterionNameEdit());
        type(QStringLiteral("Running cost"));
        key(Qt::Key_Escape);
        QCOMPARE(focus(), s.view());
        QCOMPARE(s.decision().criteria[1].name, QStringLiteral("Running cost"));
        // Alt+A and Alt+W describe the criterion and the option
        key(Qt::Key_A, Qt::AltModifier);
        type(QStringLiteral("Monthly bill"));
        key(Qt::Key_Return);
        key(Qt::Key_W, Qt::AltModifier);
        type(QStringLiteral("Managed service"));
        key(Qt::Key_Return);
        QCOMPARE(focus(), s.view());
        QCOMPARE(s.decision().criteria[1].description, QStringLiteral("Monthly bill"));
        QCOMPARE(s.decision().options[0].description, QStringLiteral("Managed service"));
        // Alt+O reaches the option's name too
        key(Qt::Key_O, Qt::AltModifier);
        QCOMPARE(focus(), panel->optionNameEdit());
        key(Qt::Key_Escape);
        // Alt+G marks the current option as "do nothing"
        key(Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(s.decision().options[0].doNothing);
        key(Qt::Key_Escape);
        QCOMPARE(focus(), s.view());
        // Alt+I adds a constraint and edits its text; Escape in the list returns to the grid
        key(Qt::Key_I, Qt::AltModifier); // a button's mnemonic clicks it after its short animation
        QTRY_COMPARE(s.decision().constraints.size(), 1);
        QTRY_VERIFY(panel->constraintsView()->isAncestorOf(focus()));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Runs on-premises"));
        key(Qt::Key_Return);
        QTRY_COMPARE(s.decision().constraints.first().text, QStringLiteral("Runs on-premises"));
        QTRY_COMPARE(focus(), panel->constraintsView());
        key(Qt::Key_Escape);
        QCOMPARE(focus(), s.view());
        // Alt+S reaches the constraints list from the grid
        key(Qt::Key_S, Qt::AltModifier);
        QCOMPARE(focus(), panel->constraintsView());
        key(Qt::Key_Escape);
        // Ctrl+End goes to the last score; Tab at the grid's last cell leaves the grid along the
        // focus chain; Shift+Tab comes back
        key(Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(s.current(), s.model()->index(s.model()->criterionCount() - 1, s.model()->columnCount() - 1));
        key(Qt::Key_Down);
        key(Qt::Key_Down); // past the weighted scores to the ranks
        const QModelIndex last = s.model()->index(s.model()->rowCount() - 1, s.model()->columnCount() - 1);
        QCOMPARE(s.current(), last);
        key(Qt::Key_Tab);
        QCOMPARE(focus(), panel->criterionNameEdit());
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focus(), s.view());
        QCOMPARE(s.current(), last);
        // Shift+Tab at the first cell leaves it backwards, to the title (Ctrl+Home is the first
        // score; Home then the row's first cell)
        key(Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(s.current(), s.model()->index(0, DecisionMatrix::kFirstOptionColumn));
        key(Qt::Key_Home);
        QCOMPARE(s.current(), s.model()->index(0, 0));
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focus(), s.editor.findChild<QLineEdit *>(QStringLiteral("decisionTitle")));
        undoRedoUndoAll(s.stack, s.project, blankMatrix());
    }

    void aTieForFirstIsNoLead()
    {
        ProjectData data = withBlank();
        // Redis and Memcached score the same on everything: rank 1 is shared, CDN is third
        for (const char *o : {"a", "b", "c"})
            for (const char *c : {"c1", "c2"})
                DecisionMatrix::setScore(data.decisions[0], QString::fromLatin1(o), QString::fromLatin1(c),
                                         QByteArray(o) == "c" ? 2 : 4);
        Session s(data);
        QVERIFY(s.ready());
        const QString text = s.editor.summary()->text();
        QVERIFY2(text.startsWith(QStringLiteral("No clear leader: Redis and Memcached tie for first place with 4.00.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Leader:")));
        // the rank row says "tie" under both, "leader" under neither
        const int ranks = s.model()->criterionCount() + 1;
        QCOMPARE(s.model()->index(ranks, kFirst).data().toString(), QStringLiteral("1 · tie"));
        QCOMPARE(s.model()->index(ranks, kFirst + 1).data().toString(), QStringLiteral("1 · tie"));
        QCOMPARE(s.model()->index(ranks, kFirst + 2).data().toString(), QStringLiteral("3"));
        // one more point for Memcached breaks the tie: it leads on its own again
        s.at(0, kFirst + 1);
        QTest::keyClick(s.view(), Qt::Key_5);
        QTRY_VERIFY2(s.editor.summary()->text().startsWith(QStringLiteral("Leader: Memcached with 4.60, first under ")),
                     qPrintable(s.editor.summary()->text()));
        QCOMPARE(s.model()->index(ranks, kFirst + 1).data().toString(), QStringLiteral("1 · leader"));
        QCOMPARE(s.model()->index(ranks, kFirst).data().toString(), QStringLiteral("2"));
    }

    void highlightSelects()
    {
        Session s(test::sampleWithDecisions(), QStringLiteral("dec-catalog-cache"));
        QVERIFY(s.ready());
        s.editor.highlight(QStringLiteral("ca-trg-timebox"));
        QCOMPARE(s.editor.pages()->currentWidget(), s.editor.triggers());
        QCOMPARE(s.editor.triggers()->view()->currentIndex().row(), 1);
        s.editor.highlight(QStringLiteral("ca-redis"));
        QCOMPARE(s.editor.pages()->currentWidget(), s.editor.matrix());
        QCOMPARE(s.current().column(), kFirst);
        s.editor.highlight(QStringLiteral("check:") + QualityChecks::kAcceptedWithoutChoice);
        QCOMPARE(s.editor.pages()->currentWidget(), s.editor.record());
        QCOMPARE(QApplication::focusWidget(), s.editor.record()->chosenOption());
    }
};

QTEST_MAIN(TestDecisionEditor)
#include "tst_decisioneditor.moc"
