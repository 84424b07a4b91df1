#include "schema.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <array>

namespace archbench::core::storage {

namespace {

// Version 1: every entity and field of core/model. Conventions (docs/storage.md):
// - one table per list; children carry the parent key and a `position` (0-based order),
//   reference the parent ON DELETE CASCADE, and have PRIMARY KEY (parent..., position);
// - every table STRICT; booleans are INTEGER 0/1; enums are their interchange spellings
//   (checked when read, not by CHECK, so adding a spelling needs no table rebuild);
// - absent optional numbers and dates are NULL; absent strings are '';
// - references between aggregates (supersededBy, chosenOption, scores' option/criterion,
//   a review's lens) are plain text checked by interchange::validate(), never foreign keys,
//   so an edit of one aggregate never touches another.
constexpr const char *kBaseSchema = R"sql(
CREATE TABLE project (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    owner TEXT NOT NULL,
    currency TEXT NOT NULL,
    created TEXT,
    modified TEXT,
    framing_users TEXT NOT NULL,
    framing_scale TEXT NOT NULL,
    framing_data TEXT NOT NULL,
    framing_latency TEXT NOT NULL,
    framing_availability TEXT NOT NULL,
    framing_budget TEXT NOT NULL,
    framing_team TEXT NOT NULL,
    framing_timeline TEXT NOT NULL,
    framing_integration TEXT NOT NULL,
    framing_compliance TEXT NOT NULL,
    framing_out_of_scope TEXT NOT NULL,
    framing_success TEXT NOT NULL
) STRICT;

CREATE TABLE project_tag (
    position INTEGER PRIMARY KEY,
    tag TEXT NOT NULL
) STRICT;

CREATE TABLE requirement (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    target TEXT NOT NULL
) STRICT;

CREATE TABLE decision (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    superseded_by TEXT NOT NULL,
    door_type TEXT NOT NULL,
    date TEXT,
    context TEXT NOT NULL,
    problem TEXT NOT NULL,
    constraints_text TEXT NOT NULL,
    tradeoffs_text TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    scale_min REAL NOT NULL,
    scale_max REAL NOT NULL,
    chosen_option TEXT NOT NULL
) STRICT;

CREATE TABLE decision_participant (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_criterion (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    weight REAL NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_option (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    do_nothing INTEGER NOT NULL CHECK (do_nothing IN (0, 1)),
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_constraint (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_constraint_failure (
    decision_id TEXT NOT NULL,
    constraint_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    option_id TEXT NOT NULL,
    PRIMARY KEY (decision_id, constraint_position, position),
    FOREIGN KEY (decision_id, constraint_position)
        REFERENCES decision_constraint (decision_id, position) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_score (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    option_id TEXT NOT NULL,
    criterion_id TEXT NOT NULL,
    value REAL NOT NULL,
    rationale TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_tradeoff (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_risk (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    mitigation TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE decision_trigger (
    decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    category TEXT NOT NULL,
    condition TEXT NOT NULL,
    metric TEXT NOT NULL,
    comparator TEXT NOT NULL,
    threshold REAL,
    current_value REAL,
    review_by TEXT,
    PRIMARY KEY (decision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE lens (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    version TEXT NOT NULL,
    definition TEXT NOT NULL
) STRICT;

CREATE TABLE review (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    lens_id TEXT NOT NULL,
    date TEXT
) STRICT;

CREATE TABLE review_answer (
    review_id TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    not_applicable INTEGER NOT NULL CHECK (not_applicable IN (0, 1)),
    not_applicable_reason TEXT NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (review_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE review_answer_choice (
    review_id TEXT NOT NULL,
    answer_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    choice TEXT NOT NULL,
    PRIMARY KEY (review_id, answer_position, position),
    FOREIGN KEY (review_id, answer_position)
        REFERENCES review_answer (review_id, position) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE review_improvement (
    review_id TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    question TEXT NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due TEXT,
    status TEXT NOT NULL,
    PRIMARY KEY (review_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE review_milestone (
    review_id TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    date TEXT,
    PRIMARY KEY (review_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE review_milestone_answer (
    review_id TEXT NOT NULL,
    milestone_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    not_applicable INTEGER NOT NULL CHECK (not_applicable IN (0, 1)),
    not_applicable_reason TEXT NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (review_id, milestone_position, position),
    FOREIGN KEY (review_id, milestone_position)
        REFERENCES review_milestone (review_id, position) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE review_milestone_answer_choice (
    review_id TEXT NOT NULL,
    milestone_position INTEGER NOT NULL,
    answer_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    choice TEXT NOT NULL,
    PRIMARY KEY (review_id, milestone_position, answer_position, position),
    FOREIGN KEY (review_id, milestone_position, answer_position)
        REFERENCES review_milestone_answer (review_id, milestone_position, position) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE TABLE drill (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    scenario TEXT NOT NULL,
    description TEXT NOT NULL,
    traffic TEXT NOT NULL,
    traffic_percent REAL NOT NULL,
    tier TEXT NOT NULL,
    target_rto_minutes REAL,
    target_rpo_seconds REAL,
    measured_detect_minutes REAL,
    measured_decide_minutes REAL,
    measured_recover_minutes REAL,
    measured_data_loss_seconds REAL
) STRICT;

CREATE TABLE drill_event (
    drill_id TEXT NOT NULL REFERENCES drill (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    at TEXT,
    event TEXT NOT NULL,
    PRIMARY KEY (drill_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE drill_finding (
    drill_id TEXT NOT NULL REFERENCES drill (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    plan_says TEXT NOT NULL,
    drill_revealed TEXT NOT NULL,
    PRIMARY KEY (drill_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE drill_action_item (
    drill_id TEXT NOT NULL REFERENCES drill (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due TEXT,
    status TEXT NOT NULL,
    PRIMARY KEY (drill_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE cost_model (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    baseline_latency_ms REAL NOT NULL,
    target_latency_ms REAL NOT NULL,
    monthly_revenue REAL,
    conversion_gain_per_100ms REAL,
    load_unit TEXT NOT NULL,
    load_from REAL NOT NULL,
    load_to REAL NOT NULL,
    on_demand_monthly REAL NOT NULL,
    one_year_discount_percent REAL NOT NULL,
    three_year_discount_percent REAL NOT NULL,
    savings_plan_discount_percent REAL NOT NULL
) STRICT;

CREATE TABLE cost_step (
    cost_model_id TEXT NOT NULL REFERENCES cost_model (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    monthly_cost REAL NOT NULL,
    latency_after_ms REAL NOT NULL,
    PRIMARY KEY (cost_model_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE cost_compute_option (
    cost_model_id TEXT NOT NULL REFERENCES cost_model (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    pricing TEXT NOT NULL,
    price_per_million_requests REAL NOT NULL,
    avg_duration_ms REAL NOT NULL,
    memory_gb REAL NOT NULL,
    price_per_gb_second REAL NOT NULL,
    capacity_per_instance REAL NOT NULL,
    price_per_instance_monthly REAL NOT NULL,
    min_instances INTEGER NOT NULL,
    reserved_discount_percent REAL NOT NULL,
    fixed_monthly REAL NOT NULL,
    PRIMARY KEY (cost_model_id, position)
) STRICT, WITHOUT ROWID;
)sql";

// The rungs after version 1, each a self-contained SQL script, with a fixture
// tests/data/storage/schema-v<N>.archbench for every version (see tests/data/storage/README.md).
constexpr std::array<MigrationStep, 6> kSteps{{
    // 2: the load axis scale of a crossover model (a display choice kept with the model).
    {2, "ALTER TABLE cost_model ADD COLUMN load_scale TEXT NOT NULL DEFAULT 'linear' "
        "CHECK (load_scale IN ('linear', 'log'));"},
    // 3: stable ADR numbers: each decision's number for life (NULL until first exported as an
    // ADR) and the highest number the project ever gave, so none is handed out twice.
    {3, "ALTER TABLE decision ADD COLUMN adr_number INTEGER CHECK (adr_number >= 1);"
        "ALTER TABLE project ADD COLUMN last_adr_number INTEGER NOT NULL DEFAULT 0 "
        "CHECK (last_adr_number >= 0);"},
    // 4: participants by role (decision-makers, consulted, informed; MADR's and RACI's terms)
    // and the record's free notes, where an imported ADR keeps the sections it has no field for.
    {4, "ALTER TABLE decision_participant ADD COLUMN role TEXT NOT NULL DEFAULT 'decision-maker' "
        "CHECK (role IN ('decision-maker', 'consulted', 'informed'));"
        "ALTER TABLE decision ADD COLUMN notes TEXT NOT NULL DEFAULT '';"},
    // 5: conflicts a merge left to resolve (field path; base, ours, theirs as compact JSON).
    {5, "CREATE TABLE merge_conflict ("
        "position INTEGER PRIMARY KEY, path TEXT NOT NULL, base TEXT NOT NULL, ours TEXT NOT NULL, "
        "theirs TEXT NOT NULL) STRICT;"},
    // 6: the review meeting as a group: attendees, each participant's ballot (own scores and
    // weights), how ballots combine, pairwise criterion judgments (AHP) and named dissent.
    {6, "ALTER TABLE decision ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'mean' "
        "CHECK (aggregation IN ('mean', 'median', 'geometric-mean'));"
        "CREATE TABLE decision_attendee ("
        "decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
        "name TEXT NOT NULL, PRIMARY KEY (decision_id, position)) STRICT, WITHOUT ROWID;"
        "CREATE TABLE decision_ballot ("
        "decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
        "participant TEXT NOT NULL, submitted TEXT, PRIMARY KEY (decision_id, position)) STRICT, WITHOUT ROWID;"
        "CREATE TABLE decision_ballot_weight ("
        "decision_id TEXT NOT NULL, ballot_position INTEGER NOT NULL, position INTEGER NOT NULL, "
        "criterion_id TEXT NOT NULL, weight REAL NOT NULL, "
        "PRIMARY KEY (decision_id, ballot_position, position), FOREIGN KEY (decision_id, ballot_position) "
        "REFERENCES decision_ballot (decision_id, position) ON DELETE CASCADE) STRICT, WITHOUT ROWID;"
        "CREATE TABLE decision_ballot_score ("
        "decision_id TEXT NOT NULL, ballot_position INTEGER NOT NULL, position INTEGER NOT NULL, "
        "option_id TEXT NOT NULL, criterion_id TEXT NOT NULL, value REAL NOT NULL, rationale TEXT NOT NULL, "
        "PRIMARY KEY (decision_id, ballot_position, position), FOREIGN KEY (decision_id, ballot_position) "
        "REFERENCES decision_ballot (decision_id, position) ON DELETE CASCADE) STRICT, WITHOUT ROWID;"
        "CREATE TABLE decision_pairwise ("
        "decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
        "participant TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, value REAL NOT NULL, "
        "PRIMARY KEY (decision_id, position)) STRICT, WITHOUT ROWID;"
        "CREATE TABLE decision_dissent ("
        "decision_id TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
        "participant TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (decision_id, position)) STRICT, WITHOUT ROWID;"},
    // 7: the team server this copy came from (URL, project id, the version it is based on),
    // so a save goes back there and a push knows its base (core/storage/serverorigin.h).
    {7, "CREATE TABLE server_origin (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), url TEXT NOT NULL, "
        "project_id TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1)) STRICT;"},
}};

Expected<void> stamp(SqliteConnection &db, int version)
{
    const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(version) + ";";
    return db.exec(sql.constData());
}

Expected<void> runSteps(SqliteConnection &db, int from, int to, std::span<const MigrationStep> steps)
{
    for (const MigrationStep &step : steps) {
        if (step.to <= from || step.to > to)
            continue;
        if (auto done = db.exec(step.sql); !done)
            return makeError(done.error().code,
                             QCoreApplication::translate("archbench::core::storage",
                                                         "upgrading the file to schema %1 failed: %2")
                                 .arg(step.to)
                                 .arg(done.error().message));
    }
    return stamp(db, to);
}

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    return std::span<const MigrationStep>(kSteps.data(), kSteps.size());
}

Expected<void> createSchema(SqliteConnection &db)
{
    return inTransaction(db, [&]() -> Expected<void> {
        AB_TRY(db.exec(kBaseSchema));
        const QByteArray appId = "PRAGMA application_id=" + QByteArray::number(kApplicationId) + ";";
        AB_TRY(db.exec(appId.constData()));
        return runSteps(db, 1, kSchemaVersion, migrationSteps());
    });
}

Expected<void> migrate(SqliteConnection &db, int from)
{
    return migrate(db, from, kSchemaVersion, migrationSteps());
}

Expected<void> migrate(SqliteConnection &db, int from, int to, std::span<const MigrationStep> steps)
{
    if (from >= to)
        return {};
    return inTransaction(db, [&]() { return runSteps(db, from, to, steps); });
}

Expected<QList<SchemaObject>> actualObjects(SqliteConnection &db)
{
    auto query = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    if (!query)
        return query.error();
    QList<SchemaObject> objects;
    for (;;) {
        auto row = (*query)->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        objects.append({(*query)->text(0), (*query)->text(1), (*query)->text(2), (*query)->text(3)});
    }
    return objects;
}

Expected<QList<SchemaObject>> expectedObjects(int version)
{
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return *it;

    auto memory = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::Mode::Create);
    if (!memory)
        return memory.error();
    SqliteConnection &db = **memory;
    AB_TRY(db.exec(kBaseSchema));
    AB_TRY(runSteps(db, 1, version, migrationSteps()));
    auto objects = actualObjects(db);
    if (objects)
        cache.insert(version, *objects);
    return objects;
}

} // namespace archbench::core::storage
