#include "drilltablemodel.h"

#include "core/project.h"
#include "ui/commands/itemcommands.h"

namespace archbench::ui {

DrillTableModel::DrillTableModel(core::Project *project, QUndoStack *undoStack, QString drillId,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_undoStack(undoStack),
      m_drillId(std::move(drillId))
{
    auto onItem = [this](core::ItemKind kind, const QString &id) {
        if (kind == core::ItemKind::Drill && id == m_drillId)
            refresh();
    };
    connect(project, &core::Project::itemChanged, this, onItem);
    connect(project, &core::Project::itemInserted, this, onItem);
    connect(project, &core::Project::itemRemoved, this, onItem);
    connect(project, &core::Project::readOnlyChanged, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    });
}

void DrillTableModel::initializeRows()
{
    const core::Drill *d = drill();
    m_rows = d ? rowsIn(*d) : 0;
}

void DrillTableModel::refresh()
{
    const core::Drill *d = drill();
    const int rows = d ? rowsIn(*d) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

const core::Drill *DrillTableModel::drill() const
{
    return m_project ? m_project->find<core::Drill>(m_drillId) : nullptr;
}

bool DrillTableModel::isReadOnly() const
{
    return !m_project || m_project->isReadOnly();
}

int DrillTableModel::rowCount(const QModelIndex &parent) const
{
    // The cached count: it only moves together with the reset signals.
    return parent.isValid() ? 0 : m_rows;
}

Qt::ItemFlags DrillTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DrillTableModel::commit(const core::Drill &edited, const QString &undoText,
                             const QString &mergeKey)
{
    if (!m_project)
        return false;
    return commands::replaceItem(m_undoStack, m_project.data(), edited, undoText, mergeKey);
}

} // namespace archbench::ui
