#include "actionitemsmodel.h"
#include "ui/widgets/dates.h"

#include "core/drill/drilltexts.h"
#include "core/project.h"
#include "core/projectlists.h"
#include "verdictstyle.h"

#include <QBrush>
#include <QFont>

namespace archbench::ui {

ActionItemsModel::ActionItemsModel(QObject *parent)
    : QAbstractTableModel(parent), m_reference(QDate::currentDate())
{
}

void ActionItemsModel::setProject(core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        // the action items come from drills and reviews (with their lens): an edit of a decision or a
        // cost model leaves the list as it is
        const QList<core::ItemKind> kinds{core::ItemKind::Drill, core::ItemKind::Review, core::ItemKind::Lens};
        connect(project, &core::Project::itemEdited, this, [this, kinds](const core::ItemChange &change) {
            if (kinds.contains(change.kind))
                refresh();
        });
        core::onListChanged(project, this, kinds, [this] { refresh(); });
    }
    refresh();
}

void ActionItemsModel::setReferenceDate(const QDate &date)
{
    if (m_reference == date)
        return;
    m_reference = date;
    refresh();
}

void ActionItemsModel::refresh()
{
    QList<core::ProjectActionItem> items;
    if (m_project)
        items = core::collectOpenActionItems(m_project->data(), m_reference);
    if (items == m_items)
        return;
    if (items.size() == m_items.size()) {
        m_items = items;
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    emit itemsChanged();
}

int ActionItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const core::ProjectActionItem &item = m_items[index.row()];
    switch (role) {
    case SourceKindRole: return int(item.sourceKind);
    case SourceIdRole: return item.sourceId;
    case ItemIdRole: return item.itemId;
    default: break;
    }
    const QColor stateColor = verdictstyle::colorFor(item.dueState);
    switch (index.column()) {
    case DueColumn:
        if (role == Qt::DisplayRole)
            return item.due.isValid() ? displayDate(item.due) : tr("no date");
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return item.dueState == core::DueState::Overdue || item.dueState == core::DueState::DueSoon
                ? core::dueStateName(item.dueState) : QString();
        // The state word on its colour: black text reads on all three (contrast > 5:1).
        if (role == Qt::BackgroundRole && stateColor.isValid())
            return QBrush(stateColor);
        if (role == Qt::ForegroundRole && stateColor.isValid())
            return QBrush(Qt::black);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::FontRole && item.isOverdue()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return item.text.isEmpty() ? tr("(no description)") : item.text;
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return item.owner.isEmpty() ? tr("unassigned") : item.owner;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return core::workStatusName(item.status);
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString title = item.sourceTitle.isEmpty() ? tr("untitled") : item.sourceTitle;
            return item.sourceKind == core::ItemKind::Drill ? tr("Drill: %1").arg(title)
                                                            : tr("Review: %1").arg(title);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn: return tr("Due");
    case StateColumn: return tr("State");
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case StatusColumn: return tr("Status");
    case SourceColumn: return tr("From");
    default: return {};
    }
}

} // namespace archbench::ui
