#pragma once
// The two charts of the Portfolio window (issue 19 §1), each titled with the question it
// answers:
// - "Where are the risks across workloads?": high and medium risks per pillar, summed over
//   every review of every project (horizontal stacked bars, the review module's risk colours).
// - "Do drills recover in time?": every measured drill's RTO margin (minutes inside the target,
//   negative when missed) against its date, all projects together; met and missed differ in
//   colour and in marker shape, the target is the zero line, and hovering a point names the
//   project and the drill.

#include "core/portfolio/portfolio.h"

QT_BEGIN_NAMESPACE
class QChart;
class QObject;
QT_END_NAMESPACE

namespace archbench::ui {

QChart *createPortfolioRiskChart(const core::Portfolio &portfolio, QObject *parent = nullptr);
QChart *createDrillMarginChart(const core::Portfolio &portfolio, QObject *parent = nullptr);

} // namespace archbench::ui
