// Temporary: renders the decision editor and docks for a look.
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "decisionfixture.h"
#include "ui/decision/decisioneditor.h"
#include "ui/decision/decisionchartdock.h"
#include "ui/decision/scorechart.h"
#include "ui/decision/sensitivitychart.h"
#include "ui/decision/revisitdock.h"
#include "ui/decision/checksdock.h"
#include "ui/workbench.h"

#include <QMainWindow>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace archbench;

class TestDecisionRender : public QObject {
    Q_OBJECT
private slots:
    void render()
    {
        core::Project project(test::sampleWithDecisions());
        QUndoStack stack;
        ui::DecisionEditor editor(&project, &stack, QStringLiteral("dec-orders-db"));
        editor.resize(1400, 850);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        test::snapshot(&editor, QStringLiteral("editor-matrix"));
        editor.pages()->setCurrentIndex(1);
        test::snapshot(&editor, QStringLiteral("editor-record"));
        editor.pages()->setCurrentIndex(2);
        test::snapshot(&editor, QStringLiteral("editor-triggers"));

        QMainWindow window;
        ui::Workbench wb(&window);
        wb.setProject(&project, &stack);
        ui::DecisionChartDock score(QStringLiteral("Weighted scores"), QStringLiteral("s"),
                                    [](const core::Decision &d) { return ui::createScoreChart(d); });
        score.follow(&wb);
        ui::DecisionChartDock sens(QStringLiteral("Sensitivity"), QStringLiteral("t"),
                                   [](const core::Decision &d) { return ui::createSensitivityChart(d); },
                                   [](const core::Decision &d) { return ui::robustnessSentence(d); });
        sens.follow(&wb);
        for (const char *id : {"dec-orders-db", "dec-catalog-cache", "dec-order-events-log"}) {
            wb.setCurrentItem(ui::ItemRef{core::ItemKind::Decision, QString::fromLatin1(id), false});
            score.resize(420, 380);
            sens.resize(420, 460);
            score.show();
            sens.show();
            QVERIFY(QTest::qWaitForWindowExposed(&sens));
            QTest::qWait(50);
            test::snapshot(&score, QStringLiteral("score-%1").arg(QString::fromLatin1(id)));
            test::snapshot(&sens, QStringLiteral("sens-%1").arg(QString::fromLatin1(id)));
        }
        ui::RevisitDock revisit(&wb);
        revisit.resize(1200, 260);
        revisit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&revisit));
        test::snapshot(&revisit, QStringLiteral("revisit"));
        ui::ChecksDock checks(&wb);
        checks.resize(1200, 200);
        checks.show();
        QVERIFY(QTest::qWaitForWindowExposed(&checks));
        test::snapshot(&checks, QStringLiteral("checks"));
    }
};

QTEST_MAIN(TestDecisionRender)
#include "tst_decisionrender.moc"
