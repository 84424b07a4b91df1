// The review module's actions and its installation in the workbench: New Review embeds the
// built-in lens once (one undo step), Import Lens checks the file whole and embeds it, and the
// module registers its editor, dock and Project-menu actions.
#include "reviewuifixtures.h"
#include "ui/review/reviewactions.h"
#include "ui/review/revieweditor.h"
#include "ui/review/reviewmodule.h"
#include "ui/workbench.h"
#include "ui/review/riskchartdock.h"
#include "ui/shell/documenttabs.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebar.h"
#include "core/interchange/interchange.h"

#include <QFile>
#include <QJsonDocument>
#include <QTreeView>

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTabWidget>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using archbench::ui::ReviewActions;

class TestReviewActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void newReviewEmbedsBuiltInLensOnce()
    {
        Project project;
        QUndoStack stack;
        const QString first = ReviewActions::createBuiltInReview(&project, &stack);
        QVERIFY(!first.isEmpty());
        QCOMPARE(project.items<LensRecord>().size(), 1);
        QCOMPARE(project.items<LensRecord>().first().id, BuiltInLens::id());
        const Review *review = project.find<Review>(first);
        QCOMPARE(review->lens, BuiltInLens::id());
        QCOMPARE(review->date, QDate::currentDate());
        QCOMPARE(stack.count(), 1); // lens and review in one step

        const QString second = ReviewActions::createBuiltInReview(&project, &stack);
        QVERIFY(!second.isEmpty() && second != first);
        QCOMPARE(project.items<LensRecord>().size(), 1);
        QCOMPARE(project.items<Review>().size(), 2);

        stack.undo();
        stack.undo();
        QVERIFY(project.items<Review>().isEmpty());
        QVERIFY(project.items<LensRecord>().isEmpty());
        stack.redo();
        QCOMPARE(project.items<LensRecord>().size(), 1);
        QCOMPARE(project.items<Review>().size(), 1);

        project.setReadOnly(true);
        QVERIFY(ReviewActions::createBuiltInReview(&project, &stack).isEmpty());
    }

    void importValidLens()
    {
        Project project;
        QUndoStack stack;
        auto record = ReviewActions::importLens(&project, &stack, test::dataPath(QStringLiteral("lenses/small-lens.json")));
        QVERIFY2(record.ok(), qPrintable(record.error().message));
        QCOMPARE(project.items<LensRecord>().size(), 1);
        QCOMPARE(record->definition.value(QStringLiteral("name")).toString(), QStringLiteral("Team delivery lens"));
        // the same file again is not embedded twice
        auto again = ReviewActions::importLens(&project, &stack, test::dataPath(QStringLiteral("lenses/small-lens.json")));
        QVERIFY(again.ok());
        QCOMPARE(again->id, record->id);
        QCOMPARE(project.items<LensRecord>().size(), 1);
        // a review on the imported lens
        const QString id = ReviewActions::createReview(&project, &stack, *record, QStringLiteral("Delivery"));
        QCOMPARE(project.find<Review>(id)->lens, record->id);
        QCOMPARE(project.items<LensRecord>().size(), 1);
        stack.undo();
        stack.undo();
        QVERIFY(project.items<LensRecord>().isEmpty());
    }

    void importRefusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown choice") << QStringLiteral("lenses/broken-unknown-choice.json")
                                        << QStringLiteral("broken-unknown-choice.json: question \"dat-backup\"");
        QTest::newRow("truncated") << QStringLiteral("lenses/broken-truncated.json")
                                   << QStringLiteral("broken-truncated.json: not valid JSON");
        QTest::newRow("missing file") << QStringLiteral("lenses/no-such-lens.json")
                                      << QStringLiteral("no-such-lens.json: cannot be read");
    }

    void importRefusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        Project project;
        QUndoStack stack;
        auto record = ReviewActions::importLens(&project, &stack, test::dataPath(file));
        QVERIFY(!record.ok());
        QVERIFY2(record.error().message.startsWith(expected), qPrintable(record.error().message));
        QVERIFY(project.items<LensRecord>().isEmpty());
        QCOMPARE(stack.count(), 0);
    }

    void importLensFileReportsWithoutBlocking()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project;
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QSignalSpy errors(&workbench, &ui::Workbench::errorMessage);
        QSignalSpy statuses(&workbench, &ui::Workbench::statusMessage);
        // a refused lens: the reason, with the file and the place, goes to the message bar
        QVERIFY(!ui::importLensFile(workbench, test::dataPath(QStringLiteral("lenses/broken-unknown-choice.json"))));
        QCOMPARE(errors.count(), 1);
        const QString error = errors.first().first().toString();
        QVERIFY2(error.startsWith(QStringLiteral("The lens was not imported. broken-unknown-choice.json: question \"dat-backup\"")),
                 qPrintable(error));
        QVERIFY(project.items<LensRecord>().isEmpty());
        QCOMPARE(statuses.count(), 0);
        // a good one: in the project, one undo step, said in the status bar
        QVERIFY(ui::importLensFile(workbench, test::dataPath(QStringLiteral("lenses/small-lens.json"))));
        QCOMPARE(project.items<LensRecord>().size(), 1);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(statuses.count(), 1);
        QVERIFY(statuses.first().first().toString().contains(QStringLiteral("Team delivery lens")));
        QCOMPARE(errors.count(), 1);
    }

    void importShowsLensCheckWarnings()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        Project project;
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QSignalSpy warnings(&workbench, &ui::Workbench::warningMessage);
        QSignalSpy errors(&workbench, &ui::Workbench::errorMessage);
        // a lens without default rules is imported; what it leaves unrated is said, not refused
        QVERIFY(ui::importLensFile(workbench, test::dataPath(QStringLiteral("lenses/net-mode-gap.json"))));
        QCOMPARE(project.items<LensRecord>().size(), 1);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(warnings.count(), 1);
        const QString one = warnings.first().first().toString();
        QVERIFY2(one.startsWith(QStringLiteral("The lens check has 1 warning about \"Container networking lens\":\n"
                                               "question \"net-mode\" (pillars[0].questions[0]): riskRules: choice {net-mode_no}")),
                 qPrintable(one));
        // three rules that never decide: all three shown
        QVERIFY(ui::importLensFile(workbench, test::dataPath(QStringLiteral("lenses/rule-after-default.json"))));
        QCOMPARE(warnings.count(), 2);
        const QString three = warnings.last().first().toString();
        QVERIFY2(three.startsWith(QStringLiteral("The lens check has 3 warnings about \"Dead rules lens\":")), qPrintable(three));
        QCOMPARE(three.count(u'\n'), 3);
        // a lens the check has nothing against: no message
        QVERIFY(ui::importLensFile(workbench, test::dataPath(QStringLiteral("lenses/no-default-covered.json"))));
        QCOMPARE(warnings.count(), 2);
    }

    void lensCheckWarningsReachTheMessageBar()
    {
        ui::MainWindow window;
        Project project;
        QUndoStack stack;
        window.setDocument(&project, &stack);
        QVERIFY(ui::importLensFile(*window.workbench(), test::dataPath(QStringLiteral("lenses/net-mode-gap.json"))));
        QVERIFY(window.messageBar()->isVisibleTo(&window));
        QCOMPARE(window.messageBar()->level(), ui::MessageBar::Level::Warning);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("choice {net-mode_no} matches no rule")),
                 qPrintable(window.messageBar()->text()));
    }

    void moduleInstallsEditorDockAndActions()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        ui::installReviewModule(workbench);
        QStringList names;
        for (QAction *action : workbench.projectActions())
            names << action->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("actionNewReview"), QStringLiteral("actionNewReviewWithLens")}));
        // Import Lens… belongs to the File menu (issue 5 #3)
        QCOMPARE(workbench.fileActions().size(), 1);
        QCOMPARE(workbench.fileActions().first()->objectName(), QStringLiteral("actionImportLens"));
        QAction *newReview = workbench.projectActions().first();
        QVERIFY(!newReview->isEnabled()); // no project yet
        QVERIFY(!newReview->shortcut().isEmpty());
        QCOMPARE(workbench.dockPlacements().size(), 1);
        QCOMPARE(workbench.dockPlacements().first().first->objectName(), QStringLiteral("riskChartDock"));
        QCOMPARE(workbench.dockPlacements().first().second, Qt::RightDockWidgetArea);

        Project project;
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QVERIFY(newReview->isEnabled());
        QSignalSpy opened(&workbench, &ui::Workbench::openItemRequested);
        newReview->trigger();
        QCOMPARE(project.items<Review>().size(), 1);
        QCOMPARE(opened.count(), 1);
        const ui::ItemRef ref = opened.first().first().value<ui::ItemRef>();
        QCOMPARE(ref.kind, ItemKind::Review);
        std::unique_ptr<QWidget> editor(workbench.createEditor(ref, nullptr));
        QVERIFY(qobject_cast<ui::ReviewEditor *>(editor.get()));
        QVERIFY(!workbench.createEditor(ui::ItemRef{ItemKind::Review, QStringLiteral("nope")}, nullptr));

        project.setReadOnly(true);
        QVERIFY(!newReview->isEnabled());
        project.setReadOnly(false);
        QVERIFY(newReview->isEnabled());
    }

    void inTheMainWindow()
    {
        // the sample project with the review part merged, as the coordinator will ship it
        auto read = [](const QString &relative) {
            QFile f(QStringLiteral(ARCHBENCH_SOURCE_DIR "/") + relative);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("missing %s", qPrintable(relative));
            return QJsonDocument::fromJson(f.readAll()).object();
        };
        QJsonObject root = read(QStringLiteral("resources/sample/checkout-platform.json"));
        const QJsonObject part = read(QStringLiteral("resources/sample/checkout-platform.json"));
        root[QStringLiteral("lenses")] = part.value(QStringLiteral("lenses"));
        root[QStringLiteral("reviews")] = part.value(QStringLiteral("reviews"));
        auto data = interchange::fromJsonObject(root);
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        Project project(*data);
        QUndoStack stack;

        ui::MainWindow window;
        window.resize(1600, 950);
        window.setDocument(&project, &stack);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<ui::RiskChartDock *>(QStringLiteral("riskChartDock"));
        QVERIFY(dock);
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);

        // opening the review with a question to highlight, as the tree or another panel would
        const ui::ItemRef ref{ItemKind::Review, QStringLiteral("w-checkout")};
        window.workbench()->openItem(ref, QStringLiteral("rel-dr"));
        auto *editor = qobject_cast<ui::ReviewEditor *>(window.tabs()->currentWidget());
        QVERIFY(editor);
        QCOMPARE(editor->currentQuestionId(), QStringLiteral("rel-dr"));
        QTRY_COMPARE(dock->reviewId(), QStringLiteral("w-checkout"));
        // the Risks dock is tabbed behind Scores: it draws when its tab is chosen
        dock->raise();
        QTRY_VERIFY(dock->riskChart());
        test::screenshot(&window, QStringLiteral("main-window-review"));

        // an improvement id switches to the plan page
        window.workbench()->openItem(ref, QStringLiteral("imp-dr-drills"));
        QCOMPARE(editor->pages()->currentIndex(), 1);
        test::screenshot(&window, QStringLiteral("main-window-plan"));
        editor->pages()->setCurrentIndex(2);
        test::screenshot(&window, QStringLiteral("main-window-milestones"));
    }
};

QTEST_MAIN(TestReviewActions)
#include "tst_reviewactions.moc"
