#pragma once
// The figures of the Overview dashboard: where the review stands and what needs attention.
// Each line says it in words, carries a severity (for colour + icon in the UI) and names the
// item it jumps to. Computed from the whole project against a reference date; never stored.

#include "../model/projectdata.h"

#include <QDate>

namespace archbench::core {

struct DashboardLine {
    enum class Severity { Info, Good, Attention, Problem };
    enum class Topic { Decisions, Triggers, Reviews, Drills, ActionItems, Checks, Framing };
    Topic topic = Topic::Decisions;
    Severity severity = Severity::Info;
    QString text;
    ItemKind kind = ItemKind::Decision; ///< what a double-click opens
    QString itemId;                     ///< empty: nothing to open
    QString subId;                      ///< row to highlight inside the item, if any
};

QList<DashboardLine> dashboardLines(const ProjectData &data, const QDate &today);

} // namespace archbench::core
