#include "timelinemodel.h"

#include <QLocale>
#include <algorithm>

namespace archbench::ui {

TimelineModel::TimelineModel(ProjectDocument *document,
                             const QString &drillId, QObject *parent)
    : ItemTableModel(document, drillId, parent)
{
    initializeRows();
}

int TimelineModel::rowsIn(const core::Drill &drill) const { return int(drill.timeline.size()); }

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const core::Drill *d = item();
    if (!d || !index.isValid() || index.row() >= d->timeline.size())
        return {};
    const core::TimelineEvent &event = d->timeline[index.row()];
    if (index.column() == TimeColumn) {
        const QDateTime local = event.at.toLocalTime();
        switch (role) {
        case Qt::DisplayRole:
            return event.at.isValid() ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : tr("no time");
        case Qt::EditRole: return local;
        case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return event.event;
    return {};
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    if (index.column() == TimeColumn) {
        const QDateTime at = value.toDateTime();
        return at.isValid()
               && editRow(&core::Drill::timeline, index.row(), tr("Change event time"),
                          [&](core::TimelineEvent &event) { event.at = at; });
    }
    return editRow(&core::Drill::timeline, index.row(), tr("Edit timeline event"),
                   [&](core::TimelineEvent &event) { event.event = value.toString(); });
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TimeColumn ? tr("Time") : tr("What happened");
}

QDateTime TimelineModel::suggestedTime(const QDateTime &now) const
{
    const core::Drill *d = item();
    if (!d)
        return now;
    if (d->date == now.date())
        return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
    QDateTime latest;
    for (const core::TimelineEvent &e : d->timeline)
        if (e.at.isValid() && (!latest.isValid() || e.at > latest))
            latest = e.at;
    if (latest.isValid())
        return latest.toLocalTime().addSecs(60);
    return QDateTime(d->date.isValid() ? d->date : now.date(), QTime(9, 0));
}

int TimelineModel::addEvent(const QDateTime &at, const QString &text)
{
    return insertRowInto(&core::Drill::timeline, -1, core::TimelineEvent{at, text}, tr("Add timeline event"));
}

bool TimelineModel::removeEvents(QList<int> rows)
{
    return removeRowsOf(&core::Drill::timeline, std::move(rows), tr("Remove timeline event"),
                        tr("Remove timeline events"));
}

bool TimelineModel::sortByTime()
{
    return editItem(tr("Sort timeline by time"), [](core::Drill &edited) {
        // Events without a time go last.
        std::stable_sort(edited.timeline.begin(), edited.timeline.end(),
                         [](const core::TimelineEvent &a, const core::TimelineEvent &b) {
                             if (a.at.isValid() != b.at.isValid())
                                 return a.at.isValid();
                             return a.at.isValid() && a.at < b.at;
                         });
    });
}

} // namespace archbench::ui
