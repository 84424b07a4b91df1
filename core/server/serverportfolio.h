#pragma once
// The portfolio of a team server: every project this user is a member of, read as of a day,
// in the same rows a folder's portfolio has (core/portfolio), so `archbench portfolio URL`
// and `archbench check URL` work on a server as on a folder. A project's source is
// "<server URL>#<project id>".

#include "../portfolio/portfolio.h"
#include "teamserver.h"

namespace archbench::core::server {

Expected<Portfolio> scanServer(TeamServer &server, const QDate &today, const MetricReadings &metrics = {});

} // namespace archbench::core::server
