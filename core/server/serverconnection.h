#pragma once
// One connection to a team server through Qt's QPSQL driver (libpq underneath). It belongs
// to the thread that opened it, like every QSqlDatabase connection. Statements take their
// values as bound parameters, never spliced into the SQL text.

#include "serverurl.h"

#include <QVariant>
#include <memory>

namespace archbench::core::server {

class ServerConnection {
public:
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    /// Connects; `password` empty: libpq's ~/.pgpass and PGPASSWORD. Refusals say what to do:
    /// a missing or wrong password (Unauthorized), a missing database (NotFound), a server that
    /// cannot be reached (Unreachable), a missing QPSQL driver (Other).
    static Expected<std::unique_ptr<ServerConnection>> open(const ServerUrl &url, const QString &password = {});

    const ServerUrl &url() const;
    /// The role the server knows us as (current_user).
    QString user() const;

    /// Runs one statement with ?-placeholders bound to `args`; returns its rows.
    Expected<QList<QVariantList>> query(const QString &sql, const QVariantList &args = {});
    /// Runs one statement; returns the number of rows it changed.
    Expected<int> exec(const QString &sql, const QVariantList &args = {});
    /// Runs a script of several statements (no parameters), as the schema ladder does.
    Expected<void> execScript(const QString &sql);

    Expected<void> begin();
    Expected<void> commit();
    void rollback();

    /// True while the connection is usable (false after the server went away).
    bool isOpen() const;

private:
    ServerConnection();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// The statements of a script, split at the semicolons outside literals, quoted names,
/// dollar-quoted bodies and comments.
QStringList splitSqlScript(const QString &sql);

/// Runs `work` in a transaction: committed when it succeeds, rolled back otherwise.
template <typename Work> auto inServerTransaction(ServerConnection &db, Work &&work) -> decltype(work())
{
    if (auto begun = db.begin(); !begun)
        return begun.error();
    auto result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (auto committed = db.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace archbench::core::server
