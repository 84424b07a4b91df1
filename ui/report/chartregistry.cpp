#include "chartregistry.h"

namespace archbench::ui {

void ChartRegistry::add(const QString &chartId, ChartFactory factory)
{
    m_factories.insert(chartId, std::move(factory));
}

QStringList ChartRegistry::ids() const
{
    QStringList ids = m_factories.keys();
    ids.sort();
    return ids;
}

QChart *ChartRegistry::create(const QString &chartId, const core::ProjectData &data, const QString &itemId) const
{
    const auto it = m_factories.constFind(chartId);
    return it == m_factories.cend() || !*it ? nullptr : (*it)(data, itemId);
}

const ChartRegistry &ChartRegistry::standard()
{
    static const ChartRegistry registry = [] {
        ChartRegistry r;
        installStandardCharts(r);
        return r;
    }();
    return registry;
}

} // namespace archbench::ui
