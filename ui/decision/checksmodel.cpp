#include "checksmodel.h"

#include "ui/charts/palette.h"

#include "core/project.h"
#include "core/projectlists.h"

namespace archbench::ui {

ChecksModel::ChecksModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

void ChecksModel::setProject(core::Project *project)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_project = project;
    m_ownAnalyses.clear();
    if (project) {
        // an edit recomputes only the edited decision's rows; a decision added, removed or
        // moved (rare) rebuilds the list
        m_connections << connect(project, &core::Project::itemEdited, this, [this](const core::ItemChange &change) {
            if (change.kind == core::ItemKind::Decision)
                refreshDecision(change.id);
        });
        m_connections << core::onListChanged(project, this, {core::ItemKind::Decision}, [this] { refresh(); });
    }
    refresh();
}

void ChecksModel::setReferenceDate(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

void ChecksModel::setAnalysisCache(core::DecisionAnalysisCache *cache)
{
    core::DecisionAnalysisCache *next = cache ? cache : &m_ownAnalyses;
    if (next == m_analyses)
        return;
    m_analyses = next;
    refresh();
}

void ChecksModel::refresh()
{
    QList<Row> rows;
    if (m_project) {
        const QList<core::Decision> &decisions = m_project->items<core::Decision>();
        m_analyses->retainOnly(decisions);
        for (const core::Decision &d : decisions)
            for (const core::QualityCheck &c : core::QualityChecks::failed(d, m_today, *m_analyses))
                rows << Row{d.id, d.title, c};
    }
    QStringList before, after;
    for (const Row &r : std::as_const(m_rows))
        before << r.decision + QLatin1Char('/') + r.check.id;
    for (const Row &r : std::as_const(rows))
        after << r.decision + QLatin1Char('/') + r.check.id;
    if (before != after) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void ChecksModel::refreshDecision(const QString &id)
{
    const core::Decision *d = m_project ? m_project->find<core::Decision>(id) : nullptr;
    if (!d) {
        refresh();
        return;
    }
    QList<Row> rows;
    for (const core::QualityCheck &c : core::QualityChecks::failed(*d, m_today, *m_analyses))
        rows << Row{d->id, d->title, c};
    // the decision's rows are together, in decision order: find where they are (or would be)
    const int position = m_project->indexOf<core::Decision>(id);
    const auto begin = std::partition_point(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
        return m_project->indexOf<core::Decision>(r.decision) < position;
    });
    const auto end = std::find_if(begin, m_rows.cend(), [&](const Row &r) { return r.decision != id; });
    const int first = int(begin - m_rows.cbegin());
    const int count = int(end - begin);
    const bool sameChecks = count == rows.size() && std::equal(begin, end, rows.cbegin(), [](const Row &a, const Row &b) {
        return a.check.id == b.check.id;
    });
    if (sameChecks) {
        bool same = true;
        for (int i = 0; i < count; ++i) {
            Row &row = m_rows[first + i];
            same = same && row.title == rows[i].title && row.check.reason == rows[i].check.reason;
            row = rows[i];
        }
        if (!same)
            emit dataChanged(index(first, 0), index(first + count - 1, ColumnCount - 1));
        return;
    }
    if (count > 0) {
        beginRemoveRows({}, first, first + count - 1);
        m_rows.remove(first, count);
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        for (int i = 0; i < rows.size(); ++i)
            m_rows.insert(first + i, rows[i]);
        endInsertRows();
    }
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == DecisionIdRole)
        return r.decision;
    if (role == CheckIdRole)
        return r.check.id;
    switch (index.column()) {
    case DecisionColumn:
        if (role == Qt::DisplayRole)
            return r.title.isEmpty() ? tr("(untitled decision)") : r.title;
        return {};
    case CheckColumn:
        if (role == Qt::DisplayRole)
            return r.check.title;
        if (role == Qt::DecorationRole)
            return palette::attention();
        return {};
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.check.reason;
        return {};
    default: return {};
    }
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case DecisionColumn: return tr("Decision");
    case CheckColumn: return tr("Check");
    case ReasonColumn: return tr("Why it matters");
    default: return {};
    }
}

} // namespace archbench::ui
