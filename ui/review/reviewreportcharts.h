#pragma once
// The review charts as report chart factories (ui/report/chartregistry.h): the same charts
// the Risks dock shows, looked up by review id. Registered in
// ui/report/standardcharts.cpp under core::kReviewPillarRiskChart and kReviewRiskTrendChart.

#include "core/model/projectdata.h"

class QChart;

namespace archbench::ui {

/// Questions per pillar by risk; nullptr when the review or its lens is missing or broken.
QChart *reviewPillarRiskChart(const core::ProjectData &data, const QString &reviewId);
/// High and medium risks per milestone and now; nullptr also when the review has no milestone.
QChart *reviewRiskTrendChart(const core::ProjectData &data, const QString &reviewId);

} // namespace archbench::ui
