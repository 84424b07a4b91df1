#include "costproperties.h"

#include "core/cost/costtexts.h"
#include "core/cost/moneyformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace archbench::ui {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemProperties)
};
} // namespace

QList<ItemProperty> costModelProperties(const core::Project &project, const core::CostModel &m)
{
    using core::CostModelKind;
    QList<ItemProperty> p{
        {Text::tr("Model"), core::costModelKindName(m.kind)},
    };
    switch (m.kind) {
    case CostModelKind::Latency:
        p.append({Text::tr("Baseline p99"), property::milliseconds(m.baselineLatencyMs)});
        p.append({Text::tr("Target p99"), property::milliseconds(m.targetLatencyMs)});
        p.append({Text::tr("Steps"), QLocale().toString(m.steps.size())});
        break;
    case CostModelKind::Crossover:
        p.append({Text::tr("Load range"),
                  Text::tr("%1 to %2 %3").arg(property::number(m.loadFrom), property::number(m.loadTo), m.loadUnit)});
        p.append({Text::tr("Compute options"), QLocale().toString(m.options.size())});
        break;
    case CostModelKind::Reserved:
        p.append({Text::tr("On-demand bill"),
                  Text::tr("%1 a month").arg(core::cost::formatMoney(m.onDemandMonthly, project.info().currency, QLocale()))});
        break;
    }
    return p;
}

} // namespace archbench::ui
