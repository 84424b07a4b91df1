#pragma once
// Charts that a report can draw, by id. A domain registers the same factory its dock uses
// (one line in installStandardCharts, standardcharts.cpp), and a ReportChart block naming
// that id is drawn into the PDF as vector graphics. See docs/reports.md.
//
// A factory returns a new QChart the caller owns (or nullptr when the item has nothing to
// show). It must not depend on anything but its arguments; the PDF renderer switches off
// animations, the drop shadow and the background fill, and lays the chart out at the size
// of the block.

#include "core/model/projectdata.h"

#include <QHash>
#include <QString>
#include <functional>

#include <QtCharts/QChart>

namespace archbench::ui {

using ChartFactory = std::function<QChart *(const core::ProjectData &, const QString &itemId)>;

class ChartRegistry {
public:
    /// Registers (or replaces) the factory for `chartId`.
    void add(const QString &chartId, ChartFactory factory);
    bool contains(const QString &chartId) const { return m_factories.contains(chartId); }
    /// The registered chart ids, sorted.
    QStringList ids() const;
    /// A new chart (owned by the caller), or nullptr for an unknown id or nothing to show.
    QChart *create(const QString &chartId, const core::ProjectData &data, const QString &itemId) const;

    /// The charts of this build (installStandardCharts).
    static const ChartRegistry &standard();

private:
    QHash<QString, ChartFactory> m_factories;
};

/// Registers every chart this build has (standardcharts.cpp: one line per domain).
void installStandardCharts(ChartRegistry &registry);

} // namespace archbench::ui
