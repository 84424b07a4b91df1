// Rules that hold for any ProjectData, wherever it came from: ids present and unique,
// references resolve, numbers in range. The first broken rule is reported with its JSON path.
#include "interchange.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace archbench::core::interchange {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::interchange)
};

QString at(const QString &path, const QString &key, qsizetype i)
{
    return JsonReader::index(path, key, i);
}

QString field(const QString &path, const QString &key)
{
    return JsonReader::join(path, key);
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
    void fail(const QString &path, const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + reason;
    }
    bool failed() const { return !m_error.isEmpty(); }

    /// Checks a non-empty id that is unique among `seen`.
    void id(const QString &path, const QString &value, QSet<QString> &seen)
    {
        if (value.isEmpty())
            fail(field(path, QStringLiteral("id")), Text::tr("must not be empty"));
        else if (seen.contains(value))
            fail(field(path, QStringLiteral("id")), Text::tr("\"%1\" is used twice").arg(value));
        seen.insert(value);
    }

    void nonNegative(const QString &path, double v)
    {
        if (!std::isfinite(v))
            fail(path, Text::tr("must be a finite number"));
        else if (v < 0)
            fail(path, Text::tr("must not be negative"));
    }
    void nonNegative(const QString &path, const std::optional<double> &v)
    {
        if (v)
            nonNegative(path, *v);
    }
    void finite(const QString &path, double v)
    {
        if (!std::isfinite(v))
            fail(path, Text::tr("must be a finite number"));
    }
    void finite(const QString &path, const std::optional<double> &v)
    {
        if (v)
            finite(path, *v);
    }

    void check()
    {
        if (m_data.project.id.isEmpty())
            fail(QStringLiteral("project.id"), Text::tr("must not be empty"));
        QSet<QString> topLevel;
        for (qsizetype i = 0; i < m_data.project.requirements.size(); ++i)
            id(at(QStringLiteral("project"), QStringLiteral("requirements"), i),
               m_data.project.requirements[i].id, topLevel);
        for (qsizetype i = 0; i < m_data.decisions.size(); ++i)
            id(at({}, QStringLiteral("decisions"), i), m_data.decisions[i].id, topLevel);
        for (qsizetype i = 0; i < m_data.reviews.size(); ++i)
            id(at({}, QStringLiteral("reviews"), i), m_data.reviews[i].id, topLevel);
        for (qsizetype i = 0; i < m_data.lenses.size(); ++i)
            id(at({}, QStringLiteral("lenses"), i), m_data.lenses[i].id, topLevel);
        for (qsizetype i = 0; i < m_data.drills.size(); ++i)
            id(at({}, QStringLiteral("drills"), i), m_data.drills[i].id, topLevel);
        for (qsizetype i = 0; i < m_data.costModels.size(); ++i)
            id(at({}, QStringLiteral("costModels"), i), m_data.costModels[i].id, topLevel);

        for (qsizetype i = 0; i < m_data.decisions.size() && !failed(); ++i)
            decision(at({}, QStringLiteral("decisions"), i), m_data.decisions[i]);
        adrNumbers();
        for (qsizetype i = 0; i < m_data.reviews.size() && !failed(); ++i)
            review(at({}, QStringLiteral("reviews"), i), m_data.reviews[i]);
        for (qsizetype i = 0; i < m_data.drills.size() && !failed(); ++i)
            drill(at({}, QStringLiteral("drills"), i), m_data.drills[i]);
        for (qsizetype i = 0; i < m_data.costModels.size() && !failed(); ++i)
            costModel(at({}, QStringLiteral("costModels"), i), m_data.costModels[i]);
    }

    void decision(const QString &path, const Decision &d)
    {
        finite(field(path, QStringLiteral("scale.min")), d.scale.min);
        finite(field(path, QStringLiteral("scale.max")), d.scale.max);
        if (!failed() && d.scale.min >= d.scale.max)
            fail(field(path, QStringLiteral("scale")), Text::tr("min must be less than max"));
        if (!d.supersededBy.isEmpty()) {
            bool found = false;
            for (const Decision &other : m_data.decisions)
                found = found || (other.id == d.supersededBy && other.id != d.id);
            if (!found)
                fail(field(path, QStringLiteral("supersededBy")), unknownId(d.supersededBy));
        }
        QSet<QString> criteria, options, constraints, triggers;
        for (qsizetype i = 0; i < d.criteria.size(); ++i) {
            const QString p = at(path, QStringLiteral("criteria"), i);
            id(p, d.criteria[i].id, criteria);
            nonNegative(field(p, QStringLiteral("weight")), d.criteria[i].weight);
        }
        for (qsizetype i = 0; i < d.options.size(); ++i)
            id(at(path, QStringLiteral("options"), i), d.options[i].id, options);
        for (qsizetype i = 0; i < d.constraints.size(); ++i) {
            const QString p = at(path, QStringLiteral("constraints"), i);
            id(p, d.constraints[i].id, constraints);
            for (qsizetype j = 0; j < d.constraints[i].failedBy.size(); ++j)
                if (!options.contains(d.constraints[i].failedBy[j]))
                    fail(at(p, QStringLiteral("failedBy"), j), unknownId(d.constraints[i].failedBy[j]));
        }
        QSet<QPair<QString, QString>> scored;
        for (qsizetype i = 0; i < d.scores.size(); ++i) {
            const QString p = at(path, QStringLiteral("scores"), i);
            const Score &s = d.scores[i];
            if (!options.contains(s.option))
                fail(field(p, QStringLiteral("option")), unknownId(s.option));
            if (!criteria.contains(s.criterion))
                fail(field(p, QStringLiteral("criterion")), unknownId(s.criterion));
            finite(field(p, QStringLiteral("value")), s.value);
            if (!failed() && (s.value < d.scale.min || s.value > d.scale.max))
                fail(field(p, QStringLiteral("value")),
                     Text::tr("%1 is outside the scale %2 to %3").arg(s.value).arg(d.scale.min).arg(d.scale.max));
            if (scored.contains({s.option, s.criterion}))
                fail(p, Text::tr("a second score for option \"%1\" and criterion \"%2\"").arg(s.option, s.criterion));
            scored.insert({s.option, s.criterion});
        }
        if (!d.chosenOption.isEmpty() && !options.contains(d.chosenOption))
            fail(field(path, QStringLiteral("chosenOption")), unknownId(d.chosenOption));
        for (qsizetype i = 0; i < d.revisitTriggers.size(); ++i) {
            const QString p = at(path, QStringLiteral("revisitTriggers"), i);
            id(p, d.revisitTriggers[i].id, triggers);
            finite(field(p, QStringLiteral("threshold")), d.revisitTriggers[i].threshold);
            finite(field(p, QStringLiteral("currentValue")), d.revisitTriggers[i].currentValue);
        }
    }

    /// An ADR number belongs to one decision (docs/reports.md, "Stable ADR numbers").
    void adrNumbers()
    {
        QHash<int, qsizetype> owner;
        for (qsizetype i = 0; i < m_data.decisions.size() && !failed(); ++i) {
            const int number = m_data.decisions[i].adrNumber;
            if (number < 0)
                fail(field(at({}, QStringLiteral("decisions"), i), QStringLiteral("adrNumber")), Text::tr("must not be negative"));
            else if (number > 0 && owner.contains(number))
                fail(field(at({}, QStringLiteral("decisions"), i), QStringLiteral("adrNumber")),
                     Text::tr("%1 is already the ADR number of decisions[%2] (\"%3\")")
                         .arg(number).arg(owner.value(number)).arg(m_data.decisions[owner.value(number)].id));
            owner.insert(number, i);
        }
        if (m_data.project.lastAdrNumber < 0)
            fail(QStringLiteral("project.lastAdrNumber"), Text::tr("must not be negative"));
    }

    void answers(const QString &path, const QList<Answer> &list,
                 const QHash<QString, QSet<QString>> &questions)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = at(path, QStringLiteral("answers"), i);
            const Answer &a = list[i];
            const auto q = questions.constFind(a.question);
            if (q == questions.cend()) {
                fail(field(p, QStringLiteral("question")), unknownId(a.question));
                continue;
            }
            if (seen.contains(a.question))
                fail(field(p, QStringLiteral("question")), Text::tr("\"%1\" is answered twice").arg(a.question));
            seen.insert(a.question);
            for (qsizetype j = 0; j < a.selected.size(); ++j)
                if (!q->contains(a.selected[j]))
                    fail(at(p, QStringLiteral("selected"), j), unknownId(a.selected[j]));
        }
    }

    void review(const QString &path, const Review &w)
    {
        const LensRecord *lens = nullptr;
        for (const LensRecord &l : m_data.lenses)
            if (l.id == w.lens)
                lens = &l;
        if (!lens) {
            fail(field(path, QStringLiteral("lens")), unknownId(w.lens));
            return;
        }
        const auto questions = lensQuestions(lens->definition);
        answers(path, w.answers, questions);
        QSet<QString> improvements, milestones;
        for (qsizetype i = 0; i < w.improvements.size(); ++i) {
            const QString p = at(path, QStringLiteral("improvements"), i);
            id(p, w.improvements[i].id, improvements);
            if (!w.improvements[i].question.isEmpty() && !questions.contains(w.improvements[i].question))
                fail(field(p, QStringLiteral("question")), unknownId(w.improvements[i].question));
        }
        for (qsizetype i = 0; i < w.milestones.size(); ++i) {
            const QString p = at(path, QStringLiteral("milestones"), i);
            id(p, w.milestones[i].id, milestones);
            answers(p, w.milestones[i].answers, questions);
        }
    }

    void drill(const QString &path, const Drill &x)
    {
        finite(field(path, QStringLiteral("trafficPercent")), x.trafficPercent);
        if (!failed() && (x.trafficPercent < 0 || x.trafficPercent > 100))
            fail(field(path, QStringLiteral("trafficPercent")), Text::tr("must be between 0 and 100"));
        nonNegative(field(path, QStringLiteral("targets.rtoMinutes")), x.targets.rtoMinutes);
        nonNegative(field(path, QStringLiteral("targets.rpoSeconds")), x.targets.rpoSeconds);
        nonNegative(field(path, QStringLiteral("measured.detectMinutes")), x.measured.detectMinutes);
        nonNegative(field(path, QStringLiteral("measured.decideMinutes")), x.measured.decideMinutes);
        nonNegative(field(path, QStringLiteral("measured.recoverMinutes")), x.measured.recoverMinutes);
        nonNegative(field(path, QStringLiteral("measured.dataLossSeconds")), x.measured.dataLossSeconds);
        for (qsizetype i = 0; i < x.timeline.size(); ++i)
            if (!x.timeline[i].at.isValid())
                fail(field(at(path, QStringLiteral("timeline"), i), QStringLiteral("at")), Text::tr("is missing"));
        QSet<QString> actions;
        for (qsizetype i = 0; i < x.actionItems.size(); ++i)
            id(at(path, QStringLiteral("actionItems"), i), x.actionItems[i].id, actions);
    }

    void costModel(const QString &path, const CostModel &m)
    {
        finite(field(path, QStringLiteral("baselineLatencyMs")), m.baselineLatencyMs);
        finite(field(path, QStringLiteral("targetLatencyMs")), m.targetLatencyMs);
        finite(field(path, QStringLiteral("monthlyRevenue")), m.monthlyRevenue);
        finite(field(path, QStringLiteral("conversionGainPer100ms")), m.conversionGainPer100ms);
        for (qsizetype i = 0; i < m.steps.size(); ++i) {
            const QString p = at(path, QStringLiteral("steps"), i);
            finite(field(p, QStringLiteral("monthlyCost")), m.steps[i].monthlyCost);
            finite(field(p, QStringLiteral("latencyAfterMs")), m.steps[i].latencyAfterMs);
        }
        finite(field(path, QStringLiteral("loadRange.from")), m.loadFrom);
        finite(field(path, QStringLiteral("loadRange.to")), m.loadTo);
        for (qsizetype i = 0; i < m.options.size(); ++i) {
            const QString p = at(path, QStringLiteral("options"), i);
            const ComputeOption &c = m.options[i];
            for (const auto &[key, value] :
                 {std::pair{"pricePerMillionRequests", c.pricePerMillionRequests},
                  std::pair{"avgDurationMs", c.avgDurationMs}, std::pair{"memoryGb", c.memoryGb},
                  std::pair{"pricePerGbSecond", c.pricePerGbSecond},
                  std::pair{"capacityPerInstance", c.capacityPerInstance},
                  std::pair{"pricePerInstanceMonthly", c.pricePerInstanceMonthly},
                  std::pair{"reservedDiscountPercent", c.reservedDiscountPercent},
                  std::pair{"fixedMonthly", c.fixedMonthly}})
                finite(field(p, QString::fromLatin1(key)), value);
        }
        finite(field(path, QStringLiteral("onDemandMonthly")), m.onDemandMonthly);
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
