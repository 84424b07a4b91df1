#pragma once
// The action items of one drill: what, who, by when, and how far along. A late item that is
// not done shows its due date in the "overdue" colour together with the word.

#include "ui/projectdocument.h"
#include "ui/itemtablemodel.h"

#include <QDate>

namespace archbench::ui {

class DrillActionItemsModel : public ItemTableModel<core::Drill> {
    Q_OBJECT
public:
    enum Column { TextColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    /// Qt::UserRole: the action item's id.
    static constexpr int IdRole = Qt::UserRole;

    DrillActionItemsModel(ProjectDocument *document, const QString &drillId,
                          QObject *parent = nullptr);

    /// The date overdue is judged against (today by default).
    void setReferenceDate(const QDate &date);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Appends an open item due one week after the drill; returns its row or -1.
    int addActionItem(const QString &text = {});
    bool removeActionItems(QList<int> rows);
    int rowOf(const QString &actionItemId) const;

protected:
    int rowsIn(const core::Drill &drill) const override;

private:
    QDate m_reference;
};

} // namespace archbench::ui
