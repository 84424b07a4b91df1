#include "sqlitestore.h"
#include "projectrows.h"
#include "rowsupport.h"
#include "schema.h"

#include <QCoreApplication>

namespace archbench::core::storage {

namespace {

int countOfKind(const ProjectData &data, ItemKind kind)
{
    return visitKind(kind, [&](auto type) { return int(ItemTraits<typename decltype(type)::type>::list(data).size()); });
}

/// Fails when a row lacks its parent (a fault of ours: the rows are written from the model).
Expected<void> checkParents(SqliteConnection &db)
{
    auto check = db.prepare("PRAGMA foreign_key_check");
    if (!check)
        return check.error();
    auto row = (*check)->next();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    const QString table = (*check)->text(0);
    (*check)->reset();
    return makeError(ErrorCode::Other, QCoreApplication::translate("archbench::core::storage",
                                                                   "%1 has rows without their parent")
                                           .arg(table));
}

} // namespace

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> connection) : m_db(std::move(connection)) {}

SqliteStore::~SqliteStore() = default;

Expected<std::unique_ptr<SqliteStore>> SqliteStore::create(const QString &path, const ProjectData &data)
{
    return create(path, data, {});
}

Expected<std::unique_ptr<SqliteStore>> SqliteStore::create(const QString &path, const ProjectData &data,
                                                           const DecisionReady &ready)
{
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::Create);
    if (!connection)
        return connection.error();
    AB_TRY(createSchema(**connection));
    auto store = std::make_unique<SqliteStore>(std::move(*connection));
    // A new database is filled parent first, child rows beside their parent, so checking
    // each child row's parent as it goes in is a third of the time of the whole fill; one
    // foreign_key_check over the finished tables proves the same at a fraction of the cost.
    AB_TRY(store->m_db->exec("PRAGMA foreign_keys=OFF;"));
    AB_TRY(store->writeAll(data, ready));
    AB_TRY(store->m_db->exec("PRAGMA foreign_keys=ON;"));
    AB_TRY(checkParents(*store->m_db));
    return store;
}

Expected<void> SqliteStore::insertItem(const ProjectData &data, ItemKind kind, int i)
{
    return visitKind(kind, [&](auto type) {
        return rows::insertItem(*m_db, ItemTraits<typename decltype(type)::type>::list(data)[i], i);
    });
}

Expected<void> SqliteStore::renumber(const ProjectData &data, ItemKind kind)
{
    const QStringList ids = idsOfKind(data, kind);
    for (int i = 0; i < ids.size(); ++i)
        AB_TRY(rows::setPosition(*m_db, kind, ids[i], i));
    return {};
}

Expected<void> SqliteStore::writeInfo(const ProjectInfo &info)
{
    return inTransaction(*m_db, [&]() { return rows::writeInfo(*m_db, info); });
}

Expected<void> SqliteStore::writeItem(const ProjectData &data, ItemKind kind, const QString &id)
{
    const int index = indexOfKind(data, kind, id);
    if (index < 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("archbench::core::storage", "no item \"%1\" to store").arg(id));
    return inTransaction(*m_db, [&]() -> Expected<void> {
        AB_TRY(rows::deleteItem(*m_db, kind, id));
        AB_TRY(insertItem(data, kind, index));
        // An item inserted before others shifts them: keep every position right in the same
        // transaction, so the stored order never depends on a second write.
        if (index != countOfKind(data, kind) - 1)
            AB_TRY(renumber(data, kind));
        return {};
    });
}

Expected<void> SqliteStore::replaceDecision(const ProjectData &data, const Decision &before, const Decision &after)
{
    const int index = indexOfKind(data, ItemKind::Decision, after.id);
    if (index < 0 || before.id != after.id)
        return writeItem(data, ItemKind::Decision, after.id);
    return inTransaction(*m_db, [&]() { return rows::writeDecision(*m_db, &before, after, index); });
}

Expected<void> SqliteStore::removeItem(ItemKind kind, const QString &id)
{
    return inTransaction(*m_db, [&]() { return rows::deleteItem(*m_db, kind, id); });
}

Expected<void> SqliteStore::writeOrder(const ProjectData &data, ItemKind kind)
{
    return inTransaction(*m_db, [&]() { return renumber(data, kind); });
}

Expected<void> SqliteStore::writeAll(const ProjectData &data, const DecisionReady &ready)
{
    return inTransaction(*m_db, [&]() -> Expected<void> {
        for (ItemKind kind : kAllKinds)
            AB_TRY(visitKind(kind, [&](auto type) {
                const QByteArray sql = QByteArray("DELETE FROM ") + ItemTraits<typename decltype(type)::type>::table;
                return m_db->exec(sql.constData());
            }));
        AB_TRY(rows::writeInfo(*m_db, data.project));
        for (ItemKind kind : kAllKinds)
            AB_TRY(visitKind(kind, [&](auto type) -> Expected<void> {
                using T = typename decltype(type)::type;
                const QList<T> &list = ItemTraits<T>::list(data);
                for (int i = 0; i < list.size(); ++i) {
                    if constexpr (std::is_same_v<T, Decision>)
                        if (ready && !ready(i))
                            return makeError(ErrorCode::Other,
                                             QStringLiteral("the import stopped before decision %1").arg(i));
                    AB_TRY(rows::insertItem(*m_db, list[i], i));
                }
                return {};
            }));
        return {};
    });
}

Expected<ProjectData> SqliteStore::load()
{
    ProjectData data;
    // One read transaction: a consistent snapshot, and SQLite takes the lock only once.
    AB_TRY(m_db->exec("BEGIN"));
    auto body = [&]() -> Expected<void> {
        AB_TRY(rows::readInfo(*m_db, data.project));
        for (ItemKind kind : kAllKinds)
            AB_TRY(visitKind(kind, [&](auto type) {
                return rows::readItems(*m_db, ItemTraits<typename decltype(type)::type>::list(data));
            }));
        return {};
    };
    auto result = body();
    m_db->rollback();
    if (!result)
        return result.error();
    return data;
}

} // namespace archbench::core::storage

namespace archbench::core::storage {

Expected<std::optional<ServerOrigin>> SqliteStore::serverOrigin()
{
    SqliteConnection &db = *m_db;
    AB_STATEMENT(origin, "SELECT url, project_id, version FROM server_origin");
    std::optional<ServerOrigin> found;
    AB_TRY(rows::forEachRow(origin, [&]() -> Expected<void> {
        found = ServerOrigin{origin.text(0), origin.text(1), origin.integer(2)};
        return {};
    }));
    return found;
}

Expected<void> SqliteStore::setServerOrigin(const std::optional<ServerOrigin> &origin)
{
    SqliteConnection &db = *m_db;
    return inTransaction(db, [&]() -> Expected<void> {
        AB_TRY(db.exec("DELETE FROM server_origin"));
        if (!origin)
            return {};
        AB_STATEMENT(insert, "INSERT INTO server_origin (singleton, url, project_id, version) VALUES (1, ?1, ?2, ?3)");
        return insert.run({origin->url, origin->projectId, origin->version});
    });
}

} // namespace archbench::core::storage
