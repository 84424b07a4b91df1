#pragma once
// The translation context of core/server's messages (one context, so lupdate and the running
// program agree on it).

#include <QCoreApplication>

namespace archbench::core::server {

class ServerText {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::server::ServerText)
};

} // namespace archbench::core::server
