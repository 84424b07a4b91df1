#include "checksmodel.h"

#include "ui/palette.h"

#include "core/project.h"

namespace archbench::ui {

ChecksModel::ChecksModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

void ChecksModel::setProject(core::Project *project)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_project = project;
    m_ownAnalyses.clear();
    if (project)
        m_connections << connect(project, &core::Project::modified, this, &ChecksModel::refresh);
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
    m_analyses = cache ? cache : &m_ownAnalyses;
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
