#include "dashboard.h"
#include "core/displaydate.h"

#include "framingquestions.h"

#include "../decision/decisionlifecycle.h"
#include "../decision/analysiscache.h"
#include "../decision/qualitycheck.h"
#include "../decision/triggerstatus.h"
#include "../drill/actionitemcollector.h"
#include "../drill/drillcadence.h"
#include "../drill/drilltexts.h"
#include "../drill/drillverdict.h"
#include "../review/reviewreport.h"
#include "../review/riskassessment.h"

#include <QLocale>

namespace archbench::core {

namespace {

using Line = DashboardLine;
using S = DashboardLine::Severity;
using T = DashboardLine::Topic;

Line makeLine(T topic, S severity, const QString &text, ItemKind kind = ItemKind::Decision,
              const QString &itemId = {}, const QString &subId = {})
{
    return Line{topic, severity, text, kind, itemId, subId};
}

// the window's date form (ISO in the C locale that reports and scripts run in)
QString shownDate(const QDate &date)
{
    return displayDate(date);
}

void framingLine(const ProjectData &data, QList<Line> &out)
{
    const int answered = answeredFramingCount(data.project.framing);
    const int total = int(framingQuestions().size());
    QString firstOpen;
    for (const FramingQuestion &q : framingQuestions()) {
        if ((data.project.framing.*q.field).trimmed().isEmpty()) {
            firstOpen = QStringLiteral("framing:") + QLatin1StringView(q.key);
            break;
        }
    }
    // No item id: the line is about the Overview itself; subId names the question to focus.
    out << makeLine(T::Framing, answered == total ? S::Good : S::Attention,
                    Dashboard::tr("Framing: %1 of %2 questions answered").arg(answered).arg(total),
                    ItemKind::Decision, {}, firstOpen);
}

void decisionLines(const ProjectData &data, QList<Line> &out)
{
    if (data.decisions.isEmpty()) {
        out << makeLine(T::Decisions, S::Info, Dashboard::tr("No decisions recorded yet."));
        return;
    }
    QStringList parts;
    const QString firstOpen = [&] {
        for (const Decision &d : data.decisions)
            if (d.status == DecisionStatus::Proposed)
                return d.id;
        return data.decisions.first().id;
    }();
    for (const auto &[status, name] : EnumNames<DecisionStatus>::table) {
        Q_UNUSED(name);
        const int n = int(std::count_if(data.decisions.cbegin(), data.decisions.cend(),
                                        [s = status](const Decision &d) { return d.status == s; }));
        if (n == 0)
            continue;
        switch (status) {
        case DecisionStatus::Proposed: parts << Dashboard::tr("%n proposed", nullptr, n); break;
        case DecisionStatus::Accepted: parts << Dashboard::tr("%n accepted", nullptr, n); break;
        case DecisionStatus::Superseded: parts << Dashboard::tr("%n superseded", nullptr, n); break;
        case DecisionStatus::Rejected: parts << Dashboard::tr("%n rejected", nullptr, n); break;
        case DecisionStatus::Deprecated: parts << Dashboard::tr("%n deprecated", nullptr, n); break;
        }
    }
    out << makeLine(T::Decisions, S::Info, Dashboard::tr("Decisions: %1").arg(parts.join(QStringLiteral(", "))),
                    ItemKind::Decision, firstOpen);
}

} // namespace

const QList<DashboardCache::TriggerAt> &DashboardCache::triggerHits(const Decision &decision, const QDate &today)
{
    auto it = m_triggers.find(decision.id);
    if (it != m_triggers.end() && it->today == today && it->decision == decision)
        return it->hits;
    ++m_evaluated;
    QList<TriggerAt> hits;
    if (DecisionLifecycle::isActive(decision)) {
        for (int i = 0; i < decision.revisitTriggers.size(); ++i) {
            const TriggerStatus st = TriggerEvaluation::evaluate(decision, decision.revisitTriggers[i], today);
            if (st.state == TriggerState::Fired || st.state == TriggerState::DueSoon)
                hits << TriggerAt{i, st};
        }
    }
    return m_triggers.insert(decision.id, Triggers{decision, today, std::move(hits)})->hits;
}

const DashboardCache::Risks &DashboardCache::risks(const ProjectData &data, const Review &review)
{
    std::optional<LensRecord> lens;
    for (const LensRecord &record : data.lenses) {
        if (record.id == review.lens) {
            lens = record;
            break;
        }
    }
    auto it = m_reviews.find(review.id);
    if (it != m_reviews.end() && it->review == review && it->lens == lens)
        return it->risks;
    ++m_evaluated;
    Risks risks;
    if (const auto loaded = ReviewReport::lensFor(data, review))
        risks.counts = RiskAssessment::assess(*loaded, review.answers).totals();
    else
        risks.error = loaded.error().message;
    return m_reviews.insert(review.id, Assessed{review, std::move(lens), std::move(risks)})->risks;
}

void DashboardCache::retainOnly(const ProjectData &data)
{
    // every item has an entry after a refresh, so more entries than items means some are of
    // deleted items (one deleted and one added are caught at the refresh after)
    if (m_triggers.size() > data.decisions.size() || m_reviews.size() > data.reviews.size()) {
        QSet<QString> decisions, reviews;
        for (const Decision &d : data.decisions)
            decisions.insert(d.id);
        for (const Review &r : data.reviews)
            reviews.insert(r.id);
        m_triggers.removeIf([&](const QHash<QString, Triggers>::iterator &e) { return !decisions.contains(e.key()); });
        m_reviews.removeIf([&](const QHash<QString, Assessed>::iterator &e) { return !reviews.contains(e.key()); });
    }
}

QList<TriggerHit> Dashboard::triggerHits(const ProjectData &data, const QDate &today)
{
    DashboardCache cache;
    return triggerHits(data, today, cache);
}

QList<TriggerHit> Dashboard::triggerHits(const ProjectData &data, const QDate &today, DashboardCache &cache)
{
    QList<TriggerHit> hits;
    for (const Decision &d : data.decisions)
        for (const DashboardCache::TriggerAt &at : cache.triggerHits(d, today))
            hits << TriggerHit{&d, &d.revisitTriggers[at.trigger], at.status};
    std::stable_sort(hits.begin(), hits.end(), [](const TriggerHit &a, const TriggerHit &b) {
        if ((a.status.state == TriggerState::Fired) != (b.status.state == TriggerState::Fired))
            return a.status.state == TriggerState::Fired;
        return a.status.daysLeft < b.status.daysLeft;
    });
    return hits;
}

namespace {

void triggerLines(const ProjectData &data, const QDate &today, DashboardCache &cache, QList<Line> &out)
{
    const QList<TriggerHit> hits = Dashboard::triggerHits(data, today, cache);
    const int fired = int(std::count_if(hits.cbegin(), hits.cend(),
                                        [](const TriggerHit &h) { return h.status.state == TriggerState::Fired; }));
    const int due = int(hits.size()) - fired;
    if (hits.isEmpty()) {
        out << makeLine(T::Triggers, S::Good, Dashboard::tr("Revisit triggers: none fired or due soon"));
        return;
    }
    out << makeLine(T::Triggers, fired > 0 ? S::Problem : S::Attention,
                    Dashboard::tr("Revisit triggers: %1 fired, %2 due soon").arg(fired).arg(due),
                    ItemKind::Decision, hits.first().decision->id, hits.first().trigger->id);
    for (const TriggerHit &h : hits) {
        const bool isFired = h.status.state == TriggerState::Fired;
        const QString text = isFired ? Dashboard::tr("Fired: %1 — %2 (%3)")
                                     : Dashboard::tr("Due soon: %1 — %2 (%3)");
        out << makeLine(T::Triggers, isFired ? S::Problem : S::Attention,
                        text.arg(h.decision->title, TriggerEvaluation::name(*h.trigger), h.status.reason),
                        ItemKind::Decision, h.decision->id, h.trigger->id);
    }
}

void reviewLines(const ProjectData &data, DashboardCache &cache, QList<Line> &out)
{
    if (data.reviews.isEmpty()) {
        out << makeLine(T::Reviews, S::Info, Dashboard::tr("No Well-Architected review yet."));
        return;
    }
    for (const Review &review : data.reviews) {
        const DashboardCache::Risks &risks = cache.risks(data, review);
        if (!risks.counts) {
            out << makeLine(T::Reviews, S::Problem,
                            Dashboard::tr("Review \"%1\": cannot be assessed (%2)").arg(review.title, risks.error),
                            ItemKind::Review, review.id);
            continue;
        }
        const RiskCounts &c = *risks.counts;
        // an unrated answer has an unknown risk: never "good" while one is left
        const S severity = c.high > 0 ? S::Problem : (c.medium > 0 || c.unrated > 0) ? S::Attention : S::Good;
        QString text = Dashboard::tr("Review \"%1\": %2 high, %3 medium risks").arg(review.title).arg(c.high).arg(c.medium);
        if (c.unanswered > 0)
            text += Dashboard::tr("; %1 of %2 questions unanswered").arg(c.unanswered).arg(c.total());
        if (c.unrated > 0)
            text += Dashboard::tr("; %1 answered but unrated by the lens").arg(c.unrated);
        out << makeLine(T::Reviews, severity, text, ItemKind::Review, review.id);
    }
}

QString verdictText(const TargetVerdict &v, bool minutes)
{
    const QLocale locale;
    if (!v.isKnown())
        return Dashboard::tr("not measured");
    const QString margin = minutes ? formatMinutes(std::abs(*v.margin), locale) : formatSeconds(std::abs(*v.margin), locale);
    if (*v.pass)
        return Dashboard::tr("met with %1 to spare").arg(margin);
    return Dashboard::tr("missed by %1").arg(margin);
}

QString nextDueText(const QDate &due, qint64 days)
{
    return (days == 1 ? Dashboard::tr("Next drill due %1, in %n day", nullptr, 1)
                      : Dashboard::tr("Next drill due %1, in %n days", nullptr, int(days)))
        .arg(shownDate(due));
}

void drillLines(const ProjectData &data, const QDate &today, QList<Line> &out)
{
    const Drill *latest = nullptr;
    for (const Drill &d : data.drills)
        if (d.date.isValid() && (!latest || d.date > latest->date))
            latest = &d;
    if (!latest) {
        out << makeLine(T::Drills, S::Attention, Dashboard::tr("No disaster-recovery drill recorded yet."));
        return;
    }
    const DrillVerdict v = evaluateDrill(*latest);
    const S severity = v.failed() ? S::Problem : v.passed() ? S::Good : S::Attention;
    const QString verdict = v.failed() ? Dashboard::tr("failed") : v.passed() ? Dashboard::tr("passed")
                                                                            : Dashboard::tr("incomplete");
    out << makeLine(T::Drills, severity,
                    Dashboard::tr("Latest drill \"%1\" (%2) %3: RTO %4, RPO %5")
                        .arg(latest->title, shownDate(latest->date), verdict, verdictText(v.rto, true),
                             verdictText(v.rpo, false)),
                    ItemKind::Drill, latest->id);

    const DrillCadence cadence = drillCadence(data.drills, today);
    if (!cadence.nextDue)
        return;
    const qint64 days = cadence.daysUntilDue;
    QString text;
    S s = S::Good;
    switch (cadence.state) {
    case DueState::Overdue:
        text = (days == -1 ? Dashboard::tr("Next drill was due %1: overdue by %n day", nullptr, 1)
                           : Dashboard::tr("Next drill was due %1: overdue by %n days", nullptr, int(-days)))
                   .arg(shownDate(*cadence.nextDue));
        s = S::Problem;
        break;
    case DueState::DueSoon:
        text = days == 0 ? Dashboard::tr("Next drill due today (%1)").arg(shownDate(*cadence.nextDue))
                         : nextDueText(*cadence.nextDue, days);
        s = S::Attention;
        break;
    case DueState::Later:
    case DueState::NoDueDate:
        text = nextDueText(*cadence.nextDue, days);
        break;
    }
    out << makeLine(T::Drills, s, text, ItemKind::Drill, latest->id);
}

void actionItemLines(const ProjectData &data, const QDate &today, QList<Line> &out)
{
    const QList<ProjectActionItem> items = collectOpenActionItems(data, today);
    const int overdue = countOverdue(items);
    if (items.isEmpty()) {
        out << makeLine(T::ActionItems, S::Good, Dashboard::tr("Action items: none open"));
        return;
    }
    const ProjectActionItem &first = items.first();
    out << makeLine(T::ActionItems, overdue > 0 ? S::Problem : S::Info,
                    Dashboard::tr("Action items: %1 open, %2 overdue").arg(items.size()).arg(overdue),
                    first.sourceKind, first.sourceId, first.itemId);
    for (const ProjectActionItem &item : items) {
        if (!item.isOverdue())
            continue;
        const QString owner = item.owner.trimmed().isEmpty() ? Dashboard::tr("no owner") : item.owner.trimmed();
        out << makeLine(T::ActionItems, S::Problem,
                        Dashboard::tr("Overdue since %1: %2 (%3, from \"%4\")")
                            .arg(shownDate(item.due), item.text, owner, item.sourceTitle),
                        item.sourceKind, item.sourceId, item.itemId);
    }
}

void checkLines(const ProjectData &data, const QDate &today, DecisionAnalysisCache &analyses, QList<Line> &out)
{
    QList<Line> failures;
    for (const Decision &d : data.decisions)
        for (const QualityCheck &check : QualityChecks::failed(d, today, analyses))
            failures << makeLine(T::Checks, S::Attention,
                                 Dashboard::tr("Check \"%1\" on \"%2\": %3").arg(check.title, d.title, check.reason),
                                 ItemKind::Decision, d.id, check.id);
    if (data.decisions.isEmpty())
        return;
    if (failures.isEmpty()) {
        out << makeLine(T::Checks, S::Good, Dashboard::tr("Decision-quality checks: all pass"));
        return;
    }
    out << makeLine(T::Checks, S::Attention,
                    Dashboard::tr("Decision-quality checks: %1 failed").arg(failures.size()),
                    ItemKind::Decision, failures.first().itemId, failures.first().subId);
    out << failures;
}

/// The caches a refresh reads: the caller's, or its own for this one call; either way holding
/// only what `data` still has.
struct Caches {
    Caches(const ProjectData &data, DecisionAnalysisCache *givenAnalyses, DashboardCache *givenItems)
        : analyses(givenAnalyses ? *givenAnalyses : ownAnalyses), items(givenItems ? *givenItems : ownItems)
    {
        analyses.retainOnly(data.decisions);
        items.retainOnly(data);
    }
    Caches(const Caches &) = delete;
    Caches &operator=(const Caches &) = delete;

    DecisionAnalysisCache ownAnalyses;
    DashboardCache ownItems;
    DecisionAnalysisCache &analyses;
    DashboardCache &items;
};

} // namespace

QList<DashboardLine> Dashboard::lines(const ProjectData &data, const QDate &today, DecisionAnalysisCache *analyses,
                                     DashboardCache *items)
{
    Caches caches(data, analyses, items);
    DecisionAnalysisCache &a = caches.analyses;
    DashboardCache &cache = caches.items;
    QList<Line> out;
    framingLine(data, out);
    decisionLines(data, out);
    triggerLines(data, today, cache, out);
    reviewLines(data, cache, out);
    drillLines(data, today, out);
    actionItemLines(data, today, out);
    checkLines(data, today, a, out);
    return out;
}

AttentionCounts Dashboard::attention(const ProjectData &data, const QDate &today, DecisionAnalysisCache *analyses,
                                     DashboardCache *items)
{
    Caches caches(data, analyses, items);
    DecisionAnalysisCache &a = caches.analyses;
    DashboardCache &cache = caches.items;
    AttentionCounts c;
    for (const TriggerHit &h : Dashboard::triggerHits(data, today, cache))
        ++(h.status.state == TriggerState::Fired ? c.firedTriggers : c.dueSoonTriggers);
    const QList<ProjectActionItem> open = collectOpenActionItems(data, today);
    c.openActionItems = int(open.size());
    c.overdueActionItems = countOverdue(open);
    for (const Decision &d : data.decisions)
        c.failedChecks += int(QualityChecks::failed(d, today, a).size());
    return c;
}

QString Dashboard::attentionSummary(const AttentionCounts &counts)
{
    QStringList parts;
    if (counts.firedTriggers > 0)
        parts << (counts.firedTriggers == 1 ? tr("%n trigger fired", nullptr, 1)
                                            : tr("%n triggers fired", nullptr, counts.firedTriggers));
    if (counts.overdueActionItems > 0)
        parts << (counts.overdueActionItems == 1 ? tr("%n action overdue", nullptr, 1)
                                                 : tr("%n actions overdue", nullptr, counts.overdueActionItems));
    return parts.join(QStringLiteral(" · "));
}

} // namespace archbench::core
