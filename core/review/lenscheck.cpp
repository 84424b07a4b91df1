#include "lenscheck.h"

#include "lensloader.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <bit>
#include <numeric>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::LensCheck)
};

// which earlier rules beat a rule is kept as a bit mask
static_assert(LensLoader::kMaxRules <= 64);

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/// The rule as the lens file names it: riskRules[2] (NO_RISK).
QString ruleName(const LensQuestion &question, int rule)
{
    QString risk;
    switch (question.riskRules.at(rule).risk) {
    case RiskLevel::High: risk = QStringLiteral("HIGH_RISK"); break;
    case RiskLevel::Medium: risk = QStringLiteral("MEDIUM_RISK"); break;
    case RiskLevel::None: risk = QStringLiteral("NO_RISK"); break;
    default: break;
    }
    return QStringLiteral("riskRules[%1] (%2)").arg(rule).arg(risk);
}

/// Fewer choices first, then the one whose choices come first in the question.
bool smaller(const QList<int> &a, const QList<int> &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend());
}

/// Index of the first rule that holds, -1 when none does.
int firstMatch(const LensQuestion &question, const QSet<QString> &selected)
{
    for (int r = 0; r < question.riskRules.size(); ++r)
        if (question.riskRules.at(r).condition.evaluate(selected))
            return r;
    return -1;
}

/// What trying combinations of one question's choices found.
class QuestionTrial {
public:
    explicit QuestionTrial(const LensQuestion &question)
        : m_question(question)
        , m_holds(question.riskRules.size(), 0)
        , m_wins(question.riskRules.size(), 0)
        , m_beatenBy(question.riskRules.size(), 0)
    {
    }

    /// Rates one effective selection; `positions` (indices into choices, ascending) say which
    /// it is and are only asked for when no rule matches.
    template<typename Positions>
    void rate(const QSet<QString> &selected, Positions positions)
    {
        ++m_tried;
        int winner = -1;
        for (int r = 0; r < m_question.riskRules.size(); ++r) {
            if (!m_question.riskRules.at(r).condition.evaluate(selected))
                continue;
            ++m_holds[r];
            if (winner < 0) {
                winner = r;
                ++m_wins[r];
            } else {
                m_beatenBy[r] |= quint64(1) << winner;
            }
        }
        if (winner >= 0)
            return;
        ++m_unmatched;
        QList<int> example = positions();
        if (m_example.isEmpty() || smaller(example, m_example))
            m_example = std::move(example);
    }

    /// For a sampled question: drops choices from the example while no rule matches, so the
    /// example says which choices matter.
    void shrinkExample()
    {
        bool shrunk = true;
        while (shrunk && m_example.size() > 1) {
            shrunk = false;
            for (int i = 0; i < m_example.size(); ++i) {
                QList<int> candidate = m_example;
                candidate.removeAt(i);
                QSet<QString> selected;
                for (int position : std::as_const(candidate))
                    selected.insert(m_question.choices.at(position).id);
                if (firstMatch(m_question, selected) < 0) {
                    m_example = std::move(candidate);
                    shrunk = true;
                    break;
                }
            }
        }
    }

    int tried() const { return m_tried; }
    int unmatched() const { return m_unmatched; }
    const QList<int> &example() const { return m_example; }
    int holds(int rule) const { return m_holds.at(rule); }
    int wins(int rule) const { return m_wins.at(rule); }
    quint64 beatenBy(int rule) const { return m_beatenBy.at(rule); }

private:
    const LensQuestion &m_question;
    QList<int> m_holds;
    QList<int> m_wins;
    QList<quint64> m_beatenBy;
    int m_tried = 0;
    int m_unmatched = 0;
    QList<int> m_example;
};

/// Every non-empty set of the ordinary choices, one change at a time (Gray code), so the
/// selection is edited in place rather than built 2^n times.
void tryEverything(const LensQuestion &question, const QList<int> &ordinary, QuestionTrial &trial)
{
    const int n = int(ordinary.size());
    QSet<QString> selected;
    quint32 gray = 0;
    for (quint32 i = 1; i < (quint32(1) << n); ++i) {
        const int bit = std::countr_zero(i);
        gray ^= quint32(1) << bit;
        const QString &id = question.choices.at(ordinary.at(bit)).id;
        if (gray & (quint32(1) << bit))
            selected.insert(id);
        else
            selected.remove(id);
        trial.rate(selected, [&] {
            QList<int> positions;
            for (int b = 0; b < n; ++b)
                if (gray & (quint32(1) << b))
                    positions.append(ordinary.at(b));
            return positions;
        });
    }
}

/// A fixed sample: every choice alone, all of them, all but one, and random sets of random
/// size (each size equally likely, so small sets, where gaps usually are, get their share).
void trySample(const LensQuestion &question, const QList<int> &ordinary, int randomSamples, QuestionTrial &trial)
{
    const int n = int(ordinary.size());
    QSet<QByteArray> seen;
    auto tryMask = [&](const QByteArray &mask) {
        if (!mask.contains('1') || seen.contains(mask))
            return;
        seen.insert(mask);
        QSet<QString> selected;
        QList<int> positions;
        for (int b = 0; b < n; ++b)
            if (mask.at(b) == '1') {
                selected.insert(question.choices.at(ordinary.at(b)).id);
                positions.append(ordinary.at(b));
            }
        trial.rate(selected, [&] { return positions; });
    };
    for (int b = 0; b < n; ++b) {
        QByteArray one(n, '0');
        one[b] = '1';
        tryMask(one);
    }
    tryMask(QByteArray(n, '1'));
    for (int b = 0; b < n; ++b) {
        QByteArray allButOne(n, '1');
        allButOne[b] = '0';
        tryMask(allButOne);
    }
    QRandomGenerator random(LensCheck::kSeed);
    QList<int> order(n);
    for (int s = 0; s < randomSamples; ++s) {
        std::iota(order.begin(), order.end(), 0);
        const int size = int(random.bounded(1, n + 1));
        QByteArray mask(n, '0');
        for (int j = 0; j < size; ++j) {
            std::swap(order[j], order[j + int(random.bounded(n - j))]);
            mask[order[j]] = '1';
        }
        tryMask(mask);
    }
}

/// What rating one combination costs: every rule's terms, the way kBudget counts them.
qint64 combinationCost(const LensQuestion &question)
{
    qint64 cost = 0;
    for (const RiskRule &rule : question.riskRules)
        cost += rule.condition.references().size() + 1;
    return cost;
}

void checkQuestion(const LensQuestion &question, const QString &path, qint64 budget, qint64 &spent,
                   LensCheckResult &result)
{
    const QString place = Text::tr("question %1 (%2)").arg(quoted(question.id), path);
    QList<int> ordinary;
    int none = -1;
    for (int c = 0; c < question.choices.size(); ++c) {
        if (question.choices.at(c).isNoneOfThese())
            none = c;
        else
            ordinary.append(c);
    }
    const qint64 cost = combinationCost(question);
    const qint64 left = std::max<qint64>(0, budget - spent) / cost;
    const int n = int(ordinary.size());
    const bool sampled = n > LensCheck::kExhaustiveChoices || (qint64(1) << n) > left;
    const qint64 structured = 2 * qint64(n) + 2; // each alone, all, all but one, "None of these"
    if (sampled && left < structured) {
        ++result.unchecked;
        return;
    }
    QuestionTrial trial(question);
    if (sampled)
        trySample(question, ordinary, int(std::min<qint64>(LensCheck::kRandomSamples, left - structured)), trial);
    else
        tryEverything(question, ordinary, trial);
    if (none >= 0) // ticking "None of these" counts as ticking it alone
        trial.rate(QSet<QString>{question.choices.at(none).id}, [none] { return QList<int>{none}; });
    spent += qint64(trial.tried()) * cost;
    ++result.questions;
    ++(sampled ? result.sampled : result.exhaustive);

    auto warning = [&](LensWarning::Kind kind, const QString &text) {
        LensWarning w;
        w.kind = kind;
        w.question = question.id;
        w.path = path;
        w.sampled = sampled;
        w.message = place + QStringLiteral(": ") + text;
        return w;
    };

    if (trial.unmatched() > 0) {
        if (sampled)
            trial.shrinkExample();
        QStringList ids;
        for (int position : trial.example())
            ids.append(question.choices.at(position).id);
        const QString share = sampled ? Text::tr("%1 of %2 sampled combinations of choices").arg(trial.unmatched()).arg(trial.tried())
                                      : Text::tr("%1 of %2 combinations of choices").arg(trial.unmatched()).arg(trial.tried());
        const QString set = QStringLiteral("{%1}").arg(ids.join(QStringLiteral(", ")));
        const QString text = ids.size() == 1
                                 ? Text::tr("choice %1 matches no rule, so such an answer is unrated (%2)").arg(set, share)
                                 : Text::tr("choices %1 match no rule, so such an answer is unrated (%2)").arg(set, share);
        LensWarning w = warning(LensWarning::Kind::Unrated, QStringLiteral("riskRules: ") + text);
        w.choices = ids;
        result.warnings.append(w);
    }

    int defaultAt = -1;
    for (int r = 0; r < question.riskRules.size(); ++r) {
        const QString name = ruleName(question, r);
        QString text;
        if (defaultAt >= 0) {
            text = Text::tr("%1 never decides the risk: it comes after the default rule riskRules[%2]").arg(name).arg(defaultAt);
        } else if (question.riskRules.at(r).condition.isDefault()) {
            // a default that the rules before it always pre-empt is a harmless safety net
            defaultAt = r;
            continue;
        } else if (trial.wins(r) > 0) {
            continue;
        } else if (trial.holds(r) == 0 && !sampled && question.riskRules.at(r).condition.evaluate({})) {
            // "!a" in a question of one choice: meant for nothing ticked, which is unanswered
            text = Text::tr("%1 never decides the risk: its condition holds only with nothing ticked, and a question "
                            "with nothing ticked is unanswered, not rated").arg(name);
        } else if (trial.holds(r) == 0) {
            text = sampled ? Text::tr("%1 did not decide the risk in any of %2 sampled combinations of choices: its "
                                      "condition held in none of them").arg(name).arg(trial.tried())
                           : Text::tr("%1 never decides the risk: its condition holds for no combination of choices").arg(name);
        } else {
            QStringList earlier;
            for (int e = 0; e < r; ++e)
                if (trial.beatenBy(r) & (quint64(1) << e))
                    earlier.append(QStringLiteral("riskRules[%1]").arg(e));
            const QString list = earlier.join(QStringLiteral(", "));
            text = sampled ? Text::tr("%1 did not decide the risk in any of %2 sampled combinations of choices: where its "
                                      "condition held, an earlier rule matched first (%3)").arg(name).arg(trial.tried()).arg(list)
                           : Text::tr("%1 never decides the risk: wherever its condition holds, an earlier rule matches "
                                      "first (%2)").arg(name, list);
        }
        LensWarning w = warning(LensWarning::Kind::DeadRule, text);
        w.rule = r;
        result.warnings.append(w);
    }
}

} // namespace

LensCheckResult LensCheck::check(const Lens &lens, qint64 budget)
{
    LensCheckResult result;
    qint64 spent = 0;
    for (int p = 0; p < lens.pillars.size(); ++p) {
        const LensPillar &pillar = lens.pillars.at(p);
        for (int q = 0; q < pillar.questions.size(); ++q)
            checkQuestion(pillar.questions.at(q), QStringLiteral("pillars[%1].questions[%2]").arg(p).arg(q), budget,
                          spent, result);
    }
    return result;
}

QString LensCheck::summary(const Lens &lens, const LensCheckResult &result)
{
    const int n = int(result.warnings.size());
    const QString warnings = n == 1 ? Text::tr("%n warning", nullptr, n) : Text::tr("%n warnings", nullptr, n);
    const QString how = result.sampled == 0
                            ? Text::tr("every combination of choices tried in all %1 questions").arg(result.questions)
                            : Text::tr("every combination of choices tried in %1 of %2 questions, the other %3 sampled")
                                  .arg(result.exhaustive)
                                  .arg(result.questions)
                                  .arg(result.sampled);
    QString text = Text::tr("lens %1: %2; %3").arg(quoted(lens.name), warnings, how);
    if (result.unchecked > 0)
        text += Text::tr("; %1 more questions not checked: the lens is too large to check whole").arg(result.unchecked);
    return text;
}

} // namespace archbench::core
