#include "serversync.h"

#include <QRandomGenerator>
#include <QThread>

namespace archbench::core::server {

Expected<SyncResult> saveMerging(TeamServer &server, const QString &id, qint64 baseVersion, const ProjectData &ours,
                                 int maxAttempts)
{
    SyncResult result;
    result.saved = ours;
    qint64 base = baseVersion;
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        result.attempts = attempt;
        auto outcome = server.save(id, base, result.saved);
        if (!outcome)
            return outcome.error();
        if (outcome->saved) {
            result.version = outcome->version;
            result.cameIn = ProjectMerge::diff(ours, result.saved);
            return result;
        }
        // someone saved first: take their version in, then try again from it
        auto head = server.fetch(id);
        if (!head)
            return head.error();
        auto start = server.fetchVersion(id, base);
        if (!start)
            return start.error();
        auto merged = ProjectMerge::merge(*start, result.saved, head->data);
        if (!merged)
            return makeError(merged.error().code, TeamServer::tr("the project \"%1\" could not be merged with version %2 on the server: %3")
                                                      .arg(id)
                                                      .arg(head->version)
                                                      .arg(merged.error().message));
        result.conflicts += merged->conflicts;
        result.saved = std::move(merged->merged);
        base = head->version;
        if (attempt >= 3) // a busy project: let the others' saves land
            QThread::msleep(QRandomGenerator::global()->bounded(5u, 20u) * unsigned(attempt));
    }
    return makeError(ErrorCode::Other, TeamServer::tr("the project \"%1\" changed on the server %2 times while saving; nothing was "
                                                      "lost, try again")
                                           .arg(id)
                                           .arg(maxAttempts));
}

} // namespace archbench::core::server
