// WrappedLineList and WrappedTextDelegate: the list is as tall as its first lines wrapped at
// its width (no line cut, no scroll bar), scrolls after visibleLines() lines, waits for its
// width before fitting, grows but never jumps back while a text changes, and redraws only
// the changed line when the new text takes as many lines. The delegate lays a text out once
// and draws the icon, the text and the selection across the line.
#include "common/testsupport.h"
#include "ui/widgets/wrappedlinelist.h"
#include "ui/widgets/wrappedtextdelegate.h"

#include <QPaintEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace archbench;
using ui::WrappedLineList;
using ui::WrappedTextDelegate;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

const QString kLong = QStringLiteral(
    "Check: Fragile leader. Option 0 stays first under only 25 % of weightings, less than 60 %. Before "
    "relying on this lead, agree the weights with the participants or add a criterion that separates them.");

/// A window with the list at the top and a stretch below, as in the decision editor.
struct Window {
    QWidget window;
    WrappedLineList *list = new WrappedLineList;
    explicit Window(int width)
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(list);
        layout->addStretch();
        window.resize(width, 500);
    }
    WrappedTextDelegate *delegate() const { return qobject_cast<WrappedTextDelegate *>(list->itemDelegate()); }
    void add(const QString &text)
    {
        new QListWidgetItem(window.style()->standardIcon(QStyle::SP_MessageBoxWarning), text, list);
    }
    /// every line shown whole inside the list's viewport
    bool allLinesShown(int lines) const
    {
        for (int i = 0; i < lines; ++i)
            if (!list->viewport()->rect().contains(list->visualItemRect(list->item(i))))
                return false;
        return true;
    }
};

/// The region each paint event of a widget covered, since the last clear().
class PaintSpy : public QObject {
public:
    explicit PaintSpy(QWidget *w) { w->installEventFilter(this); }
    QRegion painted;
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent *>(event)->region();
            ++paints;
        }
        return false;
    }
    void clear()
    {
        painted = QRegion();
        paints = 0;
    }
};

} // namespace

class TestWrappedLineList : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void fitsItsLinesAtItsWidth()
    {
        Window w(360);
        w.add(QStringLiteral("Check: short."));
        w.add(kLong);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        settle();
        const int narrow = w.list->height();
        QCOMPARE(narrow, w.list->fittingHeight());
        QVERIFY(w.delegate()->sizeHint(QStyleOptionViewItem(), w.list->model()->index(1, 0)).height() > 0);
        QVERIFY(w.list->visualItemRect(w.list->item(1)).height() >= 3 * w.list->fontMetrics().lineSpacing());
        QVERIFY(w.allLinesShown(2));
        QVERIFY(!w.list->verticalScrollBar()->isVisible());

        // wider: the long line takes fewer lines and the list is shorter, all still shown
        w.window.resize(1400, 500);
        settle();
        QVERIFY2(w.list->height() < narrow, qPrintable(QStringLiteral("%1 %2").arg(w.list->height()).arg(narrow)));
        QCOMPARE(w.list->height(), w.list->fittingHeight());
        QVERIFY(w.allLinesShown(2));
        w.window.resize(360, 500);
        settle();
        QCOMPARE(w.list->height(), narrow);
    }

    void scrollsAfterItsVisibleLines()
    {
        Window w(600);
        for (int i = 0; i < 6; ++i)
            w.add(QStringLiteral("Check %1: a line of its own.").arg(i));
        w.list->setVisibleLines(4);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        settle();
        QVERIFY(w.allLinesShown(4));
        QVERIFY(!w.list->viewport()->rect().intersects(w.list->visualItemRect(w.list->item(4))));
        QVERIFY(w.list->verticalScrollBar()->isVisible());
        w.list->setVisibleLines(6);
        settle();
        QVERIFY(w.allLinesShown(6));
    }

    void waitsForItsWidthBeforeFitting()
    {
        // filled before it is shown, when its width is Qt's default: fitting then would
        // make it (and a window holding it) as tall as a hundred-pixel column of text
        Window w(900);
        for (int i = 0; i < 3; ++i)
            w.add(kLong);
        w.list->fitHeight();
        settle();
        QCOMPARE(w.list->maximumHeight(), QWIDGETSIZE_MAX);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        settle();
        QCOMPARE(w.window.height(), 500);
        QCOMPARE(w.list->height(), w.list->fittingHeight());
        QVERIFY(w.allLinesShown(3));
    }

    void aChangedTextRedrawsItsLineAndNeverJumpsBack()
    {
        Window w(700);
        w.add(QStringLiteral("Check: first under 25 % of weightings."));
        w.add(QStringLiteral("Check: no revisit trigger."));
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        settle();
        const int height = w.list->height();
        PaintSpy spy(w.list->viewport());
        const int layouts = w.delegate()->layouts();

        // the same number of lines: that line is laid out once and drawn again, alone
        w.list->setLineText(0, QStringLiteral("Check: first under 5 % of weightings."));
        settle();
        QCOMPARE(w.list->item(0)->text(), QStringLiteral("Check: first under 5 % of weightings."));
        QVERIFY(spy.paints > 0);
        QVERIFY2(w.list->visualItemRect(w.list->item(0)).contains(spy.painted.boundingRect()),
                 qPrintable(QStringLiteral("painted %1 px high").arg(spy.painted.boundingRect().height())));
        QVERIFY(w.delegate()->layouts() - layouts <= 2); // the new text, at most at two widths
        QCOMPARE(w.list->height(), height);

        // a text that takes more lines: the list grows to show it whole
        spy.clear();
        w.list->setLineText(0, kLong + QLatin1Char(' ') + kLong);
        settle();
        QVERIFY(w.list->height() > height);
        QVERIFY(w.allLinesShown(2));
        QVERIFY(spy.painted.boundingRect().height() > w.list->visualItemRect(w.list->item(0)).height() / 2);
        const int grown = w.list->height();

        // and back to one line: the list keeps its height (no jump per key); the next
        // change of lines or of width fits it again
        w.list->setLineText(0, QStringLiteral("Check: first under 5 % of weightings."));
        settle();
        QCOMPARE(w.list->height(), grown);
        QVERIFY(w.allLinesShown(2));
        w.add(QStringLiteral("Check: a third."));
        settle();
        QCOMPARE(w.list->height(), w.list->fittingHeight());
        QVERIFY(w.list->height() < grown);

        // an unchanged text costs nothing
        const int before = w.delegate()->layouts();
        spy.clear();
        w.list->setLineText(1, w.list->item(1)->text());
        settle();
        QCOMPARE(spy.paints, 0);
        QCOMPARE(w.delegate()->layouts(), before);
    }

    void drawsIconTextAndSelection()
    {
        Window w(500);
        w.add(QStringLiteral("Check: selected line."));
        w.add(QStringLiteral("Check: plain line."));
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        settle();
        w.list->setCurrentRow(0);
        settle();
        const QImage image = w.list->viewport()->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const QRect first = w.list->visualItemRect(w.list->item(0));
        const QRect second = w.list->visualItemRect(w.list->item(1));
        const QPalette::ColorGroup group = w.list->isActiveWindow() ? QPalette::Active : QPalette::Inactive;
        const QColor highlight = w.list->palette().color(group, QPalette::Highlight);
        const auto near = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <= 6;
        };
        // the selection runs to the line's right end, past its text
        const QColor end = image.pixelColor(QPoint(first.right() - 3, first.center().y()) * dpr);
        QVERIFY2(near(end, highlight), qPrintable(end.name() + QLatin1Char(' ') + highlight.name()));
        QVERIFY(!near(end, w.list->palette().color(group, QPalette::Base)));
        const auto inked = [&](const QRect &r, const QColor &background) {
            int count = 0;
            for (int x = r.left(); x <= r.right(); ++x)
                for (int y = r.top(); y <= r.bottom(); ++y)
                    count += image.pixelColor(QPoint(x, y) * dpr).rgb() != background.rgb();
            return count;
        };
        const QColor base = w.list->palette().color(group, QPalette::Base);
        const int icon = w.list->iconSize().isValid() ? w.list->iconSize().width()
                                                      : w.list->style()->pixelMetric(QStyle::PM_SmallIconSize);
        // the icon at the left, the text beside it, nothing far right of the short text
        QVERIFY(inked(QRect(second.left(), second.top(), icon + 4, second.height()), base) > 10);
        QVERIFY(inked(QRect(second.left() + icon + 8, second.top(), 60, second.height()), base) > 10);
        QCOMPARE(inked(QRect(second.right() - 60, second.top(), 50, second.height()), base), 0);

        // right to left: the icon at the right, the text beside it, nothing far left
        w.list->setLayoutDirection(Qt::RightToLeft);
        w.list->setCurrentRow(-1);
        settle();
        const QImage mirrored = w.list->viewport()->grab().toImage();
        const QRect line = w.list->visualItemRect(w.list->item(1));
        const auto inkedIn = [&](const QRect &r) {
            int count = 0;
            for (int x = r.left(); x <= r.right(); ++x)
                for (int y = r.top(); y <= r.bottom(); ++y)
                    count += mirrored.pixelColor(QPoint(x, y) * dpr).rgb() != base.rgb();
            return count;
        };
        QVERIFY(inkedIn(QRect(line.right() - icon - 3, line.top(), icon + 4, line.height())) > 10);
        QVERIFY(inkedIn(QRect(line.right() - icon - 68, line.top(), 60, line.height())) > 10);
        QCOMPARE(inkedIn(QRect(line.left() + 10, line.top(), 50, line.height())), 0);
    }
};

QTEST_MAIN(TestWrappedLineList)
#include "tst_wrappedlinelist.moc"
