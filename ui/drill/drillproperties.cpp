#include "drillproperties.h"

#include "core/drill/drilltexts.h"

#include <QCoreApplication>

#include <algorithm>

namespace archbench::ui {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemProperties)
};
} // namespace

QList<ItemProperty> drillProperties(const core::Project &, const core::Drill &d)
{
    const auto open = std::count_if(d.actionItems.cbegin(), d.actionItems.cend(),
                                    [](const core::ActionItem &i) { return i.status != core::WorkStatus::Done; });
    return {
        {Text::tr("Date"), property::date(d.date)},
        {Text::tr("Scenario"), core::drillScenarioName(d.scenario)},
        {Text::tr("Traffic"), core::drillTrafficText(d.traffic, d.trafficPercent)},
        {Text::tr("DR tier"), core::drTierName(d.tier)},
        {Text::tr("RTO target"), property::minutes(d.targets.rtoMinutes)},
        {Text::tr("RPO target"), property::seconds(d.targets.rpoSeconds)},
        {Text::tr("Action items"), property::openOfTotal(int(open), d.actionItems.size())},
    };
}

} // namespace archbench::ui
