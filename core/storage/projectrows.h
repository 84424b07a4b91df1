#pragma once
// The rows of each aggregate: how a Decision, Review, LensRecord, Drill, CostModel and the
// project info are written to and read back from the schema of schema.cpp. Writing an
// aggregate inserts its row and all child rows (the caller deletes the old ones first and
// holds the transaction). Reading never trusts the file: an unknown enum spelling, a bad
// date, an orphan row or a lens that is not a JSON object is refused as damage.

#include "../expected.h"
#include "../model/itemkinds.h"

#include <QCoreApplication>

namespace archbench::core::storage {

class SqliteConnection;

namespace rows {

Expected<void> writeInfo(SqliteConnection &db, const ProjectInfo &info);
Expected<void> readInfo(SqliteConnection &db, ProjectInfo &info);

// Each item type has insertItem() and readItems() overloads (a kind's storage hooks): the
// store writes and reads every kind through them (visitKind, itemkinds.h).

Expected<void> insertItem(SqliteConnection &db, const Decision &decision, int position);
/// Brings the stored decision `before` to `after` (same id and position), writing only the
/// rows that differ: one changed score is one row. With no `before`, inserts everything.
Expected<void> writeDecision(SqliteConnection &db, const Decision *before, const Decision &after, int position);
Expected<void> readItems(SqliteConnection &db, QList<Decision> &out);

Expected<void> insertItem(SqliteConnection &db, const Review &review, int position);
Expected<void> readItems(SqliteConnection &db, QList<Review> &out);

Expected<void> insertItem(SqliteConnection &db, const LensRecord &lens, int position);
Expected<void> readItems(SqliteConnection &db, QList<LensRecord> &out);

Expected<void> insertItem(SqliteConnection &db, const Drill &drill, int position);
Expected<void> readItems(SqliteConnection &db, QList<Drill> &out);

Expected<void> insertItem(SqliteConnection &db, const CostModel &model, int position);
Expected<void> readItems(SqliteConnection &db, QList<CostModel> &out);

/// Deletes the item and (by cascade) all its child rows.
Expected<void> deleteItem(SqliteConnection &db, ItemKind kind, const QString &id);
Expected<void> setPosition(SqliteConnection &db, ItemKind kind, const QString &id, int position);

/// The refusal for content that breaks the schema's rules ("the file is damaged: ...").
inline Error damaged(const QString &detail)
{
    return makeError(ErrorCode::Refused,
                     QCoreApplication::translate("archbench::core::storage", "the file is damaged (%1)")
                         .arg(detail));
}

/// Parses an enum spelling read from `column` of `table`; refuses unknown ones.
template <typename E> Expected<E> parseEnum(const QString &text, const char *table, const char *column)
{
    if (auto value = enumFromString<E>(text))
        return *value;
    return damaged(QCoreApplication::translate("archbench::core::storage", "%1.%2 holds the unknown value \"%3\"")
                       .arg(QLatin1StringView(table), QLatin1StringView(column), text));
}

/// The refusal for a date or timestamp column that holds something else.
inline Error badDate(const char *table, const char *column)
{
    return damaged(QCoreApplication::translate("archbench::core::storage", "%1.%2 holds a value that is not a date")
                       .arg(QLatin1StringView(table), QLatin1StringView(column)));
}

/// The refusal for a child row whose parent does not exist.
inline Error orphan(const char *table)
{
    return damaged(QCoreApplication::translate("archbench::core::storage", "%1 has a row without its parent")
                       .arg(QLatin1StringView(table)));
}

} // namespace rows
} // namespace archbench::core::storage
