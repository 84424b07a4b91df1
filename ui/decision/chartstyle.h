#pragma once
// The common look of the decision charts (UI.md): no animations, no gradients, flat
// background, theme following the light or dark palette, fonts large enough for a projector.

#include <QColor>
#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace archbench::core {
struct Decision;
}

namespace archbench::ui::decisionchartstyle {

void apply(QChart *chart);

/// Sets the chart's text to `base` (titles a little larger and bold): docks pass their own
/// font, so the presentation zoom scales the charts with everything else.
void applyFont(QChart *chart, const QFont &base);

/// An axis label for Qt Charts (which draws labels as rich text): `name` escaped and broken into
/// lines of about `width` characters at spaces, then `detail` escaped on its own line.
QString axisLabel(const QString &name, const QString &detail, int width = 20);

/// The series colour of a criterion: it belongs to the criterion, not to its row. A criterion
/// keeps the colour it was first shown in while others are inserted, moved or removed; a
/// criterion seen for the first time takes the palette slot its id hashes to, or the next free
/// one (in id order), so a file opened afresh, the grid, the charts and the report agree.
QColor criterionColour(const core::Decision &decision, const QString &criterionId);

} // namespace archbench::ui::decisionchartstyle
