#pragma once
// Colours and small building blocks shared by the cost charts, from UI.md: one meaning, one
// colour everywhere, always paired with a word; series in the Okabe-Ito order.

#include <QColor>
#include <QList>

class QChart;
class QPalette;
class QValueAxis;

namespace archbench::ui::chartstyle {

inline const QColor kFailed{0xD5, 0x5E, 0x00};     ///< vermilion: failed target
inline const QColor kPassed{0x00, 0x9E, 0x73};     ///< bluish green: passed / leader
inline const QColor kInactive{0x99, 0x99, 0x99};   ///< grey: beyond target / not applicable
inline const QColor kPrimary{0x00, 0x72, 0xB2};    ///< blue: the main series
inline const QColor kInk{0x00, 0x00, 0x00};

/// The Okabe-Ito sequence for series that have no meaning of their own (compute options).
const QList<QColor> &seriesColors();
QColor seriesColor(int index);

/// Common set-up of every cost chart: no animation, a title that asks the question, legend
/// at the bottom, locale-aware axis numbers.
void prepareChart(QChart *chart, const QString &title);

/// Keeps the axis range [from, to] as given but puts ticks on round numbers (1, 2 or 5
/// times a power of ten, about five of them).
void setRoundTicks(QValueAxis *axis, double from, double to);

/// On a dark palette, gives the chart's background, text, axes, grid and black ink the
/// palette's colours (series colours keep their meaning). Light palettes keep the light look,
/// which is also what reports print.
void applyPalette(QChart *chart, const QPalette &palette);

/// A centred message in place of a chart whose model cannot be computed.
void showChartMessage(QChart *chart, const QString &message);

} // namespace archbench::ui::chartstyle
