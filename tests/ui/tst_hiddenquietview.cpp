// HiddenQuietTreeView: while its dock is tabbed behind another, a changed row is not measured
// again (the view only marks itself stale); when the dock is brought to the front the rows are
// laid out again, so a row whose text grew shows all of it. While it can be seen, a change is
// handled at once, as by any QTreeView.
#include "common/testsupport.h"
#include "ui/widgets/hiddenquietview.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTest>

using namespace archbench;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// a reason of three lines: the row is three times as high once measured again
const QString kLong = QStringLiteral("first under only 25 %\nof weightings\nand flips at 0.31");

} // namespace

class TestHiddenQuietView : public QObject {
    Q_OBJECT
private slots:
    void aHiddenViewMeasuresOnceWhenShown()
    {
        QMainWindow window;
        QStandardItemModel model(3, 1);
        for (int row = 0; row < 3; ++row)
            model.setItem(row, 0, new QStandardItem(QStringLiteral("short %1").arg(row)));
        auto *view = new ui::HiddenQuietTreeView;
        view->setWordWrap(true);
        view->setRootIsDecorated(false);
        view->setModel(&model);
        auto *checks = new QDockWidget(QStringLiteral("Checks"), &window);
        checks->setObjectName(QStringLiteral("checks"));
        checks->setWidget(view);
        auto *other = new QDockWidget(QStringLiteral("Revisit"), &window);
        other->setObjectName(QStringLiteral("revisit"));
        other->setWidget(new QWidget);
        window.setCentralWidget(new QWidget);
        window.addDockWidget(Qt::BottomDockWidgetArea, checks);
        window.addDockWidget(Qt::BottomDockWidgetArea, other);
        window.tabifyDockWidget(checks, other);
        window.resize(400, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        other->raise();
        settle();
        const int shortHeight = view->visualRect(model.index(1, 0)).height();
        QVERIFY(shortHeight > 0);

        model.item(1, 0)->setText(kLong);
        settle();
        QVERIFY(view->stale());

        checks->raise();
        settle();
        QVERIFY(!view->stale());
        QVERIFY2(view->visualRect(model.index(1, 0)).height() > shortHeight,
                 "the row that grew is measured again when the view is shown");

        // while it can be seen, a change is measured at once
        model.item(2, 0)->setText(kLong);
        settle();
        QVERIFY(!view->stale());
        QCOMPARE(view->visualRect(model.index(2, 0)).height(), view->visualRect(model.index(1, 0)).height());
    }
};

QTEST_MAIN(TestHiddenQuietView)
#include "tst_hiddenquietview.moc"
