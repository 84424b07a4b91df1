#include "serversync.h"

namespace archbench::core::server {

namespace {

/// One merge with what the server now holds, under the project row's lock: no other save can
/// land between reading the server's version and writing ours, so this save cannot be
/// overtaken again. The lock is a row lock of this transaction, gone with it (or with the
/// connection), so a crash leaves nothing behind.
Expected<bool> mergeAndSaveLocked(TeamServer &server, const QString &id, qint64 &base, SyncResult &result)
{
    ServerConnection &db = server.connection();
    return inServerTransaction(db, [&]() -> Expected<bool> {
        auto locked = db.query(QStringLiteral("SELECT version FROM archbench.project WHERE id = ? FOR UPDATE"), {id});
        if (!locked)
            return locked.error();
        if (locked->isEmpty()) { // not writable for us: let save() say why (viewer, not there)
            auto outcome = server.save(id, base, result.saved);
            if (!outcome)
                return outcome.error();
            return makeError(ErrorCode::Unauthorized, TeamServer::tr("the project \"%1\" cannot be saved by %2").arg(id, db.user()));
        }
        auto head = server.fetch(id);
        if (!head)
            return head.error();
        if (head->version != base) {
            auto start = server.fetchVersion(id, base);
            if (!start)
                return start.error();
            auto merged = ProjectMerge::merge(*start, result.saved, head->data);
            if (!merged)
                return makeError(merged.error().code,
                                 TeamServer::tr("the project \"%1\" could not be merged with version %2 on the server: %3")
                                     .arg(id)
                                     .arg(head->version)
                                     .arg(merged.error().message));
            result.conflicts += merged->conflicts;
            result.saved = std::move(merged->merged);
            base = head->version;
        }
        auto outcome = server.save(id, base, result.saved);
        if (!outcome)
            return outcome.error();
        if (!outcome->saved) // cannot happen while the row is locked; never write over it anyway
            return false;
        result.version = outcome->version;
        return true;
    });
}

} // namespace

Expected<SyncResult> saveMerging(TeamServer &server, const QString &id, qint64 baseVersion, const ProjectData &ours,
                                 int maxAttempts)
{
    SyncResult result;
    result.saved = ours;
    qint64 base = baseVersion;
    // first optimistically: most saves find the server where they left it and take no lock
    result.attempts = 1;
    auto outcome = server.save(id, base, result.saved);
    if (!outcome)
        return outcome.error();
    if (outcome->saved) {
        result.version = outcome->version;
        return result;
    }
    // someone saved first: take their versions in, under the row's lock
    for (int attempt = 2; attempt <= maxAttempts; ++attempt) {
        result.attempts = attempt;
        auto landed = mergeAndSaveLocked(server, id, base, result);
        if (!landed)
            return landed.error();
        if (*landed) {
            result.cameIn = ProjectMerge::diff(ours, result.saved);
            return result;
        }
    }
    return makeError(ErrorCode::Other, TeamServer::tr("the project \"%1\" changed on the server %2 times while saving; nothing was "
                                                      "lost, try again")
                                           .arg(id)
                                           .arg(maxAttempts));
}

} // namespace archbench::core::server
