#pragma once
// The figures of the Overview dashboard: where the review stands and what needs attention.
// Each line says it in words, carries a severity (for colour + icon in the UI) and names the
// item it jumps to. Computed from the whole project against a reference date; never stored.
//
// Lines, in order: framing; decisions by status; revisit triggers (a summary, then each
// fired or due-soon trigger of a decision in force); each review with its high and medium
// risks; the latest drill's verdict and when the next drill is due; action items (a summary,
// then each overdue one); failed decision-quality checks (a summary, then one per check).
// The same engines feed the Revisit, Action items and Checks docks, so the figures agree.

#include "../model/projectdata.h"
#include "../decision/triggerstatus.h"

#include <QCoreApplication>
#include <QDate>

namespace archbench::core {

class DecisionAnalysisCache;

struct DashboardLine {
    enum class Severity { Info, Good, Attention, Problem };
    enum class Topic { Decisions, Triggers, Reviews, Drills, ActionItems, Checks, Framing };
    Topic topic = Topic::Decisions;
    Severity severity = Severity::Info;
    QString text;
    ItemKind kind = ItemKind::Decision; ///< what a double-click opens
    QString itemId;                     ///< empty: the Overview itself (or nothing to open)
    QString subId;                      ///< row to highlight inside the item, if any;
                                        ///< "framing:<key>" for a framing question
};

/// The counts the status bar shows ("3 triggers fired · 2 actions overdue").
struct AttentionCounts {
    int firedTriggers = 0;
    int dueSoonTriggers = 0;
    int openActionItems = 0;
    int overdueActionItems = 0;
    int failedChecks = 0;
    bool operator==(const AttentionCounts &) const = default;
};

/// A fired or due-soon revisit trigger of a decision in force.
struct TriggerHit {
    const Decision *decision;
    const RevisitTrigger *trigger;
    TriggerStatus status;
};

class Dashboard {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::Dashboard)
public:
    /// The fired and due-soon triggers of the decisions in force on `today`, fired first, then
    /// by review-by date (pointers into `data`). The Overview, the status bar and the
    /// portfolio all count these.
    static QList<TriggerHit> triggerHits(const ProjectData &data, const QDate &today);
    /// With a `cache`, the decision-quality checks reuse the analyses of unchanged matrices
    /// (the robustness draws); without one they analyse every decision afresh.
    static QList<DashboardLine> lines(const ProjectData &data, const QDate &today,
                                      DecisionAnalysisCache *cache = nullptr);
    static AttentionCounts attention(const ProjectData &data, const QDate &today,
                                     DecisionAnalysisCache *cache = nullptr);
    /// "3 triggers fired · 2 actions overdue"; empty when nothing needs attention.
    static QString attentionSummary(const AttentionCounts &counts);
};

inline QList<DashboardLine> dashboardLines(const ProjectData &data, const QDate &today,
                                           DecisionAnalysisCache *cache = nullptr)
{
    return Dashboard::lines(data, today, cache);
}

} // namespace archbench::core
