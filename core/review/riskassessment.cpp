#include "riskassessment.h"

namespace archbench::core {

void RiskCounts::add(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::High: ++high; break;
    case RiskLevel::Medium: ++medium; break;
    case RiskLevel::None: ++none; break;
    case RiskLevel::NotApplicable: ++notApplicable; break;
    case RiskLevel::Unanswered: ++unanswered; break;
    case RiskLevel::Unrated: ++unrated; break;
    }
}

RiskCounts &RiskCounts::operator+=(const RiskCounts &other)
{
    high += other.high;
    medium += other.medium;
    none += other.none;
    notApplicable += other.notApplicable;
    unanswered += other.unanswered;
    unrated += other.unrated;
    return *this;
}

int RiskCounts::count(RiskLevel risk) const
{
    switch (risk) {
    case RiskLevel::High: return high;
    case RiskLevel::Medium: return medium;
    case RiskLevel::None: return none;
    case RiskLevel::NotApplicable: return notApplicable;
    case RiskLevel::Unanswered: return unanswered;
    case RiskLevel::Unrated: return unrated;
    }
    return 0;
}

const Answer *RiskAssessment::findAnswer(const QList<Answer> &answers, const QString &questionId)
{
    for (const Answer &a : answers)
        if (a.question == questionId)
            return &a;
    return nullptr;
}

QSet<QString> RiskAssessment::effectiveSelection(const LensQuestion &question, const Answer &answer)
{
    QSet<QString> selected;
    const QString noneId = question.noneOfTheseId();
    for (const QString &id : answer.selected) {
        if (!noneId.isEmpty() && id == noneId)
            return {noneId};
        if (question.choice(id))
            selected.insert(id);
    }
    return selected;
}

RiskLevel RiskAssessment::questionRisk(const LensQuestion &question, const Answer *answer)
{
    if (!answer)
        return RiskLevel::Unanswered;
    if (answer->notApplicable)
        return RiskLevel::NotApplicable;
    const QSet<QString> selected = effectiveSelection(question, *answer);
    if (selected.isEmpty())
        return RiskLevel::Unanswered;
    return ruleRisk(question, selected);
}

RiskLevel RiskAssessment::ruleRisk(const LensQuestion &question, const QSet<QString> &selected)
{
    for (const RiskRule &rule : question.riskRules)
        if (rule.condition.evaluate(selected))
            return rule.risk;
    // no default rule and no other rule for this answer: the lens does not say
    return RiskLevel::Unrated;
}

RiskAssessment RiskAssessment::assess(const Lens &lens, const QList<Answer> &answers)
{
    RiskAssessment result;
    for (const LensPillar &pillar : lens.pillars) {
        PillarRisk pr{pillar.id, pillar.name, {}};
        for (const LensQuestion &question : pillar.questions) {
            const RiskLevel risk = questionRisk(question, findAnswer(answers, question.id));
            pr.counts.add(risk);
            result.m_index.insert(question.id, int(result.m_questions.size()));
            result.m_questions.append({question.id, pillar.id, risk});
        }
        result.m_pillars.append(pr);
    }
    return result;
}

RiskCounts RiskAssessment::totals() const
{
    RiskCounts sum;
    for (const PillarRisk &p : m_pillars)
        sum += p.counts;
    return sum;
}

RiskLevel RiskAssessment::riskOf(const QString &questionId) const
{
    const auto it = m_index.constFind(questionId);
    return it == m_index.cend() ? RiskLevel::Unanswered : m_questions.at(*it).risk;
}

} // namespace archbench::core
