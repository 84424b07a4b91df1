#pragma once
// The open project as every editor, dock and table model of the window sees it: the project,
// its undo stack (the only way to change it) and what is derived from it once for all views.
//
// - One analysis per decision matrix revision (weighted scores, flip shares, the robustness
//   draws): the editor's summary, the Checks dock, the Overview and the status bar read the
//   same cached analysis instead of drawing their own.
// - One subscription to the project's change signals, routed to the ItemHandles of the item
//   that changed by a hash lookup: an edit of one decision reaches that decision's handles, not
//   every handle of every open tab.
//
// The document does not own the project or the stack (the file controller, or a test, does);
// it forgets them when they are destroyed.
//
//   ProjectDocument document(&project, &undoStack);
//   DecisionEditor editor(&document, decisionId);

#include "core/decision/analysiscache.h"
#include "core/project.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

namespace archbench::ui {

class ItemHandleBase;

class ProjectDocument : public QObject {
    Q_OBJECT
public:
    ProjectDocument(core::Project *project, QUndoStack *undoStack, QObject *parent = nullptr);
    ~ProjectDocument() override;

    core::Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// No project, no stack, or a read-only project: every edit is refused.
    bool isReadOnly() const;

    /// The decision analyses shared by every view, one per matrix revision.
    core::DecisionAnalysisCache &analyses() { return m_analyses; }
    /// The analysis of `decision` (computed now if its matrix is new or changed).
    const core::DecisionAnalysis &analysis(const core::Decision &decision) { return m_analyses.analysis(decision); }

    /// How many item handles are listening (a test hook).
    int handleCount() const { return int(m_handles.size()); }

private:
    friend class ItemHandleBase;
    void attach(ItemHandleBase *handle);
    void detach(ItemHandleBase *handle);
    template <typename F> void forHandles(core::ItemKind kind, const QString &id, F &&f);

    QPointer<core::Project> m_project;
    QPointer<QUndoStack> m_undoStack;
    core::DecisionAnalysisCache m_analyses;
    /// The handles per item, keyed by kind and id.
    QMultiHash<QString, ItemHandleBase *> m_handles;
};

} // namespace archbench::ui
