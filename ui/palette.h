#pragma once
// One meaning, one colour (UI.md), everywhere: tree badges, tables, charts, PDF. Colour-blind
// safe (Okabe–Ito) and always paired with a word or an icon by the caller.

#include <QColor>
#include <QList>

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

} // namespace archbench::ui::palette
