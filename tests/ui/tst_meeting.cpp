// The review meeting as a group in the GUI (issue 16): scoring a participant's ballot in the
// room by keyboard, blind until Reveal, the group layer and the cells to discuss first, Adopt
// with undo, the aggregation, dissent and attendees, File ▸ Import Ballots… with its
// confirmation, and the pairwise weights dialog driven by keys.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/decision/ahp.h"
#include "core/interchange/ballotfile.h"
#include "core/project.h"
#include "decisionfixture.h"
#include "ui/decision/ballotformdialog.h"
#include "ui/decision/ballotimportaction.h"
#include "ui/shell/mainwindow.h"
#include "ui/decision/decisioneditor.h"
#include "ui/decision/matrixdelegate.h"
#include "ui/decision/matrixmodel.h"
#include "ui/decision/matrixpanel.h"
#include "ui/decision/recordform.h"
#include "ui/decision/matrixview.h"
#include "ui/decision/meetingpanel.h"
#include "ui/decision/pairwisedialog.h"
#include "ui/workbench.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QCompleter>
#include <QAbstractItemView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::MatrixModel;

namespace {

/// Two criteria (60/40), two options, agreed scores o1 (3, 3), o2 (3, 3); four people.
ProjectData meetingProject()
{
    ProjectData data;
    data.project.id = QStringLiteral("p1");
    Decision d;
    d.id = QStringLiteral("d1");
    d.title = QStringLiteral("Primary database");
    d.participants = {QStringLiteral("Ana"), QStringLiteral("Bo")};
    d.consulted = {QStringLiteral("Cy")};
    d.criteria = {{QStringLiteral("c1"), QStringLiteral("Fit"), 60, {}}, {QStringLiteral("c2"), QStringLiteral("Cost"), 40, {}}};
    d.options = {{QStringLiteral("o1"), QStringLiteral("PostgreSQL"), {}, false}, {QStringLiteral("o2"), QStringLiteral("MongoDB"), {}, false}};
    for (const char *o : {"o1", "o2"})
        for (const char *c : {"c1", "c2"})
            d.scores << Score{QString::fromLatin1(o), QString::fromLatin1(c), 3, {}};
    data.decisions << d;
    return data;
}

struct Fixture {
    explicit Fixture(ProjectData data = meetingProject())
        : project(std::move(data)), editor(&document, QStringLiteral("d1"))
    {
        editor.resize(1280, 720);
        editor.show();
        QApplication::setActiveWindow(&editor);
    }
    ui::MatrixPanel *matrix() const { return editor.matrix(); }
    MatrixModel *model() const { return matrix()->model(); }
    ui::MeetingPanel *meeting() const { return editor.meeting(); }
    const Decision &decision() const { return *project.find<Decision>(QStringLiteral("d1")); }
    void chooseLayer(const QString &data)
    {
        QComboBox *combo = matrix()->layerCombo();
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }
    /// Types one digit into a score cell of the grid.
    void type(int row, int column, char digit)
    {
        matrix()->view()->setCurrentIndex(model()->index(row, column));
        matrix()->view()->setFocus();
        QTest::keyClick(matrix()->view(), digit);
    }

    Project project;
    QUndoStack stack;
    ui::ProjectDocument document{&project, &stack};
    ui::DecisionEditor editor;
};

} // namespace

class TestMeeting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void scoringABallotInTheRoomLeavesTheAgreedMatrix()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        // Ana's ballot, by keyboard: Ctrl+B opens the list of ballots
        f.matrix()->view()->setCurrentIndex(f.model()->index(1, 0));
        f.chooseLayer(QStringLiteral("Ana"));
        QCOMPARE(f.model()->layer(), MatrixModel::Layer::Ballot);
        // the cursor waits on the first cell her ballot has not scored, never on a name
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(0, 2));
        f.matrix()->view()->setCurrentIndex(f.model()->index(1, 1));
        QTest::keyClick(f.matrix()->view(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(0, 2));
        QTest::keyClick(f.matrix()->view(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(1, 3));
        QVERIFY(f.model()->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("Ana's ballot")));
        auto *banner = f.matrix()->findChild<QLabel *>(QStringLiteral("layerBanner"));
        QVERIFY(banner->isVisibleTo(f.matrix()));
        QVERIFY(banner->text().startsWith(QStringLiteral("Scoring Ana's ballot")));
        QCOMPARE(f.model()->index(0, 2).data().toString(), QStringLiteral("—")); // nothing on her ballot yet
        f.type(0, 2, '5');
        f.type(1, 2, '4');
        QCOMPARE(f.decision().ballots.size(), 1);
        QCOMPARE(f.decision().ballots[0].participant, QStringLiteral("Ana"));
        QCOMPARE(f.decision().ballots[0].scores.size(), 2);
        QCOMPARE(findScore(f.decision(), QStringLiteral("o1"), QStringLiteral("c1"))->value, 3.0); // agreed unchanged
        QCOMPARE(f.model()->index(0, 2).data().toString(), QStringLiteral("5"));
        // her own weight: typed in the weight column of her ballot
        f.matrix()->view()->setCurrentIndex(f.model()->index(0, 1));
        QVERIFY(f.model()->setData(f.model()->index(0, 1), 80));
        QCOMPARE(f.decision().ballots[0].weights.size(), 1);
        QCOMPARE(f.decision().criteria[0].weight, 60.0);
        // each keystroke is one undo step; undo shows the room the cell it changed
        f.matrix()->view()->setCurrentIndex(f.model()->index(1, 3));
        f.stack.undo();
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(0, 1)); // Ana's weight
        QCOMPARE(f.decision().ballots[0].weights.size(), 0);
        f.matrix()->view()->setCurrentIndex(f.model()->index(0, 3));
        f.stack.undo();
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(1, 2));
        auto *delegate = qobject_cast<ui::MatrixDelegate *>(f.matrix()->view()->itemDelegate());
        QCOMPARE(QModelIndex(delegate->flash()), f.model()->index(1, 2));
        QTRY_VERIFY(!delegate->flash().isValid()); // the flash fades
        f.stack.redo();
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(1, 2));
        f.stack.undo();
        QCOMPARE(f.decision().ballots[0].scores.size(), 1);
        f.stack.undo();
        QVERIFY(f.decision().ballots.isEmpty());
        f.stack.redo();
        QCOMPARE(f.decision().ballots.size(), 1);
        // the agreed layer again
        f.chooseLayer(QStringLiteral("agreed"));
        QCOMPARE(f.model()->index(0, 2).data().toString(), QStringLiteral("3"));
        QVERIFY(!banner->isVisibleTo(f.matrix()));
        // someone not yet among the people becomes consulted when they score
        f.model()->setLayer(MatrixModel::Layer::Ballot, QStringLiteral("Dee"));
        f.type(0, 3, '2');
        QVERIFY(f.decision().consulted.contains(QStringLiteral("Dee")));
    }

    void blindUntilRevealThenAdoptWithUndo()
    {
        ProjectData data = meetingProject();
        Decision &d = data.decisions[0];
        d.ballots = {Ballot{QStringLiteral("Ana"), {}, {}, {Score{QStringLiteral("o1"), QStringLiteral("c1"), 5, {}}}},
                     Ballot{QStringLiteral("Bo"), {}, {}, {Score{QStringLiteral("o1"), QStringLiteral("c1"), 2, {}},
                                                           Score{QStringLiteral("o2"), QStringLiteral("c2"), 4, {}}}},
                     Ballot{QStringLiteral("Cy"), {}, {}, {Score{QStringLiteral("o1"), QStringLiteral("c1"), 4, {}},
                                                           Score{QStringLiteral("o2"), QStringLiteral("c2"), 5, {}}}}};
        Fixture f(data);
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        // blind: no group layer, nothing of the spreads shown
        QVERIFY(!f.model()->revealed());
        QVERIFY(!f.model()->setLayer(MatrixModel::Layer::Group));
        QCOMPARE(f.model()->layer(), MatrixModel::Layer::Agreed);
        auto *items = qobject_cast<QStandardItemModel *>(f.matrix()->layerCombo()->model());
        QVERIFY(!items->item(1)->isEnabled());
        QVERIFY(f.meeting()->contestedList()->isHidden() || !f.meeting()->contestedList()->isVisibleTo(f.meeting()));
        QVERIFY(f.meeting()->findChild<QLabel *>(QStringLiteral("ballotStatus"))->text().contains(QStringLiteral("hidden")));
        QVERIFY(!f.model()->index(0, 2).data(MatrixModel::SpreadRole).isValid());

        // Reveal (the Meeting page's button, Ctrl+Alt+R), by its key from the Meeting page
        auto *pages = f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"));
        QTest::keyClick(&f.editor, Qt::Key_G, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(pages->currentWidget(), f.meeting());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(f.model()->revealed()); // a button's key clicks it after a short flash
        pages->setCurrentWidget(f.matrix());
        QVERIFY(f.model()->revealed());
        QVERIFY(items->item(1)->isEnabled());
        QVERIFY(f.model()->setLayer(MatrixModel::Layer::Group));
        // o1 × Fit: mean of 5, 2, 4 = 3.67, spread 3
        QCOMPARE(f.model()->index(0, 2).data(MatrixModel::SpreadRole).toDouble(), 3.0);
        QVERIFY2(f.model()->index(0, 2).data().toString().startsWith(QStringLiteral("3.67")), qPrintable(f.model()->index(0, 2).data().toString()));
        QVERIFY(!(f.model()->flags(f.model()->index(0, 2)) & Qt::ItemIsEditable)); // the group is read-only
        // the box beside the grid speaks of the group's value, then the agreed one
        f.matrix()->view()->setCurrentIndex(f.model()->index(0, 2));
        const QString described = f.matrix()->findChild<QLabel *>(QStringLiteral("cellLabel"))->text();
        QVERIFY2(described.contains(QStringLiteral("the group: 3.67 (3 ballot")) && described.contains(QStringLiteral("from 2 to 5 (spread 3"))
                     && described.endsWith(QStringLiteral("Agreed score: 3.")),
                 qPrintable(described));
        // discuss first: o1 × Fit (spread 3), then o2 × Cost (spread 1)
        QListWidget *contested = f.meeting()->contestedList();
        QCOMPARE(contested->count(), 2);
        QVERIFY(contested->item(0)->text().startsWith(QStringLiteral("PostgreSQL × Fit")));
        QVERIFY(f.meeting()->findChild<QLabel *>(QStringLiteral("participantLeaders"))->text().contains(QStringLiteral("rank")));
        QApplication::processEvents();
        test::snapshot(&f.editor, QStringLiteral("meeting-group-layer"));
        f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"))->setCurrentWidget(f.meeting());
        QApplication::processEvents();
        test::snapshot(&f.editor, QStringLiteral("meeting-page"));
        f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"))->setCurrentWidget(f.matrix());

        // median instead of mean: undoable and kept with the decision
        QComboBox *how = f.meeting()->aggregationCombo();
        how->setCurrentIndex(how->findData(int(Aggregation::Median)));
        emit how->activated(how->currentIndex());
        QCOMPARE(f.decision().aggregation, Aggregation::Median);
        QCOMPARE(f.model()->index(0, 2).data().toString().section(QLatin1Char(' '), 0, 0), QStringLiteral("4"));

        // Adopt the group matrix: one undo step, with a rationale
        const Decision before = f.decision();
        f.meeting()->rationaleEdit()->setText(QStringLiteral("Agreed in the review of 10 Dec"));
        f.meeting()->adoptButton()->click();
        QCOMPARE(findScore(f.decision(), QStringLiteral("o1"), QStringLiteral("c1"))->value, 4.0);
        QCOMPARE(findScore(f.decision(), QStringLiteral("o2"), QStringLiteral("c2"))->value, 4.5);
        QCOMPARE(findScore(f.decision(), QStringLiteral("o1"), QStringLiteral("c2"))->value, 3.0); // no ballot: kept
        QCOMPARE(findScore(f.decision(), QStringLiteral("o1"), QStringLiteral("c1"))->rationale, QStringLiteral("Agreed in the review of 10 Dec"));
        f.stack.undo();
        QCOMPARE(f.decision(), before);

        // one cell: Ctrl+Alt+A on the grid, default rationale
        f.model()->setLayer(MatrixModel::Layer::Group);
        f.matrix()->view()->setCurrentIndex(f.model()->index(1, 3));
        f.matrix()->view()->setFocus();
        f.matrix()->action(QStringLiteral("adoptCell"))->trigger();
        QCOMPARE(findScore(f.decision(), QStringLiteral("o2"), QStringLiteral("c2"))->value, 4.5);
        QCOMPARE(findScore(f.decision(), QStringLiteral("o1"), QStringLiteral("c1"))->value, 3.0);
        QVERIFY(findScore(f.decision(), QStringLiteral("o2"), QStringLiteral("c2"))->rationale.contains(QStringLiteral("median of 2 ballots")));
        f.stack.undo();
        QCOMPARE(findScore(f.decision(), QStringLiteral("o2"), QStringLiteral("c2"))->value, 3.0);

        // Activating a contested cell shows it in the matrix
        f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"))->setCurrentWidget(f.meeting());
        emit contested->itemActivated(contested->item(0));
        QCOMPARE(f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"))->currentWidget(), f.matrix());
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(0, 2));

        // Hide again: back to the agreed layer
        f.meeting()->revealButton()->click();
        QCOMPARE(f.model()->layer(), MatrixModel::Layer::Agreed);
    }

    void escapeFromAnywhereReturnsToTheMatrix()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        auto *pages = f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"));
        f.matrix()->view()->setCurrentIndex(f.model()->index(1, 3));
        // from a text of the record, the meeting page and the title: Escape lands on the grid's cell
        pages->setCurrentWidget(f.editor.record());
        QPlainTextEdit *context = f.editor.record()->textField(QStringLiteral("context"));
        context->setFocus();
        QTRY_VERIFY(context->hasFocus());
        QTest::keyClick(context, Qt::Key_Escape);
        QCOMPARE(pages->currentWidget(), f.matrix());
        QTRY_VERIFY(f.matrix()->view()->hasFocus());
        QCOMPARE(f.matrix()->view()->currentIndex(), f.model()->index(1, 3));
        pages->setCurrentWidget(f.meeting());
        f.meeting()->aggregationCombo()->setFocus();
        QTest::keyClick(f.meeting()->aggregationCombo(), Qt::Key_Escape);
        QCOMPARE(pages->currentWidget(), f.matrix());
        QTRY_VERIFY(f.matrix()->view()->hasFocus());
        auto *title = f.editor.findChild<QLineEdit *>(QStringLiteral("decisionTitle"));
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Escape);
        QTRY_VERIFY(f.matrix()->view()->hasFocus());
        // in an open cell editor Escape still cancels the edit, and nothing else
        f.matrix()->view()->setCurrentIndex(f.model()->index(0, 0));
        QTest::keyClick(f.matrix()->view(), Qt::Key_F2);
        QTRY_VERIFY(f.matrix()->view()->isEditing());
        QWidget *cellEditor = QApplication::focusWidget();
        QVERIFY(cellEditor && cellEditor != f.matrix()->view());
        QTest::keyClicks(cellEditor, QStringLiteral("Renamed"));
        QTest::keyClick(cellEditor, Qt::Key_Escape);
        QTRY_VERIFY(!f.matrix()->view()->isEditing());
        QCOMPARE(f.decision().criteria[0].name, QStringLiteral("Fit"));
        QCOMPARE(f.stack.count(), 0);
    }

    void aFieldReachedByItsMnemonicScrollsIntoView()
    {
        Fixture f;
        f.editor.resize(1280, 330); // the minutes are at the foot, cut
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        auto *pages = f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"));
        pages->setCurrentWidget(f.meeting());
        auto *attendees = f.meeting()->findChild<QLineEdit *>(QStringLiteral("attendees"));
        QApplication::processEvents();
        const auto wholly = [attendees] { return attendees->visibleRegion().boundingRect().height() == attendees->height(); };
        QVERIFY(!wholly());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier); // "&Who attended"
        QTRY_VERIFY(attendees->hasFocus());
        QTRY_VERIFY(wholly());
    }

    void namesComeFromTheProjectsPeople()
    {
        ProjectData data = meetingProject();
        Decision other;
        other.id = QStringLiteral("d2");
        other.title = QStringLiteral("Cache");
        other.participants = {QStringLiteral("Priya Natarajan"), QStringLiteral("Ana")};
        data.decisions << other;
        Fixture f(data);
        QVERIFY(QTest::qWaitForWindowExposed(&f.editor));
        auto *pages = f.editor.findChild<QTabWidget *>(QStringLiteral("decisionPages"));
        pages->setCurrentWidget(f.meeting());
        auto *attendees = f.meeting()->findChild<QLineEdit *>(QStringLiteral("attendees"));
        attendees->setFocus();
        QTest::keyClicks(attendees, QStringLiteral("Ana, pr"));
        auto *completer = attendees->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Priya Natarajan")); // from the other decision
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(attendees->text(), QStringLiteral("Ana, Priya Natarajan, "));
        QCOMPARE(f.decision().attendees, (QStringList{QStringLiteral("Ana"), QStringLiteral("Priya Natarajan")}));
        // a name the line holds already is not offered again
        QTest::keyClicks(attendees, QStringLiteral("a"));
        QTRY_VERIFY(!completer->popup()->isVisible() || completer->completionCount() == 0);
        // the record's people fields offer the same list
        pages->setCurrentWidget(f.editor.record());
        auto *consulted = f.editor.record()->findChild<QLineEdit *>(QStringLiteral("consulted"));
        consulted->setFocus();
        consulted->selectAll();
        QTest::keyClicks(consulted, QStringLiteral("Pri"));
        auto *recordCompleter = consulted->findChild<QCompleter *>();
        QVERIFY(recordCompleter);
        QTRY_VERIFY(recordCompleter->popup()->isVisible());
        QCOMPARE(recordCompleter->currentCompletion(), QStringLiteral("Priya Natarajan"));
    }

    void dissentAndAttendeesAreUndoable()
    {
        Fixture f;
        f.meeting()->attendeesEdit()->setFocus();
        QTest::keyClicks(f.meeting()->attendeesEdit(), QStringLiteral("Ana, Bo"));
        QCOMPARE(f.decision().attendees, (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")}));
        f.meeting()->findChild<QPushButton *>(QStringLiteral("addDissent"))->click();
        QCOMPARE(f.decision().dissent.size(), 1);
        QTableWidget *table = f.meeting()->dissentTable();
        table->item(0, 0)->setText(QStringLiteral("Bo"));
        table->item(0, 1)->setText(QStringLiteral("Would rather pay for Aurora"));
        QCOMPARE(f.decision().dissent.first().participant, QStringLiteral("Bo"));
        QCOMPARE(f.decision().dissent.first().text, QStringLiteral("Would rather pay for Aurora"));
        f.stack.undo();
        QCOMPARE(f.decision().dissent.first().text, QString());
        f.stack.undo();
        f.stack.undo();
        QVERIFY(f.decision().dissent.isEmpty());
    }

    void importBallotsAsksBeforeReplacing()
    {
        QTemporaryDir dir;
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project(meetingProject());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        const Decision &d = *project.find<Decision>(QStringLiteral("d1"));
        auto form = interchange::BallotFile::formFor(project.info(), d, QStringLiteral("Sam"));
        form.ballot.scores = {Score{QStringLiteral("o1"), QStringLiteral("c1"), 4, {}}};
        const QString sam = dir.filePath(QStringLiteral("sam.json"));
        QVERIFY(interchange::BallotFile::writeFile(form, sam));
        int asked = 0;
        QCOMPARE(ui::importBallots(workbench, {sam}, [&](const QStringList &) { return ++asked, false; }), 1);
        QCOMPARE(asked, 0);
        QCOMPARE(project.find<Decision>(QStringLiteral("d1"))->ballots.size(), 1);
        QCOMPARE(stack.count(), 1);
        // again: asked, and "no" changes nothing
        QCOMPARE(ui::importBallots(workbench, {sam}, [&](const QStringList &who) {
                     ++asked;
                     return who == QStringList{QStringLiteral("Sam (Primary database)")} && false;
                 }), 0);
        QCOMPARE(asked, 1);
        QCOMPARE(stack.count(), 1);
        // a bad file: an error, nothing changes
        QSignalSpy errors(&workbench, &ui::Workbench::errorMessage);
        form.ballot.scores = {Score{QStringLiteral("o1"), QStringLiteral("c1"), 9, {}}};
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(interchange::BallotFile::writeFile(form, bad));
        QCOMPARE(ui::importBallots(workbench, {bad}, [](const QStringList &) { return true; }), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("outside the scale")));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QVERIFY(project.find<Decision>(QStringLiteral("d1"))->ballots.isEmpty());
    }

    void ballotFileOpensAsAForm()
    {
        QTemporaryDir dir;
        Project project(meetingProject());
        const QString path = dir.filePath(QStringLiteral("sam.json"));
        QVERIFY(interchange::BallotFile::writeFile(
            interchange::BallotFile::formFor(project.info(), *project.find<Decision>(QStringLiteral("d1")), QStringLiteral("Sam")), path));
        // File ▸ Open hands a ballot to the decision module's form, the project stays
        ui::MainWindow window;
        QUndoStack stack;
        window.setDocument(&project, &stack);
        QVERIFY(window.workbench()->openOtherFile(path));
        QTRY_VERIFY(window.findChild<ui::BallotFormDialog *>());
        ui::BallotFormDialog *form = window.findChild<ui::BallotFormDialog *>();
        QVERIFY(!window.workbench()->openOtherFile(dir.filePath(QStringLiteral("nothing.archbench"))));
        QCOMPARE(form->table()->rowCount(), 2);
        QCOMPARE(form->table()->columnCount(), 3); // own weight, two options
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        form->table()->item(0, 1)->setText(QStringLiteral("7")); // off the 1–5 scale
        QVERIFY(!form->save());
        QVERIFY(form->messageLabel()->text().contains(QStringLiteral("PostgreSQL × Fit")));
        QFile unchanged(path);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), before);
        form->table()->item(0, 1)->setText(QStringLiteral("4"));
        form->table()->item(1, 2)->setText(QStringLiteral("2"));
        form->table()->item(1, 0)->setText(QStringLiteral("70"));
        QVERIFY(form->save());
        auto back = interchange::BallotFile::readFile(path);
        QVERIFY(back);
        QCOMPARE(back->ballot.scores.size(), 2);
        QCOMPARE(back->ballot.weights.size(), 1);
        QVERIFY(back->ballot.submitted.isValid());
        // and it imports
        QVERIFY(interchange::BallotFile::apply(project.data(), {*back}, false));
        form->close();
    }

    void pairwiseByKeys()
    {
        ProjectData data = meetingProject();
        data.decisions[0].criteria << Criterion{QStringLiteral("c3"), QStringLiteral("Team"), 0, {}};
        Fixture f(data);
        ui::PairwiseDialog dialog(f.editor.findChild<ui::DecisionHandle *>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.pairCount(), 3); // Fit–Cost, Fit–Team, Cost–Team
        QTest::keyClick(&dialog, Qt::Key_3);                     // Fit 3× Cost, moves on
        QTest::keyClick(&dialog, Qt::Key_5);                     // Fit 5× Team
        QTest::keyClick(&dialog, Qt::Key_3);                     // Cost 3× Team
        QCOMPARE(f.decision().pairwise.size(), 3);
        QCOMPARE(*Ahp::judgment(f.decision(), QString(), QStringLiteral("c3"), QStringLiteral("c2")), 1.0 / 3.0);
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("0.033")), qPrintable(dialog.resultLabel()->text())); // the textbook CR
        // the matrix header shows the consistency ratio once every pair is judged
        QCOMPARE(f.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Weight\nCR 0.03"));
        QVERIFY(dialog.useWeights());
        QCOMPARE(f.decision().criteria[0].weight, 63.7);
        QCOMPARE(f.decision().criteria[1].weight, 25.8);
        QCOMPARE(f.decision().criteria[2].weight, 10.5);
        f.stack.undo();
        QCOMPARE(f.decision().criteria[0].weight, 60.0);
        // per participant, then cleared with Delete
        dialog.setParticipant(QStringLiteral("Bo"));
        dialog.movePair(-5);
        QTest::keyClick(&dialog, Qt::Key_7, Qt::ShiftModifier); // Cost 7× Fit: the inverse
        QCOMPARE(*Ahp::judgment(f.decision(), QStringLiteral("Bo"), QStringLiteral("c2"), QStringLiteral("c1")), 7.0);
        QCOMPARE(dialog.currentPair(), 1); // moved on
        QTest::keyClick(&dialog, Qt::Key_Ampersand, Qt::ShiftModifier); // Shift+7 as a US keyboard sends it
        QCOMPARE(*Ahp::judgment(f.decision(), QStringLiteral("Bo"), QStringLiteral("c1"), QStringLiteral("c3")), 1.0 / 7.0);
        dialog.movePair(-5);
        QTest::keyClick(&dialog, Qt::Key_Delete);
        QVERIFY(!Ahp::judgment(f.decision(), QStringLiteral("Bo"), QStringLiteral("c1"), QStringLiteral("c2")));
    }
};

QTEST_MAIN(TestMeeting)
#include "tst_meeting.moc"
