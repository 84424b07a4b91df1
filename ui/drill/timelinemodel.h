#pragma once
// The timeline of one drill as a two-column table: time, event. Edits go through undo commands.

#include "ui/projectdocument.h"
#include "ui/itemtablemodel.h"

namespace archbench::ui {

class TimelineModel : public ItemTableModel<core::Drill> {
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, ColumnCount };
    TimelineModel(ProjectDocument *document, const QString &drillId,
                  QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Appends an event; returns its row or -1.
    int addEvent(const QDateTime &at, const QString &text);
    bool removeEvents(QList<int> rows);
    /// Orders the events by time (stable), one undo step; false when already in order.
    bool sortByTime();
    /// The time a new event gets: `now` when the drill is today, else one minute after the
    /// latest event, else the drill date at 09:00.
    QDateTime suggestedTime(const QDateTime &now) const;

protected:
    int rowsIn(const core::Drill &drill) const override;
};

} // namespace archbench::ui
