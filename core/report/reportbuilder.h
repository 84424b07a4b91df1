#pragma once
// Assembles a Report from the registered section providers.
//
// Whole project: the project part (level 1 with its level-2 parts), then one part per kind of
//   item ("Decisions", "Well-Architected reviews", "Disaster-recovery drills", "Cost models";
//   only kinds the project has), each item's sections shifted one level down under it.
// One item: that item's sections as the provider returns them; its front matter becomes the
//   document's. The project id as item gives the project part alone.
// The builder makes anchors unique (filling empty ones), marks where the PDF starts a new page
// (every level-1 section and every item) and fills the title page.

#include "reportregistry.h"

#include "../expected.h"

#include <optional>

namespace archbench::core {

/// Builds the report. Refuses an unknown item id (NotFound) and an item whose kind has no
/// report in this build (Invalid), with a message naming the id.
Expected<Report> buildReport(const ProjectData &data, const ReportOptions &options,
                             const ReportRegistry &registry = ReportRegistry::standard());

/// The kind of the item with this id; nullopt when no item has it (the project id included).
std::optional<ItemKind> findItemKind(const ProjectData &data, const QString &id);

/// The title the user gave an item ("" if there is none).
QString itemTitle(const ProjectData &data, ItemKind kind, const QString &id);

} // namespace archbench::core
