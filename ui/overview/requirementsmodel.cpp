#include "requirementsmodel.h"

#include "core/project.h"
#include "ui/commands/itemcommands.h"

namespace archbench::ui {

using core::RequirementKind;

RequirementsModel::RequirementsModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_project(document->project()), m_undoStack(document->undoStack()),
      m_rows(int(document->project()->info().requirements.size()))
{
    connect(document->project(), &core::Project::infoChanged, this, &RequirementsModel::reload);
    connect(document->project(), &core::Project::readOnlyChanged, this, &RequirementsModel::reload);
}

void RequirementsModel::reload()
{
    const int rows = int(m_project->info().requirements.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int RequirementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RequirementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequirementsModel::kindLabel(int kind)
{
    switch (RequirementKind(kind)) {
    case RequirementKind::Functional: return tr("Functional");
    case RequirementKind::Performance: return tr("Performance");
    case RequirementKind::Scalability: return tr("Scalability");
    case RequirementKind::Availability: return tr("Availability");
    case RequirementKind::Durability: return tr("Durability (RPO)");
    case RequirementKind::Recovery: return tr("Recovery (RTO)");
    case RequirementKind::Security: return tr("Security");
    case RequirementKind::Compliance: return tr("Compliance");
    case RequirementKind::Observability: return tr("Observability");
    case RequirementKind::Maintainability: return tr("Maintainability");
    case RequirementKind::Cost: return tr("Cost");
    }
    return {};
}

QVariant RequirementsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const core::Requirement &r = m_project->info().requirements.at(index.row());
    if (role == KindRole)
        return core::enumToString(r.kind);
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return kindLabel(int(r.kind));
        if (role == Qt::EditRole)
            return int(r.kind);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return r.text;
        break;
    case TargetColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.target;
        break;
    default:
        break;
    }
    return {};
}

QVariant RequirementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Requirement");
    case TargetColumn: return tr("Target");
    default: return {};
    }
}

Qt::ItemFlags RequirementsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_project->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RequirementsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows)
        return false;
    core::ProjectInfo info = m_project->info();
    core::Requirement &r = info.requirements[index.row()];
    QString undoText;
    switch (index.column()) {
    case KindColumn: {
        const int kind = value.toInt();
        if (kind < 0 || kind > int(RequirementKind::Cost))
            return false;
        r.kind = RequirementKind(kind);
        undoText = tr("Change requirement kind");
        break;
    }
    case TextColumn:
        r.text = value.toString();
        undoText = tr("Edit requirement");
        break;
    case TargetColumn:
        r.target = value.toString();
        undoText = tr("Edit requirement target");
        break;
    default:
        return false;
    }
    return commands::setProjectInfo(m_undoStack, m_project, info, undoText);
}

int RequirementsModel::addRequirement(int row)
{
    core::ProjectInfo info = m_project->info();
    const int at = (row < 0 || row >= info.requirements.size()) ? int(info.requirements.size()) : row + 1;
    core::Requirement r;
    r.id = core::Project::newId();
    info.requirements.insert(at, r);
    return commands::setProjectInfo(m_undoStack, m_project, info, tr("Add requirement")) ? at : -1;
}

void RequirementsModel::removeRequirement(int row)
{
    core::ProjectInfo info = m_project->info();
    if (row < 0 || row >= info.requirements.size())
        return;
    info.requirements.removeAt(row);
    commands::setProjectInfo(m_undoStack, m_project, info, tr("Remove requirement"));
}

void RequirementsModel::moveRequirement(int row, int delta)
{
    core::ProjectInfo info = m_project->info();
    const int to = row + delta;
    if (row < 0 || row >= info.requirements.size() || to < 0 || to >= info.requirements.size())
        return;
    info.requirements.move(row, to);
    commands::setProjectInfo(m_undoStack, m_project, info, tr("Move requirement"));
}

} // namespace archbench::ui
