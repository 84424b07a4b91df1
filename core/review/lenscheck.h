#pragma once
// The lens check, for lens authors: a lens that loads (LensLoader refuses what is broken) can
// still rate answers badly. Per question it finds
//   - combinations of choices that no risk rule matches (the answer would be Unrated; only
//     possible without a `default` rule), with the smallest such combination as the example;
//   - rules that never decide the risk: after a `default` rule, with a condition that never
//     holds, or one that an earlier rule always beats.
//
// The combinations are the effective selections of RiskAssessment: every non-empty set of the
// question's choices besides "None of these", and "None of these" alone. With at most
// kExhaustiveChoices such choices every combination is tried, so a finding is a fact; above
// that a fixed, deterministic sample is tried (every single choice, all of them, all but one,
// and kRandomSamples random sets of random size), and a rule is only "not seen deciding in N
// samples". Results are warnings, never refusals; each names the question and its JSON place
// like the loader's messages: question "x" (pillars[2].questions[0]): riskRules[1]: ...
//
// A lens is a file someone mailed: the whole check is bounded by kBudget (terms of rule
// conditions evaluated), so a hostile lens cannot stall an import. Real lenses stay far below;
// past it, questions are sampled with fewer combinations, and finally left unchecked (counted).

#include "lens.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace archbench::core {

struct LensWarning {
    enum class Kind { Unrated, DeadRule };
    Kind kind = Kind::Unrated;
    QString question;    ///< the question id
    QString path;        ///< its JSON place, e.g. "pillars[2].questions[0]"
    int rule = -1;       ///< DeadRule: index into riskRules
    QStringList choices; ///< Unrated: the smallest combination found that no rule matches
    bool sampled = false; ///< the question was sampled, not tried whole
    QString message;     ///< one line for people: place, then what is wrong
};

struct LensCheckResult {
    QList<LensWarning> warnings;
    int questions = 0;  ///< questions checked
    int exhaustive = 0; ///< of them, tried with every combination of choices
    int sampled = 0;    ///< of them, tried with samples
    int unchecked = 0;  ///< questions left out because the lens exceeded kBudget
};

class LensCheck {
public:
    /// Checks every question in lens order, within `budget` (see kBudget; smaller in tests).
    static LensCheckResult check(const Lens &lens, qint64 budget = kBudget);
    /// One line: the lens, the number of warnings and how its questions were checked.
    static QString summary(const Lens &lens, const LensCheckResult &result);

    /// Questions with at most this many choices besides "None of these" are tried whole.
    static constexpr int kExhaustiveChoices = 16;
    /// Random combinations tried for a larger question, besides the structured ones.
    static constexpr int kRandomSamples = 4000;
    /// Seed of the sample, so two runs give the same warnings.
    static constexpr quint32 kSeed = 20261128;
    /// Condition terms (choice references, plus one per rule) evaluated for a whole lens at most:
    /// a few seconds; the largest lens of AWS's hub needs well under 1 % of it.
    static constexpr qint64 kBudget = 200'000'000;
};

} // namespace archbench::core
