#pragma once
// The `archbench drills` report: one verdict line per drill and the next due date, as the
// JSON contract of INTERCHANGE.md ("Command-line reports") and as an aligned plain-text table.
// Drills appear in project order. A verdict that cannot be judged (target or measurement
// missing) is null in JSON and "not measured" in text; it is never reported as a pass.

#include "core/model/projectdata.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace archbench::core {

/// {"drills": [{id, observedRtoMinutes, rtoPass, rtoMarginMinutes, observedRpoSeconds,
///   rpoPass, rpoMarginSeconds, openActionItems}], "nextDrillDue": "YYYY-MM-DD" | null}
QJsonObject drillsReportJson(const ProjectData &data);

/// The same figures as a table for people, with the cadence judged against `reference`.
QString drillsReportText(const ProjectData &data, const QDate &reference,
                         const QLocale &locale = QLocale::c());

} // namespace archbench::core
