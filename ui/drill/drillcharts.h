#pragma once
// The drill charts, each built as a standalone QChart so the dock and the PDF report draw
// the same thing:
//   createDrillChart          one drill: detect/decide/recover stacked against the RTO line
//   createDrillDataLossChart  one drill: data loss against the RPO line
//   createDrillTrendChart     all drills in date order: the stacked phases and each RTO target
//   createDrillDataLossTrendChart  all drills in date order: data loss and each RPO target
// Titles say what the chart answers, axes carry units, animations are off, no gradients;
// verdict colours come with the verdict word in the labels.

#include "core/model/drill.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
class QObject;
QT_END_NAMESPACE

namespace archbench::ui {

QChart *createDrillChart(const core::Drill &drill, QObject *parent = nullptr);
QChart *createDrillDataLossChart(const core::Drill &drill, QObject *parent = nullptr);
QChart *createDrillTrendChart(const QList<core::Drill> &drills, QObject *parent = nullptr);
QChart *createDrillDataLossTrendChart(const QList<core::Drill> &drills, QObject *parent = nullptr);

/// The drills that have a date, in date order (ties keep project order); the trend charts'
/// x-axis.
QList<core::Drill> drillsInDateOrder(const QList<core::Drill> &drills);

} // namespace archbench::ui
