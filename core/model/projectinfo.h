#pragma once
// Project-level data: identity, framing answers and requirements (DOMAIN.md §1).

#include "enums.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace archbench::core {

/// The ten framing questions plus "out of scope" and "what success looks like".
struct Framing {
    QString users, scale, data, latency, availability, budget, team, timeline, integration,
        compliance, outOfScope, success;
    bool operator==(const Framing &) const = default;
};

struct Requirement {
    QString id;
    RequirementKind kind = RequirementKind::Functional;
    QString text;
    QString target;
    bool operator==(const Requirement &) const = default;
};

/// A field both sides of a merge changed differently (issue 17): kept here until someone picks
/// a side in the Conflicts dock. The values are compact JSON ("4", "\"PostgreSQL\"", "null").
struct MergeConflictRecord {
    QString path; ///< as archbench merge names it: decisions[d1].scores[o1,c1].value
    QString base;
    QString ours; ///< what the project holds now
    QString theirs;
    bool operator==(const MergeConflictRecord &) const = default;
};

struct ProjectInfo {
    QString id;
    QString name;
    QString description;
    QString owner;
    QString currency = QStringLiteral("USD");
    QStringList tags;
    QDateTime created;
    QDateTime modified;
    Framing framing;
    QList<Requirement> requirements;
    /// The highest ADR number ever given to a decision of this project, so that the number of
    /// a deleted decision is never handed out again (0: none given yet).
    int lastAdrNumber = 0;
    /// Conflicts a merge left to resolve, in the order the merge found them.
    QList<MergeConflictRecord> mergeConflicts;
    bool operator==(const ProjectInfo &) const = default;
};

} // namespace archbench::core
