#pragma once
// A prepared statement on a native SQLite handle, with the value conversions the storage
// layer uses everywhere: text is UTF-8, absent optional numbers and invalid dates are NULL,
// dates are ISO 8601 text ("2026-11-28"), timestamps ISO 8601 with zone and milliseconds.

#include "../expected.h"

#include <QDate>
#include <QDateTime>
#include <QByteArray>
#include <QString>
#include <initializer_list>
#include <optional>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace archbench::core::storage {

/// One bound value. Built implicitly from the model's field types.
struct SqlArg {
    std::variant<std::monostate, qint64, double, QString> value;

    SqlArg(std::nullptr_t) {}
    SqlArg(const QString &text) : value(text) {}
    SqlArg(int number) : value(qint64(number)) {}
    SqlArg(qint64 number) : value(number) {}
    SqlArg(bool flag) : value(qint64(flag ? 1 : 0)) {}
    SqlArg(double number) : value(number) {}
    SqlArg(std::optional<double> number)
    {
        if (number)
            value = *number;
    }
    SqlArg(QDate date)
    {
        if (date.isValid())
            value = date.toString(Qt::ISODate);
    }
    SqlArg(const QDateTime &time)
    {
        if (time.isValid())
            value = time.toString(Qt::ISODateWithMs);
    }
};

class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds `args` to ?1, ?2, ..., steps to completion, resets and clears the bindings: for
    /// INSERT, UPDATE, DELETE. Text is bound as UTF-8 from a buffer the statement keeps.
    Expected<void> run(std::initializer_list<SqlArg> args);
    /// Steps once: true with a row to read, false when done (then resets itself).
    Expected<bool> next();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    /// NULL gives an invalid date; false when the text is not an ISO date.
    bool date(int column, QDate &out) const;
    /// NULL gives an invalid timestamp; false when the text is not an ISO timestamp.
    bool dateTime(int column, QDateTime &out) const;

private:
    Expected<void> bind(std::initializer_list<SqlArg> args);
    Error lastError() const;
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QByteArray m_text; // UTF-8 of the bound text of the current run
};

} // namespace archbench::core::storage

/// Returns the Error of an Expected-returning expression from the enclosing function.
#define AB_TRY(expr)                                                                               \
    do {                                                                                           \
        if (auto ab_try_result_ = (expr); !ab_try_result_.ok())                                    \
            return ab_try_result_.error();                                                         \
    } while (false)
