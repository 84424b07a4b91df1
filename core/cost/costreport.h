#pragma once
// The report of `archbench cost FILE [--json]`: the derived figures of every cost model of a
// project, as JSON in the exact shape of INTERCHANGE.md ("Command-line reports") and as an
// aligned plain-text table for people. Fields beyond the contract are additions, never
// renames: `title` everywhere, each step's own `monthlyCost`, the crossover `loadUnit` and
// `cheapest` segments, and for the reserved kind `monthly` and `monthlySavings`. A model
// that fails validation is reported with an `error` message and empty figures.

#include "../model/projectdata.h"

#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace archbench::core::cost {

/// {"costModels": [...]} with plain JSON numbers (null where a figure does not exist).
QJsonObject costReportJson(const ProjectData &data);

/// The same figures as aligned text tables, money in the project currency.
QString costReportText(const ProjectData &data, const QLocale &locale = QLocale());

/// One line per model that fails validation: "costModels[1] (title): steps[2]... must be positive".
QStringList costReportProblems(const ProjectData &data);

} // namespace archbench::core::cost
