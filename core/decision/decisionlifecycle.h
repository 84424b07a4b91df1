#pragma once
// The status lifecycle of decisions: proposed → accepted → superseded (by another decision) /
// rejected / deprecated. A supersede link is stored once, on the old decision
// (supersededBy); the successor finds what it supersedes by scanning (supersededDecisions),
// so the two directions can never disagree.

#include "core/model/projectdata.h"

#include <QDate>

#include <QCoreApplication>

namespace archbench::core {

class DecisionLifecycle {
public:
    Q_DECLARE_TR_FUNCTIONS(archbench::core::DecisionLifecycle)
public:
    /// A new proposed decision with a fresh id, dated `date`, on the default 1–5 scale.
    static Decision create(const QString &title, const QDate &date);

    /// `old` marked superseded by `successorId`.
    static Decision supersede(Decision old, const QString &successorId);

    /// `decision` with `status`; supersededBy is kept only for the superseded status.
    static Decision withStatus(Decision decision, DecisionStatus status, const QString &successorId = {});

    /// Ids of the decisions that `decisionId` supersedes (their supersededBy names it).
    static QStringList supersededDecisions(const ProjectData &data, const QString &decisionId);

    /// Why `successorId` cannot supersede `decisionId` (itself, unknown, or a loop of
    /// supersede links); empty when it can.
    static QString supersedeProblem(const ProjectData &data, const QString &decisionId,
                                    const QString &successorId);

    /// Decisions that `decisionId` may be superseded by, in project order.
    static QStringList possibleSuccessors(const ProjectData &data, const QString &decisionId);

    /// True for the statuses under which a decision is in force (proposed, accepted).
    static bool isActive(const Decision &decision);
};

} // namespace archbench::core
