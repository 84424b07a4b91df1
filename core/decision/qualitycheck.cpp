#include "qualitycheck.h"

#include "analysiscache.h"
#include "decisionanalysis.h"
#include "decisionlifecycle.h"
#include "scorereport.h"
#include "triggerstatus.h"
#include "weightedscore.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <optional>

namespace archbench::core {

namespace {
bool blank(const QString &s) { return s.trimmed().isEmpty(); }

QString share(double value, std::optional<double> reference = std::nullopt)
{
    return ScoreReport::formatShareUnbroken(value, QLocale(), reference);
}

/// Why the leader of `a` is fragile, or nothing when it is not (or there is no leader to judge:
/// fewer than two ranked options).
std::optional<QString> fragileLeaderReason(const Decision &d, const DecisionAnalysis &a)
{
    const QStringList leaders = a.scores.leaders();
    if (leaders.isEmpty() || a.scores.rankedCount() < 2)
        return std::nullopt;
    const auto optionName = [&](const QString &id) {
        const OptionScore *os = a.scores.find(id);
        return os && !blank(os->name) ? os->name : id;
    };
    if (leaders.size() > 1) {
        QStringList names;
        for (const QString &id : leaders)
            names << optionName(id);
        return QualityChecks::tr("%1 tie for first place: the weights as they stand pick no leader, and the smallest "
                                 "change of one weight decides between them. Agree the weights with the participants, "
                                 "or add a criterion that separates the options.")
            .arg(names.join(QStringLiteral(", ")));
    }

    QStringList parts;
    const QString leader = optionName(leaders.first());
    if (a.robustness && *a.robustness < QualityChecks::kFragileRobustness)
        parts << QualityChecks::tr("%1 stays first under only %2 of weightings, less than %3.")
                     .arg(leader, share(*a.robustness), share(QualityChecks::kFragileRobustness));

    // the criterion whose weight is closest to changing the leader
    const CriterionSensitivity *closest = nullptr;
    int close = 0;
    for (const CriterionSensitivity &cs : a.sensitivity) {
        if (!cs.share || !cs.flipShare)
            continue;
        const double distance = std::abs(*cs.flipShare - *cs.share);
        if (distance > QualityChecks::kFragileFlipDistance + 1e-9)
            continue;
        ++close;
        if (!closest || distance < std::abs(*closest->flipShare - *closest->share))
            closest = &cs;
    }
    if (closest) {
        const auto criterion = std::find_if(d.criteria.cbegin(), d.criteria.cend(),
                                            [&](const Criterion &c) { return c.id == closest->criterion; });
        const QString name = criterion == d.criteria.cend() || blank(criterion->name) ? closest->criterion : criterion->name;
        const QString other = optionName(closest->flipShare == closest->flipBelow ? closest->leaderBelow : closest->leaderAbove);
        parts << QualityChecks::tr("Giving “%1” %2 of the total weight instead of %3 makes %4 the leader.")
                     .arg(name, share(*closest->flipShare, closest->share), share(*closest->share, closest->flipShare), other);
        if (close == 2)
            parts << QualityChecks::tr("%n other criterion is as close to changing the leader.", nullptr, 1);
        else if (close > 2)
            parts << QualityChecks::tr("%n other criteria are as close to changing the leader.", nullptr, close - 1);
    }
    if (parts.isEmpty())
        return std::nullopt;
    parts << QualityChecks::tr("Before relying on this lead, agree the weights with the participants or add a "
                               "criterion that separates the options.");
    return parts.join(QLatin1Char(' '));
}

/// The fired revisit triggers of an accepted decision in words, or nothing when none fired.
std::optional<QString> firedTriggersReason(const Decision &d, const QDate &today)
{
    if (d.status != DecisionStatus::Accepted)
        return std::nullopt;
    QStringList fired;
    for (const RevisitTrigger &t : d.revisitTriggers) {
        const TriggerStatus st = TriggerEvaluation::evaluate(d, t, today);
        if (st.state != TriggerState::Fired)
            continue;
        fired << (blank(t.condition) ? st.reason
                                     : QualityChecks::tr("“%1” (%2)", "a fired trigger: its condition (why it fired)")
                                           .arg(t.condition.trimmed(), st.reason));
    }
    if (fired.isEmpty())
        return std::nullopt;
    const QString list = fired.join(QStringLiteral("; "));
    return fired.size() == 1
        ? QualityChecks::tr("The decision is accepted, but its revisit trigger %1 has fired. Look at it again: "
                            "confirm it with a new threshold or review-by date, or supersede it.")
              .arg(list)
        : QualityChecks::tr("The decision is accepted, but %n of its revisit triggers have fired: %1. Look at it "
                            "again: confirm it with new thresholds or review-by dates, or supersede it.",
                            nullptr, int(fired.size()))
              .arg(list);
}
} // namespace

QStringList QualityChecks::allIds()
{
    return {kNoOption, kSingleOption, kNoRevisitTrigger, kOneWayWithoutAlternatives, kOneWayWithoutTradeoffs,
            kWeightsAllZero, kAcceptedWithoutChoice, kAcceptedWithoutRanking, kFragileLeader, kTwoWayWithoutTimeBox,
            kAcceptedTriggersFired};
}

QString QualityChecks::title(const QString &id)
{
    if (id == kNoOption) return tr("No option yet");
    if (id == kSingleOption) return tr("Only one option");
    if (id == kNoRevisitTrigger) return tr("No revisit trigger");
    if (id == kOneWayWithoutAlternatives) return tr("One-way door without alternatives");
    if (id == kOneWayWithoutTradeoffs) return tr("One-way door without trade-offs");
    if (id == kWeightsAllZero) return tr("All weights are zero");
    if (id == kAcceptedWithoutChoice) return tr("Accepted without a chosen option");
    if (id == kAcceptedWithoutRanking) return tr("Accepted without a complete ranking");
    if (id == kTwoWayWithoutTimeBox) return tr("Two-way door without a time-box");
    if (id == kFragileLeader) return tr("Fragile leader");
    if (id == kAcceptedTriggersFired) return tr("Accepted, but revisit triggers fired");
    return id;
}

QList<QualityCheck> QualityChecks::failed(const Decision &d, const QDate &today)
{
    std::optional<DecisionAnalysis> computed;
    return failedChecks(d, today, [&]() -> const DecisionAnalysis & {
        if (!computed)
            computed = DecisionAnalysis::analyse(d);
        return *computed;
    });
}

QList<QualityCheck> QualityChecks::failed(const Decision &d, const QDate &today, DecisionAnalysisCache &cache)
{
    if (const QList<QualityCheck> *known = cache.checks(d, today))
        return *known;
    QList<QualityCheck> out = failedChecks(d, today, [&]() -> const DecisionAnalysis & { return cache.analysis(d); });
    cache.keepChecks(d, today, out);
    return out;
}

QList<QualityCheck> QualityChecks::failed(const Decision &d, const QDate &today, const DecisionAnalysis &analysis)
{
    return failedChecks(d, today, [&]() -> const DecisionAnalysis & { return analysis; });
}

QList<QualityCheck> QualityChecks::failedChecks(const Decision &d, const QDate &today,
                                                const std::function<const DecisionAnalysis &()> &analysis)
{
    QList<QualityCheck> out;
    if (!DecisionLifecycle::isActive(d))
        return out;
    const auto fail = [&](const QString &id, const QString &reason) {
        out << QualityCheck{id, title(id), reason};
    };

    const int options = int(d.options.size());
    if (options == 0)
        fail(kNoOption, tr("No option is listed yet. Consider at least two; \"do nothing\" can be one of them."));
    else if (options == 1)
        fail(kSingleOption,
             tr("Only one option is considered. Add at least one alternative; \"do nothing\" can be one of them."));

    if (d.revisitTriggers.isEmpty())
        fail(kNoRevisitTrigger,
             tr("No revisit trigger says when this decision must be looked at again, so it will stay by inertia."));

    if (d.doorType == DoorType::OneWay) {
        const int real = int(std::count_if(d.options.cbegin(), d.options.cend(),
                                           [](const Option &o) { return !o.doNothing; }));
        if (real < 2)
            fail(kOneWayWithoutAlternatives,
                 tr("This is a one-way door, costly to reverse, but fewer than two real options (not counting \"do nothing\") were weighed."));
        const bool tradeoffs = !blank(d.tradeoffsText)
            || std::any_of(d.tradeoffsAccepted.cbegin(), d.tradeoffsAccepted.cend(),
                           [](const QString &t) { return !blank(t); });
        if (!tradeoffs)
            fail(kOneWayWithoutTradeoffs,
                 tr("This is a one-way door, costly to reverse, but no trade-off is recorded: say what is given up in exchange for what."));
    }

    const bool weightsAllZero = !d.criteria.isEmpty()
        && std::all_of(d.criteria.cbegin(), d.criteria.cend(), [](const Criterion &c) { return c.weight == 0; });
    if (weightsAllZero)
        fail(kWeightsAllZero, tr("Every criterion weighs zero, so no option can be scored or ranked."));

    if (d.status == DecisionStatus::Accepted
        && std::none_of(d.options.cbegin(), d.options.cend(),
                        [&](const Option &o) { return o.id == d.chosenOption; }))
        fail(kAcceptedWithoutChoice, tr("The decision is accepted but names no chosen option."));

    // An accepted decision rests on its matrix: every option still in the running is scored
    // on every criterion, so there is a leader to compare the choice with.
    if (d.status == DecisionStatus::Accepted && options > 0 && !weightsAllZero) {
        const WeightedScore ws = WeightedScore::compute(d);
        const int incomplete = int(std::count_if(ws.options().cbegin(), ws.options().cend(),
                                                 [](const OptionScore &os) { return !os.complete && !os.eliminated; }));
        if (d.criteria.isEmpty())
            fail(kAcceptedWithoutRanking,
                 tr("The decision is accepted but its matrix has no criteria, so no option is ranked. Add the "
                    "criteria the choice was made on and score every option."));
        else if (ws.leader().isEmpty())
            fail(kAcceptedWithoutRanking,
                 tr("The decision is accepted but no option is ranked: every option is missing scores or is "
                    "eliminated. Score the missing cells so the choice rests on a complete ranking."));
        else if (incomplete > 0)
            fail(kAcceptedWithoutRanking,
                 incomplete == 1
                     ? tr("The decision is accepted but one option still misses scores, so the ranking behind the "
                          "choice is incomplete. Score the missing cells, or eliminate the option with a hard constraint.")
                     : tr("The decision is accepted but %1 options still miss scores, so the ranking behind the "
                          "choice is incomplete. Score the missing cells, or eliminate those options with a hard "
                          "constraint.")
                           .arg(incomplete));
    }

    // Only a ranking of two or more options has a leader whose lead can be fragile.
    if (!weightsAllZero && !d.criteria.isEmpty() && options >= 2)
        if (const std::optional<QString> reason = fragileLeaderReason(d, analysis()))
            fail(kFragileLeader, *reason);

    if (d.doorType == DoorType::TwoWay
        && std::none_of(d.revisitTriggers.cbegin(), d.revisitTriggers.cend(), [&](const RevisitTrigger &t) {
               return TriggerEvaluation::effectiveReviewBy(d, t).isValid();
           }))
        fail(kTwoWayWithoutTimeBox,
             tr("A two-way door is cheap to reverse only if someone checks it: add a calendar trigger or a review-by date."));

    if (const std::optional<QString> reason = firedTriggersReason(d, today))
        fail(kAcceptedTriggersFired, *reason);
    return out;
}

} // namespace archbench::core
