#pragma once
// One decision of the open project as the editor's panels see it: read the current value,
// change it as one undo command, hear when it changed (from any edit, undo or redo) or went
// away. Every edit in the decision editor goes through edit(), so each one is exactly one
// QUndoCommand (typing merges by mergeKey) and a read-only project refuses them all.

#include "core/project.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QUndoStack;


namespace archbench::ui {

class DecisionHandle : public QObject {
    Q_OBJECT
public:
    DecisionHandle(core::Project *project, QUndoStack *undoStack, const QString &decisionId,
                   QObject *parent = nullptr);

    core::Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString id() const { return m_id; }
    /// The decision now, or nullptr once it has been removed.
    const core::Decision *decision() const;
    bool isReadOnly() const;

    /// Applies `change` to a copy and pushes it as one undo command named `undoText`. `change`
    /// returns false to cancel. Returns true when something changed.
    bool edit(const QString &undoText, const std::function<bool(core::Decision &)> &change,
              const QString &mergeKey = {});

signals:
    /// The decision changed (an edit here or elsewhere, undo, redo); `parts` says which parts
    /// (ItemPart::All when it came back from a removal).
    void changed(archbench::core::ItemParts parts);
    void removed();
    void readOnlyChanged(bool readOnly);
    /// Another decision was added, removed, moved or had its title or record changed
    /// (supersede links, successor lists); edits of its matrix do not count.
    void projectDecisionsChanged();

private:
    QPointer<core::Project> m_project;
    QUndoStack *m_undoStack;
    QString m_id;
};

/// Everyone the project names in its decisions (decision-makers, consulted, informed,
/// attendees, ballots, dissent) and its owner: the people list the name fields offer.
QStringList projectPeople(const core::Project *project);

} // namespace archbench::ui
