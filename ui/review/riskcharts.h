#pragma once
// The review charts, as standalone QCharts so the risk dock and the PDF report draw the same
// thing: questions per pillar stacked by risk, and the trend of high and medium risks over the
// review's milestones and now. Colours from UI.md, a legend word for every colour, animations
// off, no gradients. The caller owns the chart (or gives it a parent).

#include "core/model/review.h"
#include "core/review/lens.h"

#include <QDate>

class QObject;
class QChart;

namespace archbench::ui {

/// "Where are the risks?": one horizontal bar per pillar, stacked high / medium / none /
/// unanswered (not-applicable questions are left out).
QChart *createRiskChart(const core::Review &review, const core::Lens &lens, QObject *parent = nullptr);

/// "Are risks going down?": high and medium counts at each milestone (by date) and now.
/// `today` labels the "now" point.
QChart *createRiskTrendChart(const core::Review &review, const core::Lens &lens, QObject *parent = nullptr,
                             const QDate &today = QDate::currentDate());

} // namespace archbench::ui
