#pragma once
// The verdict colours of UI.md, in one place for the drill editor, docks and charts, each
// paired with the word that must accompany it (colour is never the only signal).

#include "core/drill/drillcadence.h"
#include "core/drill/drillverdict.h"

#include <QColor>
#include <QString>

namespace archbench::ui::verdictstyle {

inline QColor failedColor() { return QColor(0xD5, 0x5E, 0x00); }  ///< vermilion
inline QColor dueSoonColor() { return QColor(0xE6, 0x9F, 0x00); } ///< orange
inline QColor passedColor() { return QColor(0x00, 0x9E, 0x73); }  ///< bluish green
inline QColor unknownColor() { return QColor(0x99, 0x99, 0x99); } ///< grey

/// Okabe-Ito colours of the three recovery phases, stable across charts and the PDF.
inline QColor detectColor() { return QColor(0x00, 0x72, 0xB2); }
inline QColor decideColor() { return QColor(0x56, 0xB4, 0xE9); }
inline QColor recoverColor() { return QColor(0xCC, 0x79, 0xA7); }

QColor colorFor(const core::TargetVerdict &verdict);
/// "PASSED", "FAILED" or "NOT MEASURED".
QString wordFor(const core::TargetVerdict &verdict);
/// Colour of a due state: overdue vermilion, due soon orange, otherwise invalid (no colour).
QColor colorFor(core::DueState state);

} // namespace archbench::ui::verdictstyle
