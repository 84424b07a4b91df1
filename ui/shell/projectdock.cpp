#include "projectdock.h"

#include "projecttreemodel.h"

#include <QHeaderView>
#include <QTreeView>

namespace archbench::ui {

ProjectDock::ProjectDock(Workbench *workbench, QWidget *parent)
    : QDockWidget(tr("Project"), parent), m_workbench(workbench),
      m_model(new ProjectTreeModel(this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("projectDock"));
    m_view->setObjectName(QStringLiteral("projectTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setAccessibleName(tr("Project items"));
    setWidget(m_view);

    connect(m_view, &QTreeView::activated, this, &ProjectDock::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit selectedItemChanged(m_model->itemRef(current)); });
    connect(m_workbench, &Workbench::projectChanged, this, &ProjectDock::setProject);
    connect(m_workbench, &Workbench::currentItemChanged, this, &ProjectDock::selectItem);
    // a new item shows up in an expanded group
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_view->expand(parent);
    });
    setProject(workbench->project());
}

ItemRef ProjectDock::selectedItem() const
{
    return m_model->itemRef(m_view->currentIndex());
}

void ProjectDock::setProject(core::Project *project)
{
    m_model->setProject(project);
    m_view->expandAll();
}

void ProjectDock::selectItem(const ItemRef &item)
{
    const QModelIndex index = m_model->indexOf(item);
    if (!index.isValid() || index == m_view->currentIndex())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ProjectDock::activate(const QModelIndex &index)
{
    const ItemRef item = m_model->itemRef(index);
    if (item.isValid())
        m_workbench->openItem(item);
}

} // namespace archbench::ui
