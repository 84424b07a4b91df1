#pragma once
// Delete, Duplicate, Move Up and Move Down for the items of the Project tree (decisions,
// reviews, drills, cost models). The actions act on the tree's current item (which follows the
// tab in front), sit in the Edit menu and in the tree's context menu, and their keys work
// while the tree has the keyboard, so they never take Delete or Alt+Up from an editor:
//
//   Delete      Delete Item      (links to it are cleared in the same step: commands::deleteItem)
//   Ctrl+D      Duplicate Item   (new ids throughout, title "… (copy)", right after the original)
//   Alt+Up/Down Move Item Up / Down
//
// Each is one undo step through the command façade (ui/commands); nothing here edits data.

#include "ui/workbench.h"

#include <QObject>

class QAction;
class QMenu;
class QPoint;

namespace archbench::ui {

class ProjectDock;

class ItemActions : public QObject {
    Q_OBJECT
public:
    ItemActions(Workbench *workbench, ProjectDock *tree, QObject *parent = nullptr);

    QAction *deleteItem = nullptr;
    QAction *duplicateItem = nullptr;
    QAction *moveUp = nullptr;
    QAction *moveDown = nullptr;
    QList<QAction *> actions() const { return {duplicateItem, deleteItem, moveUp, moveDown}; }

    /// Enables what applies to the tree's current item (none for groups, the overview, or a
    /// read-only project).
    void update();

private:
    QAction *make(const char *objectName, const QString &text, const QKeySequence &key, void (ItemActions::*slot)());
    ItemRef target() const;
    void removeTarget();
    void duplicateTarget();
    void moveTargetUp() { moveTarget(-1); }
    void moveTargetDown() { moveTarget(1); }
    void moveTarget(int delta);
    void showContextMenu(const QPoint &pos);
    void watch(core::Project *project);

    Workbench *m_workbench;
    ProjectDock *m_tree;
};

} // namespace archbench::ui
