#pragma once
// The risks of one set of answers (a review now, or a frozen milestone) against a lens:
// one risk per question, counts per pillar and for the whole review (DOMAIN.md §3,
// INTERCHANGE.md `archbench review`).
//
// Per question: not-applicable when the answer is marked so; unanswered when there is no
// answer or none of its selected ids is a choice of the question; otherwise the risk of the
// first rule whose condition holds (`default` always holds), or unrated when no rule holds
// (a question without a `default` rule). Ticking "None of these" counts as ticking nothing
// else, whatever else the answer lists.

#include "../model/review.h"
#include "lens.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace archbench::core {

struct RiskCounts {
    int high = 0;
    int medium = 0;
    int none = 0;
    int notApplicable = 0;
    int unanswered = 0;
    int unrated = 0;

    void add(RiskLevel risk);
    RiskCounts &operator+=(const RiskCounts &other);
    int total() const { return high + medium + none + notApplicable + unanswered + unrated; }
    int count(RiskLevel risk) const;
    bool operator==(const RiskCounts &) const = default;
};

struct QuestionRisk {
    QString question;
    QString pillar; ///< the lens's pillar id
    RiskLevel risk = RiskLevel::Unanswered;
};

struct PillarRisk {
    QString id;
    QString name;
    RiskCounts counts;
};

class RiskAssessment {
public:
    RiskAssessment() = default;
    /// Assesses `answers` against every question of `lens`, in lens order.
    static RiskAssessment assess(const Lens &lens, const QList<Answer> &answers);

    /// The risk of one question given its answer (null: no answer).
    static RiskLevel questionRisk(const LensQuestion &question, const Answer *answer);
    /// The risk of the first rule that holds for an effective selection; Unrated when none does.
    static RiskLevel ruleRisk(const LensQuestion &question, const QSet<QString> &selected);
    /// The choices that count for `answer`: ids of the question only, and "None of these"
    /// alone when it is ticked.
    static QSet<QString> effectiveSelection(const LensQuestion &question, const Answer &answer);
    /// The first answer for `questionId` in `answers`, or null.
    static const Answer *findAnswer(const QList<Answer> &answers, const QString &questionId);

    const QList<QuestionRisk> &questions() const { return m_questions; }
    const QList<PillarRisk> &pillars() const { return m_pillars; }
    RiskCounts totals() const;
    /// Risk of a question of the lens; Unanswered for an id the lens does not have.
    RiskLevel riskOf(const QString &questionId) const;

private:
    QList<QuestionRisk> m_questions;
    QList<PillarRisk> m_pillars;
    QHash<QString, int> m_index;
};

} // namespace archbench::core
