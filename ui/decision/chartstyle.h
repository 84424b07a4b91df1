#pragma once
// The common look of the decision charts (UI.md): no animations, no gradients, flat
// background, theme following the light or dark palette, fonts large enough for a projector.

#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace archbench::ui::decisionchartstyle {

void apply(QChart *chart);

/// Sets the chart's text to `base` (titles a little larger and bold): docks pass their own
/// font, so the presentation zoom scales the charts with everything else.
void applyFont(QChart *chart, const QFont &base);

/// An axis label for Qt Charts (which draws labels as rich text): `name` escaped and broken into
/// lines of about `width` characters at spaces, then `detail` escaped on its own line.
QString axisLabel(const QString &name, const QString &detail, int width = 20);

} // namespace archbench::ui::decisionchartstyle
