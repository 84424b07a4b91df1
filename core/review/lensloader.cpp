#include "lensloader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::LensLoader)
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/// Walks the JSON once and stops at the first problem; `m_error` names place and reason.
class Reader {
public:
    Expected<Lens> read(const QJsonObject &root)
    {
        Lens lens;
        if (!string(root, QString(), QStringLiteral("schemaVersion"), true, &lens.schemaVersion)
            || !string(root, QString(), QStringLiteral("name"), true, &lens.name)
            || !string(root, QString(), QStringLiteral("description"), false, &lens.description))
            return error();
        QJsonArray pillars;
        if (!array(root, QString(), QStringLiteral("pillars"), LensLoader::kMaxPillars, &pillars))
            return error();
        QSet<QString> pillarIds;
        for (int p = 0; p < pillars.size(); ++p) {
            const QString path = QStringLiteral("pillars[%1]").arg(p);
            if (!pillars.at(p).isObject())
                return fail(path, Text::tr("must be an object"));
            LensPillar pillar;
            if (!readPillar(pillars.at(p).toObject(), path, &pillar))
                return error();
            if (pillarIds.contains(pillar.id))
                return fail(path + QStringLiteral(".id"), Text::tr("duplicate pillar id %1").arg(quoted(pillar.id)));
            pillarIds.insert(pillar.id);
            lens.pillars.append(std::move(pillar));
        }
        return lens;
    }

private:
    Error error() const { return makeError(ErrorCode::Invalid, m_error); }
    Error fail(const QString &place, const QString &reason)
    {
        m_error = place.isEmpty() ? reason : place + QStringLiteral(": ") + reason;
        return error();
    }
    bool failed(const QString &place, const QString &reason)
    {
        fail(place, reason);
        return false;
    }
    static QString join(const QString &place, const QString &key)
    {
        if (place.isEmpty())
            return key;
        // "question \"q1\" (pillars[0].questions[2])" reads better followed by ": title"
        return place + (place.endsWith(u')') ? QStringLiteral(": ") : QStringLiteral(".")) + key;
    }

    bool string(const QJsonObject &o, const QString &place, const QString &key, bool required, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return failed(join(place, key), Text::tr("missing"));
            return true;
        }
        if (!v.isString())
            return failed(join(place, key), Text::tr("must be a string"));
        *out = v.toString();
        if (required && out->trimmed().isEmpty())
            return failed(join(place, key), Text::tr("must not be empty"));
        return true;
    }

    bool array(const QJsonObject &o, const QString &place, const QString &key, int max, QJsonArray *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return failed(join(place, key), Text::tr("missing"));
        if (!v.isArray())
            return failed(join(place, key), Text::tr("must be a list"));
        *out = v.toArray();
        if (out->isEmpty())
            return failed(join(place, key), Text::tr("must not be empty"));
        if (out->size() > max)
            return failed(join(place, key), Text::tr("more than %1 entries").arg(max));
        return true;
    }

    bool link(const QJsonObject &o, const QString &place, const QString &key, LensLink *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return failed(join(place, key), Text::tr("must be an object with displayText and url"));
        const QString at = join(place, key);
        return string(v.toObject(), at, QStringLiteral("displayText"), false, &out->displayText)
            && string(v.toObject(), at, QStringLiteral("url"), false, &out->url);
    }

    bool readPillar(const QJsonObject &o, const QString &path, LensPillar *pillar)
    {
        if (!string(o, path, QStringLiteral("id"), true, &pillar->id))
            return false;
        const QString place = Text::tr("pillar %1 (%2)").arg(quoted(pillar->id), path);
        if (!string(o, place, QStringLiteral("name"), true, &pillar->name))
            return false;
        QJsonArray questions;
        if (!array(o, place, QStringLiteral("questions"), LensLoader::kMaxQuestions, &questions))
            return false;
        for (int q = 0; q < questions.size(); ++q) {
            const QString qpath = path + QStringLiteral(".questions[%1]").arg(q);
            if (!questions.at(q).isObject())
                return failed(qpath, Text::tr("must be an object"));
            LensQuestion question;
            if (!readQuestion(questions.at(q).toObject(), qpath, &question))
                return false;
            pillar->questions.append(std::move(question));
        }
        return true;
    }

    bool readQuestion(const QJsonObject &o, const QString &path, LensQuestion *question)
    {
        if (!string(o, path, QStringLiteral("id"), true, &question->id))
            return false;
        const QString place = Text::tr("question %1 (%2)").arg(quoted(question->id), path);
        if (m_questionIds.contains(question->id))
            return failed(place, Text::tr("duplicate question id %1").arg(quoted(question->id)));
        m_questionIds.insert(question->id);
        if (++m_questionCount > LensLoader::kMaxQuestions)
            return failed(place, Text::tr("the lens has more than %1 questions").arg(LensLoader::kMaxQuestions));
        if (!string(o, place, QStringLiteral("title"), true, &question->title)
            || !string(o, place, QStringLiteral("description"), false, &question->description)
            || !link(o, place, QStringLiteral("helpfulResource"), &question->helpfulResource))
            return false;

        QJsonArray choices;
        if (!array(o, place, QStringLiteral("choices"), LensLoader::kMaxChoices, &choices))
            return false;
        QString noneId;
        for (int c = 0; c < choices.size(); ++c) {
            const QString cplace = place + QStringLiteral(": choices[%1]").arg(c);
            if (!choices.at(c).isObject())
                return failed(cplace, Text::tr("must be an object"));
            LensChoice choice;
            if (!readChoice(choices.at(c).toObject(), cplace, &choice))
                return false;
            if (question->choice(choice.id))
                return failed(cplace + QStringLiteral(".id"), Text::tr("duplicate choice id %1").arg(quoted(choice.id)));
            if (choice.isNoneOfThese()) {
                if (!noneId.isEmpty())
                    return failed(cplace + QStringLiteral(".id"),
                                  Text::tr("a second \"None of these\" choice (%1 and %2 both end in _no)")
                                      .arg(quoted(noneId), quoted(choice.id)));
                noneId = choice.id;
            }
            question->choices.append(std::move(choice));
        }
        return readRules(o, place, question);
    }

    bool readChoice(const QJsonObject &o, const QString &place, LensChoice *choice)
    {
        if (!string(o, place, QStringLiteral("id"), true, &choice->id)
            || !string(o, place, QStringLiteral("title"), true, &choice->title)
            || !string(o, place, QStringLiteral("description"), false, &choice->description)
            || !link(o, place, QStringLiteral("helpfulResource"), &choice->helpfulResource)
            || !link(o, place, QStringLiteral("improvementPlan"), &choice->improvementPlan))
            return false;
        const QJsonValue extra = o.value(QStringLiteral("additionalResources"));
        if (extra.isUndefined() || extra.isNull())
            return true;
        const QString at = place + QStringLiteral(".additionalResources");
        if (!extra.isArray())
            return failed(at, Text::tr("must be a list"));
        const QJsonArray resources = extra.toArray();
        for (int r = 0; r < resources.size(); ++r) {
            const QString rplace = at + QStringLiteral("[%1]").arg(r);
            if (!resources.at(r).isObject())
                return failed(rplace, Text::tr("must be an object"));
            const QJsonObject ro = resources.at(r).toObject();
            LensResource resource;
            if (!string(ro, rplace, QStringLiteral("type"), false, &resource.type))
                return false;
            const QJsonValue content = ro.value(QStringLiteral("content"));
            if (!content.isUndefined() && !content.isNull()) {
                if (!content.isArray())
                    return failed(rplace + QStringLiteral(".content"), Text::tr("must be a list"));
                const QJsonArray items = content.toArray();
                for (int i = 0; i < items.size(); ++i) {
                    const QString iplace = rplace + QStringLiteral(".content[%1]").arg(i);
                    if (!items.at(i).isObject())
                        return failed(iplace, Text::tr("must be an object with displayText and url"));
                    LensLink item;
                    if (!string(items.at(i).toObject(), iplace, QStringLiteral("displayText"), false, &item.displayText)
                        || !string(items.at(i).toObject(), iplace, QStringLiteral("url"), false, &item.url))
                        return false;
                    resource.content.append(item);
                }
            }
            choice->additionalResources.append(std::move(resource));
        }
        return true;
    }

    bool readRules(const QJsonObject &o, const QString &place, LensQuestion *question)
    {
        QJsonArray rules;
        if (!array(o, place, QStringLiteral("riskRules"), LensLoader::kMaxRules, &rules))
            return false;
        int defaultAt = -1;
        for (int r = 0; r < rules.size(); ++r) {
            const QString rplace = place + QStringLiteral(": riskRules[%1]").arg(r);
            if (!rules.at(r).isObject())
                return failed(rplace, Text::tr("must be an object with condition and risk"));
            const QJsonObject ro = rules.at(r).toObject();
            QString conditionText;
            QString riskText;
            if (!string(ro, rplace, QStringLiteral("condition"), true, &conditionText)
                || !string(ro, rplace, QStringLiteral("risk"), true, &riskText))
                return false;
            RiskRule rule;
            if (riskText == QLatin1StringView("HIGH_RISK"))
                rule.risk = RiskLevel::High;
            else if (riskText == QLatin1StringView("MEDIUM_RISK"))
                rule.risk = RiskLevel::Medium;
            else if (riskText == QLatin1StringView("NO_RISK"))
                rule.risk = RiskLevel::None;
            else
                return failed(rplace + QStringLiteral(".risk"),
                              Text::tr("%1 is not one of HIGH_RISK, MEDIUM_RISK, NO_RISK").arg(quoted(riskText)));
            const QString cplace = rplace + QStringLiteral(".condition");
            int position = 0;
            auto parsed = RiskCondition::parse(conditionText, &position);
            if (!parsed)
                return failed(Text::tr("%1, character %2").arg(cplace).arg(position), parsed.error().message);
            for (const RiskCondition::Reference &ref : parsed->references())
                if (!question->choice(ref.choice))
                    return failed(Text::tr("%1, character %2").arg(cplace).arg(ref.position),
                                  Text::tr("unknown choice id %1").arg(quoted(ref.choice)));
            if (parsed->isDefault()) {
                if (defaultAt >= 0)
                    return failed(cplace, Text::tr("a second default rule (the first is riskRules[%1])").arg(defaultAt));
                defaultAt = r;
            }
            rule.condition = std::move(*parsed);
            question->riskRules.append(std::move(rule));
        }
        // no default rule is fine (the AWS tool accepts it): unmatched answers are unrated
        return true;
    }

    QString m_error;
    QSet<QString> m_questionIds;
    int m_questionCount = 0;
};

} // namespace

Expected<Lens> LensLoader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid, Text::tr("not valid JSON at byte %1: %2")
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, Text::tr("a lens must be a JSON object"));
    return fromObject(doc.object());
}

Expected<Lens> LensLoader::fromObject(const QJsonObject &definition)
{
    Reader reader;
    return reader.read(definition);
}

Expected<Lens> LensLoader::fromRecord(const LensRecord &record)
{
    auto lens = fromObject(record.definition);
    if (lens)
        return lens;
    const QString name = record.definition.value(QStringLiteral("name")).toString();
    return makeError(ErrorCode::Invalid,
                     Text::tr("lens %1%2: %3")
                         .arg(quoted(record.id),
                              name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(quoted(name)),
                              lens.error().message));
}

} // namespace archbench::core
