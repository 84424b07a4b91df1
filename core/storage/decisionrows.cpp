// Decision rows: the decision and its participants, criteria, options, constraints (with the
// options that fail them), scores, accepted trade-offs, risks and revisit triggers.
#include "rowsupport.h"

namespace archbench::core::storage::rows {

Expected<void> insertDecision(SqliteConnection &db, const Decision &d, int position)
{
    AB_STATEMENT(decision, "INSERT INTO decision (id, position, title, status, superseded_by, door_type, date, "
                           "context, problem, constraints_text, tradeoffs_text, recommendation, scale_min, "
                           "scale_max, chosen_option, adr_number) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                           "?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    AB_TRY(decision.run({d.id, position, d.title, enumToString(d.status), d.supersededBy, enumToString(d.doorType),
                         d.date, d.context, d.problem, d.constraintsText, d.tradeoffsText, d.recommendation,
                         d.scale.min, d.scale.max, d.chosenOption,
                         d.adrNumber > 0 ? SqlArg(d.adrNumber) : SqlArg(nullptr)}));

    AB_STATEMENT(participant, "INSERT INTO decision_participant (decision_id, position, name) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < d.participants.size(); ++i)
        AB_TRY(participant.run({d.id, i, d.participants[i]}));

    AB_STATEMENT(criterion, "INSERT INTO decision_criterion (decision_id, position, id, name, weight, description) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < d.criteria.size(); ++i) {
        const Criterion &c = d.criteria[i];
        AB_TRY(criterion.run({d.id, i, c.id, c.name, c.weight, c.description}));
    }

    AB_STATEMENT(option, "INSERT INTO decision_option (decision_id, position, id, name, description, do_nothing) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < d.options.size(); ++i) {
        const Option &o = d.options[i];
        AB_TRY(option.run({d.id, i, o.id, o.name, o.description, o.doNothing}));
    }

    AB_STATEMENT(constraint, "INSERT INTO decision_constraint (decision_id, position, id, text) "
                             "VALUES (?1, ?2, ?3, ?4)");
    AB_STATEMENT(failure, "INSERT INTO decision_constraint_failure (decision_id, constraint_position, position, "
                          "option_id) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < d.constraints.size(); ++i) {
        const HardConstraint &k = d.constraints[i];
        AB_TRY(constraint.run({d.id, i, k.id, k.text}));
        for (int j = 0; j < k.failedBy.size(); ++j)
            AB_TRY(failure.run({d.id, i, j, k.failedBy[j]}));
    }

    AB_STATEMENT(score, "INSERT INTO decision_score (decision_id, position, option_id, criterion_id, value, "
                        "rationale) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < d.scores.size(); ++i) {
        const Score &s = d.scores[i];
        AB_TRY(score.run({d.id, i, s.option, s.criterion, s.value, s.rationale}));
    }

    AB_STATEMENT(tradeoff, "INSERT INTO decision_tradeoff (decision_id, position, text) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < d.tradeoffsAccepted.size(); ++i)
        AB_TRY(tradeoff.run({d.id, i, d.tradeoffsAccepted[i]}));

    AB_STATEMENT(risk, "INSERT INTO decision_risk (decision_id, position, text, mitigation) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < d.risks.size(); ++i)
        AB_TRY(risk.run({d.id, i, d.risks[i].text, d.risks[i].mitigation}));

    AB_STATEMENT(trigger, "INSERT INTO decision_trigger (decision_id, position, id, category, condition, metric, "
                          "comparator, threshold, current_value, review_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                          "?8, ?9, ?10)");
    for (int i = 0; i < d.revisitTriggers.size(); ++i) {
        const RevisitTrigger &t = d.revisitTriggers[i];
        AB_TRY(trigger.run({d.id, i, t.id, enumToString(t.category), t.condition, t.metric,
                            enumToString(t.comparator), t.threshold, t.currentValue, t.reviewBy}));
    }
    return {};
}

Expected<void> readDecisions(SqliteConnection &db, QList<Decision> &out)
{
    AB_STATEMENT(decisions, "SELECT id, title, status, superseded_by, door_type, date, context, problem, "
                            "constraints_text, tradeoffs_text, recommendation, scale_min, scale_max, chosen_option, "
                            "adr_number FROM decision ORDER BY position, id");
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
        out.append(std::move(d));
        return {};
    }));
    const QHash<QString, int> index = indexById(out);
    auto parent = [&](const QString &id) -> Decision * {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &out[*it];
    };

    AB_STATEMENT(participants, "SELECT decision_id, name FROM decision_participant ORDER BY decision_id, position");
    AB_TRY(forEachRow(participants, [&]() -> Expected<void> {
        Decision *d = parent(participants.text(0));
        if (!d)
            return orphan("decision_participant");
        d->participants.append(participants.text(1));
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
