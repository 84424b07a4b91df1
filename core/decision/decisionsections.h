#pragma once
// The report sections of one decision: an ADR following the trade-off analysis template
// (DOMAIN.md §2 and §6, docs/reports.md). In order: the decision itself (status, door type,
// date; MADR front matter for a single-item export), Context (the five questions, door type,
// hard constraints), Options considered (the weighted matrix with totals, percent and rank;
// eliminated and incomplete options said in words), Recommendation (chosen option, leader,
// robustness and the flip points), the group's view (ballots, agreement, contested cells,
// the pairwise weights' consistency; only when there are ballots or judgments), Trade-offs accepted, Risks, Revisit triggers (fired / due
// against options.generated), Decision record (date, participants, attendees, status,
// supersede links, named dissent)
// and the decision-quality checks that fail.
// A provider for ReportRegistry, registered in core/report/standardsections.cpp.

#include "../model/projectdata.h"
#include "../document/reportdocument.h"

#include <QCoreApplication>

namespace archbench::core {

/// Chart ids the sections name (factories in ui/decision/scorechart.h, sensitivitychart.h).
inline constexpr const char *kDecisionWeightedScoresChart = "decision.weighted-scores";
inline constexpr const char *kDecisionSensitivityChart = "decision.sensitivity";

/// Translation context of the decision report texts (seen by lupdate).
class DecisionSections {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::DecisionSections)
};

QList<ReportSection> decisionSections(const ProjectData &data, const ReportOptions &options);

/// The status in words within a sentence ("accepted", "superseded").
QString decisionStatusText(DecisionStatus status);
/// The status as a label of its own ("Accepted"): the record form, the Inspector, lists.
QString decisionStatusLabel(DecisionStatus status);
/// The door type in words ("One-way door (Type 1): costly to reverse"), the one wording the
/// record form, the Inspector and the reports share.
QString doorTypeText(DoorType door);

} // namespace archbench::core
