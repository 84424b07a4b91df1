#include "sqlitestore.h"
#include "projectrows.h"
#include "rowsupport.h"
#include "schema.h"

#include <QCoreApplication>

namespace archbench::core::storage {

namespace {

template <typename T> int indexIn(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

int indexOfItem(const ProjectData &data, ItemKind kind, const QString &id)
{
    switch (kind) {
    case ItemKind::Decision: return indexIn(data.decisions, id);
    case ItemKind::Review: return indexIn(data.reviews, id);
    case ItemKind::Lens: return indexIn(data.lenses, id);
    case ItemKind::Drill: return indexIn(data.drills, id);
    case ItemKind::CostModel: return indexIn(data.costModels, id);
    }
    return -1;
}

template <typename T> QStringList idsOf(const QList<T> &list)
{
    QStringList ids;
    ids.reserve(list.size());
    for (const T &item : list)
        ids << item.id;
    return ids;
}

QStringList idsOfKind(const ProjectData &data, ItemKind kind)
{
    switch (kind) {
    case ItemKind::Decision: return idsOf(data.decisions);
    case ItemKind::Review: return idsOf(data.reviews);
    case ItemKind::Lens: return idsOf(data.lenses);
    case ItemKind::Drill: return idsOf(data.drills);
    case ItemKind::CostModel: return idsOf(data.costModels);
    }
    return {};
}

int countOfKind(const ProjectData &data, ItemKind kind)
{
    return int(idsOfKind(data, kind).size());
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
    switch (kind) {
    case ItemKind::Decision: return rows::insertDecision(*m_db, data.decisions[i], i);
    case ItemKind::Review: return rows::insertReview(*m_db, data.reviews[i], i);
    case ItemKind::Lens: return rows::insertLens(*m_db, data.lenses[i], i);
    case ItemKind::Drill: return rows::insertDrill(*m_db, data.drills[i], i);
    case ItemKind::CostModel: return rows::insertCostModel(*m_db, data.costModels[i], i);
    }
    return {};
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
    const int index = indexOfItem(data, kind, id);
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
    const int index = indexOfItem(data, ItemKind::Decision, after.id);
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
        AB_TRY(m_db->exec("DELETE FROM decision; DELETE FROM review; DELETE FROM lens; DELETE FROM drill; "
                          "DELETE FROM cost_model;"));
        AB_TRY(rows::writeInfo(*m_db, data.project));
        for (int i = 0; i < data.decisions.size(); ++i) {
            if (ready && !ready(i))
                return makeError(ErrorCode::Other, QStringLiteral("the import stopped before decision %1").arg(i));
            AB_TRY(rows::insertDecision(*m_db, data.decisions[i], i));
        }
        for (int i = 0; i < data.reviews.size(); ++i)
            AB_TRY(rows::insertReview(*m_db, data.reviews[i], i));
        for (int i = 0; i < data.lenses.size(); ++i)
            AB_TRY(rows::insertLens(*m_db, data.lenses[i], i));
        for (int i = 0; i < data.drills.size(); ++i)
            AB_TRY(rows::insertDrill(*m_db, data.drills[i], i));
        for (int i = 0; i < data.costModels.size(); ++i)
            AB_TRY(rows::insertCostModel(*m_db, data.costModels[i], i));
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
        AB_TRY(rows::readDecisions(*m_db, data.decisions));
        AB_TRY(rows::readReviews(*m_db, data.reviews));
        AB_TRY(rows::readLenses(*m_db, data.lenses));
        AB_TRY(rows::readDrills(*m_db, data.drills));
        AB_TRY(rows::readCostModels(*m_db, data.costModels));
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
