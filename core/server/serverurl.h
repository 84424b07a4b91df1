#pragma once
// A team server named by a libpq connection URI (INTERCHANGE.md, version 2 additions):
//
//   postgresql://user@host:port/dbname?sslmode=verify-full
//   postgresql://user@/dbname?host=/run/postgresql        (a Unix-socket directory)
//
// A password never appears in a URL we accept: libpq's ~/.pgpass and PGPASSWORD apply, and the
// GUI asks. Query parameters are libpq's connection parameters, passed on as they are, except
// those that would take the connection elsewhere than the URL says.

#include "../expected.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace archbench::core::server {

struct ServerUrl {
    QString user;     ///< empty: libpq's default (the login name)
    QString host;     ///< a host name, an address, or a socket directory (starts with '/')
    int port = -1;    ///< -1: libpq's default
    QString database; ///< empty: libpq's default (the user name)
    QList<QPair<QString, QString>> options; ///< other libpq parameters (sslmode, ...), in URL order

    /// Parses a postgresql:// or postgres:// URL; refuses a password, an unknown scheme, a
    /// malformed port and parameters libpq does not know.
    static Expected<ServerUrl> parse(const QString &text);
    /// The URL again, in a canonical form (no password, parameters in their order): what the
    /// program stores and shows.
    QString toString() const;
    /// What a person reads: "archbench on db.example:5432 as dana".
    QString displayName() const;
    bool operator==(const ServerUrl &) const = default;
};

/// True for text that names a server rather than a file (postgresql:// or postgres://).
bool isServerUrl(const QString &text);

} // namespace archbench::core::server
