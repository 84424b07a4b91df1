// The main window fits a 1280 x 720 projector (issue 16 §6): with the sample open, with a
// decision in front, and zoomed to 150 %, its minimum size stays inside the screen, so nothing
// is pushed off it. Before: 866 x 906 with a decision open (the criterion/option/score boxes
// beside the matrix and the risk and drill chart panels each held the window open).
#include "common/testsupport.h"
#include "decisionfixture.h"

#include "core/project.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/presentationzoom.h"
#include "ui/workbench.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

using namespace archbench;

namespace {
constexpr QSize kProjector(1280, 720);

bool fits(const QSize &size)
{
    return size.width() <= kProjector.width() && size.height() <= kProjector.height();
}
} // namespace

class TestWindowFits : public QObject {
    Q_OBJECT

private slots:
    void fitsAProjector()
    {
        ui::MainWindow window;
        core::Project project(test::sampleWithDecisions());
        QUndoStack stack;
        window.setDocument(&project, &stack);
        window.resize(kProjector);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(fits(window.minimumSizeHint()), qPrintable(QStringLiteral("overview: %1 x %2")
                                                               .arg(window.minimumSizeHint().width())
                                                               .arg(window.minimumSizeHint().height())));
        window.workbench()->openItem(ui::ItemRef{core::ItemKind::Decision, QStringLiteral("dec-orders-db"), false});
        QTRY_VERIFY(window.centralWidget()->findChild<QWidget *>(QStringLiteral("decisionEditor")));
        QVERIFY2(fits(window.minimumSizeHint()), qPrintable(QStringLiteral("decision: %1 x %2")
                                                               .arg(window.minimumSizeHint().width())
                                                               .arg(window.minimumSizeHint().height())));
        // the criterion, option and score boxes beside the matrix fit their column: no
        // sideways scrolling, every field shows a dozen characters (a field whose label leaves
        // too little room goes under it; before, the column scrolled and the fields were cut)
        auto *details = window.findChild<QScrollArea *>(QStringLiteral("matrixDetails"));
        QVERIFY(details);
        QTRY_VERIFY(details->isVisible() && details->width() > 0);
        const auto fieldsFit = [details](const char *where) {
            QTRY_COMPARE(details->horizontalScrollBar()->maximum(), 0);
            for (const char *name : {"criterionName", "criterionDescription", "optionName", "optionDescription"}) {
                auto *field = details->findChild<QLineEdit *>(QLatin1StringView(name));
                QVERIFY(field);
                QVERIFY2(field->width() >= field->fontMetrics().averageCharWidth() * 12,
                         qPrintable(QStringLiteral("%1, %2: %3 px").arg(QLatin1StringView(where), QLatin1StringView(name)).arg(field->width())));
                QVERIFY2(field->mapTo(details->viewport(), QPoint(field->width() - 1, 0)).x() < details->viewport()->width(), name);
            }
        };
        fieldsFit("100 %");
        if (QTest::currentTestFailed())
            return;
        while (window.zoom()->factor() < 1.5 - 1e-6)
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.zoom()->factor(), 1.5);
        fieldsFit("150 %"); // the fields keep a dozen characters of the larger font
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(fits(window.minimumSizeHint()), qPrintable(QStringLiteral("decision at 150 %: %1 x %2")
                                                               .arg(window.minimumSizeHint().width())
                                                               .arg(window.minimumSizeHint().height())));
        QVERIFY(window.size().width() <= kProjector.width() && window.size().height() <= kProjector.height());
    }
};

QTEST_MAIN(TestWindowFits)
#include "tst_windowfits.moc"
