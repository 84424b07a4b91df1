#include "constraintsmodel.h"

#include "ui/charts/palette.h"
#include "decisionhandle.h"

#include "core/decision/decisionmatrix.h"
#include "core/project.h"

#include <QBrush>

namespace archbench::ui {

ConstraintsModel::ConstraintsModel(DecisionHandle *handle, QObject *parent)
    : QAbstractTableModel(parent), m_handle(handle)
{
    // the table shows the constraints and the options' names: a score, a weight or a record
    // change leaves every cell as it was (and repainting the table on each key cost 17,000 px)
    connect(handle, &DecisionHandle::changed, this, [this](core::ItemParts parts) {
        if (parts & (core::ItemPart::Structure | core::ItemPart::Constraints))
            refresh();
    });
    connect(handle, &DecisionHandle::removed, this, &ConstraintsModel::refresh);
    connect(handle, &DecisionHandle::readOnlyChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    refresh();
}

void ConstraintsModel::refresh()
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    QStringList constraints, options;
    if (d) {
        for (const core::HardConstraint &k : d->constraints)
            constraints << k.id;
        for (const core::Option &o : d->options)
            options << o.id;
    }
    if (constraints != m_constraints || options != m_options) {
        beginResetModel();
        m_constraints = constraints;
        m_options = options;
        endResetModel();
        return;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ConstraintsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_constraints.size());
}

int ConstraintsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_options.size());
}

QString ConstraintsModel::constraintAt(int row) const
{
    return m_constraints.value(row);
}

QVariant ConstraintsModel::data(const QModelIndex &index, int role) const
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    if (!d || !index.isValid() || !checkIndex(index) || index.row() >= d->constraints.size())
        return {};
    const core::HardConstraint &k = d->constraints[index.row()];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return k.text;
        return {};
    }
    const QString option = m_options.value(index.column() - 1);
    const bool fails = k.failedBy.contains(option);
    switch (role) {
    case Qt::CheckStateRole: return fails ? Qt::Unchecked : Qt::Checked;
    case Qt::DisplayRole: return fails ? tr("fails") : tr("meets");
    case Qt::ForegroundRole: return fails ? QVariant(QBrush(palette::failed())) : QVariant();
    case Qt::ToolTipRole:
        return fails ? tr("Fails this constraint: eliminated from the ranking. Space to change.")
                     : tr("Meets this constraint. Space to mark it as failing.");
    default: return {};
    }
}

QVariant ConstraintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return tr("Hard constraint");
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    if (!d || section - 1 >= d->options.size())
        return {};
    return d->options[section - 1].name;
}

Qt::ItemFlags ConstraintsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_handle && !m_handle->isReadOnly())
        f |= index.column() == 0 ? Qt::ItemIsEditable : Qt::ItemIsUserCheckable;
    return f;
}

bool ConstraintsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const QString id = constraintAt(index.row());
    if (index.column() == 0 && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        return m_handle->edit(tr("Edit constraint"), [&](core::Decision &d) {
            for (core::HardConstraint &k : d.constraints)
                if (k.id == id && k.text != text) {
                    k.text = text;
                    return true;
                }
            return false;
        });
    }
    if (index.column() > 0 && role == Qt::CheckStateRole) {
        const bool meets = value.value<Qt::CheckState>() == Qt::Checked;
        const QString option = m_options.value(index.column() - 1);
        return m_handle->edit(meets ? tr("Mark constraint as met") : tr("Mark constraint as failed"),
                              [&](core::Decision &d) {
                                  return core::DecisionMatrix::setMeetsConstraint(d, id, option, meets);
                              });
    }
    return false;
}

int ConstraintsModel::addConstraint(int row)
{
    const int at = row < 0 || row >= rowCount() ? rowCount() : row + 1;
    m_handle->edit(tr("Add constraint"), [&](core::Decision &d) {
        d.constraints.insert(at, core::HardConstraint{core::Project::newId(), tr("New constraint"), {}});
        return true;
    });
    return at;
}

void ConstraintsModel::removeConstraint(int row)
{
    const QString id = constraintAt(row);
    m_handle->edit(tr("Remove constraint"), [&](core::Decision &d) {
        return d.constraints.removeIf([&](const core::HardConstraint &k) { return k.id == id; }) > 0;
    });
}

} // namespace archbench::ui
