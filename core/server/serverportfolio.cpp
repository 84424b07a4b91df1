#include "serverportfolio.h"

namespace archbench::core::server {

Expected<Portfolio> scanServer(TeamServer &server, const QDate &today, const MetricReadings &metrics)
{
    if (auto usable = server.requireUsableSchema(); !usable)
        return usable.error();
    auto projects = server.projects();
    if (!projects)
        return projects.error();
    Portfolio portfolio;
    portfolio.root = server.connection().url().toString();
    portfolio.today = today;
    for (const ServerProject &p : *projects) {
        const QString source = portfolio.root + QLatin1Char('#') + p.id;
        auto snapshot = server.fetch(p.id);
        if (!snapshot) {
            if (snapshot.error().code == ErrorCode::Unreachable)
                return snapshot.error();
            portfolio.unreadable.append({source, snapshot.error().message});
            continue;
        }
        if (!metrics.isEmpty())
            applyMetrics(snapshot->data, metrics);
        portfolio.rows.append(PortfolioScan::summarise(snapshot->data, source, today));
    }
    return portfolio;
}

} // namespace archbench::core::server
