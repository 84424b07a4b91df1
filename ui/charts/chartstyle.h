#pragma once
// The one look of every chart, on screen and in reports (UI.md): no animation, no gradients or
// shadows, a flat background, the legend below, numbers in the user's locale, a title that asks
// the chart's question in bold at 1.15 times the text size. Series colours come from
// ui/charts/palette.h and keep their meaning everywhere.
//
// One dark-mode rule: a chart is built in its light look, which is also what reports print, and
// the widget that shows it calls show() (or applyPalette and applyFont), which on a dark palette
// gives the background, text, axes, grid and ink (kInk) the palette's colours. Chart themes are
// never used: setting one resets the series colours that carry meaning.

#include "palette.h"

#include <QColor>
#include <QString>

class QChart;
class QChartView;
class QFont;
class QObject;
class QPalette;
class QValueAxis;

namespace archbench::ui::charts {

/// Text-coloured marks (reference lines, markers, pinned captions): black on paper, the
/// palette's text colour on a dark screen (applyPalette swaps them).
inline const QColor kInk{0x00, 0x00, 0x00};

/// A new chart with the common set-up and `title` (rich text: escape names in it), owned by
/// `parent` when one is given.
QChart *newChart(const QString &title = {}, QObject *parent = nullptr);

/// The one title rule: bold, 1.15 times `base`; a narrow chart keeps the base size.
QFont titleFont(const QFont &base, bool narrow = false);

/// Sizes every text of the chart (title, axes, legend, pinned labels, messages) from `base`,
/// the font of the widget that shows it, so the presentation zoom scales charts with
/// everything else. Axis titles are bold.
void applyFont(QChart *chart, const QFont &base);

/// The dark-mode rule (see above). A light palette keeps the light look.
void applyPalette(QChart *chart, const QPalette &palette);

/// Shows `chart` in `view` with the view's palette and font, and deletes the chart shown before
/// (QChartView::setChart only releases it). A null chart clears the view.
void show(QChartView *view, QChart *chart);

/// An axis or category label for Qt Charts (which draws them as rich text): `name` escaped and
/// broken into lines of about `width` characters at spaces, then `detail` escaped on its own line.
QString axisLabel(const QString &name, const QString &detail = {}, int width = 20);

/// The distance between ticks on round numbers (1, 2 or 5 times a power of ten) for the range
/// [from, to], at most `maxTicks` of them and at least two inside; 0 for an empty range.
double roundTickStep(double from, double to, int maxTicks = 6);

/// Keeps the axis range [from, to] as given but puts ticks on round numbers (roundTickStep).
void setRoundTicks(QValueAxis *axis, double from, double to, int maxTicks = 6);

/// Keeps a chart readable in a narrow dock: fewer ticks on horizontal value axes, a title at the
/// base size, and no legend below a width where it would be cut (pinned labels carry the
/// meaning then).
void adaptToWidth(QChart *chart);

/// A centred message in place of a chart whose figures cannot be computed.
void showChartMessage(QChart *chart, const QString &message);

} // namespace archbench::ui::charts
