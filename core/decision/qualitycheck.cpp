#include "qualitycheck.h"

#include "decisionlifecycle.h"
#include "triggerstatus.h"
#include "weightedscore.h"

#include <QCoreApplication>
#include <algorithm>

namespace archbench::core {

namespace {
bool blank(const QString &s) { return s.trimmed().isEmpty(); }
} // namespace

QStringList QualityChecks::allIds()
{
    return {kNoOption, kSingleOption, kNoRevisitTrigger, kOneWayWithoutAlternatives, kOneWayWithoutTradeoffs,
            kWeightsAllZero, kAcceptedWithoutChoice, kAcceptedWithoutRanking, kTwoWayWithoutTimeBox};
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
    return id;
}

QList<QualityCheck> QualityChecks::failed(const Decision &d)
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

    if (d.doorType == DoorType::TwoWay
        && std::none_of(d.revisitTriggers.cbegin(), d.revisitTriggers.cend(), [&](const RevisitTrigger &t) {
               return TriggerEvaluation::effectiveReviewBy(d, t).isValid();
           }))
        fail(kTwoWayWithoutTimeBox,
             tr("A two-way door is cheap to reverse only if someone checks it: add a calendar trigger or a review-by date."));
    return out;
}

} // namespace archbench::core
