#include "itemactions.h"

#include "itemtitles.h"
#include "projectdock.h"
#include "projecttreemodel.h"

#include "ui/commands/itemcommands.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>

namespace archbench::ui {

ItemActions::ItemActions(Workbench *workbench, ProjectDock *tree, QObject *parent)
    : QObject(parent), m_workbench(workbench), m_tree(tree)
{
    duplicateItem = make("actionDuplicateItem", tr("Dup&licate Item"), QKeySequence(Qt::CTRL | Qt::Key_D),
                         &ItemActions::duplicateTarget);
    duplicateItem->setToolTip(tr("Copy the selected item, with new ids, right after it"));
    deleteItem = make("actionDeleteItem", tr("&Delete Item"), QKeySequence(Qt::Key_Delete), &ItemActions::removeTarget);
    deleteItem->setToolTip(tr("Delete the selected item (Undo brings it back)"));
    moveUp = make("actionMoveItemUp", tr("Move Item U&p"), QKeySequence(Qt::ALT | Qt::Key_Up), &ItemActions::moveTargetUp);
    moveDown = make("actionMoveItemDown", tr("Move Item Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                    &ItemActions::moveTargetDown);

    QTreeView *view = m_tree->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ItemActions::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ItemActions::update);
    connect(m_workbench, &Workbench::projectChanged, this, &ItemActions::watch);
    watch(m_workbench->project());
}

QAction *ItemActions::make(const char *objectName, const QString &text, const QKeySequence &key,
                           void (ItemActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1StringView(objectName));
    action->setShortcut(key);
    // the keys belong to the tree: Delete and Alt+Up mean other things in the editors
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->view()->addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void ItemActions::watch(core::Project *project)
{
    if (project) {
        // enablement follows order, read-only state and the tree's current row
        for (auto signal : {&core::Project::itemInserted, &core::Project::itemRemoved})
            connect(project, signal, this, &ItemActions::update, Qt::UniqueConnection);
        connect(project, &core::Project::itemsReordered, this, &ItemActions::update, Qt::UniqueConnection);
        connect(project, &core::Project::readOnlyChanged, this, &ItemActions::update, Qt::UniqueConnection);
    }
    update();
}

ItemRef ItemActions::target() const
{
    const ItemRef item = m_tree->selectedItem();
    if (!m_workbench->project() || item.overview || item.kind == core::ItemKind::Lens)
        return {};
    return item;
}

void ItemActions::update()
{
    const ItemRef item = target();
    core::Project *project = m_workbench->project();
    const bool editable = item.isValid() && project && !project->isReadOnly() && m_workbench->undoStack();
    const auto [index, count] = editable ? commands::itemPosition(*project, item.kind, item.id) : std::pair{-1, 0};
    deleteItem->setEnabled(index >= 0);
    duplicateItem->setEnabled(index >= 0);
    moveUp->setEnabled(index > 0);
    moveDown->setEnabled(index >= 0 && index + 1 < count);
}

void ItemActions::removeTarget()
{
    const ItemRef item = target();
    core::Project *project = m_workbench->project();
    if (!item.isValid() || !project || project->isReadOnly())
        return;
    const QString title = itemTitle(*project, item);
    if (const QString refusal = commands::deleteRefusal(*project, item.kind, item.id); !refusal.isEmpty()) {
        m_workbench->showError(refusal);
        return;
    }
    QStringList linked;
    if (item.kind == core::ItemKind::Decision)
        for (const QString &id : commands::decisionsSupersededBy(*project, item.id))
            linked << QStringLiteral("\u201C%1\u201D").arg(itemTitle(*project, ItemRef{core::ItemKind::Decision, id, false}));
    if (!commands::deleteItem(m_workbench->undoStack(), project, item.kind, item.id,
                              tr("Delete \u201C%1\u201D").arg(title)))
        return;
    m_workbench->showStatus(linked.isEmpty()
                                ? tr("Deleted \u201C%1\u201D. Undo brings it back.").arg(title)
                                : tr("Deleted \u201C%1\u201D; %2 no longer names it as superseding. Undo brings both back.")
                                      .arg(title, linked.join(QStringLiteral(", "))));
}

void ItemActions::duplicateTarget()
{
    const ItemRef item = target();
    core::Project *project = m_workbench->project();
    if (!item.isValid() || !project)
        return;
    const QString title = itemTitle(*project, item);
    const QString copy = commands::duplicateItem(m_workbench->undoStack(), project, item.kind, item.id,
                                                 tr("Duplicate \u201C%1\u201D").arg(title));
    if (copy.isEmpty())
        return;
    const ItemRef copied{item.kind, copy, false};
    const QModelIndex row = m_tree->model()->indexOf(copied);
    m_tree->view()->setCurrentIndex(row);
    m_tree->view()->scrollTo(row);
    m_workbench->showStatus(tr("Duplicated as \u201C%1\u201D.").arg(itemTitle(*project, copied)));
}

void ItemActions::moveTarget(int delta)
{
    const ItemRef item = target();
    core::Project *project = m_workbench->project();
    if (!item.isValid() || !project)
        return;
    const QString title = itemTitle(*project, item);
    commands::moveItemBy(m_workbench->undoStack(), project, item.kind, item.id, delta,
                         delta < 0 ? tr("Move \u201C%1\u201D up").arg(title) : tr("Move \u201C%1\u201D down").arg(title));
    m_tree->view()->scrollTo(m_tree->view()->currentIndex());
}

void ItemActions::showContextMenu(const QPoint &pos)
{
    QTreeView *view = m_tree->view();
    const QModelIndex index = view->indexAt(pos);
    if (index.isValid())
        view->setCurrentIndex(index);
    if (!target().isValid())
        return;
    update();
    QMenu menu(view);
    menu.setObjectName(QStringLiteral("projectTreeMenu"));
    QAction *open = menu.addAction(tr("&Open"));
    connect(open, &QAction::triggered, this, [this] { m_workbench->openItem(m_tree->selectedItem()); });
    menu.addSeparator();
    menu.addAction(duplicateItem);
    menu.addAction(deleteItem);
    menu.addSeparator();
    menu.addAction(moveUp);
    menu.addAction(moveDown);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace archbench::ui
