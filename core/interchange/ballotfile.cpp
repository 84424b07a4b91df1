#include "ballotfile.h"
#include "interchange.h"
#include "jsonreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace archbench::core::interchange {

namespace {

constexpr qint64 kMaxBallotBytes = 8 * 1024 * 1024;
const QString kFormat = QStringLiteral("archbench-ballot");

const Decision *findDecision(const ProjectData &data, const QString &id)
{
    for (const Decision &d : data.decisions)
        if (d.id == id)
            return &d;
    return nullptr;
}

bool isPerson(const Decision &d, const QString &name)
{
    return d.participants.contains(name) || d.consulted.contains(name) || d.informed.contains(name);
}

} // namespace

BallotForm BallotFile::formFor(const ProjectInfo &project, const Decision &decision, const QString &participant)
{
    BallotForm f;
    f.project = project.id;
    f.decision = decision.id;
    f.title = decision.title;
    f.scale = decision.scale;
    f.criteria = decision.criteria;
    f.options = decision.options;
    f.ballot.participant = participant;
    for (const Ballot &b : decision.ballots)
        if (b.participant == participant)
            f.ballot = b;
    return f;
}

QByteArray BallotFile::toJson(const BallotForm &f)
{
    QJsonArray criteria, options, weights, scores;
    for (const Criterion &c : f.criteria)
        criteria.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                    {QStringLiteral("description"), c.description},
                                    {QStringLiteral("weight"), c.weight}});
    for (const Option &o : f.options)
        options.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name},
                                   {QStringLiteral("description"), o.description}});
    for (const BallotWeight &w : f.ballot.weights)
        weights.append(QJsonObject{{QStringLiteral("criterion"), w.criterion}, {QStringLiteral("weight"), w.weight}});
    // Every cell, in matrix order, so that the file is a form to fill in any editor.
    for (const Option &o : f.options)
        for (const Criterion &c : f.criteria) {
            QJsonObject cell{{QStringLiteral("option"), o.id}, {QStringLiteral("criterion"), c.id},
                             {QStringLiteral("value"), QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("rationale"), QString()}};
            for (const Score &s : f.ballot.scores)
                if (s.option == o.id && s.criterion == c.id) {
                    cell.insert(QStringLiteral("value"), s.value);
                    cell.insert(QStringLiteral("rationale"), s.rationale);
                }
            scores.append(cell);
        }
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kBallotFormatVersion},
                     {QStringLiteral("project"), f.project},
                     {QStringLiteral("decision"), f.decision},
                     {QStringLiteral("title"), f.title},
                     {QStringLiteral("participant"), f.ballot.participant},
                     {QStringLiteral("submitted"), f.ballot.submitted.isValid()
                                                       ? QJsonValue(f.ballot.submitted.toUTC().toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), f.scale.min},
                                                           {QStringLiteral("max"), f.scale.max}}},
                     {QStringLiteral("criteria"), criteria},
                     {QStringLiteral("options"), options},
                     {QStringLiteral("weights"), weights},
                     {QStringLiteral("scores"), scores}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<BallotForm> BallotFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Refused, tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::Refused, tr("not a ballot: the document is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::Refused, tr("not a ballot: \"format\" is not \"%1\"").arg(kFormat));
    const int version = o.value(QStringLiteral("version")).toInt(0);
    if (version > kBallotFormatVersion)
        return makeError(ErrorCode::Refused,
                         tr("a ballot of format version %1, newer than this program reads (%2)").arg(version).arg(kBallotFormatVersion));
    JsonReader r;
    const JsonPath top;
    BallotForm f;
    f.project = r.string(o, top, QStringLiteral("project"));
    f.decision = r.string(o, top, QStringLiteral("decision"), true);
    f.title = r.string(o, top, QStringLiteral("title"));
    f.ballot.participant = r.string(o, top, QStringLiteral("participant"), true).trimmed();
    f.ballot.submitted = r.timestamp(o, top, QStringLiteral("submitted"));
    const QJsonObject scale = r.object(o, top, QStringLiteral("scale"));
    const JsonPath scalePath = top.field(QStringLiteral("scale"));
    f.scale.min = r.number(scale, scalePath, QStringLiteral("min"), false, 1);
    f.scale.max = r.number(scale, scalePath, QStringLiteral("max"), false, 5);
    const auto criteria = r.objects(o, top, QStringLiteral("criteria"));
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const JsonPath at = top.at(QStringLiteral("criteria"), i);
        f.criteria << Criterion{r.string(criteria[i], at, QStringLiteral("id"), true),
                                r.string(criteria[i], at, QStringLiteral("name")),
                                r.number(criteria[i], at, QStringLiteral("weight")),
                                r.string(criteria[i], at, QStringLiteral("description"))};
    }
    const auto options = r.objects(o, top, QStringLiteral("options"));
    for (qsizetype i = 0; i < options.size(); ++i) {
        const JsonPath at = top.at(QStringLiteral("options"), i);
        f.options << Option{r.string(options[i], at, QStringLiteral("id"), true),
                            r.string(options[i], at, QStringLiteral("name")),
                            r.string(options[i], at, QStringLiteral("description")), false};
    }
    const auto weights = r.objects(o, top, QStringLiteral("weights"));
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const JsonPath at = top.at(QStringLiteral("weights"), i);
        const QString criterion = r.string(weights[i], at, QStringLiteral("criterion"), true);
        if (const auto w = r.optionalNumber(weights[i], at, QStringLiteral("weight")))
            f.ballot.weights << BallotWeight{criterion, *w};
    }
    const auto scores = r.objects(o, top, QStringLiteral("scores"));
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const JsonPath at = top.at(QStringLiteral("scores"), i);
        Score s;
        s.option = r.string(scores[i], at, QStringLiteral("option"), true);
        s.criterion = r.string(scores[i], at, QStringLiteral("criterion"), true);
        const auto value = r.optionalNumber(scores[i], at, QStringLiteral("value"));
        s.rationale = r.string(scores[i], at, QStringLiteral("rationale"));
        if (value) {
            s.value = *value;
            f.ballot.scores << s;
        }
    }
    if (!r.failed() && f.ballot.participant.isEmpty())
        r.fail(top.field(QStringLiteral("participant")), tr("must name the participant"));
    if (r.failed())
        return makeError(ErrorCode::Invalid, r.error());
    return f;
}

Expected<BallotForm> BallotFile::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("no such file"));
    if (QFileInfo(path).size() > kMaxBallotBytes)
        return makeError(ErrorCode::Refused, tr("larger than a ballot can be (%1 MiB)").arg(kMaxBallotBytes / 1024 / 1024));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, file.errorString());
    return fromJson(file.read(kMaxBallotBytes + 1));
}

Expected<void> BallotFile::writeFile(const BallotForm &form, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, file.errorString());
    file.write(toJson(form));
    if (!file.commit())
        return makeError(ErrorCode::Io, file.errorString());
    return {};
}

bool BallotFile::looksLikeBallot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    return head.contains("\"archbench-ballot\"");
}

Expected<void> BallotFile::check(const ProjectData &data, const BallotForm &f)
{
    if (!f.project.isEmpty() && f.project != data.project.id)
        return makeError(ErrorCode::Invalid, tr("the ballot belongs to another project (id \"%1\", this one is \"%2\")")
                                                 .arg(f.project, data.project.id));
    const Decision *d = findDecision(data, f.decision);
    if (!d)
        return makeError(ErrorCode::Invalid, tr("decision: the project has no decision \"%1\"%2")
                                                 .arg(f.decision, f.title.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.title)));
    QSet<QString> options, criteria, cells, weighted;
    for (const Option &o : d->options)
        options.insert(o.id);
    for (const Criterion &c : d->criteria)
        criteria.insert(c.id);
    const JsonPath top;
    for (qsizetype i = 0; i < f.ballot.weights.size(); ++i) {
        const BallotWeight &w = f.ballot.weights[i];
        const QString at = top.at(QStringLiteral("weights"), i).toString();
        if (!criteria.contains(w.criterion))
            return makeError(ErrorCode::Invalid, tr("%1.criterion: \"%2\" is not a criterion of \"%3\"").arg(at, w.criterion, d->title));
        if (!std::isfinite(w.weight) || w.weight < 0)
            return makeError(ErrorCode::Invalid, tr("%1.weight: must be a number of at least 0").arg(at));
        if (weighted.contains(w.criterion))
            return makeError(ErrorCode::Invalid, tr("%1.criterion: \"%2\" is weighted twice").arg(at, w.criterion));
        weighted.insert(w.criterion);
    }
    for (qsizetype i = 0; i < f.ballot.scores.size(); ++i) {
        const Score &s = f.ballot.scores[i];
        // the path in the file: null cells were dropped, so find the element by content
        const QString at = QStringLiteral("scores[%1 × %2]").arg(s.option, s.criterion);
        if (!options.contains(s.option))
            return makeError(ErrorCode::Invalid, tr("%1: \"%2\" is not an option of \"%3\"").arg(at, s.option, d->title));
        if (!criteria.contains(s.criterion))
            return makeError(ErrorCode::Invalid, tr("%1: \"%2\" is not a criterion of \"%3\"").arg(at, s.criterion, d->title));
        if (!std::isfinite(s.value) || s.value < d->scale.min || s.value > d->scale.max)
            return makeError(ErrorCode::Invalid, tr("%1.value: %2 is outside the scale %3 to %4")
                                                     .arg(at).arg(s.value).arg(d->scale.min).arg(d->scale.max));
        const QString cell = s.option + QLatin1Char('\n') + s.criterion;
        if (cells.contains(cell))
            return makeError(ErrorCode::Invalid, tr("%1: the cell is scored twice").arg(at));
        cells.insert(cell);
    }
    return {};
}

QStringList BallotFile::existing(const ProjectData &data, const QList<BallotForm> &forms)
{
    QStringList out;
    for (const BallotForm &f : forms)
        if (const Decision *d = findDecision(data, f.decision))
            for (const Ballot &b : d->ballots)
                if (b.participant == f.ballot.participant)
                    out << QStringLiteral("%1 (%2)").arg(b.participant, d->title);
    return out;
}

Expected<BallotImportResult> BallotFile::apply(const ProjectData &data, const QList<BallotForm> &forms, bool replace,
                                               const QStringList &sources)
{
    const auto named = [&](qsizetype i, const QString &message) {
        return i < sources.size() ? QStringLiteral("%1: %2").arg(sources[i], message) : message;
    };
    BallotImportResult result;
    result.data = data;
    QSet<QString> seen;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const BallotForm &f = forms[i];
        if (auto ok = check(data, f); !ok)
            return makeError(ok.error().code, named(i, ok.error().message));
        const QString key = f.decision + QLatin1Char('\n') + f.ballot.participant;
        if (seen.contains(key))
            return makeError(ErrorCode::Invalid,
                             named(i, tr("a second ballot from %1 in this import").arg(f.ballot.participant)));
        seen.insert(key);
        Decision *d = nullptr;
        for (Decision &candidate : result.data.decisions)
            if (candidate.id == f.decision)
                d = &candidate;
        Ballot ballot = f.ballot;
        if (!ballot.submitted.isValid())
            ballot.submitted = QDateTime::currentDateTimeUtc();
        ballot.submitted = ballot.submitted.toUTC();
        bool replacedOne = false;
        for (Ballot &b : d->ballots)
            if (b.participant == ballot.participant) {
                if (!replace)
                    return makeError(ErrorCode::Invalid,
                                     named(i, tr("%1 already has a ballot on \"%2\"; confirm to replace it")
                                                  .arg(ballot.participant, d->title)));
                b = ballot;
                replacedOne = true;
                result.replaced << QStringLiteral("%1 (%2)").arg(ballot.participant, d->title);
            }
        if (!replacedOne)
            d->ballots << ballot;
        if (!isPerson(*d, ballot.participant)) {
            d->consulted << ballot.participant;
            result.addedPeople << ballot.participant;
        }
        ++result.imported;
    }
    if (auto valid = validate(result.data); !valid)
        return valid.error();
    return result;
}

} // namespace archbench::core::interchange
