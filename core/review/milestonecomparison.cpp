#include "milestonecomparison.h"

#include "riskassessment.h"

namespace archbench::core {

Milestone MilestoneComparison::freeze(const Review &review, const QString &id, const QString &name,
                                      const QDate &date)
{
    Milestone m;
    m.id = id;
    m.name = name;
    m.date = date;
    m.answers = review.answers;
    return m;
}

int MilestoneComparison::severity(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::High: return 2;
    case RiskLevel::Medium: return 1;
    case RiskLevel::None:
    case RiskLevel::NotApplicable: return 0;
    case RiskLevel::Unanswered:
    case RiskLevel::Unrated: return -1;
    }
    return -1;
}

QList<QuestionRiskChange> MilestoneComparison::compare(const Lens &lens, const QList<Answer> &before,
                                                       const QList<Answer> &after)
{
    const RiskAssessment was = RiskAssessment::assess(lens, before);
    const RiskAssessment now = RiskAssessment::assess(lens, after);
    QList<QuestionRiskChange> changes;
    for (int i = 0; i < was.questions().size(); ++i) {
        const QuestionRisk &a = was.questions().at(i);
        const QuestionRisk &b = now.questions().at(i);
        if (a.risk == b.risk)
            continue;
        QuestionRiskChange change{a.question, a.pillar, a.risk, b.risk, RiskChange::Changed};
        const int sa = severity(a.risk);
        const int sb = severity(b.risk);
        if (sa >= 0 && sb >= 0 && sa != sb)
            change.change = sb < sa ? RiskChange::Improved : RiskChange::Regressed;
        changes.append(change);
    }
    return changes;
}

} // namespace archbench::core
