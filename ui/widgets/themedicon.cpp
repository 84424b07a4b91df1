#include "themedicon.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace archbench::ui {

namespace {
QColor colourFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    default: return palette.color(QPalette::Active, QPalette::WindowText);
    }
}
int g_renders = 0;

// The icons by name. Emptied when the application object goes (qAddPostRoutine), so no pixmap
// outlives the GUI it was made for.
QHash<QString, QIcon> &iconCache()
{
    static QHash<QString, QIcon> cache;
    return cache;
}
} // namespace

QIcon themedIcon(const QString &name)
{
    if (name.isEmpty())
        return {};
    QHash<QString, QIcon> &cache = iconCache();
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (cache.isEmpty())
        qAddPostRoutine([] { iconCache().clear(); });
    const QIcon icon(new ThemedIconEngine(file.readAll()));
    cache.insert(name, icon);
    return icon;
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/archbench.svg"));
}

ThemedIconEngine::ThemedIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

QByteArray ThemedIconEngine::coloured(QIcon::Mode mode) const
{
    QByteArray svg = m_svg;
    return svg.replace("currentColor", colourFor(mode).name(QColor::HexRgb).toLatin1());
}

int ThemedIconEngine::renderCount()
{
    return g_renders;
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    // Views paint their icons on every repaint: draw the pixmap rendered once per size and
    // colour, with as many pixels as the screen has (device pixel ratio) so it stays sharp.
    // A printer, a PDF or a scaled painter gets the vectors.
    const QPaintDevice *device = painter->device();
    const int type = device ? device->devType() : QInternal::UnknownDevice;
    if (painter->transform().isScaling()
        || (type != QInternal::Widget && type != QInternal::Image && type != QInternal::Pixmap)) {
        ++g_renders;
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, rect);
        return;
    }
    const QPixmap image = pixmap((QSizeF(rect.size()) * device->devicePixelRatioF()).toSize(), mode, state);
    if (!image.isNull())
        painter->drawPixmap(rect, image);
}

QPixmap ThemedIconEngine::render(const QSize &size, QIcon::Mode mode)
{
    ++g_renders;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer renderer(coloured(mode));
        renderer.render(&painter, QRect(QPoint(0, 0), size));
    }
    return QPixmap::fromImage(image);
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    if (size.isEmpty())
        return {};
    const QString key = QStringLiteral("%1x%2:%3:%4")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(int(mode))
                            .arg(colourFor(mode).rgba());
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    QPixmap pixmap = render(size, mode);
    if (m_cache.size() > 64)
        m_cache.clear();
    m_cache.insert(key, pixmap);
    return pixmap;
}

QSize ThemedIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(m_svg);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("ArchbenchThemedIcon");
}

bool ThemedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace archbench::ui
