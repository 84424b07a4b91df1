// Themed icons: one icon per name, its SVG rendered once per size and colour however often a
// view paints it (the project tree asks its model for the icon on every repaint), drawn in the
// palette's text colour and rendered again when that colour changes.
#include "common/testsupport.h"
#include "ui/widgets/themedicon.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

using namespace archbench;

namespace {

QImage painted(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    QImage image(QSize(24, 24), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, QRect(0, 0, 24, 24), Qt::AlignCenter, mode);
    return image;
}

/// The most opaque pixel's colour (the stroke).
QColor strokeColour(const QImage &image)
{
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha())
                best = c;
        }
    return best;
}

} // namespace

class TestThemedIcon : public QObject {
    Q_OBJECT
private slots:
    void oneIconPerName()
    {
        QCOMPARE(ui::themedIcon(QStringLiteral("decision")).cacheKey(),
                 ui::themedIcon(QStringLiteral("decision")).cacheKey());
        QVERIFY(ui::themedIcon(QStringLiteral("decision")).cacheKey() != ui::themedIcon(QStringLiteral("drill")).cacheKey());
        QVERIFY(ui::themedIcon(QStringLiteral("no-such-icon")).isNull());
        QVERIFY(ui::themedIcon(QString()).isNull());
    }

    void aRepaintDrawsTheRenderedPixmap()
    {
        const QIcon icon = ui::themedIcon(QStringLiteral("cost"));
        const QImage first = painted(icon);
        const int renders = ui::ThemedIconEngine::renderCount();
        // a view asks again for the icon and paints it: nothing is rendered anew
        const QImage second = painted(ui::themedIcon(QStringLiteral("cost")));
        QCOMPARE(ui::ThemedIconEngine::renderCount(), renders);
        QCOMPARE(second, first);
        // and it is the icon, not an empty square
        QVERIFY(strokeColour(first).alpha() > 200);
        QCOMPARE(first, icon.pixmap(QSize(24, 24), 1.0).toImage().convertToFormat(first.format()));
    }

    void followsThePalette()
    {
        const QPalette saved = QApplication::palette();
        QPalette dark = saved;
        dark.setColor(QPalette::Active, QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        QApplication::setPalette(dark);
        const int renders = ui::ThemedIconEngine::renderCount();
        const QColor light = strokeColour(painted(ui::themedIcon(QStringLiteral("drill"))));
        QCOMPARE(ui::ThemedIconEngine::renderCount(), renders + 1);
        QVERIFY2(light.red() > 200 && light.green() > 200, qPrintable(light.name()));

        QPalette black = saved;
        black.setColor(QPalette::Active, QPalette::WindowText, Qt::black);
        QApplication::setPalette(black);
        const QColor ink = strokeColour(painted(ui::themedIcon(QStringLiteral("drill"))));
        QVERIFY2(ink.red() < 60 && ink.green() < 60, qPrintable(ink.name()));
        QApplication::setPalette(saved);
    }
};

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
