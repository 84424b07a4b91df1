#include "drillactionitemsmodel.h"
#include "ui/widgets/dates.h"

#include "core/drill/drillcadence.h"
#include "core/drill/drilltexts.h"
#include "core/project.h"
#include "verdictstyle.h"

#include <QBrush>
#include <algorithm>

namespace archbench::ui {

DrillActionItemsModel::DrillActionItemsModel(ProjectDocument *document,
                                             const QString &drillId, QObject *parent)
    : ItemTableModel(document, drillId, parent), m_reference(QDate::currentDate())
{
    initializeRows();
}

void DrillActionItemsModel::setReferenceDate(const QDate &date)
{
    m_reference = date;
    if (rowCount() > 0)
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
}

int DrillActionItemsModel::rowsIn(const core::Drill &drill) const
{
    return int(drill.actionItems.size());
}

int DrillActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillActionItemsModel::data(const QModelIndex &index, int role) const
{
    const core::Drill *d = item();
    if (!d || !index.isValid() || index.row() >= d->actionItems.size())
        return {};
    const core::ActionItem &item = d->actionItems[index.row()];
    if (role == IdRole)
        return item.id;
    const core::DueState state = item.status == core::WorkStatus::Done
        ? core::DueState::NoDueDate
        : core::dueState(item.due, m_reference);
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return item.text;
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return item.owner;
        break;
    case DueColumn:
        if (role == Qt::EditRole)
            return item.due.isValid() ? item.due : (d->date.isValid() ? d->date : m_reference);
        if (role == Qt::DisplayRole) {
            if (!item.due.isValid())
                return tr("no date");
            const QString date = displayDate(item.due);
            if (state == core::DueState::Overdue)
                return tr("%1 (overdue)").arg(date);
            if (state == core::DueState::DueSoon)
                return tr("%1 (due soon)").arg(date);
            return date;
        }
        // Late or nearly late: the word in the text, the colour behind it, black on top
        // (readable on vermilion and orange alike).
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            const QColor color = verdictstyle::colorFor(state);
            if (color.isValid())
                return QBrush(role == Qt::BackgroundRole ? color : QColor(Qt::black));
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return core::workStatusName(item.status);
        if (role == Qt::EditRole)
            return int(item.status);
        break;
    default:
        break;
    }
    return {};
}

bool DrillActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const auto editItem = [&](const QString &undoText, auto &&change) {
        return editRow(&core::Drill::actionItems, index.row(), undoText, change);
    };
    switch (index.column()) {
    case TextColumn:
        return editItem(tr("Edit action item"), [&](core::ActionItem &item) { item.text = value.toString(); });
    case OwnerColumn:
        return editItem(tr("Change action item owner"),
                        [&](core::ActionItem &item) { item.owner = value.toString().trimmed(); });
    case DueColumn: {
        const QDate due = value.toDate();
        return due.isValid()
               && editItem(tr("Change action item due date"), [&](core::ActionItem &item) { item.due = due; });
    }
    case StatusColumn: {
        const int status = value.toInt();
        if (status < int(core::WorkStatus::Open) || status > int(core::WorkStatus::Done))
            return false;
        return editItem(tr("Change action item status"),
                        [&](core::ActionItem &item) { item.status = core::WorkStatus(status); });
    }
    default:
        return false;
    }
}

QVariant DrillActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

int DrillActionItemsModel::addActionItem(const QString &text)
{
    const core::Drill *d = item();
    if (!d)
        return -1;
    core::ActionItem added;
    added.id = core::Project::newId();
    added.text = text;
    added.due = core::defaultActionItemDue(d->date);
    return insertRowInto(&core::Drill::actionItems, -1, std::move(added), tr("Add action item"));
}

bool DrillActionItemsModel::removeActionItems(QList<int> rows)
{
    return removeRowsOf(&core::Drill::actionItems, std::move(rows), tr("Remove action item"),
                        tr("Remove action items"));
}

int DrillActionItemsModel::rowOf(const QString &actionItemId) const
{
    const core::Drill *d = item();
    if (!d)
        return -1;
    for (int i = 0; i < d->actionItems.size(); ++i)
        if (d->actionItems[i].id == actionItemId)
            return i;
    return -1;
}

} // namespace archbench::ui
