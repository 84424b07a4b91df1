#include "improvementplan.h"

#include "riskassessment.h"

namespace archbench::core {

QString ImprovementPlan::itemText(const LensChoice &choice)
{
    const QString plan = choice.improvementPlan.displayText.trimmed();
    return plan.isEmpty() ? choice.title.trimmed() : plan;
}

QList<const LensChoice *> ImprovementPlan::missingPractices(const LensQuestion &question, const Answer *answer)
{
    const QSet<QString> selected = answer ? RiskAssessment::effectiveSelection(question, *answer)
                                          : QSet<QString>();
    QList<const LensChoice *> missing;
    for (const LensChoice &choice : question.choices)
        if (!choice.isNoneOfThese() && !selected.contains(choice.id))
            missing.append(&choice);
    return missing;
}

QList<Improvement> ImprovementPlan::missingItems(const Lens &lens, const Review &review,
                                                 const std::function<QString()> &newId)
{
    QSet<QPair<QString, QString>> present;
    for (const Improvement &item : review.improvements)
        present.insert({item.question, item.text.trimmed()});

    QList<Improvement> items;
    for (const LensPillar &pillar : lens.pillars) {
        for (const LensQuestion &question : pillar.questions) {
            const Answer *answer = RiskAssessment::findAnswer(review.answers, question.id);
            const RiskLevel risk = RiskAssessment::questionRisk(question, answer);
            if (risk != RiskLevel::High && risk != RiskLevel::Medium)
                continue;
            for (const LensChoice *choice : missingPractices(question, answer)) {
                const QString text = itemText(*choice);
                if (present.contains({question.id, text}))
                    continue;
                present.insert({question.id, text});
                Improvement item;
                item.id = newId();
                item.question = question.id;
                item.text = text;
                items.append(item);
            }
        }
    }
    return items;
}

ImprovementPlan::Follow ImprovementPlan::follow(const Lens &lens, const Review &review)
{
    Follow result;
    result.notInPlan = int(missingItems(lens, review, [] { return QString(); }).size());
    for (const Improvement &item : review.improvements) {
        const LensQuestion *question = lens.question(item.question);
        if (!question)
            continue;
        const RiskLevel risk = RiskAssessment::questionRisk(*question, RiskAssessment::findAnswer(review.answers, item.question));
        if (risk != RiskLevel::High && risk != RiskLevel::Medium)
            result.noLongerAtRisk.append(item.id);
    }
    return result;
}

} // namespace archbench::core
