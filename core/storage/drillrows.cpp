// Drill rows: targets and measurements inline (NULL when absent), then the timeline,
// findings and action items as child tables.
#include "rowsupport.h"

namespace archbench::core::storage::rows {

Expected<void> insertItem(SqliteConnection &db, const Drill &x, int position)
{
    AB_STATEMENT(drill, "INSERT INTO drill (id, position, title, date, scenario, description, traffic, "
                        "traffic_percent, tier, target_rto_minutes, target_rpo_seconds, measured_detect_minutes, "
                        "measured_decide_minutes, measured_recover_minutes, measured_data_loss_seconds) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    AB_TRY(drill.run({x.id, position, x.title, x.date, enumToString(x.scenario), x.description,
                      enumToString(x.traffic), x.trafficPercent, enumToString(x.tier), x.targets.rtoMinutes,
                      x.targets.rpoSeconds, x.measured.detectMinutes, x.measured.decideMinutes,
                      x.measured.recoverMinutes, x.measured.dataLossSeconds}));

    AB_STATEMENT(event, "INSERT INTO drill_event (drill_id, position, at, event) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < x.timeline.size(); ++i)
        AB_TRY(event.run({x.id, i, x.timeline[i].at, x.timeline[i].event}));

    AB_STATEMENT(finding, "INSERT INTO drill_finding (drill_id, position, plan_says, drill_revealed) "
                          "VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < x.findings.size(); ++i)
        AB_TRY(finding.run({x.id, i, x.findings[i].planSays, x.findings[i].drillRevealed}));

    AB_STATEMENT(action, "INSERT INTO drill_action_item (drill_id, position, id, text, owner, due, status) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (int i = 0; i < x.actionItems.size(); ++i) {
        const ActionItem &a = x.actionItems[i];
        AB_TRY(action.run({x.id, i, a.id, a.text, a.owner, a.due, enumToString(a.status)}));
    }
    return {};
}

Expected<void> readItems(SqliteConnection &db, QList<Drill> &out)
{
    AB_STATEMENT(drills, "SELECT id, title, date, scenario, description, traffic, traffic_percent, tier, "
                         "target_rto_minutes, target_rpo_seconds, measured_detect_minutes, "
                         "measured_decide_minutes, measured_recover_minutes, measured_data_loss_seconds "
                         "FROM drill ORDER BY position, id");
    AB_TRY(forEachRow(drills, [&]() -> Expected<void> {
        Drill x;
        x.id = drills.text(0);
        x.title = drills.text(1);
        if (!drills.date(2, x.date))
            return badDate("drill", "date");
        auto scenario = parseEnum<DrillScenario>(drills.text(3), "drill", "scenario");
        if (!scenario)
            return scenario.error();
        x.scenario = *scenario;
        x.description = drills.text(4);
        auto traffic = parseEnum<DrillTraffic>(drills.text(5), "drill", "traffic");
        if (!traffic)
            return traffic.error();
        x.traffic = *traffic;
        x.trafficPercent = drills.real(6);
        auto tier = parseEnum<DrTier>(drills.text(7), "drill", "tier");
        if (!tier)
            return tier.error();
        x.tier = *tier;
        x.targets.rtoMinutes = drills.optionalReal(8);
        x.targets.rpoSeconds = drills.optionalReal(9);
        x.measured.detectMinutes = drills.optionalReal(10);
        x.measured.decideMinutes = drills.optionalReal(11);
        x.measured.recoverMinutes = drills.optionalReal(12);
        x.measured.dataLossSeconds = drills.optionalReal(13);
        out.append(std::move(x));
        return {};
    }));
    const QHash<QString, int> index = indexById(out);
    auto parent = [&](const QString &id) -> Drill * {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &out[*it];
    };

    AB_STATEMENT(events, "SELECT drill_id, at, event FROM drill_event ORDER BY drill_id, position");
    AB_TRY(forEachRow(events, [&]() -> Expected<void> {
        Drill *x = parent(events.text(0));
        if (!x)
            return orphan("drill_event");
        TimelineEvent e;
        if (!events.dateTime(1, e.at))
            return badDate("drill_event", "at");
        e.event = events.text(2);
        x->timeline.append(std::move(e));
        return {};
    }));

    AB_STATEMENT(findings, "SELECT drill_id, plan_says, drill_revealed FROM drill_finding ORDER BY drill_id, position");
    AB_TRY(forEachRow(findings, [&]() -> Expected<void> {
        Drill *x = parent(findings.text(0));
        if (!x)
            return orphan("drill_finding");
        x->findings.append({findings.text(1), findings.text(2)});
        return {};
    }));

    AB_STATEMENT(actions, "SELECT drill_id, id, text, owner, due, status FROM drill_action_item "
                          "ORDER BY drill_id, position");
    return forEachRow(actions, [&]() -> Expected<void> {
        Drill *x = parent(actions.text(0));
        if (!x)
            return orphan("drill_action_item");
        ActionItem a;
        a.id = actions.text(1);
        a.text = actions.text(2);
        a.owner = actions.text(3);
        if (!actions.date(4, a.due))
            return badDate("drill_action_item", "due");
        auto status = parseEnum<WorkStatus>(actions.text(5), "drill_action_item", "status");
        if (!status)
            return status.error();
        a.status = *status;
        x->actionItems.append(std::move(a));
        return {};
    });
}

} // namespace archbench::core::storage::rows
