#pragma once
// Which code writes the report sections of each kind of item. A domain plugs in by writing
// one SectionProvider and adding one line to installStandardSections (standardsections.cpp);
// docs/reports.md walks through it.
//
// Contract of a provider: it is called once per item, with options.itemId set to that item,
// and returns that item's sections: the first at level 1 (the item, titled as the user
// named it), the rest at level 2+ (its parts). It must not escape text, must not depend on
// anything but its arguments (same input, same output), and uses options.generated as
// "today". The project provider is called with options.itemId = the project id.

#include "../document/reportdocument.h"

#include "../model/projectdata.h"

#include <QHash>
#include <functional>

namespace archbench::core {

using SectionProvider = std::function<QList<ReportSection>(const ProjectData &, const ReportOptions &)>;

class ReportRegistry {
public:
    /// The provider of the project-level part (overview, framing, requirements).
    void setProjectProvider(SectionProvider provider);
    const SectionProvider &projectProvider() const { return m_project; }

    /// Registers (or replaces) the provider for one kind of item.
    void add(ItemKind kind, SectionProvider provider);
    bool has(ItemKind kind) const { return m_providers.contains(int(kind)); }
    SectionProvider provider(ItemKind kind) const { return m_providers.value(int(kind)); }

    /// The registry of this build: the project part plus every domain's sections.
    static const ReportRegistry &standard();

private:
    SectionProvider m_project;
    QHash<int, SectionProvider> m_providers;
};

/// Registers every provider this build has (standardsections.cpp: one line per domain).
void installStandardSections(ReportRegistry &registry);

} // namespace archbench::core
