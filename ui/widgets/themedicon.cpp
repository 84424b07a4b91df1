#include "themedicon.h"

#include <QFile>
#include <QGuiApplication>
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
} // namespace

QIcon themedIcon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedIconEngine(file.readAll()));
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

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(coloured(mode));
    renderer.render(painter, rect);
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
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
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
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
