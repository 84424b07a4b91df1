#include "costtablemodel.h"


namespace archbench::ui {

CostTableModel::CostTableModel(ProjectDocument *document, const QString &modelId, QObject *parent)
    : QAbstractTableModel(parent), m_model(document, modelId, this)
{
    core::Project *project = document ? document->project() : nullptr;
    if (!project)
        return;
    connect(&m_model, &ItemHandleBase::changed, this, &CostTableModel::resync);
    connect(&m_model, &ItemHandleBase::removed, this, &CostTableModel::resync);
    connect(&m_model, &ItemHandleBase::readOnlyChanged, this, [this] {
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
    return m_model.item();
}

QString CostTableModel::currency() const
{
    return m_model.project() ? m_model.project()->info().currency : QStringLiteral("USD");
}

bool CostTableModel::isEditable() const
{
    return !m_model.isReadOnly() && costModel();
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

bool CostTableModel::apply(const core::CostModel &after, const QString &undoText)
{
    return isEditable() && m_model.replace(after, undoText);
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
