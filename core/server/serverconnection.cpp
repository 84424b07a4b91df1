#include "serverconnection.h"
#include "servertext.h"

#include "../log.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace archbench::core::server {

namespace {

/// libpq's conninfo quoting: 'value' with \ and ' escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // libpq prefixes "FATAL:  " / "ERROR:  " and may add lines of detail
    for (const char *prefix : {"FATAL:  ", "ERROR:  "})
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(int(qstrlen(prefix)));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

/// The refusal of a connection, in words that say what to do. libpq gives no SQLSTATE for a
/// failed connection, so its (English) message is read; anything else is passed on as it is.
Error connectionError(const QSqlError &error, const ServerUrl &url)
{
    const QString text = serverText(error);
    const QString where = url.displayName();
    if (text.contains(QLatin1String("password authentication failed")) || text.contains(QLatin1String("SASL authentication failed")))
        return makeError(ErrorCode::Unauthorized, ServerText::tr("the server %1 refused the password for %2")
                                                      .arg(where, url.user.isEmpty() ? ServerText::tr("this user") : url.user));
    if (text.contains(QLatin1String("no password supplied")))
        return makeError(ErrorCode::Unauthorized,
                         ServerText::tr("the server %1 asks for a password: give it when asked, or keep it in ~/.pgpass").arg(where));
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return makeError(ErrorCode::NotFound, ServerText::tr("the server has no database \"%1\" (%2): an administrator creates it, "
                                                 "see docs/team-server.md")
                                                  .arg(url.database, where));
    if (text.contains(QLatin1String("role")) && text.contains(QLatin1String("does not exist")))
        return makeError(ErrorCode::Unauthorized, ServerText::tr("the server %1 has no user \"%2\": an administrator creates it").arg(where, url.user));
    if (text.contains(QLatin1String("no pg_hba.conf entry")) || text.contains(QLatin1String("pg_hba.conf rejects"))
        || text.contains(QLatin1String("permission denied for database")))
        return makeError(ErrorCode::Unauthorized, ServerText::tr("the server %1 does not let this user in: %2").arg(where, text));
    if (text.contains(QLatin1String("could not connect")) || text.contains(QLatin1String("Connection refused"))
        || text.contains(QLatin1String("could not translate host name")) || text.contains(QLatin1String("timeout expired"))
        || text.contains(QLatin1String("No such file or directory")) || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("the database system is")))
        return makeError(ErrorCode::Unreachable, ServerText::tr("the server %1 cannot be reached: %2").arg(where, text));
    return makeError(ErrorCode::Other, ServerText::tr("connecting to %1 failed: %2").arg(where, text));
}

QAtomicInt g_connections;

} // namespace

struct ServerConnection::Impl {
    ServerUrl url;
    QString name;
    QString user;
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }

    Error queryError(const QSqlError &error) const
    {
        const QString state = error.nativeErrorCode();
        const QString text = serverText(error);
        if (state == QLatin1String("23505")) // unique_violation: the caller words it
            return makeError(ErrorCode::Refused, ServerText::tr("the server already holds that: %1").arg(text));
        if (state == QLatin1String("42501"))
            return makeError(ErrorCode::Unauthorized, ServerText::tr("the server refused it: %1").arg(text));
        if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || !db().isOpen()
            || text.contains(QLatin1String("server closed the connection")) || text.contains(QLatin1String("no connection to the server")))
            return makeError(ErrorCode::Unreachable, ServerText::tr("the server %1 went away: %2").arg(url.displayName(), text));
        return makeError(ErrorCode::Other, ServerText::tr("the server reported: %1").arg(text));
    }
};

ServerConnection::ServerConnection() : d(std::make_unique<Impl>()) {}

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = d->db();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->name);
}

Expected<std::unique_ptr<ServerConnection>> ServerConnection::open(const ServerUrl &url, const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::Other, ServerText::tr("Qt's PostgreSQL driver (QPSQL) is not installed: install the Debian package "
                                              "libqt6sql6-psql"));
    std::unique_ptr<ServerConnection> connection(new ServerConnection);
    connection->d->url = url;
    connection->d->name = QStringLiteral("archbench-server-%1").arg(g_connections.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->d->name);
    if (!url.host.isEmpty())
        db.setHostName(url.host);
    if (url.port > 0)
        db.setPort(url.port);
    if (!url.database.isEmpty())
        db.setDatabaseName(url.database);
    if (!url.user.isEmpty())
        db.setUserName(url.user);
    if (!password.isEmpty())
        db.setPassword(password);
    // QPSQL joins its options with ';' into libpq's conninfo; the URL refused ';' in values
    QStringList options;
    bool named = false, timeout = false;
    for (const auto &[key, value] : url.options) {
        options << key + QLatin1Char('=') + quoted(value);
        named = named || key == QLatin1String("application_name");
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    if (!named) // who has a project open names the program (presence)
        options << QStringLiteral("application_name=") + quoted(QStringLiteral("Archbench"));
    if (!timeout)
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        Error error = connectionError(db.lastError(), url);
        AB_LOG_INFO("connecting to {} failed: {}", url.toString(), serverText(db.lastError())); // the caller says it
        return error;
    }
    auto who = connection->query(QStringLiteral("SELECT current_user"));
    if (!who)
        return who.error();
    connection->d->user = who->value(0).value(0).toString();
    return connection;
}

const ServerUrl &ServerConnection::url() const { return d->url; }
QString ServerConnection::user() const { return d->user; }

bool ServerConnection::isOpen() const
{
    return d->db().isOpen();
}

Expected<QList<QVariantList>> ServerConnection::query(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return d->queryError(q.lastError());
    for (const QVariant &arg : args)
        q.addBindValue(arg);
    if (!q.exec())
        return d->queryError(q.lastError());
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i));
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return d->queryError(q.lastError());
    return rows;
}

Expected<int> ServerConnection::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(d->db());
    if (!q.prepare(sql))
        return d->queryError(q.lastError());
    for (const QVariant &arg : args)
        q.addBindValue(arg);
    if (!q.exec())
        return d->queryError(q.lastError());
    return q.numRowsAffected();
}

QStringList splitSqlScript(const QString &sql)
{
    QStringList statements;
    QString current;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql[i];
        if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) { // comment to the line's end
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) { // a literal or a quoted name ('' and "" stay inside)
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += sql.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$')) { // $tag$ ... $tag$
            qsizetype j = i + 1;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == QLatin1Char('_')))
                ++j;
            if (j < n && sql[j] == QLatin1Char('$')) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += sql.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Expected<void> ServerConnection::execScript(const QString &sql)
{
    // one statement at a time: QPSQL reports only the first statement's result of a batch
    for (const QString &statement : splitSqlScript(sql)) {
        QSqlQuery q(d->db());
        if (!q.exec(statement))
            return d->queryError(q.lastError());
    }
    return {};
}

Expected<void> ServerConnection::begin()
{
    QSqlDatabase db = d->db();
    if (!db.transaction())
        return d->queryError(db.lastError());
    return {};
}

Expected<void> ServerConnection::commit()
{
    QSqlDatabase db = d->db();
    if (!db.commit())
        return d->queryError(db.lastError());
    return {};
}

void ServerConnection::rollback()
{
    QSqlDatabase db = d->db();
    if (!db.rollback())
        AB_LOG_WARN("rollback on {} failed: {}", d->url.toString(), serverText(db.lastError()));
}

} // namespace archbench::core::server
