// Decision rows: the decision and its participants, criteria, options, constraints (with the
// options that fail them), scores, accepted trade-offs, risks and revisit triggers.
#include "rowsupport.h"

#include <optional>
#include <utility>

namespace archbench::core::storage::rows {

namespace {

/// Brings the child rows of one list to `after`, keyed by (decision_id, position): writes the
/// positions whose element differs from `before` (every position when there is no before)
/// and deletes the rows past the end of `after`. `write(i, element)` must INSERT OR REPLACE.
template <typename T, typename Write>
Expected<void> syncList(SqliteConnection &db, const QList<T> *before, const QList<T> &after, const char *trimSql,
                        const QString &decisionId, Write write)
{
    if (before && *before == after)
        return {};
    for (int i = 0; i < after.size(); ++i)
        if (!before || i >= before->size() || (*before)[i] != after[i])
            AB_TRY(write(i, after[i]));
    if (before && before->size() > after.size()) {
        AB_STATEMENT(trim, trimSql);
        AB_TRY(trim.run({decisionId, int(after.size())}));
    }
    return {};
}

bool sameRecord(const Decision &a, const Decision &b)
{
    return a.title == b.title && a.status == b.status && a.supersededBy == b.supersededBy
        && a.doorType == b.doorType && a.date == b.date && a.context == b.context && a.problem == b.problem
        && a.constraintsText == b.constraintsText && a.tradeoffsText == b.tradeoffsText
        && a.recommendation == b.recommendation && a.scale == b.scale && a.chosenOption == b.chosenOption
        && a.adrNumber == b.adrNumber && a.notes == b.notes && a.aggregation == b.aggregation;
}

/// decision_participant holds every role in one list: decision-makers, consulted, informed.
QList<std::pair<QString, QString>> people(const Decision &d)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &name : d.participants)
        out.append({name, QStringLiteral("decision-maker")});
    for (const QString &name : d.consulted)
        out.append({name, QStringLiteral("consulted")});
    for (const QString &name : d.informed)
        out.append({name, QStringLiteral("informed")});
    return out;
}

/// Decisions without a number yet store NULL. Numbers are unique because export hands each
/// out once from project.last_adr_number (core/report/adrfolder), not by an index.
SqlArg adrNumber(const Decision &d)
{
    return d.adrNumber > 0 ? SqlArg(d.adrNumber) : SqlArg(nullptr);
}

/// Attendees, ballots (with their weights and scores), pairwise judgments and dissent.
Expected<void> readGroups(SqliteConnection &db, const QHash<QString, int> &index, QList<Decision> &out)
{
    auto parent = [&](const QString &id) -> Decision * {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &out[*it];
    };
    AB_STATEMENT(attendees, "SELECT decision_id, name FROM decision_attendee ORDER BY decision_id, position");
    AB_TRY(forEachRow(attendees, [&]() -> Expected<void> {
        Decision *d = parent(attendees.text(0));
        if (!d)
            return orphan("decision_attendee");
        d->attendees.append(attendees.text(1));
        return {};
    }));

    PositionIndex ballotAt;
    AB_STATEMENT(ballots, "SELECT decision_id, position, participant, submitted FROM decision_ballot "
                          "ORDER BY decision_id, position");
    AB_TRY(forEachRow(ballots, [&]() -> Expected<void> {
        const auto it = index.constFind(ballots.text(0));
        if (it == index.constEnd())
            return orphan("decision_ballot");
        Ballot b;
        b.participant = ballots.text(2);
        if (!ballots.isNull(3) && !ballots.dateTime(3, b.submitted))
            return badDate("decision_ballot", "submitted");
        ballotAt.insert({*it, ballots.integer(1)}, int(out[*it].ballots.size()));
        out[*it].ballots.append(std::move(b));
        return {};
    }));
    auto ballot = [&](const QString &decisionId, qint64 position) -> Ballot * {
        const auto d = index.constFind(decisionId);
        if (d == index.constEnd())
            return nullptr;
        const auto b = ballotAt.constFind({*d, position});
        return b == ballotAt.constEnd() ? nullptr : &out[*d].ballots[*b];
    };
    AB_STATEMENT(weights, "SELECT decision_id, ballot_position, criterion_id, weight FROM decision_ballot_weight "
                          "ORDER BY decision_id, ballot_position, position");
    AB_TRY(forEachRow(weights, [&]() -> Expected<void> {
        Ballot *b = ballot(weights.text(0), weights.integer(1));
        if (!b)
            return orphan("decision_ballot_weight");
        b->weights.append({weights.text(2), weights.real(3)});
        return {};
    }));
    AB_STATEMENT(scores, "SELECT decision_id, ballot_position, option_id, criterion_id, value, rationale "
                         "FROM decision_ballot_score ORDER BY decision_id, ballot_position, position");
    AB_TRY(forEachRow(scores, [&]() -> Expected<void> {
        Ballot *b = ballot(scores.text(0), scores.integer(1));
        if (!b)
            return orphan("decision_ballot_score");
        b->scores.append({scores.text(2), scores.text(3), scores.real(4), scores.text(5)});
        return {};
    }));

    AB_STATEMENT(pairwise, "SELECT decision_id, participant, a, b, value FROM decision_pairwise "
                           "ORDER BY decision_id, position");
    AB_TRY(forEachRow(pairwise, [&]() -> Expected<void> {
        Decision *d = parent(pairwise.text(0));
        if (!d)
            return orphan("decision_pairwise");
        d->pairwise.append({pairwise.text(1), pairwise.text(2), pairwise.text(3), pairwise.real(4)});
        return {};
    }));
    AB_STATEMENT(dissent, "SELECT decision_id, participant, text FROM decision_dissent ORDER BY decision_id, position");
    return forEachRow(dissent, [&]() -> Expected<void> {
        Decision *d = parent(dissent.text(0));
        if (!d)
            return orphan("decision_dissent");
        d->dissent.append({dissent.text(1), dissent.text(2)});
        return {};
    });
}

} // namespace

Expected<void> writeDecision(SqliteConnection &db, const Decision *before, const Decision &d, int position)
{
    if (!before) {
        AB_STATEMENT(decision, "INSERT INTO decision (id, position, title, status, superseded_by, door_type, date, "
                               "context, problem, constraints_text, tradeoffs_text, recommendation, scale_min, "
                               "scale_max, chosen_option, adr_number, notes, aggregation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                               "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
        AB_TRY(decision.run({d.id, position, d.title, enumToString(d.status), d.supersededBy,
                             enumToString(d.doorType), d.date, d.context, d.problem, d.constraintsText,
                             d.tradeoffsText, d.recommendation, d.scale.min, d.scale.max, d.chosenOption,
                             adrNumber(d), d.notes, enumToString(d.aggregation)}));
    } else if (!sameRecord(*before, d)) {
        AB_STATEMENT(decision, "UPDATE decision SET title = ?2, status = ?3, superseded_by = ?4, door_type = ?5, "
                               "date = ?6, context = ?7, problem = ?8, constraints_text = ?9, tradeoffs_text = ?10, "
                               "recommendation = ?11, scale_min = ?12, scale_max = ?13, chosen_option = ?14, "
                               "adr_number = ?15, notes = ?16, aggregation = ?17 WHERE id = ?1");
        AB_TRY(decision.run({d.id, d.title, enumToString(d.status), d.supersededBy, enumToString(d.doorType), d.date,
                             d.context, d.problem, d.constraintsText, d.tradeoffsText, d.recommendation,
                             d.scale.min, d.scale.max, d.chosenOption, adrNumber(d), d.notes,
                             enumToString(d.aggregation)}));
    }

    const auto peopleBefore = before ? std::optional(people(*before)) : std::nullopt;
    AB_TRY(syncList(db, peopleBefore ? &*peopleBefore : nullptr, people(d),
                    "DELETE FROM decision_participant WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const std::pair<QString, QString> &person) -> Expected<void> {
                        AB_STATEMENT(participant, "INSERT OR REPLACE INTO decision_participant (decision_id, "
                                                  "position, name, role) VALUES (?1, ?2, ?3, ?4)");
                        return participant.run({d.id, i, person.first, person.second});
                    }));
    AB_TRY(syncList(db, before ? &before->criteria : nullptr, d.criteria,
                    "DELETE FROM decision_criterion WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const Criterion &c) -> Expected<void> {
                        AB_STATEMENT(criterion, "INSERT OR REPLACE INTO decision_criterion (decision_id, position, "
                                                "id, name, weight, description) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
                        return criterion.run({d.id, i, c.id, c.name, c.weight, c.description});
                    }));
    AB_TRY(syncList(db, before ? &before->options : nullptr, d.options,
                    "DELETE FROM decision_option WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const Option &o) -> Expected<void> {
                        AB_STATEMENT(option, "INSERT OR REPLACE INTO decision_option (decision_id, position, id, "
                                             "name, description, do_nothing) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
                        return option.run({d.id, i, o.id, o.name, o.description, o.doNothing});
                    }));

    // Constraints own rows of their own (the options that fail them): rewritten as a whole.
    if (!before || before->constraints != d.constraints) {
        if (before) {
            AB_STATEMENT(clear, "DELETE FROM decision_constraint WHERE decision_id = ?1");
            AB_TRY(clear.run({d.id}));
        }
        AB_STATEMENT(constraint, "INSERT INTO decision_constraint (decision_id, position, id, text) "
                                 "VALUES (?1, ?2, ?3, ?4)");
        AB_STATEMENT(failure, "INSERT INTO decision_constraint_failure (decision_id, constraint_position, "
                              "position, option_id) VALUES (?1, ?2, ?3, ?4)");
        for (int i = 0; i < d.constraints.size(); ++i) {
            const HardConstraint &k = d.constraints[i];
            AB_TRY(constraint.run({d.id, i, k.id, k.text}));
            for (int j = 0; j < k.failedBy.size(); ++j)
                AB_TRY(failure.run({d.id, i, j, k.failedBy[j]}));
        }
    }

    AB_TRY(syncList(db, before ? &before->scores : nullptr, d.scores,
                    "DELETE FROM decision_score WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const Score &sc) -> Expected<void> {
                        AB_STATEMENT(score, "INSERT OR REPLACE INTO decision_score (decision_id, position, "
                                            "option_id, criterion_id, value, rationale) VALUES (?1, ?2, ?3, ?4, "
                                            "?5, ?6)");
                        return score.run({d.id, i, sc.option, sc.criterion, sc.value, sc.rationale});
                    }));
    AB_TRY(syncList(db, before ? &before->tradeoffsAccepted : nullptr, d.tradeoffsAccepted,
                    "DELETE FROM decision_tradeoff WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const QString &text) -> Expected<void> {
                        AB_STATEMENT(tradeoff, "INSERT OR REPLACE INTO decision_tradeoff (decision_id, position, "
                                               "text) VALUES (?1, ?2, ?3)");
                        return tradeoff.run({d.id, i, text});
                    }));
    AB_TRY(syncList(db, before ? &before->risks : nullptr, d.risks,
                    "DELETE FROM decision_risk WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const Risk &r) -> Expected<void> {
                        AB_STATEMENT(risk, "INSERT OR REPLACE INTO decision_risk (decision_id, position, text, "
                                           "mitigation) VALUES (?1, ?2, ?3, ?4)");
                        return risk.run({d.id, i, r.text, r.mitigation});
                    }));
    AB_TRY(syncList(db, before ? &before->revisitTriggers : nullptr, d.revisitTriggers,
                    "DELETE FROM decision_trigger WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const RevisitTrigger &t) -> Expected<void> {
                        AB_STATEMENT(trigger, "INSERT OR REPLACE INTO decision_trigger (decision_id, position, id, "
                                              "category, condition, metric, comparator, threshold, current_value, "
                                              "review_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
                        return trigger.run({d.id, i, t.id, enumToString(t.category), t.condition, t.metric,
                                            enumToString(t.comparator), t.threshold, t.currentValue, t.reviewBy});
                    }));
    AB_TRY(syncList(db, before ? &before->attendees : nullptr, d.attendees,
                    "DELETE FROM decision_attendee WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const QString &name) -> Expected<void> {
                        AB_STATEMENT(attendee, "INSERT OR REPLACE INTO decision_attendee (decision_id, position, "
                                               "name) VALUES (?1, ?2, ?3)");
                        return attendee.run({d.id, i, name});
                    }));
    // A ballot owns rows of its own (weights, scores): a changed ballot is rewritten, the
    // others stay.
    if (!before || before->ballots != d.ballots) {
        AB_STATEMENT(ballot, "INSERT OR REPLACE INTO decision_ballot (decision_id, position, participant, submitted) "
                             "VALUES (?1, ?2, ?3, ?4)");
        AB_STATEMENT(clearWeights, "DELETE FROM decision_ballot_weight WHERE decision_id = ?1 AND ballot_position = ?2");
        AB_STATEMENT(clearScores, "DELETE FROM decision_ballot_score WHERE decision_id = ?1 AND ballot_position = ?2");
        AB_STATEMENT(weight, "INSERT INTO decision_ballot_weight (decision_id, ballot_position, position, "
                             "criterion_id, weight) VALUES (?1, ?2, ?3, ?4, ?5)");
        AB_STATEMENT(score, "INSERT INTO decision_ballot_score (decision_id, ballot_position, position, option_id, "
                            "criterion_id, value, rationale) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (int i = 0; i < d.ballots.size(); ++i) {
            const Ballot &b = d.ballots[i];
            if (before && i < before->ballots.size() && before->ballots[i] == b)
                continue;
            AB_TRY(ballot.run({d.id, i, b.participant, b.submitted.isValid() ? SqlArg(b.submitted) : SqlArg(nullptr)}));
            AB_TRY(clearWeights.run({d.id, i}));
            AB_TRY(clearScores.run({d.id, i}));
            for (int j = 0; j < b.weights.size(); ++j)
                AB_TRY(weight.run({d.id, i, j, b.weights[j].criterion, b.weights[j].weight}));
            for (int j = 0; j < b.scores.size(); ++j)
                AB_TRY(score.run({d.id, i, j, b.scores[j].option, b.scores[j].criterion, b.scores[j].value,
                                  b.scores[j].rationale}));
        }
        if (before && before->ballots.size() > d.ballots.size()) {
            AB_STATEMENT(trim, "DELETE FROM decision_ballot WHERE decision_id = ?1 AND position >= ?2");
            AB_TRY(trim.run({d.id, int(d.ballots.size())}));
        }
    }
    AB_TRY(syncList(db, before ? &before->pairwise : nullptr, d.pairwise,
                    "DELETE FROM decision_pairwise WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const PairwiseJudgment &j) -> Expected<void> {
                        AB_STATEMENT(judgment, "INSERT OR REPLACE INTO decision_pairwise (decision_id, position, "
                                               "participant, a, b, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
                        return judgment.run({d.id, i, j.participant, j.a, j.b, j.value});
                    }));
    AB_TRY(syncList(db, before ? &before->dissent : nullptr, d.dissent,
                    "DELETE FROM decision_dissent WHERE decision_id = ?1 AND position >= ?2", d.id,
                    [&](int i, const Dissent &x) -> Expected<void> {
                        AB_STATEMENT(dissent, "INSERT OR REPLACE INTO decision_dissent (decision_id, position, "
                                              "participant, text) VALUES (?1, ?2, ?3, ?4)");
                        return dissent.run({d.id, i, x.participant, x.text});
                    }));
    return {};
}

Expected<void> insertItem(SqliteConnection &db, const Decision &d, int position)
{
    return writeDecision(db, nullptr, d, position);
}

Expected<void> readItems(SqliteConnection &db, QList<Decision> &out)
{
    AB_STATEMENT(decisions, "SELECT id, title, status, superseded_by, door_type, date, context, problem, "
                            "constraints_text, tradeoffs_text, recommendation, scale_min, scale_max, chosen_option, "
                            "adr_number, notes, aggregation FROM decision ORDER BY position, id");
    AB_TRY(forEachRow(decisions, [&]() -> Expected<void> {
        Decision d;
        d.id = decisions.text(0);
        d.title = decisions.text(1);
        auto status = parseEnum<DecisionStatus>(decisions.text(2), "decision", "status");
        if (!status)
            return status.error();
        d.status = *status;
        d.supersededBy = decisions.text(3);
        auto door = parseEnum<DoorType>(decisions.text(4), "decision", "door_type");
        if (!door)
            return door.error();
        d.doorType = *door;
        if (!decisions.date(5, d.date))
            return badDate("decision", "date");
        d.context = decisions.text(6);
        d.problem = decisions.text(7);
        d.constraintsText = decisions.text(8);
        d.tradeoffsText = decisions.text(9);
        d.recommendation = decisions.text(10);
        d.scale.min = decisions.real(11);
        d.scale.max = decisions.real(12);
        d.chosenOption = decisions.text(13);
        d.adrNumber = decisions.isNull(14) ? 0 : int(decisions.integer(14));
        d.notes = decisions.text(15);
        auto aggregation = parseEnum<Aggregation>(decisions.text(16), "decision", "aggregation");
        if (!aggregation)
            return aggregation.error();
        d.aggregation = *aggregation;
        out.append(std::move(d));
        return {};
    }));
    const QHash<QString, int> index = indexById(out);
    auto parent = [&](const QString &id) -> Decision * {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &out[*it];
    };

    AB_STATEMENT(participants, "SELECT decision_id, name, role FROM decision_participant ORDER BY decision_id, position");
    AB_TRY(forEachRow(participants, [&]() -> Expected<void> {
        Decision *d = parent(participants.text(0));
        if (!d)
            return orphan("decision_participant");
        const QString role = participants.text(2);
        (role == QLatin1StringView("consulted")  ? d->consulted
         : role == QLatin1StringView("informed") ? d->informed
                                                 : d->participants)
            .append(participants.text(1));
        return {};
    }));

    AB_STATEMENT(criteria, "SELECT decision_id, id, name, weight, description FROM decision_criterion "
                           "ORDER BY decision_id, position");
    AB_TRY(forEachRow(criteria, [&]() -> Expected<void> {
        Decision *d = parent(criteria.text(0));
        if (!d)
            return orphan("decision_criterion");
        d->criteria.append({criteria.text(1), criteria.text(2), criteria.real(3), criteria.text(4)});
        return {};
    }));

    AB_STATEMENT(options, "SELECT decision_id, id, name, description, do_nothing FROM decision_option "
                          "ORDER BY decision_id, position");
    AB_TRY(forEachRow(options, [&]() -> Expected<void> {
        Decision *d = parent(options.text(0));
        if (!d)
            return orphan("decision_option");
        d->options.append({options.text(1), options.text(2), options.text(3), options.integer(4) != 0});
        return {};
    }));

    PositionIndex constraintAt;
    AB_STATEMENT(constraints, "SELECT decision_id, position, id, text FROM decision_constraint "
                              "ORDER BY decision_id, position");
    AB_TRY(forEachRow(constraints, [&]() -> Expected<void> {
        const auto it = index.constFind(constraints.text(0));
        if (it == index.constEnd())
            return orphan("decision_constraint");
        Decision &d = out[*it];
        constraintAt.insert({*it, constraints.integer(1)}, int(d.constraints.size()));
        d.constraints.append({constraints.text(2), constraints.text(3), {}});
        return {};
    }));

    AB_STATEMENT(failures, "SELECT decision_id, constraint_position, option_id FROM decision_constraint_failure "
                           "ORDER BY decision_id, constraint_position, position");
    AB_TRY(forEachRow(failures, [&]() -> Expected<void> {
        const auto d = index.constFind(failures.text(0));
        if (d == index.constEnd())
            return orphan("decision_constraint_failure");
        const auto k = constraintAt.constFind({*d, failures.integer(1)});
        if (k == constraintAt.constEnd())
            return orphan("decision_constraint_failure");
        out[*d].constraints[*k].failedBy.append(failures.text(2));
        return {};
    }));

    AB_STATEMENT(scores, "SELECT decision_id, option_id, criterion_id, value, rationale FROM decision_score "
                         "ORDER BY decision_id, position");
    AB_TRY(forEachRow(scores, [&]() -> Expected<void> {
        Decision *d = parent(scores.text(0));
        if (!d)
            return orphan("decision_score");
        d->scores.append({scores.text(1), scores.text(2), scores.real(3), scores.text(4)});
        return {};
    }));

    AB_STATEMENT(tradeoffs, "SELECT decision_id, text FROM decision_tradeoff ORDER BY decision_id, position");
    AB_TRY(forEachRow(tradeoffs, [&]() -> Expected<void> {
        Decision *d = parent(tradeoffs.text(0));
        if (!d)
            return orphan("decision_tradeoff");
        d->tradeoffsAccepted.append(tradeoffs.text(1));
        return {};
    }));

    AB_STATEMENT(risks, "SELECT decision_id, text, mitigation FROM decision_risk ORDER BY decision_id, position");
    AB_TRY(forEachRow(risks, [&]() -> Expected<void> {
        Decision *d = parent(risks.text(0));
        if (!d)
            return orphan("decision_risk");
        d->risks.append({risks.text(1), risks.text(2)});
        return {};
    }));

    AB_TRY(readGroups(db, index, out));

    AB_STATEMENT(triggers, "SELECT decision_id, id, category, condition, metric, comparator, threshold, "
                           "current_value, review_by FROM decision_trigger ORDER BY decision_id, position");
    return forEachRow(triggers, [&]() -> Expected<void> {
        Decision *d = parent(triggers.text(0));
        if (!d)
            return orphan("decision_trigger");
        RevisitTrigger t;
        t.id = triggers.text(1);
        auto category = parseEnum<TriggerCategory>(triggers.text(2), "decision_trigger", "category");
        if (!category)
            return category.error();
        t.category = *category;
        t.condition = triggers.text(3);
        t.metric = triggers.text(4);
        auto comparator = parseEnum<Comparator>(triggers.text(5), "decision_trigger", "comparator");
        if (!comparator)
            return comparator.error();
        t.comparator = *comparator;
        t.threshold = triggers.optionalReal(6);
        t.currentValue = triggers.optionalReal(7);
        if (!triggers.date(8, t.reviewBy))
            return badDate("decision_trigger", "review_by");
        d->revisitTriggers.append(std::move(t));
        return {};
    });
}

} // namespace archbench::core::storage::rows
