#pragma once
// One decision of the open project as the editor's panels see it: an ItemHandle (read, edit
// as one undo command, hear changes) that also hears when another decision's title or record
// changed, for the supersede links and successor lists.

#include "ui/itemhandle.h"

namespace archbench::ui {

class DecisionHandle : public ItemHandle<core::Decision> {
    Q_OBJECT
public:
    DecisionHandle(ProjectDocument *document, const QString &decisionId,
                   QObject *parent = nullptr);

    /// The decision now, or nullptr once it has been removed.
    const core::Decision *decision() const { return item(); }

signals:
    /// Another decision was added, removed, moved or had its title or record changed
    /// (supersede links, successor lists); edits of its matrix do not count.
    void projectDecisionsChanged();
};

/// Everyone the project names in its decisions (decision-makers, consulted, informed,
/// attendees, ballots, dissent) and its owner: the people list the name fields offer.
QStringList projectPeople(const core::Project *project);

} // namespace archbench::ui
