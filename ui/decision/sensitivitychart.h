#pragma once
// "When does the leader change?": how far each weight can move first. One bar per criterion across the
// whole share range 0–100 %, green where the leader stays first and vermilion where another
// option takes the lead, with the criterion's current share marked. The legend and each
// criterion's label name the option that takes the lead, as the CLI and the PDF table do. Criteria whose flip share
// is nearest to their current share (the most sensitive) are on top, like a tornado chart.
// Built standalone for a given decision, so the dock and the PDF report draw the same chart.

#include "core/model/projectdata.h"

class QObject;
class QChart;

namespace archbench::ui {

QChart *createSensitivityChart(const core::Decision &decision, QObject *parent = nullptr);

/// The report chart "decision.sensitivity" (ui/report/chartregistry.h): the sensitivity chart
/// of the decision `itemId` of `data`, or nullptr when there is no such decision.
QChart *sensitivityReportChart(const core::ProjectData &data, const QString &itemId);

/// The robustness figure in words: "PostgreSQL stays first under 87 % of weightings." With
/// rank 1 shared it says the options tie instead of naming a leader.
QString robustnessSentence(const core::Decision &decision);

/// Names for a sentence: "A", "A and B", "A, B and C".
QString nameList(const QStringList &names);
/// Alternatives for a sentence: "A", "A or B", "A, B or C".
QString alternativeList(const QStringList &names);

} // namespace archbench::ui
