#include "drilltablemodel.h"

#include "core/project.h"

namespace archbench::ui {

DrillTableModel::DrillTableModel(ProjectDocument *document, QString drillId,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_drill(document, drillId, this)
{
    connect(&m_drill, &ItemHandleBase::changed, this, &DrillTableModel::refresh);
    connect(&m_drill, &ItemHandleBase::removed, this, &DrillTableModel::refresh);
    connect(&m_drill, &ItemHandleBase::readOnlyChanged, this, [this] {
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
    return m_drill.item();
}

bool DrillTableModel::isReadOnly() const
{
    return m_drill.isReadOnly();
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
    return m_drill.replace(edited, undoText, mergeKey);
}

} // namespace archbench::ui
