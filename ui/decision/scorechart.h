#pragma once
// "Which option leads, and why": one horizontal stacked bar per option, one segment per
// criterion (weight × score ÷ Σ weights, so the bar's length is the weighted score), the
// leader on top and named so, then the rest by score. Incomplete options show the part
// already scored in grey and are labelled "incomplete"; eliminated options are grey, hatched
// and labelled "eliminated". Criteria keep their Okabe–Ito colour by position.
//
// The chart is built standalone for a given decision, so the dock and the PDF report draw the
// same picture. Qt Charts renders axis and legend labels as rich text, so every user string is
// HTML-escaped on the way in.

#include "core/model/projectdata.h"

#include <QStringList>

class QObject;
class QChart;

namespace archbench::ui {

/// A new chart of `decision`'s weighted scores; owned by `parent` when given (or by the view
/// it is set on).
/// `maxOptions` > 0: only the first that many options (by rank) are drawn, and the title
/// says how many of how many are shown (a report page cannot label 200 bars).
QChart *createScoreChart(const core::Decision &decision, QObject *parent = nullptr, int maxOptions = 0);

/// The report chart "decision.weighted-scores" (ui/report/chartregistry.h): the score chart of
/// the decision `itemId` of `data`, or nullptr when there is no such decision.
/// Writes `decision`'s scores and option labels into `chart`, a chart createScoreChart() built
/// with the same `maxOptions`, without building anything new, and returns true; returns false
/// (and leaves the chart alone) when the chart's shape changed: criteria, their names or
/// colours, the number of options, the scale, or which options are incomplete or eliminated.
bool updateScoreChart(QChart *chart, const core::Decision &decision, int maxOptions = 0);

QChart *weightedScoreReportChart(const core::ProjectData &data, const QString &itemId);

/// The bars of the score chart from top to bottom (leader first) in plain text, "name: detail".
QStringList scoreChartOrder(const core::Decision &decision);

} // namespace archbench::ui
