#pragma once
// The application's own line icons (resources/icons/*.svg, drawn with stroke="currentColor"),
// rendered at any size with the current palette's text colour, so they suit light and dark
// themes and high-DPI screens alike. Disabled icons take the palette's disabled text colour.

#include <QIcon>
#include <QIconEngine>
#include <QHash>

namespace archbench::ui {

/// The icon `name` from :/icons/<name>.svg; a null icon if there is no such file. One icon per
/// name is kept for the application's life, so a model that returns it from data() on every
/// paint reuses its rendered pixmaps instead of reading and rendering the SVG again.
QIcon themedIcon(const QString &name);
/// The application icon (full colour, not themed).
QIcon applicationIcon();

class ThemedIconEngine : public QIconEngine {
public:
    explicit ThemedIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    /// How many times any themed icon rendered its SVG (for tests: a repaint must not render).
    static int renderCount();

private:
    QByteArray coloured(QIcon::Mode mode) const;
    QPixmap render(const QSize &size, QIcon::Mode mode);

    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace archbench::ui
