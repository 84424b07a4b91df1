#include "revisitmodel.h"

#include "ui/charts/palette.h"
#include "triggersmodel.h"

#include "core/decision/decisionlifecycle.h"
#include "core/project.h"
#include "core/projectlists.h"

#include <QBrush>
#include <QFont>
#include <algorithm>

namespace archbench::ui {

using core::TriggerState;

RevisitModel::RevisitModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

void RevisitModel::setProject(core::Project *project)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_project = project;
    if (project) {
        // the list shows each decision's title, whether it is active (its record) and its
        // triggers: a score, a weight or a ballot leaves it as it is
        m_connections << connect(project, &core::Project::itemEdited, this, [this](const core::ItemChange &change) {
            using core::ItemPart;
            if (change.kind == core::ItemKind::Decision
                && (change.parts & (ItemPart::Title | ItemPart::Record | ItemPart::Triggers)))
                refresh();
        });
        m_connections << core::onListChanged(project, this, {core::ItemKind::Decision}, [this] { refresh(); });
    }
    refresh();
}

void RevisitModel::setReferenceDate(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

void RevisitModel::refresh()
{
    QList<Row> rows;
    if (m_project) {
        for (const core::Decision &d : m_project->items<core::Decision>()) {
            for (const core::RevisitTrigger &t : d.revisitTriggers)
                rows << Row{d.id, d.title, t.id, t, core::TriggerEvaluation::evaluate(d, t, m_today),
                            core::DecisionLifecycle::isActive(d)};
        }
    }
    const auto urgency = [](const Row &r) {
        if (!r.active)
            return 4;
        switch (r.status.state) {
        case TriggerState::Fired: return 0;
        case TriggerState::DueSoon: return 1;
        case TriggerState::Clear: return 2;
        case TriggerState::Watching: return 3;
        }
        return 3;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (urgency(a) != urgency(b))
            return urgency(a) < urgency(b);
        // among dated triggers, the nearest date first
        if (a.status.reviewBy.isValid() && b.status.reviewBy.isValid())
            return a.status.reviewBy < b.status.reviewBy;
        return a.status.reviewBy.isValid() && !b.status.reviewBy.isValid();
    });
    const auto keys = [](const QList<Row> &list) {
        QStringList k;
        for (const Row &r : list)
            k << r.decision + QLatin1Char('/') + r.trigger;
        return k;
    };
    if (keys(rows) != keys(m_rows)) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    const int fired = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.active && r.status.state == TriggerState::Fired;
    }));
    if (fired != m_fired) {
        m_fired = fired;
        emit firedCountChanged(fired);
    }
}

int RevisitModel::firedCount() const
{
    return m_fired;
}

int RevisitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevisitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == DecisionIdRole)
        return r.decision;
    if (role == TriggerIdRole)
        return r.trigger;
    if (role == StateRole)
        return int(r.status.state);
    switch (index.column()) {
    case StateColumn:
        switch (role) {
        case Qt::DisplayRole:
            return r.active ? core::TriggerEvaluation::stateName(r.status.state)
                            : tr("%1 (decision not in force)").arg(core::TriggerEvaluation::stateName(r.status.state));
        case Qt::DecorationRole:
            if (!r.active)
                return palette::muted();
            switch (r.status.state) {
            case TriggerState::Fired: return palette::failed();
            case TriggerState::DueSoon: return palette::attention();
            case TriggerState::Clear: return palette::passed();
            case TriggerState::Watching: return palette::muted();
            }
            return {};
        case Qt::FontRole:
            if (r.active && (r.status.state == TriggerState::Fired || r.status.state == TriggerState::DueSoon)) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ForegroundRole:
            return r.active ? QVariant() : QVariant(QBrush(palette::muted()));
        default: return {};
        }
    case DecisionColumn:
        if (role == Qt::DisplayRole)
            return r.decisionTitle.isEmpty() ? tr("(untitled decision)") : r.decisionTitle;
        return {};
    case TriggerColumn:
        if (role == Qt::DisplayRole)
            return tr("%1: %2").arg(TriggersModel::categoryLabel(r.value.category), r.value.condition);
        if (role == Qt::ToolTipRole)
            return r.value.condition;
        return {};
    case DetailColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.status.reason;
        return {};
    default: return {};
    }
}

QVariant RevisitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case DecisionColumn: return tr("Decision");
    case TriggerColumn: return tr("Trigger");
    case DetailColumn: return tr("Why");
    default: return {};
    }
}

} // namespace archbench::ui
