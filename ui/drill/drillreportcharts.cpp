#include "drillreportcharts.h"

#include "drillcharts.h"

#include "core/drill/drillsections.h"
#include "core/model/projectdata.h"

#include <algorithm>

namespace archbench::ui {

namespace {

const core::Drill *findDrill(const core::ProjectData &data, const QString &id)
{
    const auto it = std::find_if(data.drills.cbegin(), data.drills.cend(),
                                 [&](const core::Drill &d) { return d.id == id; });
    return it == data.drills.cend() ? nullptr : &*it;
}

} // namespace

QChart *drillPhasesReportChart(const core::ProjectData &data, const QString &itemId)
{
    const core::Drill *d = findDrill(data, itemId);
    return d ? createDrillChart(*d) : nullptr;
}

QChart *drillDataLossReportChart(const core::ProjectData &data, const QString &itemId)
{
    const core::Drill *d = findDrill(data, itemId);
    return d ? createDrillDataLossChart(*d) : nullptr;
}

QChart *drillTrendReportChart(const core::ProjectData &data, const QString &itemId)
{
    const QList<core::Drill> drills = core::drillsUpTo(data.drills, itemId);
    return drills.size() >= 2 ? createDrillTrendChart(drills) : nullptr;
}

QChart *drillDataLossTrendReportChart(const core::ProjectData &data, const QString &itemId)
{
    const QList<core::Drill> drills = core::drillsUpTo(data.drills, itemId);
    return drills.size() >= 2 ? createDrillDataLossTrendChart(drills) : nullptr;
}

} // namespace archbench::ui
