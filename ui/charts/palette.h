#pragma once
// One meaning, one colour (UI.md), everywhere: tree badges, tables, charts, PDF. Colour-blind
// safe (Okabe–Ito) and always paired with a word or an icon by the caller.

#include <QColor>
#include <QList>

#include <cmath>

namespace archbench::ui::palette {

/// High risk, failed target, fired trigger, overdue.
inline QColor failed() { return QColor(0xD5, 0x5E, 0x00); }
/// Medium risk, due soon.
inline QColor attention() { return QColor(0xE6, 0x9F, 0x00); }
/// No risk, passed, leader.
inline QColor passed() { return QColor(0x00, 0x9E, 0x73); }
/// Unanswered, incomplete, eliminated; unrated risk (with a "?" badge or a dotted fill).
inline QColor muted() { return QColor(0x99, 0x99, 0x99); }

/// Series colours for criteria and options, stable by index.
inline QColor series(int index)
{
    static const QList<QColor> colours = {
        QColor(0x00, 0x72, 0xB2), QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7),
        QColor(0xF0, 0xE4, 0x42), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x00, 0x00)};
    return colours[index % colours.size()];
}

/// The series colours in an order that keeps neighbours apart, for series drawn next to each
/// other (the cost models' compute options): the light shading of the cheapest option must
/// tell the first two options apart, and series(0) and series(1) are both blue.
inline QColor contrastingSeries(int index)
{
    static constexpr int order[] = {0, 4, 2, 1, 3, 5, 6, 7};
    return series(order[index % 8]);
}

/// WCAG 2 relative luminance of a colour (0 black – 1 white).
inline double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// WCAG 2 contrast ratio of two colours (1 – 21); text needs 4.5.
inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Black or white, whichever reads better on `fill` (value labels on bars).
inline QColor textOn(const QColor &fill)
{
    return contrast(QColor(Qt::black), fill) >= contrast(QColor(Qt::white), fill) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace archbench::ui::palette
