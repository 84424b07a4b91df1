#pragma once
// Charts about the project as a whole, for the project part of the report.

#include "core/model/projectdata.h"

#include <QtCharts/QChart>

namespace archbench::ui {

/// "Which qualities do the requirements cover?": number of requirements per kind as
/// horizontal bars, every kind listed so that a kind with none stands out (bar value 0).
/// itemId is unused (the chart is about the whole project).
QChart *requirementsByKindChart(const core::ProjectData &data, const QString &itemId);

} // namespace archbench::ui
