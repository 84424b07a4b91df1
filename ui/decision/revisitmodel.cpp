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
                refreshDecision(change.id);
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

QList<RevisitModel::Row> RevisitModel::rowsOf(const core::Decision &d) const
{
    QList<Row> rows;
    const bool active = core::DecisionLifecycle::isActive(d);
    for (const core::RevisitTrigger &t : d.revisitTriggers)
        rows << Row{d.id, d.title, t.id, t, core::TriggerEvaluation::evaluate(d, t, m_today), active};
    return rows;
}

void RevisitModel::refresh()
{
    m_byDecision.clear();
    if (m_project)
        for (const core::Decision &d : m_project->items<core::Decision>())
            m_byDecision.insert(d.id, rowsOf(d));
    publish();
}

void RevisitModel::refreshDecision(const QString &id)
{
    const core::Decision *d = m_project ? m_project->find<core::Decision>(id) : nullptr;
    if (!d) {
        refresh();
        return;
    }
    m_byDecision.insert(id, rowsOf(*d));
    publish();
}

bool RevisitModel::sameLook(const Row &a, const Row &b)
{
    return a.decisionTitle == b.decisionTitle && a.value == b.value && a.active == b.active
           && a.status.state == b.status.state && a.status.reason == b.status.reason;
}

void RevisitModel::publish()
{
    QList<Row> rows;
    if (m_project)
        for (const core::Decision &d : m_project->items<core::Decision>())
            rows << m_byDecision.value(d.id);
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
    const bool sameRows = rows.size() == m_rows.size()
                          && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
                                 return a.decision == b.decision && a.trigger == b.trigger;
                             });
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        // the same triggers in the same order: repaint the rows whose picture changed
        int first = -1, last = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (!sameLook(rows[i], m_rows[i])) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        m_rows = rows;
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
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
