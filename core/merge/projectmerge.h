#pragma once
// Semantic diff and three-way merge of projects (issue 17), on the interchange form: every
// field of every entity, named by a path of ids, never list positions (INTERCHANGE.md,
// version 2 additions): `decisions[d1].scores[o1,c1].value`, `decisions[d1].title`,
// `reviews[w1].answers[q3].selected`, `drills[x1].actionItems[a1].status`,
// `project.framing.scale`.
//
// The unit of change is a field of an entity identified by its key:
// - lists of objects with an `id` are keyed by it; scores by (option, criterion); answers by
//   question; ballots by participant;
// - a list of strings (tags, selected choices, participants) is one field for the diff and
//   merges as a set: what either side added is added, what either side removed is removed;
// - any other list (a drill's timeline, a cost model's steps) is one value.
// An added or removed entity is one change (`from` or `to` null).
//
// The conflicts of a merge are also recorded in the merged project (project.mergeConflicts,
// values as compact JSON), after those ours already had, so the GUI can resolve them later;
// that list itself is never diffed or merged.
//
// Merge: both sides' changes apply; a conflict is both sides changing one field to different
// values, or one deleting an entity the other changed. The merged project then holds ours for
// each conflicting field (ours deleted: deleted). Lists keep ours' order, with theirs' new
// entities after the entity they follow in theirs. The result is checked like any import;
// when a merge leaves a reference dangling (an option deleted on one side, scored on the
// other) the deleted entity is kept and the deletion reported as a conflict.

#include "core/expected.h"
#include "core/model/projectdata.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace archbench::core {

struct ProjectChange {
    QString path;
    QJsonValue from; ///< null: added
    QJsonValue to;   ///< null: removed
    QString words;   ///< the change in words, naming entities by their titles
    bool operator==(const ProjectChange &) const = default;
};

struct MergeConflict {
    QString path;
    QJsonValue base;
    QJsonValue ours;
    QJsonValue theirs;
    bool operator==(const MergeConflict &) const = default;
};

struct MergeResult {
    ProjectData merged;
    QList<MergeConflict> conflicts;
    int merged_changes = 0; ///< fields or entities taken from theirs
};

class ProjectMerge {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ProjectMerge)
public:
    /// What changed from `a` to `b`, in document order (project, then each list by id).
    static QList<ProjectChange> diff(const ProjectData &a, const ProjectData &b);
    /// Three-way merge; refused when the result cannot be made a valid project.
    static Expected<MergeResult> merge(const ProjectData &base, const ProjectData &ours, const ProjectData &theirs);
    /// `data` with `value` at `path` (a path as diff and merge name fields; null at an entity's
    /// path deletes it, a value at a missing entity's path adds it): how the Conflicts dock
    /// takes theirs. Refused when the path names nothing or the result is not a valid project.
    static Expected<ProjectData> withValue(const ProjectData &data, const QString &path, const QJsonValue &value);
    /// A JSON value as the diff's words show it ("4", "\"PostgreSQL\"", "none").
    static QString valueText(const QJsonValue &value);
};

} // namespace archbench::core
