#pragma once
// The series colour of a criterion, the same in the grid, the charts and the report.

#include <QColor>
#include <QString>

namespace archbench::core {
struct Decision;
}

namespace archbench::ui {

/// The series colour of a criterion: it belongs to the criterion, not to its row. A criterion
/// keeps the colour it was first shown in while others are inserted, moved or removed; a
/// criterion seen for the first time takes the palette slot its id hashes to, or the next free
/// one (in id order), so a file opened afresh, the grid, the charts and the report agree.
QColor criterionColour(const core::Decision &decision, const QString &criterionId);

} // namespace archbench::ui
