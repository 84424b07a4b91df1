// Project-level rows (the single `project` row, tags, requirements) and the per-kind
// delete/position statements used by SqliteStore.
#include "rowsupport.h"

namespace archbench::core::storage::rows {

Expected<void> writeInfo(SqliteConnection &db, const ProjectInfo &p)
{
    AB_TRY(db.exec("DELETE FROM project; DELETE FROM project_tag; DELETE FROM requirement; DELETE FROM merge_conflict;"));
    AB_STATEMENT(project, "INSERT INTO project (singleton, id, name, description, owner, currency, created, "
                          "modified, framing_users, framing_scale, framing_data, framing_latency, "
                          "framing_availability, framing_budget, framing_team, framing_timeline, "
                          "framing_integration, framing_compliance, framing_out_of_scope, framing_success, "
                          "last_adr_number) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                          "?14, ?15, ?16, ?17, ?18, ?19, ?20)");
    const Framing &f = p.framing;
    AB_TRY(project.run({p.id, p.name, p.description, p.owner, p.currency, p.created, p.modified, f.users, f.scale,
                        f.data, f.latency, f.availability, f.budget, f.team, f.timeline, f.integration,
                        f.compliance, f.outOfScope, f.success, p.lastAdrNumber}));

    AB_STATEMENT(tag, "INSERT INTO project_tag (position, tag) VALUES (?1, ?2)");
    for (int i = 0; i < p.tags.size(); ++i)
        AB_TRY(tag.run({i, p.tags[i]}));

    AB_STATEMENT(requirement, "INSERT INTO requirement (position, id, kind, text, target) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < p.requirements.size(); ++i) {
        const Requirement &r = p.requirements[i];
        AB_TRY(requirement.run({i, r.id, enumToString(r.kind), r.text, r.target}));
    }
    if (!p.mergeConflicts.isEmpty()) {
        AB_STATEMENT(conflict, "INSERT INTO merge_conflict (position, path, base, ours, theirs) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (int i = 0; i < p.mergeConflicts.size(); ++i) {
            const MergeConflictRecord &c = p.mergeConflicts[i];
            AB_TRY(conflict.run({i, c.path, c.base, c.ours, c.theirs}));
        }
    }
    return {};
}

Expected<void> readInfo(SqliteConnection &db, ProjectInfo &p)
{
    AB_STATEMENT(project, "SELECT id, name, description, owner, currency, created, modified, framing_users, "
                          "framing_scale, framing_data, framing_latency, framing_availability, framing_budget, "
                          "framing_team, framing_timeline, framing_integration, framing_compliance, "
                          "framing_out_of_scope, framing_success, last_adr_number FROM project");
    bool found = false;
    AB_TRY(forEachRow(project, [&]() -> Expected<void> {
        found = true;
        p.id = project.text(0);
        p.name = project.text(1);
        p.description = project.text(2);
        p.owner = project.text(3);
        p.currency = project.text(4);
        if (!project.dateTime(5, p.created))
            return badDate("project", "created");
        if (!project.dateTime(6, p.modified))
            return badDate("project", "modified");
        Framing &f = p.framing;
        QString *fields[] = {&f.users, &f.scale, &f.data, &f.latency, &f.availability, &f.budget,
                             &f.team, &f.timeline, &f.integration, &f.compliance, &f.outOfScope, &f.success};
        for (int i = 0; i < 12; ++i)
            *fields[i] = project.text(7 + i);
        p.lastAdrNumber = int(project.integer(19));
        return {};
    }));
    if (!found)
        return damaged(QCoreApplication::translate("archbench::core::storage", "the project record is missing"));

    AB_STATEMENT(tags, "SELECT tag FROM project_tag ORDER BY position");
    AB_TRY(forEachRow(tags, [&]() -> Expected<void> {
        p.tags.append(tags.text(0));
        return {};
    }));

    AB_STATEMENT(conflicts, "SELECT path, base, ours, theirs FROM merge_conflict ORDER BY position");
    AB_TRY(forEachRow(conflicts, [&]() -> Expected<void> {
        p.mergeConflicts.append({conflicts.text(0), conflicts.text(1), conflicts.text(2), conflicts.text(3)});
        return {};
    }));

    AB_STATEMENT(requirements, "SELECT id, kind, text, target FROM requirement ORDER BY position");
    return forEachRow(requirements, [&]() -> Expected<void> {
        Requirement r;
        r.id = requirements.text(0);
        auto kind = parseEnum<RequirementKind>(requirements.text(1), "requirement", "kind");
        if (!kind)
            return kind.error();
        r.kind = *kind;
        r.text = requirements.text(2);
        r.target = requirements.text(3);
        p.requirements.append(std::move(r));
        return {};
    });
}

// prepare() caches statements by the address of their text: each kind's text is built once.

Expected<void> deleteItem(SqliteConnection &db, ItemKind kind, const QString &id)
{
    const char *sql = visitKind(kind, [](auto type) {
        using T = typename decltype(type)::type;
        static const QByteArray text = QByteArray("DELETE FROM ") + ItemTraits<T>::table + " WHERE id = ?1";
        return text.constData();
    });
    AB_STATEMENT(remove, sql);
    return remove.run({id});
}

Expected<void> setPosition(SqliteConnection &db, ItemKind kind, const QString &id, int position)
{
    const char *sql = visitKind(kind, [](auto type) {
        using T = typename decltype(type)::type;
        static const QByteArray text = QByteArray("UPDATE ") + ItemTraits<T>::table + " SET position = ?2 WHERE id = ?1";
        return text.constData();
    });
    AB_STATEMENT(update, sql);
    return update.run({id, position});
}

} // namespace archbench::core::storage::rows
