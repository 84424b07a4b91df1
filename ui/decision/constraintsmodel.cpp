#include "constraintsmodel.h"

#include "ui/charts/palette.h"
#include "decisionhandle.h"

#include "core/decision/decisionmatrix.h"
#include "core/project.h"

#include <QBrush>

#include <tuple>

namespace archbench::ui {

ConstraintsModel::ConstraintsModel(DecisionHandle *handle, QObject *parent)
    : ItemTableModel<core::Decision>(handle, parent)
{
    initializeRows();
}

std::pair<QStringList, QStringList> ConstraintsModel::currentIds() const
{
    QStringList constraints, options;
    if (const core::Decision *d = item()) {
        for (const core::HardConstraint &k : d->constraints)
            constraints << k.id;
        for (const core::Option &o : d->options)
            options << o.id;
    }
    return {constraints, options};
}

bool ConstraintsModel::shapeChanged() const
{
    return currentIds() != std::pair{m_constraints, m_options};
}

void ConstraintsModel::recompute()
{
    std::tie(m_constraints, m_options) = currentIds();
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
    const core::Decision *d = item();
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
    const core::Decision *d = item();
    if (!d || section - 1 >= d->options.size())
        return {};
    return d->options[section - 1].name;
}

Qt::ItemFlags ConstraintsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!isReadOnly())
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
        return editItem(tr("Edit constraint"), [&](core::Decision &d) {
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
        return editItem(meets ? tr("Mark constraint as met") : tr("Mark constraint as failed"),
                              [&](core::Decision &d) {
                                  return core::DecisionMatrix::setMeetsConstraint(d, id, option, meets);
                              });
    }
    return false;
}

int ConstraintsModel::addConstraint(int row)
{
    const int at = row < 0 || row >= rowCount() ? rowCount() : row + 1;
    insertRowInto(&core::Decision::constraints, at, core::HardConstraint{core::Project::newId(), tr("New constraint"), {}},
                  tr("Add constraint"));
    return at;
}

void ConstraintsModel::removeConstraint(int row)
{
    const QString id = constraintAt(row);
    editItem(tr("Remove constraint"), [&](core::Decision &d) {
        return d.constraints.removeIf([&](const core::HardConstraint &k) { return k.id == id; }) > 0;
    });
}

} // namespace archbench::ui
