#pragma once
// Milestones: frozen snapshots of a review's answers at a date, and the comparison of two
// snapshots (or a snapshot and now) question by question.
//
// A change is Improved when the risk got less severe and Regressed when it got more severe,
// ranking high > medium > none = not-applicable. Any other difference (answered <->
// unanswered, none <-> not-applicable, anything <-> unrated, whose risk is unknown) is
// Changed. Unchanged questions are not listed.

#include "../model/review.h"
#include "lens.h"

namespace archbench::core {

enum class RiskChange { Improved, Regressed, Changed };

struct QuestionRiskChange {
    QString question;
    QString pillar;
    RiskLevel before = RiskLevel::Unanswered;
    RiskLevel after = RiskLevel::Unanswered;
    RiskChange change = RiskChange::Changed;
};

class MilestoneComparison {
public:
    /// A snapshot of the review's current answers.
    static Milestone freeze(const Review &review, const QString &id, const QString &name, const QDate &date);
    /// The questions of `lens` whose risk differs between `before` and `after`, in lens order.
    static QList<QuestionRiskChange> compare(const Lens &lens, const QList<Answer> &before,
                                             const QList<Answer> &after);
    /// Severity used for the direction of a change; -1 for unanswered and unrated.
    static int severity(RiskLevel risk);
};

} // namespace archbench::core
