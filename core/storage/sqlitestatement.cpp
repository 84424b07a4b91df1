#include "sqlitestatement.h"
#include "sqliteerror.h"

#include <QStringEncoder>
#include <sqlite3.h>

namespace archbench::core::storage {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Error SqliteStatement::lastError() const
{
    return sqliteError(m_db);
}

Expected<void> SqliteStatement::bind(std::initializer_list<SqlArg> args)
{
    // The statement is reset with no bindings here: prepare() hands it out reset, and run()
    // resets and clears it when done.
    // Text goes in as UTF-8, the file's encoding, written into one buffer sized up front so
    // that no pointer moves: SQLite reads it in place (no copy, no conversion of its own).
    qsizetype space = 0;
    for (const SqlArg &arg : args)
        if (const auto *text = std::get_if<QString>(&arg.value))
            space += text->size() * 3;
    if (m_text.size() < space)
        m_text.resize(space);
    // Stateless: half a surrogate pair at the end of one value must not carry into the next.
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char *out = m_text.data();
    int index = 1;
    for (const SqlArg &arg : args) {
        int rc = SQLITE_OK;
        if (const auto *number = std::get_if<qint64>(&arg.value)) {
            rc = sqlite3_bind_int64(m_statement, index, *number);
        } else if (const auto *real = std::get_if<double>(&arg.value)) {
            rc = sqlite3_bind_double(m_statement, index, *real);
        } else if (const auto *text = std::get_if<QString>(&arg.value)) {
            char *begin = out;
            out = utf8.appendToBuffer(out, *text);
            rc = sqlite3_bind_text64(m_statement, index, begin, sqlite3_uint64(out - begin), SQLITE_STATIC,
                                     SQLITE_UTF8);
        } else {
            rc = sqlite3_bind_null(m_statement, index);
        }
        if (rc != SQLITE_OK)
            return lastError();
        ++index;
    }
    return {};
}

Expected<void> SqliteStatement::run(std::initializer_list<SqlArg> args)
{
    Expected<void> result = bind(args);
    if (result) {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            result = lastError();
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // no pointer into `args` survives the call
    return result;
}

Expected<bool> SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    Error e = lastError();
    sqlite3_reset(m_statement);
    return e;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

bool SqliteStatement::date(int column, QDate &out) const
{
    out = QDate();
    if (isNull(column))
        return true;
    out = QDate::fromString(text(column), Qt::ISODate);
    return out.isValid();
}

bool SqliteStatement::dateTime(int column, QDateTime &out) const
{
    out = QDateTime();
    if (isNull(column))
        return true;
    out = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    return out.isValid();
}

} // namespace archbench::core::storage
