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
#include "../decision/analysiscache.h"
#include "../decision/triggerstatus.h"
#include "../review/riskassessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>

namespace archbench::core {

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

/// Remembers per item what the dashboard derives from it, while the item (and, for triggers,
/// the day) is the same: each decision's fired and due-soon triggers and each review's risk
/// counts under its lens (the failed checks are remembered by the DecisionAnalysisCache).
/// After an edit only the edited item is evaluated again; what is left for a refresh is
/// putting the lines together. An entry is reused only while the item compares equal to the
/// copy it was computed from (lists shared with that copy compare in constant time), so a
/// cached figure is always the one a fresh evaluation would give. Not thread-safe; one per
/// owner.
class DashboardCache {
public:
    /// A trigger of a decision that fired or is due soon: its index in revisitTriggers.
    struct TriggerAt {
        int trigger;
        TriggerStatus status;
    };
    /// The fired and due-soon triggers of `decision` on `today` (none unless it is in force).
    const QList<TriggerAt> &triggerHits(const Decision &decision, const QDate &today);

    /// A review's risk counts, or why it cannot be assessed.
    struct Risks {
        std::optional<RiskCounts> counts;
        QString error;
    };
    const Risks &risks(const ProjectData &data, const Review &review);

    /// Forgets the items not in `data` (deleted ones).
    void retainOnly(const ProjectData &data);
    /// How many items have an entry; for tests.
    int size() const { return int(m_triggers.size() + m_reviews.size()); }
    /// How many items were evaluated (not served from the cache); for tests.
    int evaluated() const { return m_evaluated; }

private:
    struct Triggers {
        Decision decision; ///< the decision as evaluated (shares its lists)
        QDate today;
        QList<TriggerAt> hits;
    };
    struct Assessed {
        Review review;
        std::optional<LensRecord> lens; ///< the lens it was assessed under; none: not in the project
        Risks risks;
    };
    QHash<QString, Triggers> m_triggers;
    QHash<QString, Assessed> m_reviews;
    int m_evaluated = 0;
};

class Dashboard {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::Dashboard)
public:
    /// The fired and due-soon triggers of the decisions in force on `today`, fired first, then
    /// by review-by date (pointers into `data`). The Overview, the status bar and the
    /// portfolio all count these.
    static QList<TriggerHit> triggerHits(const ProjectData &data, const QDate &today);
    static QList<TriggerHit> triggerHits(const ProjectData &data, const QDate &today, DashboardCache &cache);
    /// With `analyses`, the decision-quality checks reuse the analyses of unchanged matrices
    /// (the robustness draws); without, they analyse every decision afresh. With `items` kept
    /// between refreshes, only the items that changed since are evaluated again.
    static QList<DashboardLine> lines(const ProjectData &data, const QDate &today,
                                      DecisionAnalysisCache *analyses = nullptr, DashboardCache *items = nullptr);
    static AttentionCounts attention(const ProjectData &data, const QDate &today,
                                     DecisionAnalysisCache *analyses = nullptr, DashboardCache *items = nullptr);
    /// "3 triggers fired · 2 actions overdue"; empty when nothing needs attention.
    static QString attentionSummary(const AttentionCounts &counts);
};

inline QList<DashboardLine> dashboardLines(const ProjectData &data, const QDate &today,
                                           DecisionAnalysisCache *analyses = nullptr, DashboardCache *items = nullptr)
{
    return Dashboard::lines(data, today, analyses, items);
}

} // namespace archbench::core
