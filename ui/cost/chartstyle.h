#pragma once
// Colours and small building blocks shared by the cost charts, from UI.md: one meaning, one
// colour everywhere, always paired with a word; series in the Okabe-Ito order.

#include "ui/palette.h"

#include <QColor>

class QChart;
class QFont;
class QPalette;
class QValueAxis;

namespace archbench::ui::chartstyle {

inline const QColor kFailed = palette::failed();  ///< vermilion: failed target
inline const QColor kPassed = palette::passed();  ///< bluish green: passed / meets the target
inline const QColor kInactive = palette::muted(); ///< grey: beyond target / not applicable
inline const QColor kPrimary = palette::series(0); ///< blue: the main series
inline const QColor kInk{0x00, 0x00, 0x00};

/// Colours of compute options, stable by index, taken from the shared series palette
/// (ui/palette.h) in an order that keeps neighbours apart: the light shading of the cheapest
/// option must tell the first two options apart, and the palette's first two are both blue.
inline QColor seriesColor(int index)
{
    static constexpr int order[] = {0, 4, 2, 1, 3, 5, 6, 7};
    return palette::series(order[index % 8]);
}

/// Common set-up of every cost chart: no animation, a title that asks the question, legend
/// at the bottom, locale-aware axis numbers.
void prepareChart(QChart *chart, const QString &title);

/// Keeps the axis range [from, to] as given but puts ticks on round numbers (1, 2 or 5
/// times a power of ten, at most `maxTicks` of them).
void setRoundTicks(QValueAxis *axis, double from, double to, int maxTicks = 6);

/// Keeps a chart readable in a narrow dock: fewer ticks on horizontal value axes, and no
/// legend below a width where it would be cut (the pinned labels carry the meaning then).
void adaptToWidth(QChart *chart);

/// On a dark palette, gives the chart's background, text, axes, grid and black ink the
/// palette's colours (series colours keep their meaning). Light palettes keep the light look,
/// which is also what reports print.
void applyPalette(QChart *chart, const QPalette &palette);

/// Sizes every text of the chart (title, axes, legend, pinned labels) from `base`, the font
/// of the widget that shows it, so the presentation zoom scales charts with everything else.
void applyFont(QChart *chart, const QFont &base);

/// A centred message in place of a chart whose model cannot be computed.
void showChartMessage(QChart *chart, const QString &message);

} // namespace archbench::ui::chartstyle
