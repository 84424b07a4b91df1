// Projector mode (issue 16 §6): laid out at 1280×720, also at 150 % zoom, without a widget cut
// off or the minimum size past the screen; numbers in large type; PgUp/PgDn move through the
// decisions with a timer per agenda item; Ctrl+Alt+R reveals the ballots and the
// disagreement; Esc leaves. View ▸ Present (F5) opens it from the main window.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/decision/groupscore.h"
#include "core/project.h"
#include "decisionfixture.h"
#include "ui/decision/chartlegend.h"
#include "ui/decision/matrixmodel.h"
#include "ui/decision/matrixview.h"
#include "ui/decision/presentationwindow.h"
#include "ui/decision/scorebarsview.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench.h"

#include <QAction>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QPointer>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;

namespace {
constexpr QSize kProjector(1280, 720);

/// The sample with four ballots on its first decision.
ProjectData withBallots()
{
    ProjectData data = test::sampleWithDecisions();
    Decision &d = data.decisions.first();
    const QStringList people{QStringLiteral("Dana Reyes"), QStringLiteral("Malik Osei"), QStringLiteral("Ines Carvalho"),
                             QStringLiteral("Tomasz Wójcik")};
    for (int p = 0; p < people.size(); ++p) {
        Ballot b{people[p], {}, {}, {}};
        int k = 0;
        for (const Option &o : d.options)
            for (const Criterion &c : d.criteria)
                b.scores << Score{o.id, c.id, double(1 + (p * 3 + k++) % 5), {}};
        d.ballots << b;
    }
    return data;
}

/// Every visible widget of `window` lies inside it and keeps a usable size.
void allInside(QWidget *window, const char *where)
{
    const QRect frame = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        QVERIFY2(frame.contains(r), qPrintable(QStringLiteral("%1: %2 at %3,%4 %5x%6 outside %7x%8")
                                                   .arg(QLatin1String(where), w->objectName())
                                                   .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                                   .arg(frame.width()).arg(frame.height())));
        QVERIFY2(r.width() >= 40 && r.height() >= 16,
                 qPrintable(QStringLiteral("%1: %2 squeezed to %3x%4").arg(QLatin1String(where), w->objectName())
                                .arg(r.width()).arg(r.height())));
    }
}
} // namespace

class TestPresentation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void fitsAProjectorAtAnyZoom()
    {
        QMainWindow main;
        ui::Workbench workbench(&main);
        Project project(withBallots());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QPointer<ui::PresentationWindow> present = new ui::PresentationWindow(&workbench, {});
        present->resize(kProjector);
        present->show();
        QVERIFY(QTest::qWaitForWindowExposed(present));
        QVERIFY(present->numberPixelSize() >= 24);
        for (double zoom : {1.0, 1.5}) {
            present->setZoom(zoom);
            present->resize(kProjector);
            QApplication::processEvents();
            const QSize minimum = present->minimumSizeHint();
            QVERIFY2(minimum.width() <= kProjector.width() && minimum.height() <= kProjector.height(),
                     qPrintable(QStringLiteral("minimum %1x%2 at %3").arg(minimum.width()).arg(minimum.height()).arg(zoom)));
            QCOMPARE(present->size(), kProjector);
            allInside(present, zoom > 1 ? "150 %" : "100 %");
            QVERIFY(present->numberPixelSize() >= qRound(24 * zoom));
            QCOMPARE(present->scoreBars()->font().pixelSize(), qRound(18 * zoom)); // the chart follows the zoom
        }
        test::snapshot(present, QStringLiteral("present-150-hidden"));

        // the ballots stay hidden until Ctrl+Alt+R, then the group and the cells to discuss
        QCOMPARE(present->matrixModel()->layer(), ui::MatrixModel::Layer::Agreed);
        QCOMPARE(present->disagreementList()->count(), 0);
        present->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(present));
        QTest::keyClick(present->matrixView(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(present->matrixModel()->layer(), ui::MatrixModel::Layer::Group);
        QCOMPARE(present->disagreementList()->count(), 5);
        // the chart shows the group's scores once revealed
        QCOMPARE(present->scoreBars()->bars(), ui::scoreBars(present->matrixModel()->group()->groupDecision()));
        QCOMPARE(present->legend()->entries().size(), present->scoreBars()->bars().sets.size());
        QApplication::processEvents();
        allInside(present, "revealed");
        test::snapshot(present, QStringLiteral("present-150-revealed"));

        // arrows move through the cells, PgDn/PgUp through the decisions (the grid has focus)
        const QModelIndex start = present->matrixView()->currentIndex();
        QTest::keyClick(present->matrixView(), Qt::Key_Down);
        QCOMPARE(present->matrixView()->currentIndex().row(), start.row() + 1);
        const QString first = present->decisionId();
        QTest::keyClick(present->matrixView(), Qt::Key_PageDown);
        QCOMPARE(present->decisionIndex(), 1);
        QVERIFY(present->decisionId() != first);
        QCOMPARE(present->scoreBars()->bars(), ui::scoreBars(*project.find<Decision>(present->decisionId())));
        QVERIFY(present->findChild<QLabel *>(QStringLiteral("presentPosition"))->text().startsWith(QStringLiteral("Decision 2 of")));
        QTest::keyClick(present->matrixView(), Qt::Key_PageUp);
        QCOMPARE(present->decisionId(), first);
        QVERIFY(present->timerLabel()->text().contains(QLatin1Char(':')));
        // Esc leaves
        QTest::keyClick(present->matrixView(), Qt::Key_Escape);
        QTRY_VERIFY(present.isNull());
    }

    void presentFromTheViewMenu()
    {
        ui::MainWindow window;
        Project project(withBallots());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *present = window.findChild<QAction *>(QStringLiteral("actionPresent"));
        QVERIFY(present);
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        window.workbench()->openItem(ui::ItemRef{ItemKind::Decision, project.items<Decision>()[1].id, false});
        present->trigger();
        auto *presentation = window.findChild<ui::PresentationWindow *>();
        QVERIFY(presentation);
        QCOMPARE(presentation->decisionId(), project.items<Decision>()[1].id); // starts at the decision in front
        presentation->close();
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
