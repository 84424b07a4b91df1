#include "lens.h"

namespace archbench::core {

QString riskToString(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::High: return QStringLiteral("high");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::None: return QStringLiteral("none");
    case RiskLevel::NotApplicable: return QStringLiteral("not-applicable");
    case RiskLevel::Unanswered: return QStringLiteral("unanswered");
    case RiskLevel::Unrated: return QStringLiteral("unrated");
    }
    return {};
}

const LensChoice *LensQuestion::choice(const QString &choiceId) const
{
    for (const LensChoice &c : choices)
        if (c.id == choiceId)
            return &c;
    return nullptr;
}

QString LensQuestion::noneOfTheseId() const
{
    for (const LensChoice &c : choices)
        if (c.isNoneOfThese())
            return c.id;
    return {};
}

bool LensQuestion::hasDefaultRule() const
{
    for (const RiskRule &rule : riskRules)
        if (rule.condition.isDefault())
            return true;
    return false;
}

const LensQuestion *Lens::question(const QString &questionId) const
{
    for (const LensPillar &p : pillars)
        for (const LensQuestion &q : p.questions)
            if (q.id == questionId)
                return &q;
    return nullptr;
}

const LensPillar *Lens::pillarOf(const QString &questionId) const
{
    for (const LensPillar &p : pillars)
        for (const LensQuestion &q : p.questions)
            if (q.id == questionId)
                return &p;
    return nullptr;
}

int Lens::questionCount() const
{
    int n = 0;
    for (const LensPillar &p : pillars)
        n += int(p.questions.size());
    return n;
}

bool Lens::canLeaveUnrated() const
{
    for (const LensPillar &p : pillars)
        for (const LensQuestion &q : p.questions)
            if (!q.hasDefaultRule())
                return true;
    return false;
}

} // namespace archbench::core
