#pragma once
// The drill charts as report chart factories (ui/report/chartregistry.h), registered in
// ui/report/standardcharts.cpp under the ids of core/drill/drillsections.h. Thin wrappers over
// ui/drill/drillcharts.h: each finds the drill `itemId` in `data` and returns a new chart the
// caller owns, or nullptr when there is no such drill (or, for the trends, fewer than two
// dated drills up to it).

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
class QString;
QT_END_NAMESPACE

namespace archbench::core {
struct ProjectData;
}

namespace archbench::ui {

/// "drill.phases": detect / decide / recover of one drill against its RTO.
QChart *drillPhasesReportChart(const core::ProjectData &data, const QString &itemId);
/// "drill.data-loss": the data loss of one drill against its RPO.
QChart *drillDataLossReportChart(const core::ProjectData &data, const QString &itemId);
/// "drill.trend": the phases of the dated drills up to `itemId`, oldest first.
QChart *drillTrendReportChart(const core::ProjectData &data, const QString &itemId);
/// "drill.data-loss-trend": the data loss of the dated drills up to `itemId`.
QChart *drillDataLossTrendReportChart(const core::ProjectData &data, const QString &itemId);

} // namespace archbench::ui
