#include "workbench.h"

#include "core/project.h"

#include <QDockWidget>
#include <QMainWindow>

namespace archbench::ui {

Workbench::Workbench(QMainWindow *window)
    : QObject(window), m_window(window), m_document(new ProjectDocument(nullptr, nullptr, this))
{
}

void Workbench::setProject(core::Project *project, QUndoStack *undoStack)
{
    m_project = project;
    m_undoStack = undoStack;
    m_current = {};
    // the editors of the old project are closed with it; one still waiting for deletion keeps
    // a valid document until then (its handles hear nothing: the project is gone)
    m_document->deleteLater();
    m_document = new ProjectDocument(project, undoStack, this);
    emit projectChanged(project);
}

void Workbench::registerEditor(core::ItemKind kind, EditorFactory factory)
{
    m_factories.insert(int(kind), std::move(factory));
}

void Workbench::registerOverviewEditor(EditorFactory factory)
{
    m_overviewFactory = std::move(factory);
}

QList<ItemProperty> Workbench::properties(const core::Project &project, const ItemRef &item) const
{
    if (item.overview)
        return {};
    const auto it = m_properties.constFind(int(item.kind));
    return it == m_properties.cend() ? QList<ItemProperty>() : (*it)(project, item.id);
}

QWidget *Workbench::createEditor(const ItemRef &item, QWidget *parent)
{
    if (!m_project)
        return nullptr;
    if (item.overview)
        return m_overviewFactory ? m_overviewFactory(context(), item, parent) : nullptr;
    const auto it = m_factories.constFind(int(item.kind));
    return it == m_factories.cend() ? nullptr : (*it)(context(), item, parent);
}

void Workbench::addDock(QDockWidget *dock, Qt::DockWidgetArea area, bool tabified)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    QDockWidget *first = nullptr;
    if (tabified) {
        for (const auto &[existing, existingArea] : std::as_const(m_placements))
            if (existingArea == area) {
                first = existing;
                break;
            }
    }
    m_window->addDockWidget(area, dock);
    if (first)
        m_window->tabifyDockWidget(first, dock);
    m_docks.append(dock);
    m_placements.append({dock, area});
    emit dockAdded(dock);
}

void Workbench::addProjectAction(QAction *action)
{
    m_projectActions.append(action);
    emit projectActionAdded(action);
}

void Workbench::addFileAction(QAction *action)
{
    m_fileActions.append(action);
    emit fileActionAdded(action);
}

void Workbench::addViewAction(QAction *action)
{
    emit viewActionAdded(action);
}

void Workbench::setCurrentItem(const ItemRef &item)
{
    if (m_current == item)
        return;
    m_current = item;
    emit currentItemChanged(item);
}

void Workbench::openItem(const ItemRef &item, const QString &highlight)
{
    emit openItemRequested(item, highlight);
}

void Workbench::showStatus(const QString &message)
{
    emit statusMessage(message);
}

void Workbench::showError(const QString &message)
{
    emit errorMessage(message);
}

void Workbench::showWarning(const QString &message)
{
    emit warningMessage(message);
}

} // namespace archbench::ui
