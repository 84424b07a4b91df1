#pragma once
// The colours of the decision module, from UI.md: one meaning, one colour, always paired with
// a word. Criteria take the Okabe–Ito sequence by their position in the decision, so a
// criterion keeps its colour in every chart and in the PDF.

#include <QColor>
#include <QList>

namespace archbench::ui::colours {

inline const QColor fired{0xD5, 0x5E, 0x00};      ///< high risk, failed, fired trigger
inline const QColor dueSoon{0xE6, 0x9F, 0x00};    ///< medium risk, due soon, check to look at
inline const QColor leader{0x00, 0x9E, 0x73};     ///< no risk, passed, leader
inline const QColor inactive{0x99, 0x99, 0x99};   ///< unanswered, incomplete, eliminated

/// The Okabe–Ito criteria sequence; wraps around after eight criteria.
inline QColor criterion(int index)
{
    static const QList<QColor> sequence{QColor(0x00, 0x72, 0xB2), QColor(0x56, 0xB4, 0xE9),
                                        QColor(0xCC, 0x79, 0xA7), QColor(0xF0, 0xE4, 0x42),
                                        QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                        QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x00, 0x00)};
    return sequence[index < 0 ? 0 : index % sequence.size()];
}

} // namespace archbench::ui::colours
