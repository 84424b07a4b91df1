#pragma once
// The SQLite implementation of ProjectStore over one database (a working copy, or an
// in-memory database for conversions). Every write is one transaction that rewrites the
// whole aggregate (delete, cascading to its children, then insert), so each committed edit
// leaves the database complete and consistent: a crash loses at most the edit in flight.
//
// Invariant: the database holds schema kSchemaVersion (callers migrate before wrapping it).

#include "../projectstore.h"
#include "serverorigin.h"

#include <optional>
#include "sqliteconnection.h"

#include <functional>
#include <memory>

namespace archbench::core::storage {

class SqliteStore final : public ProjectStore {
public:
    explicit SqliteStore(std::unique_ptr<SqliteConnection> connection);
    ~SqliteStore() override;

    /// A new database at `path` (must not exist; ":memory:" allowed) holding `data`.
    static Expected<std::unique_ptr<SqliteStore>> create(const QString &path, const ProjectData &data);
    /// Waits until decision i of the data may be read; false gives up (the fill fails).
    using DecisionReady = std::function<bool(int)>;
    /// The same, for an import that decodes decisions while this fills the database: decision
    /// i is read only after `ready(i)` returned true; the list's size is fixed up front.
    static Expected<std::unique_ptr<SqliteStore>> create(const QString &path, const ProjectData &data,
                                                         const DecisionReady &ready);

    Expected<void> writeInfo(const ProjectInfo &info) override;
    Expected<void> writeItem(const ProjectData &data, ItemKind kind, const QString &id) override;
    Expected<void> replaceDecision(const ProjectData &data, const Decision &before, const Decision &after) override;
    Expected<void> removeItem(ItemKind kind, const QString &id) override;
    Expected<void> writeOrder(const ProjectData &data, ItemKind kind) override;

    /// Replaces the whole content with `data`, in one transaction.
    Expected<void> writeAll(const ProjectData &data, const DecisionReady &ready = {});
    /// Reads the whole project back.
    Expected<ProjectData> load();
    /// The team server this copy came from (schema 7), if any; not part of the content.
    Expected<std::optional<ServerOrigin>> serverOrigin();
    Expected<void> setServerOrigin(const std::optional<ServerOrigin> &origin);

    SqliteConnection &connection() { return *m_db; }

private:
    Expected<void> insertItem(const ProjectData &data, ItemKind kind, int index);
    Expected<void> renumber(const ProjectData &data, ItemKind kind);
    std::unique_ptr<SqliteConnection> m_db;
};

} // namespace archbench::core::storage
