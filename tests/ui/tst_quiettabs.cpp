// keepTabsQuiet: a label in a tab page that changes its text repaints the label, not the tab
// bar, the page around it or anything above the tab widget; what does change the tab widget
// (a longer tab text, a new page, a new size) still lays it out.
#include "common/testsupport.h"
#include "ui/widgets/quiettabs.h"

#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace archbench;

namespace {

/// Counts the paint events a widget receives.
class Paints : public QObject {
public:
    explicit Paints(QWidget *watched) { watched->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

struct Window {
    QWidget top;
    QTabWidget *tabs = new QTabWidget(&top);
    QLabel *label = new QLabel(QStringLiteral("Score 4.65"));
    QLabel *other = new QLabel(QStringLiteral("Other page"));
    explicit Window(bool quiet)
    {
        auto *layout = new QVBoxLayout(&top);
        layout->addWidget(tabs);
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(label);
        pageLayout->addStretch();
        tabs->addTab(page, QStringLiteral("Matrix"));
        tabs->addTab(other, QStringLiteral("Record"));
        if (quiet)
            ui::keepTabsQuiet(tabs);
        top.resize(500, 300);
        top.show();
    }
};

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestQuietTabs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void aLabelsNewTextRepaintsOnlyTheLabel_data()
    {
        QTest::addColumn<bool>("quiet");
        QTest::newRow("plain QTabWidget") << false;
        QTest::newRow("keepTabsQuiet") << true;
    }

    void aLabelsNewTextRepaintsOnlyTheLabel()
    {
        QFETCH(bool, quiet);
        Window w(quiet);
        QVERIFY(QTest::qWaitForWindowExposed(&w.top));
        settle();
        Paints bar(w.tabs->tabBar());
        Paints label(w.label);
        w.label->setText(QStringLiteral("Score 4.70"));
        settle();
        QVERIFY(label.count > 0);
        // a plain tab widget lays itself out for any request from a page, and repaints its
        // tab bar with it: what keepTabsQuiet is for
        if (quiet)
            QCOMPARE(bar.count, 0);
        else
            QVERIFY(bar.count > 0);
    }

    void whatChangesTheTabWidgetStillLaysItOut()
    {
        Window w(true);
        QVERIFY(QTest::qWaitForWindowExposed(&w.top));
        settle();
        // a longer tab text widens its tab
        const int before = w.tabs->tabBar()->tabRect(1).width();
        w.tabs->setTabText(1, QStringLiteral("Record of the decision, with its consequences"));
        settle();
        QVERIFY(w.tabs->tabBar()->tabRect(1).width() > before);
        // a page added gets a tab and the page area
        auto *third = new QLabel(QStringLiteral("Third"));
        w.tabs->addTab(third, QStringLiteral("Triggers"));
        w.tabs->setCurrentWidget(third);
        settle();
        QVERIFY(w.tabs->tabBar()->tabRect(2).isValid());
        QCOMPARE(third->width(), w.label->parentWidget()->width());
        // a taller page minimum raises the tab widget's own minimum
        const int minimum = w.tabs->minimumSizeHint().height();
        w.label->setMinimumHeight(600);
        settle();
        QVERIFY(w.tabs->minimumSizeHint().height() > minimum);
        QVERIFY(w.top.minimumSizeHint().height() > minimum);
    }
};

QTEST_MAIN(TestQuietTabs)
#include "tst_quiettabs.moc"
