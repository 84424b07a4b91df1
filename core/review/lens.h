#pragma once
// A lens, parsed and checked: pillars -> questions -> choices (best practices) with the risk
// rules that turn a question's ticked choices into a risk. Mirrors the AWS Well-Architected
// custom-lens JSON shape; built only by LensLoader, so every Lens value holds its invariants:
// pillar and question ids unique in the lens, choice ids unique in their question, at most one
// "None of these" choice (id ending in `_no`) per question, every rule condition parsed and
// naming only choices of its question, and at most one `default` rule per question.
//
// A question need not have a `default` rule (AWS accepts lenses that give explicit rules for
// every level instead): an answer that no rule matches is then Unrated, not guessed at.
// LensCheck tells lens authors which combinations of choices that happens for.

#include "riskcondition.h"

#include <QList>
#include <QString>

namespace archbench::core {

/// Risk of one question (INTERCHANGE.md spellings via riskToString()).
/// Unrated: answered, but no rule of the question matches the answer (a lens without a
/// `default` rule); the risk is unknown, not low.
enum class RiskLevel { High, Medium, None, NotApplicable, Unanswered, Unrated };

/// "high", "medium", "none", "not-applicable", "unanswered", "unrated".
QString riskToString(RiskLevel risk);

struct LensLink {
    QString displayText;
    QString url;
};

/// An entry of a choice's `additionalResources`: a type (HELPFUL_RESOURCE, IMPROVEMENT_PLAN)
/// and its links.
struct LensResource {
    QString type;
    QList<LensLink> content;
};

struct LensChoice {
    QString id;
    QString title;
    QString description;
    LensLink helpfulResource;
    LensLink improvementPlan;
    QList<LensResource> additionalResources;
    /// "None of these": excludes every other choice of its question.
    bool isNoneOfThese() const { return id.endsWith(QLatin1StringView("_no")); }
};

struct RiskRule {
    RiskCondition condition;
    RiskLevel risk = RiskLevel::High; ///< High, Medium or None
};

struct LensQuestion {
    QString id;
    QString title;
    QString description;
    LensLink helpfulResource;
    QList<LensChoice> choices;
    QList<RiskRule> riskRules;

    const LensChoice *choice(const QString &choiceId) const;
    /// Id of the "None of these" choice, empty if the question has none.
    QString noneOfTheseId() const;
    /// Whether a rule with the `default` condition rates every answer the others leave.
    bool hasDefaultRule() const;
};

struct LensPillar {
    QString id;
    QString name;
    QList<LensQuestion> questions;
};

struct Lens {
    QString schemaVersion;
    QString name;
    QString description;
    QList<LensPillar> pillars;

    const LensQuestion *question(const QString &questionId) const;
    /// The pillar holding the question, or null.
    const LensPillar *pillarOf(const QString &questionId) const;
    int questionCount() const;
    /// Whether some question has no `default` rule, so an answer can be Unrated.
    bool canLeaveUnrated() const;
};

} // namespace archbench::core
