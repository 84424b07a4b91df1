#include "serverschema.h"
#include "servertext.h"

#include "serverconnection.h"

#include <QCoreApplication>
#include <array>

namespace archbench::core::server {

namespace {

// Version 1: projects as their interchange JSON (jsonb), every saved version kept, members by
// role, and the policies. The trigger functions number the versions and copy them to the
// history, so no client can skip or rewrite one; role_in() is SECURITY DEFINER so that the
// policies can read the member table without recursing into its own policy.
constexpr const char *kVersion1 = R"SQL(
CREATE SCHEMA archbench;
REVOKE ALL ON SCHEMA archbench FROM PUBLIC;
GRANT USAGE ON SCHEMA archbench TO PUBLIC;

CREATE TABLE archbench.schema_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version integer NOT NULL CHECK (version >= 1),
  migrated timestamptz NOT NULL DEFAULT now());

CREATE TABLE archbench.project (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  name text NOT NULL,
  owner name NOT NULL DEFAULT current_user,
  version bigint NOT NULL DEFAULT 1 CHECK (version >= 1),
  modified timestamptz NOT NULL DEFAULT now(),
  modified_by name NOT NULL DEFAULT current_user,
  data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'));

CREATE TABLE archbench.project_version (
  project_id text NOT NULL REFERENCES archbench.project (id) ON DELETE CASCADE,
  version bigint NOT NULL,
  saved timestamptz NOT NULL,
  saved_by name NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (project_id, version));

CREATE TABLE archbench.member (
  project_id text NOT NULL REFERENCES archbench.project (id) ON DELETE CASCADE,
  member name NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  PRIMARY KEY (project_id, member));

CREATE FUNCTION archbench.role_in(text, name) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT role FROM archbench.member WHERE project_id = $1 AND member = $2 $$;

CREATE FUNCTION archbench.project_numbered() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.owner := current_user;
    NEW.version := 1;
  ELSE
    IF NEW.id <> OLD.id THEN
      RAISE EXCEPTION 'a project keeps its id' USING ERRCODE = '42501';
    END IF;
    NEW.owner := OLD.owner;
    NEW.version := OLD.version + 1;
  END IF;
  NEW.modified := clock_timestamp();
  NEW.modified_by := current_user;
  RETURN NEW;
END $$;
CREATE TRIGGER numbered BEFORE INSERT OR UPDATE ON archbench.project
  FOR EACH ROW EXECUTE FUNCTION archbench.project_numbered();

CREATE FUNCTION archbench.project_recorded() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO archbench.member (project_id, member, role) VALUES (NEW.id, NEW.owner, 'owner');
  END IF;
  INSERT INTO archbench.project_version (project_id, version, saved, saved_by, data)
    VALUES (NEW.id, NEW.version, NEW.modified, NEW.modified_by, NEW.data);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION archbench.project_recorded() FROM PUBLIC;
CREATE TRIGGER recorded AFTER INSERT OR UPDATE ON archbench.project
  FOR EACH ROW EXECUTE FUNCTION archbench.project_recorded();

ALTER TABLE archbench.project ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON archbench.project FOR SELECT
  USING (archbench.role_in(id, current_user) IS NOT NULL);
CREATE POLICY anyone_creates ON archbench.project FOR INSERT
  WITH CHECK (owner = current_user);
CREATE POLICY writers_save ON archbench.project FOR UPDATE
  USING (archbench.role_in(id, current_user) IN ('owner', 'editor'))
  WITH CHECK (archbench.role_in(id, current_user) IN ('owner', 'editor'));
CREATE POLICY owners_delete ON archbench.project FOR DELETE
  USING (archbench.role_in(id, current_user) = 'owner');

ALTER TABLE archbench.project_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON archbench.project_version FOR SELECT
  USING (archbench.role_in(project_id, current_user) IS NOT NULL);

ALTER TABLE archbench.member ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON archbench.member FOR SELECT
  USING (archbench.role_in(project_id, current_user) IS NOT NULL);
CREATE POLICY owners_manage ON archbench.member FOR ALL
  USING (archbench.role_in(project_id, current_user) = 'owner')
  WITH CHECK (archbench.role_in(project_id, current_user) = 'owner');

GRANT SELECT ON archbench.schema_version TO PUBLIC;
GRANT SELECT, INSERT, DELETE ON archbench.project TO PUBLIC;
GRANT UPDATE (name, data) ON archbench.project TO PUBLIC;
GRANT SELECT ON archbench.project_version TO PUBLIC;
GRANT SELECT, INSERT, DELETE ON archbench.member TO PUBLIC;
GRANT UPDATE (role) ON archbench.member TO PUBLIC;
)SQL";

constexpr std::array<ServerMigrationStep, 1> kSteps{{{1, kVersion1}}};

/// One key for every Archbench schema change, so two `server init` runs take turns.
constexpr qint64 kSchemaLock = 0x4152434853434831; // "ARCHSCH1"

Expected<int> readVersion(ServerConnection &db)
{
    auto present = db.query(QStringLiteral("SELECT to_regclass('archbench.schema_version') IS NOT NULL"));
    if (!present)
        return present.error();
    if (!present->value(0).value(0).toBool())
        return 0;
    auto version = db.query(QStringLiteral("SELECT version FROM archbench.schema_version"));
    if (!version)
        return version.error();
    return version->isEmpty() ? 0 : version->first().value(0).toInt();
}

} // namespace

std::span<const ServerMigrationStep> serverMigrationSteps()
{
    return std::span<const ServerMigrationStep>(kSteps.data(), kSteps.size());
}

Expected<ServerSchemaState> checkServerSchema(ServerConnection &db)
{
    auto version = readVersion(db);
    if (!version)
        return version.error();
    ServerSchemaState state;
    state.version = *version;
    state.usable = *version == kServerSchemaVersion;
    const QString url = db.url().toString();
    if (*version == 0)
        state.message = ServerText::tr("This database holds no Archbench schema yet: an administrator runs \"archbench server init %1\".").arg(url);
    else if (*version < kServerSchemaVersion)
        state.message = ServerText::tr("The server's schema is version %1; this program needs version %2. An administrator upgrades it "
                           "with \"archbench server init %3\".")
                            .arg(*version)
                            .arg(kServerSchemaVersion)
                            .arg(url);
    else if (*version > kServerSchemaVersion)
        state.message = ServerText::tr("The server's schema is version %1, newer than this program knows (up to %2): use a newer "
                           "Archbench with this server.")
                            .arg(*version)
                            .arg(kServerSchemaVersion);
    else
        state.message = ServerText::tr("The server's schema is version %1; this program can use it.").arg(*version);
    return state;
}

Expected<int> initServerSchema(ServerConnection &db)
{
    return initServerSchema(db, kServerSchemaVersion, serverMigrationSteps());
}

Expected<int> initServerSchema(ServerConnection &db, int to, std::span<const ServerMigrationStep> steps)
{
    auto start = readVersion(db);
    if (!start)
        return start.error();
    if (*start > to)
        return makeError(ErrorCode::Refused, ServerText::tr("the server's schema is version %1, newer than this program knows (up to %2): "
                                                "it is left as it is")
                                                 .arg(*start)
                                                 .arg(to));
    for (const ServerMigrationStep &step : steps) {
        if (step.to > to)
            break;
        auto done = inServerTransaction(db, [&]() -> Expected<bool> {
            if (auto locked = db.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSchemaLock}); !locked)
                return locked.error();
            auto now = readVersion(db); // another init may have run meanwhile
            if (!now)
                return now.error();
            if (*now >= step.to)
                return false;
            if (auto ran = db.execScript(QString::fromUtf8(step.sql)); !ran)
                return makeError(ran.error().code, ServerText::tr("upgrading the server to schema %1 failed: %2").arg(step.to).arg(ran.error().message));
            if (auto stamped = db.exec(QStringLiteral("INSERT INTO archbench.schema_version (singleton, version) VALUES (true, ?) "
                                                      "ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, migrated = now()"),
                                       {step.to});
                !stamped)
                return stamped.error();
            return true;
        });
        if (!done)
            return done.error();
    }
    return *start;
}

} // namespace archbench::core::server
