#include "reportregistry.h"

namespace archbench::core {

void ReportRegistry::setProjectProvider(SectionProvider provider)
{
    m_project = std::move(provider);
}

void ReportRegistry::add(ItemKind kind, SectionProvider provider)
{
    m_providers.insert(int(kind), std::move(provider));
}

const ReportRegistry &ReportRegistry::standard()
{
    static const ReportRegistry registry = [] {
        ReportRegistry r;
        installStandardSections(r);
        return r;
    }();
    return registry;
}

} // namespace archbench::core
