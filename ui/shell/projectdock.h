#pragma once
// The Project dock: the tree of the project's items (ProjectTreeModel). Enter or double-click
// opens an item's tab through Workbench::openItem; the selection follows the tab in front, and
// selecting a row tells the Inspector what to show.

#include "ui/workbench.h"

#include <QDockWidget>

class QTreeView;

namespace archbench::ui {

class ProjectTreeModel;

class ProjectDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ProjectDock(Workbench *workbench, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProjectTreeModel *model() const { return m_model; }
    /// The item of the selected row (invalid for a group row or no selection).
    ItemRef selectedItem() const;

signals:
    void selectedItemChanged(const archbench::ui::ItemRef &item);

private:
    void setProject(core::Project *project);
    void selectItem(const ItemRef &item);
    void activate(const QModelIndex &index);

    Workbench *m_workbench;
    ProjectTreeModel *m_model;
    QTreeView *m_view;
};

} // namespace archbench::ui
