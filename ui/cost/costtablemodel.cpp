#include "costtablemodel.h"

#include "ui/commands/itemcommands.h"

namespace archbench::ui {

CostTableModel::CostTableModel(core::Project *project, QUndoStack *undoStack, const QString &modelId, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_undoStack(undoStack), m_modelId(modelId)
{
    if (!project)
        return;
    connect(project, &core::Project::itemChanged, this, [this](core::ItemKind kind, const QString &id) {
        if (kind == core::ItemKind::CostModel && id == m_modelId)
            resync();
    });
    connect(project, &core::Project::itemRemoved, this, [this](core::ItemKind kind, const QString &id) {
        if (kind == core::ItemKind::CostModel && id == m_modelId)
            resync();
    });
    connect(project, &core::Project::itemInserted, this, [this](core::ItemKind kind, const QString &id) {
        if (kind == core::ItemKind::CostModel && id == m_modelId)
            resync();
    });
    connect(project, &core::Project::readOnlyChanged, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1)); // flags changed
    });
    connect(project, &core::Project::infoChanged, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1)); // currency
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
}

const core::CostModel *CostTableModel::costModel() const
{
    return m_project ? m_project->find<core::CostModel>(m_modelId) : nullptr;
}

QString CostTableModel::currency() const
{
    return m_project ? m_project->info().currency : QStringLiteral("USD");
}

bool CostTableModel::isEditable() const
{
    return m_project && !m_project->isReadOnly() && costModel();
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

bool CostTableModel::apply(const core::CostModel &after, const QString &undoText)
{
    if (!isEditable() || !m_undoStack)
        return false;
    return commands::replaceItem(m_undoStack, m_project.data(), after, undoText);
}

void CostTableModel::initialize()
{
    const core::CostModel *model = costModel();
    m_rows = model ? rowsIn(*model) : 0;
    recompute();
}

void CostTableModel::resync()
{
    const core::CostModel *model = costModel();
    const int rows = model ? rowsIn(*model) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        recompute();
        endResetModel();
        return;
    }
    recompute();
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

} // namespace archbench::ui
