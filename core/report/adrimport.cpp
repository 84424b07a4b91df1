// Reading an ADR folder and bringing it into a project (core/report/adrimport.h); one file is
// read in adrrecord.cpp.
#include "adrimport.h"

#include "adrmarkdown.h"

#include "../decision/decisionlifecycle.h"
#include "../decision/weightedscore.h"
#include "../interchange/interchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

namespace archbench::core {

namespace {

using namespace adrmd;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::AdrImport)
};

// ---------------------------------------------------------------- the folder

bool isAdrFileName(const QString &name)
{
    if (!name.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
        return false;
    const QString lower = name.toLower();
    static const QStringList skipped{QStringLiteral("readme.md"), QStringLiteral("index.md"), QStringLiteral("template.md"),
                                     QStringLiteral("adr-template.md"), QStringLiteral("_template.md"), QStringLiteral("toc.md"),
                                     QStringLiteral("changelog.md")};
    return !skipped.contains(lower) && !lower.startsWith(QLatin1Char('.')) && !lower.contains(QStringLiteral("template"));
}

/// The file name a link names inside the folder, or an error when it leaves it.
std::optional<QString> localTarget(QString target, bool &outside)
{
    outside = false;
    target = QUrl::fromPercentEncoding(target.toUtf8());
    if (const qsizetype hash = target.indexOf(QLatin1Char('#')); hash >= 0)
        target.truncate(hash);
    while (target.startsWith(QStringLiteral("./")))
        target.remove(0, 2);
    if (target.isEmpty())
        return std::nullopt;
    if (target.contains(QStringLiteral("://")) || target.startsWith(QStringLiteral("mailto:")))
        return std::nullopt;
    if (target.contains(QLatin1Char('/')) || target.contains(QLatin1Char('\\')) || target == QStringLiteral(".."))
    {
        outside = true;
        return std::nullopt;
    }
    return target;
}

QString decisionName(const Decision &d)
{
    return d.title.trimmed().isEmpty() ? d.id : d.title.trimmed();
}

QString num(double v)
{
    return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest);
}

QString quoted(const QString &s)
{
    QString t = s.simplified();
    if (t.size() > 60)
        t = t.left(57) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(t);
}

/// The changes from `a` to `b` in words, one line each.
QStringList describe(const Decision &a, const Decision &b)
{
    QStringList out;
    const QString who = decisionName(b);
    const auto text = [&](const QString &label, const QString &x, const QString &y) {
        if (x != y)
            out << Text::tr("%1: %2 %3 → %4").arg(who, label, quoted(x), quoted(y));
    };
    text(Text::tr("title"), a.title, b.title);
    if (a.status != b.status)
        out << Text::tr("%1: status %2 → %3").arg(who, enumToString(a.status), enumToString(b.status));
    if (a.supersededBy != b.supersededBy)
        out << Text::tr("%1: superseded by %2 → %3").arg(who, a.supersededBy.isEmpty() ? QStringLiteral("–") : a.supersededBy,
                                                          b.supersededBy.isEmpty() ? QStringLiteral("–") : b.supersededBy);
    if (a.date != b.date)
        out << Text::tr("%1: date %2 → %3").arg(who, a.date.toString(Qt::ISODate), b.date.toString(Qt::ISODate));
    if (a.doorType != b.doorType)
        out << Text::tr("%1: door type %2 → %3").arg(who, enumToString(a.doorType), enumToString(b.doorType));
    text(Text::tr("decision-makers"), a.participants.join(QStringLiteral(", ")), b.participants.join(QStringLiteral(", ")));
    text(Text::tr("consulted"), a.consulted.join(QStringLiteral(", ")), b.consulted.join(QStringLiteral(", ")));
    text(Text::tr("informed"), a.informed.join(QStringLiteral(", ")), b.informed.join(QStringLiteral(", ")));
    text(Text::tr("context"), a.context, b.context);
    text(Text::tr("problem"), a.problem, b.problem);
    text(Text::tr("constraints"), a.constraintsText, b.constraintsText);
    text(Text::tr("trade-offs"), a.tradeoffsText, b.tradeoffsText);
    text(Text::tr("recommendation"), a.recommendation, b.recommendation);
    text(Text::tr("notes"), a.notes, b.notes);
    const auto optionName = [](const Decision &d, const QString &id) {
        for (const Option &o : d.options)
            if (o.id == id)
                return o.name;
        return id;
    };
    text(Text::tr("chosen option"), optionName(a, a.chosenOption), optionName(b, b.chosenOption));
    for (const Option &o : b.options) {
        const auto old = std::find_if(a.options.cbegin(), a.options.cend(), [&](const Option &x) { return x.id == o.id; });
        if (old == a.options.cend())
            out << Text::tr("%1: option %2 added").arg(who, quoted(o.name));
        else if (*old != o)
            out << Text::tr("%1: option %2 changed").arg(who, quoted(o.name));
    }
    for (const Option &o : a.options)
        if (std::none_of(b.options.cbegin(), b.options.cend(), [&](const Option &x) { return x.id == o.id; }))
            out << Text::tr("%1: option %2 removed").arg(who, quoted(o.name));
    for (const Criterion &c : b.criteria) {
        const auto old = std::find_if(a.criteria.cbegin(), a.criteria.cend(), [&](const Criterion &x) { return x.id == c.id; });
        if (old == a.criteria.cend())
            out << Text::tr("%1: criterion %2 added").arg(who, quoted(c.name));
        else if (old->weight != c.weight)
            out << Text::tr("%1: weight of %2 %3 → %4").arg(who, quoted(c.name), num(old->weight), num(c.weight));
        else if (*old != c)
            out << Text::tr("%1: criterion %2 changed").arg(who, quoted(c.name));
    }
    for (const Criterion &c : a.criteria)
        if (std::none_of(b.criteria.cbegin(), b.criteria.cend(), [&](const Criterion &x) { return x.id == c.id; }))
            out << Text::tr("%1: criterion %2 removed").arg(who, quoted(c.name));
    const auto criterionName = [](const Decision &d, const QString &id) {
        for (const Criterion &c : d.criteria)
            if (c.id == id)
                return c.name;
        return id;
    };
    for (const Score &s : b.scores) {
        const Score *old = findScore(a, s.option, s.criterion);
        const QString cellName = QStringLiteral("%1 × %2").arg(optionName(b, s.option), criterionName(b, s.criterion));
        if (!old)
            out << Text::tr("%1: %2 scored %3").arg(who, cellName, num(s.value));
        else if (old->value != s.value)
            out << Text::tr("%1: %2 %3 → %4").arg(who, cellName, num(old->value), num(s.value));
        else if (old->rationale != s.rationale)
            out << Text::tr("%1: %2 rationale %3 → %4").arg(who, cellName, quoted(old->rationale), quoted(s.rationale));
    }
    for (const Score &s : a.scores)
        if (!findScore(b, s.option, s.criterion))
            out << Text::tr("%1: %2 × %3 no longer scored").arg(who, optionName(a, s.option), criterionName(a, s.criterion));
    if (a.constraints != b.constraints)
        out << Text::tr("%1: hard constraints changed").arg(who);
    if (a.tradeoffsAccepted != b.tradeoffsAccepted)
        out << Text::tr("%1: trade-offs accepted changed").arg(who);
    if (a.risks != b.risks)
        out << Text::tr("%1: risks changed").arg(who);
    if (a.revisitTriggers != b.revisitTriggers)
        out << Text::tr("%1: revisit triggers changed").arg(who);
    if (a.scale != b.scale)
        out << Text::tr("%1: scale %2–%3 → %4–%5").arg(who, num(a.scale.min), num(a.scale.max), num(b.scale.min), num(b.scale.max));
    return out;
}

/// `old` updated with what a file from another tool says: its prose replaces the decision's,
/// options and criteria merge by name (ids, weights and scores kept), the matrix only when
/// the file has one.
Decision mergeForeign(const Decision &old, const AdrRecord &r)
{
    const Decision &f = r.decision;
    Decision d = old;
    d.title = f.title;
    d.status = f.status;
    d.supersededBy = f.supersededBy;
    if (f.date.isValid())
        d.date = f.date;
    if (!f.participants.isEmpty() || !f.consulted.isEmpty() || !f.informed.isEmpty()) {
        d.participants = f.participants;
        d.consulted = f.consulted;
        d.informed = f.informed;
    }
    d.context = f.context;
    d.problem = f.problem;
    d.constraintsText = f.constraintsText;
    d.tradeoffsText = f.tradeoffsText;
    d.recommendation = f.recommendation;
    d.notes = f.notes;
    QHash<QString, QString> optionIds; // file id -> project id
    for (const Option &o : f.options) {
        auto it = std::find_if(d.options.begin(), d.options.end(), [&](const Option &x) { return displayKey(x.name) == displayKey(o.name); });
        if (it == d.options.end()) {
            Option added = o;
            added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.options << added;
            optionIds.insert(o.id, added.id);
        } else {
            it->description = o.description;
            optionIds.insert(o.id, it->id);
        }
    }
    QHash<QString, QString> criterionIds;
    for (const Criterion &c : f.criteria) {
        auto it = std::find_if(d.criteria.begin(), d.criteria.end(), [&](const Criterion &x) { return simplifiedKey(x.name) == simplifiedKey(c.name); });
        if (it == d.criteria.end()) {
            Criterion added = c;
            added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.criteria << added;
            criterionIds.insert(c.id, added.id);
        } else {
            if (r.hasMatrix)
                it->weight = c.weight;
            if (!c.description.isEmpty())
                it->description = c.description;
            criterionIds.insert(c.id, it->id);
        }
    }
    if (r.hasMatrix) {
        for (const Score &s : f.scores) {
            const QString o = optionIds.value(s.option), c = criterionIds.value(s.criterion);
            auto it = std::find_if(d.scores.begin(), d.scores.end(), [&](const Score &x) { return x.option == o && x.criterion == c; });
            if (it == d.scores.end())
                d.scores << Score{o, c, s.value, s.rationale};
            else
                it->value = s.value;
        }
        d.scale.min = std::min(d.scale.min, f.scale.min);
        d.scale.max = std::max(d.scale.max, f.scale.max);
    }
    if (!f.chosenOption.isEmpty())
        d.chosenOption = optionIds.value(f.chosenOption);
    return d;
}

/// What no ADR carries stays with the project: the ballots, how they combine and the
/// pairwise judgments, less what refers to options or criteria the file removed. A ballot's
/// participant the file no longer names stays among the people as consulted.
void keepGroup(const Decision &old, Decision &merged)
{
    QSet<QString> options, criteria;
    for (const Option &o : merged.options)
        options.insert(o.id);
    for (const Criterion &c : merged.criteria)
        criteria.insert(c.id);
    merged.aggregation = old.aggregation;
    merged.ballots = old.ballots;
    for (Ballot &b : merged.ballots) {
        b.scores.removeIf([&](const Score &s) { return !options.contains(s.option) || !criteria.contains(s.criterion); });
        b.weights.removeIf([&](const BallotWeight &w) { return !criteria.contains(w.criterion); });
        if (!merged.participants.contains(b.participant) && !merged.consulted.contains(b.participant)
            && !merged.informed.contains(b.participant))
            merged.consulted << b.participant;
    }
    merged.pairwise = old.pairwise;
    merged.pairwise.removeIf([&](const PairwiseJudgment &j) { return !criteria.contains(j.a) || !criteria.contains(j.b); });
    for (const PairwiseJudgment &j : std::as_const(merged.pairwise))
        if (!j.participant.isEmpty() && !merged.participants.contains(j.participant) && !merged.consulted.contains(j.participant)
            && !merged.informed.contains(j.participant))
            merged.consulted << j.participant;
}

/// A file lists scores by criterion; the project keeps them in the order they were entered.
/// The scores both hold keep the project's order (so an unchanged file changes nothing), new
/// ones follow.
void keepScoreOrder(const Decision &old, Decision &merged)
{
    QList<Score> ordered;
    ordered.reserve(merged.scores.size());
    QSet<qsizetype> placed;
    for (const Score &s : old.scores)
        for (qsizetype i = 0; i < merged.scores.size(); ++i)
            if (!placed.contains(i) && merged.scores[i].option == s.option && merged.scores[i].criterion == s.criterion) {
                ordered << merged.scores[i];
                placed.insert(i);
                break;
            }
    for (qsizetype i = 0; i < merged.scores.size(); ++i)
        if (!placed.contains(i))
            ordered << merged.scores[i];
    merged.scores = ordered;
}

} // namespace

Expected<AdrFolder> readAdrFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (!info.isDir())
        return makeError(ErrorCode::Invalid, Text::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    const QString root = info.canonicalFilePath();
    AdrFolder out;
    out.folder = root;
    const QStringList names = dir.entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    if (names.isEmpty() && !dir.isReadable())
        return makeError(ErrorCode::Io, Text::tr("Cannot list the folder %1.").arg(QDir::toNativeSeparators(folder)));
    // Files are read and parsed on every core (each on its own: no shared state but the
    // constant regular expressions), then taken in file name order.
    QStringList candidates;
    for (const QString &name : names)
        if (isAdrFileName(name))
            candidates << name;
    struct Read {
        std::optional<AdrRecord> record;
        QList<AdrProblem> problems;
    };
    std::vector<Read> results(size_t(candidates.size()));
    const auto readOne = [&](qsizetype i) {
        const QString &name = candidates[i];
        Read &out = results[size_t(i)];
        const QFileInfo file(dir.filePath(name));
        if (file.isSymLink()) {
            const QString target = file.canonicalFilePath();
            if (target.isEmpty() || QFileInfo(target).absolutePath() != root) {
                out.problems << AdrProblem{name, Text::tr("a symbolic link to a file outside the folder; not read")};
                return;
            }
        }
        if (!file.isFile()) {
            out.problems << AdrProblem{name, Text::tr("not a regular file; not read")};
            return;
        }
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            out.problems << AdrProblem{name, f.errorString()};
            return;
        }
        if (f.size() > kMaxAdrFileBytes) {
            out.problems << AdrProblem{name, Text::tr("the file is larger than %1 MiB").arg(kMaxAdrFileBytes / (1024 * 1024))};
            return;
        }
        auto record = readAdrRecord(name, f.readAll());
        if (!record) {
            out.problems << AdrProblem{name, record.error().message};
            return;
        }
        for (const QString &w : std::as_const(record->warnings))
            out.problems << AdrProblem{name, w};
        out.record = std::move(*record);
    };
    const qsizetype workers = std::clamp<qsizetype>(qsizetype(std::thread::hardware_concurrency()), 1, 1 + candidates.size() / 64);
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < candidates.size(); i = next++)
            readOne(i);
    };
    std::vector<std::thread> threads;
    for (qsizetype t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    for (Read &r : results) {
        out.problems << r.problems;
        if (r.record)
            out.records << std::move(*r.record);
    }

    // unique decision ids: a copied file keeps its twin's ids
    QSet<QString> ids;
    for (AdrRecord &r : out.records) {
        if (ids.contains(r.decision.id)) {
            out.problems << AdrProblem{r.fileName, Text::tr("holds the same decision id as another file; read as a separate decision")};
            r.decision.id = QStringLiteral("adr-") + QFileInfo(r.fileName).completeBaseName();
            r.hasIdsBlock = false;
            r.projectId.clear();
        }
        ids.insert(r.decision.id);
    }

    // supersede links, by file name, number or title
    QHash<QString, QString> byFile;
    QHash<int, QString> byNumber;
    for (const AdrRecord &r : std::as_const(out.records)) {
        byFile.insert(r.fileName, r.decision.id);
        if (r.number > 0 && !byNumber.contains(r.number))
            byNumber.insert(r.number, r.decision.id);
    }
    const auto resolve = [&](const AdrRecord &r, const QString &target) -> QString {
        static const QRegularExpression label(QStringLiteral("\\AADR-(\\d+)\\z"));
        if (const auto m = label.match(target); m.hasMatch())
            return byNumber.value(m.captured(1).toInt());
        bool outside = false;
        const auto local = localTarget(target, outside);
        if (outside) {
            out.problems << AdrProblem{r.fileName, Text::tr("the link to %1 leaves the folder; not followed").arg(target)};
            return {};
        }
        if (!local)
            return {};
        if (byFile.contains(*local))
            return byFile.value(*local);
        if (const int n = adrNumberFromFileName(*local); n > 0)
            return byNumber.value(n);
        return {};
    };
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.records.size(); ++i)
        index.insert(out.records[i].decision.id, i);
    for (AdrRecord &r : out.records) {
        for (const QString &target : std::as_const(r.supersededBy)) {
            const QString id = resolve(r, target);
            if (!id.isEmpty() && id != r.decision.id) {
                r.decision.status = DecisionStatus::Superseded;
                r.decision.supersededBy = id;
                break;
            }
            if (id.isEmpty() && !target.isEmpty())
                out.problems << AdrProblem{r.fileName, Text::tr("superseded by %1, which is not in the folder").arg(target)};
        }
    }
    for (const AdrRecord &r : std::as_const(out.records)) {
        for (const QString &target : r.supersedes) {
            const QString id = resolve(r, target);
            if (id.isEmpty() || id == r.decision.id)
                continue;
            Decision &older = out.records[index.value(id)].decision;
            if (older.supersededBy.isEmpty()) {
                older.status = DecisionStatus::Superseded;
                older.supersededBy = r.decision.id;
            }
        }
    }
    // a superseded record whose successor is unknown stays superseded without a link; a
    // loop of links is broken at the record that closes it
    for (AdrRecord &r : out.records) {
        QSet<QString> seen{r.decision.id};
        QString next = r.decision.supersededBy;
        while (!next.isEmpty() && !seen.contains(next)) {
            seen.insert(next);
            next = out.records[index.value(next)].decision.supersededBy;
        }
        if (!next.isEmpty()) {
            out.problems << AdrProblem{r.fileName, Text::tr("its supersede links go round in a circle; the link is dropped")};
            r.decision.supersededBy.clear();
        }
    }
    return out;
}

AdrSync syncAdrFolder(ProjectData &data, const AdrFolder &folder)
{
    AdrSync result;
    QHash<QString, QString> idMap; // record decision id -> project decision id
    QSet<QString> taken;           // project decisions matched already
    QList<std::pair<const AdrRecord *, qsizetype>> matches;
    // the project's decisions by id, number and title (lists: first free one wins)
    QHash<QString, qsizetype> byId;
    QHash<int, QList<qsizetype>> byNumber;
    QHash<QString, QList<qsizetype>> byTitle;
    for (qsizetype i = 0; i < data.decisions.size(); ++i) {
        byId.insert(data.decisions[i].id, i);
        if (data.decisions[i].adrNumber > 0)
            byNumber[data.decisions[i].adrNumber] << i;
        byTitle[simplifiedKey(data.decisions[i].title)] << i;
    }
    for (const AdrRecord &r : folder.records) {
        qsizetype found = -1;
        const auto free = [&](qsizetype i) { return !taken.contains(data.decisions[i].id); };
        const auto firstFree = [&](const QList<qsizetype> &candidates) {
            for (qsizetype i : candidates)
                if (free(i))
                    return i;
            return qsizetype(-1);
        };
        if ((!r.hasIdsBlock || r.projectId == data.project.id) && byId.contains(r.decision.id) && free(byId.value(r.decision.id)))
            found = byId.value(r.decision.id);
        if (found < 0 && r.number > 0)
            found = firstFree(byNumber.value(r.number));
        if (found < 0)
            found = firstFree(byTitle.value(simplifiedKey(r.decision.title)));
        if (found >= 0)
            taken.insert(data.decisions[found].id);
        matches.append({&r, found});
    }
    // ids for new decisions, unique in the project
    QSet<QString> used;
    for (const Decision &d : std::as_const(data.decisions))
        used.insert(d.id);
    for (const auto &[r, found] : std::as_const(matches)) {
        if (found >= 0) {
            idMap.insert(r->decision.id, data.decisions[found].id);
            continue;
        }
        QString id = r->decision.id;
        while (used.contains(id))
            id = QStringLiteral("adr-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        used.insert(id);
        idMap.insert(r->decision.id, id);
    }
    QSet<int> numbers;
    for (const Decision &d : std::as_const(data.decisions))
        if (d.adrNumber > 0)
            numbers.insert(d.adrNumber);

    for (const auto &[r, found] : std::as_const(matches)) {
        result.records << idMap.value(r->decision.id);
        Decision incoming = r->decision;
        incoming.id = idMap.value(r->decision.id);
        incoming.supersededBy = idMap.value(r->decision.supersededBy);
        if (found >= 0) {
            const Decision &old = data.decisions[found];
            AdrRecord foreign = *r;
            foreign.decision = incoming;
            Decision merged = r->hasIdsBlock ? incoming : mergeForeign(old, foreign);
            keepScoreOrder(old, merged);
            keepGroup(old, merged);
            merged.id = old.id;
            merged.adrNumber = old.adrNumber > 0 ? old.adrNumber : (r->number > 0 && !numbers.contains(r->number) ? r->number : 0);
            if (merged.adrNumber > 0)
                numbers.insert(merged.adrNumber);
            if (merged == old) {
                result.unchanged << old.id;
                continue;
            }
            result.changes << describe(old, merged);
            result.updated << old.id;
            data.decisions[found] = merged;
        } else {
            incoming.adrNumber = r->number > 0 && !numbers.contains(r->number) ? r->number : 0;
            if (incoming.adrNumber > 0)
                numbers.insert(incoming.adrNumber);
            result.added << incoming.id;
            result.changes << Text::tr("%1: added from %2").arg(decisionName(incoming), r->fileName);
            data.decisions << incoming;
        }
    }
    for (int n : std::as_const(numbers))
        data.project.lastAdrNumber = std::max(data.project.lastAdrNumber, n);
    return result;
}

ProjectData projectFromAdrFolder(const AdrFolder &folder)
{
    ProjectData data;
    // the project the records came from, when they all say the same: a later export then
    // recognises them as its own
    QString project;
    bool same = true;
    for (const AdrRecord &r : folder.records) {
        if (!r.hasIdsBlock)
            continue;
        if (project.isEmpty())
            project = r.projectId;
        same = same && r.projectId == project;
    }
    data.project.id = same && !project.isEmpty() ? project : QUuid::createUuid().toString(QUuid::WithoutBraces);
    data.project.name = QFileInfo(folder.folder).fileName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    data.project.created = now;
    data.project.modified = now;
    syncAdrFolder(data, folder);
    return data;
}

} // namespace archbench::core
