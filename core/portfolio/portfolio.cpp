#include "portfolio.h"

#include "core/decision/decisionlifecycle.h"
#include "core/overview/dashboard.h"
#include "core/decision/qualitycheck.h"
#include "core/decision/triggerstatus.h"
#include "core/displaydate.h"
#include "core/drill/actionitemcollector.h"
#include "core/drill/drillcadence.h"
#include "core/drill/drilltexts.h"
#include "core/drill/drillverdict.h"
#include "core/review/reviewreport.h"
#include "core/review/riskassessment.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace archbench::core {

namespace {


QString titleOr(const QString &title, const QString &id)
{
    return title.trimmed().isEmpty() ? id : title.trimmed();
}


void decisionFigures(const ProjectData &data, const QDate &today, PortfolioRow &row)
{
    for (const Decision &d : data.decisions) {
        if (d.status == DecisionStatus::Accepted)
            ++row.accepted;
        else if (d.status == DecisionStatus::Proposed)
            ++row.proposed;
    }
    // fired first, then due soon, each by review-by date: the Overview's own list
    const QList<TriggerHit> hits = Dashboard::triggerHits(data, today);
    for (const TriggerHit &h : hits) {
        const bool fired = h.status.state == TriggerState::Fired;
        ++(fired ? row.firedTriggers : row.dueTriggers);
        const QString title = titleOr(h.decision->title, h.decision->id);
        const QString message = fired
            ? PortfolioScan::tr("Decision \"%1\": revisit trigger \"%2\" fired (%3)").arg(title, TriggerEvaluation::name(*h.trigger), h.status.reason)
            : PortfolioScan::tr("Decision \"%1\": revisit trigger \"%2\" is due (%3)").arg(title, TriggerEvaluation::name(*h.trigger), h.status.reason);
        row.attention << AttentionItem{fired ? AttentionKind::Trigger : AttentionKind::Due, ItemKind::Decision,
                                       h.decision->id, h.trigger->id, message};
    }
    for (const Decision &d : data.decisions)
        for (const QualityCheck &check : QualityChecks::failed(d, today)) {
            ++row.failedChecks;
            row.attention << AttentionItem{AttentionKind::Check, ItemKind::Decision, d.id, check.id,
                                           PortfolioScan::tr("Decision \"%1\": check \"%2\" failed: %3")
                                               .arg(titleOr(d.title, d.id), check.title, check.reason)};
        }
}

void reviewFigures(const ProjectData &data, PortfolioRow &row)
{
    for (const Review &review : data.reviews) {
        const auto lens = ReviewReport::lensFor(data, review);
        if (!lens)
            continue; // the Overview says why; a review that cannot be assessed has no risks to count
        const RiskAssessment assessment = RiskAssessment::assess(*lens, review.answers);
        for (const PillarRisk &pillar : assessment.pillars()) {
            row.highRisks += pillar.counts.high;
            row.mediumRisks += pillar.counts.medium;
            auto it = std::find_if(row.pillarRisks.begin(), row.pillarRisks.end(),
                                   [&](const PillarRiskCount &p) { return p.pillar == pillar.name; });
            if (it == row.pillarRisks.end())
                row.pillarRisks << PillarRiskCount{pillar.name, pillar.counts.high, pillar.counts.medium};
            else {
                it->high += pillar.counts.high;
                it->medium += pillar.counts.medium;
            }
        }
        QHash<QString, QString> pillarNames;
        for (const PillarRisk &pillar : assessment.pillars())
            pillarNames.insert(pillar.id, pillar.name);
        for (const QuestionRisk &q : assessment.questions()) {
            if (q.risk != RiskLevel::High)
                continue;
            QString question = q.question;
            for (const LensPillar &p : lens->pillars)
                for (const LensQuestion &lq : p.questions)
                    if (lq.id == q.question)
                        question = titleOr(lq.title, lq.id);
            row.attention << AttentionItem{AttentionKind::Risk, ItemKind::Review, review.id, q.question,
                                           PortfolioScan::tr("Review \"%1\": \"%2\" (%3) is at high risk")
                                               .arg(titleOr(review.title, review.id), question,
                                                    pillarNames.value(q.pillar, q.pillar))};
        }
    }
}

QString minutesText(double minutes)
{
    return formatMinutes(std::abs(minutes), QLocale::c());
}

void drillFigures(const ProjectData &data, const QDate &today, PortfolioRow &row)
{
    const Drill *latest = nullptr;
    for (const Drill &d : data.drills) {
        if (d.date.isValid() && (!latest || d.date > latest->date))
            latest = &d;
        const DrillVerdict v = evaluateDrill(d);
        if (d.date.isValid() && v.rto.isKnown())
            row.drillMargins << DrillMargin{d.id, titleOr(d.title, d.id), d.date, *v.rto.margin};
    }
    std::stable_sort(row.drillMargins.begin(), row.drillMargins.end(),
                     [](const DrillMargin &a, const DrillMargin &b) { return a.date < b.date; });
    if (!latest)
        return;
    row.latestDrill = latest->id;
    row.latestDrillTitle = titleOr(latest->title, latest->id);
    row.latestDrillDate = latest->date;
    const DrillVerdict v = evaluateDrill(*latest);
    if (v.failed())
        row.latestDrillPass = false;
    else if (v.passed())
        row.latestDrillPass = true;
    if (v.failed()) {
        QStringList missed;
        if (v.rto.isKnown() && !*v.rto.pass)
            missed << PortfolioScan::tr("RTO by %1").arg(minutesText(*v.rto.margin));
        if (v.rpo.isKnown() && !*v.rpo.pass)
            missed << PortfolioScan::tr("RPO by %1").arg(formatSeconds(std::abs(*v.rpo.margin), QLocale::c()));
        row.attention << AttentionItem{AttentionKind::DrillFailed, ItemKind::Drill, latest->id, {},
                                       PortfolioScan::tr("Latest drill \"%1\" (%2) missed its targets: %3")
                                           .arg(row.latestDrillTitle, displayDate(latest->date),
                                                missed.join(QStringLiteral(", ")))};
    }
    const DrillCadence cadence = drillCadence(data.drills, today);
    if (cadence.nextDue) {
        row.nextDrillDue = *cadence.nextDue;
        if (cadence.state == DueState::Overdue) {
            row.drillOverdue = true;
            const int days = int(-cadence.daysUntilDue);
            row.attention << AttentionItem{AttentionKind::Drill, ItemKind::Drill, latest->id, {},
                                           (days == 1 ? PortfolioScan::tr("The next drill was due %1: overdue by %n day", nullptr, 1)
                                                       : PortfolioScan::tr("The next drill was due %1: overdue by %n days", nullptr, days))
                                               .arg(displayDate(*cadence.nextDue))};
        }
    }
}

void actionFigures(const ProjectData &data, const QDate &today, PortfolioRow &row)
{
    for (const ProjectActionItem &item : collectOpenActionItems(data, today)) {
        if (!item.isOverdue())
            continue;
        ++row.overdueActions;
        const QString owner = item.owner.trimmed().isEmpty() ? PortfolioScan::tr("no owner") : item.owner.trimmed();
        row.attention << AttentionItem{AttentionKind::Action, item.sourceKind, item.sourceId, item.itemId,
                                       PortfolioScan::tr("Action item \"%1\" (%2, from \"%3\") overdue since %4")
                                           .arg(item.text.trimmed(), owner, item.sourceTitle, displayDate(item.due))};
    }
}

/// Whether a .json file says it is an Archbench project: its bytes hold the format's name.
/// Read in pieces, stopping at the first hit, so a large unrelated JSON costs one pass.
bool looksLikeProjectJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let the reader say why it cannot be read
    // the pair itself, not a mere mention of the name (a schema, an example in a README)
    static const QRegularExpression marker(QStringLiteral("\"format\"\\s*:\\s*\"archbench-project\""));
    QByteArray carry;
    while (!file.atEnd()) {
        const QByteArray chunk = carry + file.read(1 << 20);
        if (marker.match(QString::fromLatin1(chunk)).hasMatch())
            return true;
        carry = chunk.right(256);
        if (file.error() != QFileDevice::NoError)
            return true;
    }
    return false;
}

bool isProjectPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".archbench"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

void searchFolder(const QString &folder, QStringList &out)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (entry.isDir()) {
            if (entry.isSymLink() || name.startsWith(QLatin1Char('.')) || name == QStringLiteral("node_modules"))
                continue;
            searchFolder(entry.filePath(), out);
        } else if (isProjectPath(name) && !name.startsWith(QLatin1Char('.'))) {
            out << entry.filePath();
        }
    }
}

} // namespace

QString PortfolioScan::kindName(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Trigger: return QStringLiteral("trigger");
    case AttentionKind::Due: return QStringLiteral("due");
    case AttentionKind::Check: return QStringLiteral("check");
    case AttentionKind::Risk: return QStringLiteral("risk");
    case AttentionKind::Drill:
    case AttentionKind::DrillFailed: return QStringLiteral("drill");
    case AttentionKind::Action: return QStringLiteral("action");
    }
    return {};
}

std::optional<AttentionKind> PortfolioScan::kindFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    for (AttentionKind k : allKinds()) {
        if (k == AttentionKind::DrillFailed)
            continue; // "drill" names Drill; --fail-on drills adds the failed ones
        const QString singular = kindName(k);
        if (n == singular || n == singular + QLatin1Char('s'))
            return k;
    }
    return std::nullopt;
}

QString PortfolioScan::kindTitle(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Trigger: return tr("Fired revisit triggers");
    case AttentionKind::Due: return tr("Revisit triggers due");
    case AttentionKind::Check: return tr("Failed decision-quality checks");
    case AttentionKind::Risk: return tr("High risks");
    case AttentionKind::Drill: return tr("Overdue drills");
    case AttentionKind::DrillFailed: return tr("Drills that missed their targets");
    case AttentionKind::Action: return tr("Overdue action items");
    }
    return {};
}

QList<AttentionKind> PortfolioScan::allKinds()
{
    return {AttentionKind::Trigger, AttentionKind::Due, AttentionKind::Check,
            AttentionKind::Risk, AttentionKind::Drill, AttentionKind::DrillFailed, AttentionKind::Action};
}

QList<AttentionKind> PortfolioScan::defaultFailOn()
{
    return {AttentionKind::Trigger, AttentionKind::Check, AttentionKind::Drill, AttentionKind::Action};
}

PortfolioRow PortfolioScan::summarise(const ProjectData &data, const QString &source, const QDate &today)
{
    PortfolioRow row;
    row.source = source;
    row.id = data.project.id;
    row.name = titleOr(data.project.name, QFileInfo(source).completeBaseName());
    row.owner = data.project.owner.trimmed();
    decisionFigures(data, today, row);
    reviewFigures(data, row);
    drillFigures(data, today, row);
    actionFigures(data, today, row);
    // One order whatever the engines' order: by kind, then as each engine listed them.
    const auto rank = [](AttentionKind k) { return k == AttentionKind::DrillFailed ? int(AttentionKind::Drill) : int(k); };
    std::stable_sort(row.attention.begin(), row.attention.end(),
                     [&](const AttentionItem &a, const AttentionItem &b) { return rank(a.kind) < rank(b.kind); });
    return row;
}

Expected<QStringList> PortfolioScan::findProjectFiles(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("%1: no such folder or file").arg(QDir::toNativeSeparators(folder)));
    if (info.isFile()) {
        if (!isProjectPath(folder))
            return makeError(ErrorCode::Refused,
                             tr("%1: not a project file (.archbench or .json) or a folder").arg(QDir::toNativeSeparators(folder)));
        return QStringList{folder};
    }
    if (!info.isReadable() || !info.isExecutable())
        return makeError(ErrorCode::Io, tr("%1: the folder cannot be read").arg(QDir::toNativeSeparators(folder)));
    QStringList files;
    searchFolder(folder, files);
    std::sort(files.begin(), files.end());
    return files;
}

Expected<Portfolio> PortfolioScan::scan(const QString &folder, const QDate &today, const MetricReadings &metrics,
                                        int threads, const std::function<void(int, int)> &progress)
{
    const auto files = findProjectFiles(folder);
    if (!files)
        return files.error();
    const bool single = QFileInfo(folder).isFile();
    const int total = int(files->size());
    struct Result {
        std::optional<PortfolioRow> row;
        std::optional<PortfolioProblem> problem;
    };
    std::vector<Result> results(size_t(total), Result{});
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    const auto work = [&] {
        for (int i = next++; i < total; i = next++) {
            const QString &path = (*files)[i];
            const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
            if (json && !single && !looksLikeProjectJson(path)) {
                // not a project: a folder's other JSON files are none of the portfolio's business
            } else if (auto data = readProjectFile(path)) {
                if (!metrics.isEmpty())
                    applyMetrics(*data, metrics);
                results[size_t(i)].row = summarise(*data, path, today);
            } else {
                results[size_t(i)].problem = PortfolioProblem{path, data.error().message};
            }
            const int finished = ++done;
            if (progress)
                progress(finished, total);
        }
    };
    int workers = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    workers = std::clamp(workers, 1, std::max(1, total));
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();

    Portfolio portfolio;
    portfolio.root = folder;
    portfolio.today = today;
    for (Result &r : results) {
        if (r.row)
            portfolio.rows << std::move(*r.row);
        if (r.problem)
            portfolio.unreadable << std::move(*r.problem);
    }
    return portfolio;
}

QString metricKey(const QString &metric)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    QString name = TriggerEvaluation::splitMetric(metric.trimmed()).name.toLower();
    name.replace(separators, QStringLiteral("_"));
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    return name;
}

QHash<QString, int> applyMetrics(ProjectData &data, const MetricReadings &readings)
{
    QHash<QString, QString> byKey; // key -> reading name
    for (auto it = readings.cbegin(); it != readings.cend(); ++it)
        byKey.insert(metricKey(it.key()), it.key());
    QHash<QString, int> set;
    for (auto it = readings.cbegin(); it != readings.cend(); ++it)
        set.insert(it.key(), 0);
    for (Decision &d : data.decisions)
        for (RevisitTrigger &t : d.revisitTriggers) {
            if (t.metric.trimmed().isEmpty())
                continue;
            const auto found = byKey.constFind(metricKey(t.metric));
            if (found == byKey.cend())
                continue;
            t.currentValue = readings.value(*found);
            ++set[*found];
        }
    return set;
}

QList<MetricInUse> metricsInUse(const ProjectData &data)
{
    QList<MetricInUse> out;
    QHash<QString, qsizetype> index;
    QHash<QString, bool> differ;
    for (const Decision &d : data.decisions)
        for (const RevisitTrigger &t : d.revisitTriggers) {
            const QString key = metricKey(t.metric);
            if (key.isEmpty())
                continue;
            auto it = index.constFind(key);
            if (it == index.cend()) {
                const MetricParts parts = TriggerEvaluation::splitMetric(t.metric.trimmed());
                index.insert(key, out.size());
                out << MetricInUse{key, t.metric.trimmed(), parts.name, parts.unit, 1, t.currentValue};
                continue;
            }
            MetricInUse &m = out[*it];
            ++m.triggers;
            if (m.current != t.currentValue)
                differ[key] = true;
        }
    for (MetricInUse &m : out)
        if (differ.value(m.key))
            m.current.reset();
    return out;
}

Expected<MetricReadings> readMetricsFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, PortfolioScan::tr("%1: no such metrics file").arg(shown));
    constexpr qint64 kMaxMetricsBytes = 4 << 20;
    if (file.size() > kMaxMetricsBytes)
        return makeError(ErrorCode::Refused, PortfolioScan::tr("%1: a metrics file larger than 4 MiB is refused").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, PortfolioScan::tr("%1: %2").arg(shown, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Refused,
                         PortfolioScan::tr("%1: not valid JSON at byte %2 (%3)").arg(shown).arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Refused,
                         PortfolioScan::tr("%1: expected one object of metric names and numbers, e.g. {\"rps\": 12000}").arg(shown));
    MetricReadings readings;
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
            return makeError(ErrorCode::Invalid, PortfolioScan::tr("%1: metric \"%2\" is not a finite number").arg(shown, it.key()));
        if (metricKey(it.key()).isEmpty())
            return makeError(ErrorCode::Invalid, PortfolioScan::tr("%1: a metric needs a name").arg(shown));
        for (auto seen = readings.cbegin(); seen != readings.cend(); ++seen)
            if (metricKey(seen.key()) == metricKey(it.key()))
                return makeError(ErrorCode::Invalid, PortfolioScan::tr("%1: \"%2\" and \"%3\" name the same metric")
                                                         .arg(shown, seen.key(), it.key()));
        readings.insert(it.key(), it.value().toDouble());
    }
    return readings;
}

Expected<MetricReadings> parseMetricArguments(const QStringList &arguments)
{
    MetricReadings readings;
    for (const QString &argument : arguments) {
        const qsizetype eq = argument.lastIndexOf(QLatin1Char('='));
        const QString name = eq > 0 ? argument.left(eq).trimmed() : QString();
        if (eq <= 0 || metricKey(name).isEmpty())
            return makeError(ErrorCode::Invalid, PortfolioScan::tr("\"%1\": expected NAME=VALUE, e.g. rps=12000").arg(argument));
        bool ok = false;
        const double value = QLocale::c().toDouble(argument.mid(eq + 1).trimmed(), &ok);
        if (!ok || !std::isfinite(value))
            return makeError(ErrorCode::Invalid, PortfolioScan::tr("\"%1\": \"%2\" is not a number").arg(argument, argument.mid(eq + 1)));
        for (auto seen = readings.cbegin(); seen != readings.cend(); ++seen)
            if (metricKey(seen.key()) == metricKey(name))
                return makeError(ErrorCode::Invalid, PortfolioScan::tr("\"%1\" and \"%2\" name the same metric").arg(seen.key(), name));
        readings.insert(name, value);
    }
    return readings;
}

} // namespace archbench::core
