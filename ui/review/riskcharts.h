#pragma once
// The review charts, as standalone QCharts so the risk dock and the PDF report draw the same
// thing: questions per pillar stacked by risk, and the trend of high and medium risks over the
// review's milestones and now. Colours from UI.md, a legend word for every colour, animations
// off, no gradients. Titles are rich text (two lines); every other text is plain or escaped.
// The caller owns the chart (or gives it a parent).

#include "core/model/review.h"
#include "core/review/lens.h"


class QObject;
class QChart;

namespace archbench::ui {

/// "Where are the risks?": one horizontal bar per pillar, stacked high / medium / none /
/// unrated (dotted grey; only for a lens that can leave an answer unrated) / unanswered
/// (not-applicable questions are left out).
QChart *createRiskChart(const core::Review &review, const core::Lens &lens, QObject *parent = nullptr);

/// "Are risks going down?": high and medium counts at each milestone date (in date order) and
/// now.
QChart *createRiskTrendChart(const core::Review &review, const core::Lens &lens, QObject *parent = nullptr);

} // namespace archbench::ui
