#pragma once
// Where a project file came from when it was pulled from (or pushed to) a team server: the
// server, the project's id there and the version this copy is based on. Kept in the file
// (table server_origin, schema 7), not in the project's content: it is about this copy, so it
// is neither undone, nor diffed, nor exported.

#include <QString>

namespace archbench::core {

struct ServerOrigin {
    QString url;       ///< the server's URL, without password (core/server/serverurl.h)
    QString projectId; ///< the project's id on the server
    qint64 version = 0; ///< the server version this copy started from
    bool operator==(const ServerOrigin &) const = default;
};

} // namespace archbench::core
