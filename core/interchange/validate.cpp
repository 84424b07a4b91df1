// Rules that hold for any ProjectData, wherever it came from: ids present and unique,
// references resolve, numbers in range. The first broken rule is reported with its JSON path.
#include "interchange.h"
#include "jsonreader.h"

#include "../model/itemkinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <cmath>
#include <vector>

namespace archbench::core::interchange {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::interchange)
};

/// Position of the item with `id` in `list` (-1 when absent): a scan for short lists, the
/// id set for long ones.
template <typename T>
qsizetype indexOfId(const QList<T> &list, const QString &id, const QSet<QString> &ids)
{
    if (list.size() > 16 && !ids.contains(id))
        return -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

QString unknownId(const QString &id)
{
    return Text::tr("unknown id \"%1\"").arg(id);
}

/// Question id -> its choice ids, scanned from a lens definition (custom-lens JSON shape).
QHash<QString, QSet<QString>> lensQuestions(const QJsonObject &definition)
{
    QHash<QString, QSet<QString>> out;
    for (const QJsonValue &pillar : definition.value(QStringLiteral("pillars")).toArray())
        for (const QJsonValue &q : pillar.toObject().value(QStringLiteral("questions")).toArray()) {
            QSet<QString> &choices = out[q.toObject().value(QStringLiteral("id")).toString()];
            for (const QJsonValue &c : q.toObject().value(QStringLiteral("choices")).toArray())
                choices.insert(c.toObject().value(QStringLiteral("id")).toString());
        }
    return out;
}

class Validator {
public:
    explicit Validator(const ProjectData &data) : m_data(data) {}

    Expected<void> run()
    {
        check();
        if (!m_error.isEmpty())
            return makeError(ErrorCode::Invalid, m_error);
        return {};
    }

private:
    void fail(const JsonPath &path, const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = path.toString() + QStringLiteral(": ") + reason;
    }
    bool failed() const { return !m_error.isEmpty(); }

    /// Checks a non-empty id that is unique among `seen`.
    void id(const JsonPath &path, const QString &value, QSet<QString> &seen)
    {
        if (value.isEmpty())
            fail(path.field(QStringLiteral("id")), Text::tr("must not be empty"));
        else if (seen.contains(value))
            fail(path.field(QStringLiteral("id")), Text::tr("\"%1\" is used twice").arg(value));
        seen.insert(value);
    }

    void nonNegative(const JsonPath &path, double v)
    {
        if (!std::isfinite(v))
            fail(path, Text::tr("must be a finite number"));
        else if (v < 0)
            fail(path, Text::tr("must not be negative"));
    }
    void nonNegative(const JsonPath &path, const std::optional<double> &v)
    {
        if (v)
            nonNegative(path, *v);
    }
    void finite(const JsonPath &path, double v)
    {
        if (!std::isfinite(v))
            fail(path, Text::tr("must be a finite number"));
    }
    void finite(const JsonPath &path, const std::optional<double> &v)
    {
        if (v)
            finite(path, *v);
    }

    void check()
    {
        const JsonPath top;
        if (m_data.project.id.isEmpty())
            fail(top.field(QStringLiteral("project.id")), Text::tr("must not be empty"));
        QSet<QString> topLevel;
        for (qsizetype i = 0; i < m_data.project.requirements.size(); ++i)
            id(top.field(QStringLiteral("project")).at(QStringLiteral("requirements"), i),
               m_data.project.requirements[i].id, topLevel);
        forEachKind([&](auto type) {
            using T = typename decltype(type)::type;
            const QList<T> &items = ItemTraits<T>::list(m_data);
            for (qsizetype i = 0; i < items.size(); ++i)
                id(top.at(QLatin1String(ItemTraits<T>::jsonKey), i), items[i].id, topLevel);
        });
        forEachKind([&](auto type) {
            using T = typename decltype(type)::type;
            const QList<T> &items = ItemTraits<T>::list(m_data);
            for (qsizetype i = 0; i < items.size() && !failed(); ++i)
                item(top.at(QLatin1String(ItemTraits<T>::jsonKey), i), items[i]);
            if constexpr (std::is_same_v<T, Decision>)
                adrNumbers(); // across the decisions, before anything after them
        });
    }

    // Each kind's own rules (a new kind without them does not compile).
    void item(const JsonPath &path, const Decision &d) { decision(path, d); }
    void item(const JsonPath &path, const Review &r) { review(path, r); }
    void item(const JsonPath &, const LensRecord &) {} // the lens file's own form; the reviews using it are checked against it
    void item(const JsonPath &path, const Drill &d) { drill(path, d); }
    void item(const JsonPath &path, const CostModel &m) { costModel(path, m); }

    void decision(const JsonPath &path, const Decision &d)
    {
        finite(path.field(QStringLiteral("scale.min")), d.scale.min);
        finite(path.field(QStringLiteral("scale.max")), d.scale.max);
        if (!failed() && d.scale.min >= d.scale.max)
            fail(path.field(QStringLiteral("scale")), Text::tr("min must be less than max"));
        if (!d.supersededBy.isEmpty()) {
            bool found = false;
            for (const Decision &other : m_data.decisions)
                found = found || (other.id == d.supersededBy && other.id != d.id);
            if (!found)
                fail(path.field(QStringLiteral("supersededBy")), unknownId(d.supersededBy));
        }
        QSet<QString> criteria, options, constraints, triggers;
        for (qsizetype i = 0; i < d.criteria.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("criteria"), i);
            id(p, d.criteria[i].id, criteria);
            nonNegative(p.field(QStringLiteral("weight")), d.criteria[i].weight);
        }
        for (qsizetype i = 0; i < d.options.size(); ++i)
            id(path.at(QStringLiteral("options"), i), d.options[i].id, options);
        for (qsizetype i = 0; i < d.constraints.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("constraints"), i);
            id(p, d.constraints[i].id, constraints);
            for (qsizetype j = 0; j < d.constraints[i].failedBy.size(); ++j)
                if (!options.contains(d.constraints[i].failedBy[j]))
                    fail(p.at(QStringLiteral("failedBy"), j), unknownId(d.constraints[i].failedBy[j]));
        }
        // Scores are most of a project: find their option and criterion by position (the
        // lists are short, and the ids were just checked unique) and mark each pair in a grid.
        if (failed())
            return;
        std::vector<bool> scored(size_t(d.options.size() * d.criteria.size()), false);
        for (qsizetype i = 0; i < d.scores.size(); ++i) {
            const Score &s = d.scores[i];
            const qsizetype o = indexOfId(d.options, s.option, options);
            const qsizetype c = indexOfId(d.criteria, s.criterion, criteria);
            const bool inScale = std::isfinite(s.value) && s.value >= d.scale.min && s.value <= d.scale.max;
            if (o >= 0 && c >= 0 && inScale && !scored[size_t(o * d.criteria.size() + c)]) {
                scored[size_t(o * d.criteria.size() + c)] = true;
                continue;
            }
            const JsonPath p = path.at(QStringLiteral("scores"), i);
            if (o < 0)
                fail(p.field(QStringLiteral("option")), unknownId(s.option));
            if (c < 0)
                fail(p.field(QStringLiteral("criterion")), unknownId(s.criterion));
            finite(p.field(QStringLiteral("value")), s.value);
            if (!failed() && !inScale)
                fail(p.field(QStringLiteral("value")),
                     Text::tr("%1 is outside the scale %2 to %3").arg(s.value).arg(d.scale.min).arg(d.scale.max));
            fail(p, Text::tr("a second score for option \"%1\" and criterion \"%2\"").arg(s.option, s.criterion));
            return;
        }
        if (!d.chosenOption.isEmpty() && !options.contains(d.chosenOption))
            fail(path.field(QStringLiteral("chosenOption")), unknownId(d.chosenOption));
        for (qsizetype i = 0; i < d.revisitTriggers.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("revisitTriggers"), i);
            id(p, d.revisitTriggers[i].id, triggers);
            finite(p.field(QStringLiteral("threshold")), d.revisitTriggers[i].threshold);
            finite(p.field(QStringLiteral("currentValue")), d.revisitTriggers[i].currentValue);
        }
        if (!failed())
            group(path, d, options, criteria);
    }

    /// Ballots, pairwise judgments and dissent (INTERCHANGE.md "Version 2 additions").
    void group(const JsonPath &path, const Decision &d, const QSet<QString> &options, const QSet<QString> &criteria)
    {
        QSet<QString> people;
        for (const QStringList *list : {&d.participants, &d.consulted, &d.informed})
            for (const QString &name : *list)
                people.insert(name);
        const auto person = [&](const JsonPath &p, const QString &name) {
            if (!people.contains(name))
                fail(p.field(QStringLiteral("participant")),
                     Text::tr("\"%1\" is not a participant of the decision").arg(name));
        };
        QSet<QString> voters;
        for (qsizetype i = 0; i < d.ballots.size() && !failed(); ++i) {
            const JsonPath p = path.at(QStringLiteral("ballots"), i);
            const Ballot &b = d.ballots[i];
            person(p, b.participant);
            if (!failed() && voters.contains(b.participant))
                fail(p.field(QStringLiteral("participant")), Text::tr("\"%1\" has a second ballot").arg(b.participant));
            voters.insert(b.participant);
            QSet<QString> weighted;
            for (qsizetype j = 0; j < b.weights.size() && !failed(); ++j) {
                const JsonPath w = p.at(QStringLiteral("weights"), j);
                if (!criteria.contains(b.weights[j].criterion))
                    fail(w.field(QStringLiteral("criterion")), unknownId(b.weights[j].criterion));
                else if (weighted.contains(b.weights[j].criterion))
                    fail(w.field(QStringLiteral("criterion")), Text::tr("\"%1\" is weighted twice").arg(b.weights[j].criterion));
                nonNegative(w.field(QStringLiteral("weight")), b.weights[j].weight);
                weighted.insert(b.weights[j].criterion);
            }
            QSet<QString> cells;
            for (qsizetype j = 0; j < b.scores.size() && !failed(); ++j) {
                const JsonPath sp = p.at(QStringLiteral("scores"), j);
                const Score &s = b.scores[j];
                if (!options.contains(s.option))
                    fail(sp.field(QStringLiteral("option")), unknownId(s.option));
                if (!criteria.contains(s.criterion))
                    fail(sp.field(QStringLiteral("criterion")), unknownId(s.criterion));
                finite(sp.field(QStringLiteral("value")), s.value);
                if (!failed() && (s.value < d.scale.min || s.value > d.scale.max))
                    fail(sp.field(QStringLiteral("value")),
                         Text::tr("%1 is outside the scale %2 to %3").arg(s.value).arg(d.scale.min).arg(d.scale.max));
                const QString cell = s.option + QLatin1Char('\n') + s.criterion;
                if (!failed() && cells.contains(cell))
                    fail(sp, Text::tr("a second score for option \"%1\" and criterion \"%2\"").arg(s.option, s.criterion));
                cells.insert(cell);
            }
        }
        QSet<QString> pairs;
        for (qsizetype i = 0; i < d.pairwise.size() && !failed(); ++i) {
            const JsonPath p = path.at(QStringLiteral("pairwise"), i);
            const PairwiseJudgment &j = d.pairwise[i];
            if (!j.participant.isEmpty())
                person(p, j.participant);
            if (!criteria.contains(j.a))
                fail(p.field(QStringLiteral("a")), unknownId(j.a));
            if (!criteria.contains(j.b))
                fail(p.field(QStringLiteral("b")), unknownId(j.b));
            if (!failed() && j.a == j.b)
                fail(p.field(QStringLiteral("b")), Text::tr("a criterion is not compared with itself"));
            finite(p.field(QStringLiteral("value")), j.value);
            if (!failed() && (j.value < 1.0 / 9.0 - 1e-9 || j.value > 9.0 + 1e-9))
                fail(p.field(QStringLiteral("value")), Text::tr("%1 is outside Saaty's scale 1/9 to 9").arg(j.value));
            const QString pair = j.participant + QLatin1Char('\n') + j.a + QLatin1Char('\n') + j.b;
            const QString reverse = j.participant + QLatin1Char('\n') + j.b + QLatin1Char('\n') + j.a;
            if (!failed() && (pairs.contains(pair) || pairs.contains(reverse)))
                fail(p, Text::tr("\"%1\" and \"%2\" are compared twice").arg(j.a, j.b));
            pairs.insert(pair);
        }
    }

    /// An ADR number belongs to one decision (docs/reports.md, "Stable ADR numbers").
    void adrNumbers()
    {
        const JsonPath top;
        QHash<int, qsizetype> owner;
        for (qsizetype i = 0; i < m_data.decisions.size() && !failed(); ++i) {
            const int number = m_data.decisions[i].adrNumber;
            if (number < 0)
                fail(top.at(QStringLiteral("decisions"), i).field(QStringLiteral("adrNumber")), Text::tr("must not be negative"));
            else if (number > 0 && owner.contains(number))
                fail(top.at(QStringLiteral("decisions"), i).field(QStringLiteral("adrNumber")),
                     Text::tr("%1 is already the ADR number of decisions[%2] (\"%3\")")
                         .arg(number).arg(owner.value(number)).arg(m_data.decisions[owner.value(number)].id));
            owner.insert(number, i);
        }
        if (m_data.project.lastAdrNumber < 0)
            fail(top.field(QStringLiteral("project.lastAdrNumber")), Text::tr("must not be negative"));
    }

    void answers(const JsonPath &path, const QList<Answer> &list,
                 const QHash<QString, QSet<QString>> &questions)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("answers"), i);
            const Answer &a = list[i];
            const auto q = questions.constFind(a.question);
            if (q == questions.cend()) {
                fail(p.field(QStringLiteral("question")), unknownId(a.question));
                continue;
            }
            if (seen.contains(a.question))
                fail(p.field(QStringLiteral("question")), Text::tr("\"%1\" is answered twice").arg(a.question));
            seen.insert(a.question);
            for (qsizetype j = 0; j < a.selected.size(); ++j)
                if (!q->contains(a.selected[j]))
                    fail(p.at(QStringLiteral("selected"), j), unknownId(a.selected[j]));
        }
    }

    void review(const JsonPath &path, const Review &w)
    {
        const LensRecord *lens = nullptr;
        for (const LensRecord &l : m_data.lenses)
            if (l.id == w.lens)
                lens = &l;
        if (!lens) {
            fail(path.field(QStringLiteral("lens")), unknownId(w.lens));
            return;
        }
        const auto questions = lensQuestions(lens->definition);
        answers(path, w.answers, questions);
        QSet<QString> improvements, milestones;
        for (qsizetype i = 0; i < w.improvements.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("improvements"), i);
            id(p, w.improvements[i].id, improvements);
            if (!w.improvements[i].question.isEmpty() && !questions.contains(w.improvements[i].question))
                fail(p.field(QStringLiteral("question")), unknownId(w.improvements[i].question));
        }
        for (qsizetype i = 0; i < w.milestones.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("milestones"), i);
            id(p, w.milestones[i].id, milestones);
            answers(p, w.milestones[i].answers, questions);
        }
    }

    void drill(const JsonPath &path, const Drill &x)
    {
        finite(path.field(QStringLiteral("trafficPercent")), x.trafficPercent);
        if (!failed() && (x.trafficPercent < 0 || x.trafficPercent > 100))
            fail(path.field(QStringLiteral("trafficPercent")), Text::tr("must be between 0 and 100"));
        nonNegative(path.field(QStringLiteral("targets.rtoMinutes")), x.targets.rtoMinutes);
        nonNegative(path.field(QStringLiteral("targets.rpoSeconds")), x.targets.rpoSeconds);
        nonNegative(path.field(QStringLiteral("measured.detectMinutes")), x.measured.detectMinutes);
        nonNegative(path.field(QStringLiteral("measured.decideMinutes")), x.measured.decideMinutes);
        nonNegative(path.field(QStringLiteral("measured.recoverMinutes")), x.measured.recoverMinutes);
        nonNegative(path.field(QStringLiteral("measured.dataLossSeconds")), x.measured.dataLossSeconds);
        for (qsizetype i = 0; i < x.timeline.size(); ++i)
            if (!x.timeline[i].at.isValid())
                fail(path.at(QStringLiteral("timeline"), i).field(QStringLiteral("at")), Text::tr("is missing"));
        QSet<QString> actions;
        for (qsizetype i = 0; i < x.actionItems.size(); ++i)
            id(path.at(QStringLiteral("actionItems"), i), x.actionItems[i].id, actions);
    }

    void costModel(const JsonPath &path, const CostModel &m)
    {
        finite(path.field(QStringLiteral("baselineLatencyMs")), m.baselineLatencyMs);
        finite(path.field(QStringLiteral("targetLatencyMs")), m.targetLatencyMs);
        finite(path.field(QStringLiteral("monthlyRevenue")), m.monthlyRevenue);
        finite(path.field(QStringLiteral("conversionGainPer100ms")), m.conversionGainPer100ms);
        for (qsizetype i = 0; i < m.steps.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("steps"), i);
            finite(p.field(QStringLiteral("monthlyCost")), m.steps[i].monthlyCost);
            finite(p.field(QStringLiteral("latencyAfterMs")), m.steps[i].latencyAfterMs);
        }
        finite(path.field(QStringLiteral("loadRange.from")), m.loadFrom);
        finite(path.field(QStringLiteral("loadRange.to")), m.loadTo);
        for (qsizetype i = 0; i < m.options.size(); ++i) {
            const JsonPath p = path.at(QStringLiteral("options"), i);
            const ComputeOption &c = m.options[i];
            for (const auto &[key, value] :
                 {std::pair{"pricePerMillionRequests", c.pricePerMillionRequests},
                  std::pair{"avgDurationMs", c.avgDurationMs}, std::pair{"memoryGb", c.memoryGb},
                  std::pair{"pricePerGbSecond", c.pricePerGbSecond},
                  std::pair{"capacityPerInstance", c.capacityPerInstance},
                  std::pair{"pricePerInstanceMonthly", c.pricePerInstanceMonthly},
                  std::pair{"reservedDiscountPercent", c.reservedDiscountPercent},
                  std::pair{"fixedMonthly", c.fixedMonthly}})
                finite(p.field(QString::fromLatin1(key)), value);
        }
        finite(path.field(QStringLiteral("onDemandMonthly")), m.onDemandMonthly);
    }

    const ProjectData &m_data;
    QString m_error;
};

} // namespace

Expected<void> validate(const ProjectData &data)
{
    return Validator(data).run();
}

} // namespace archbench::core::interchange
