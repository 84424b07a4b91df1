#pragma once
// Small helpers shared by the *rows.cpp files (private to core/storage).

#include "projectrows.h"
#include "sqliteconnection.h"

#include <QHash>

namespace archbench::core::storage::rows {

/// Calls `body()` (returning Expected<void>) for each result row of `statement`.
template <typename F> Expected<void> forEachRow(SqliteStatement &statement, F &&body)
{
    for (;;) {
        auto row = statement.next();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (auto done = body(); !done) {
            statement.reset();
            return done;
        }
    }
}

/// Index of a list by id, to attach child rows to their parent.
template <typename T> QHash<QString, int> indexById(const QList<T> &list)
{
    QHash<QString, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index.insert(list[i].id, i);
    return index;
}

/// Maps (parent index, stored position) of a child list to its index in that list, for
/// grandchildren that name their parent by position.
using PositionIndex = QHash<QPair<int, qint64>, int>;

} // namespace archbench::core::storage::rows

/// Declares `name` as a reference to the cached statement for `sql`, or returns its error.
#define AB_STATEMENT(name, sql)                                                                    \
    auto name##_prepared_ = db.prepare(sql);                                                       \
    if (!name##_prepared_)                                                                         \
        return name##_prepared_.error();                                                           \
    SqliteStatement &name = **name##_prepared_
