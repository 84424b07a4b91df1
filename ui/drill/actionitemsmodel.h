#pragma once
// The project-wide list of open action items (core::collectOpenActionItems) as a read-only
// table for the Action items dock: due date, state (overdue / due soon, colour and word),
// action, owner, status and where it comes from. Rebuilt whenever the project changes.

#include "core/drill/actionitemcollector.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class ActionItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DueColumn, StateColumn, TextColumn, OwnerColumn, StatusColumn, SourceColumn, ColumnCount };
    enum Role { SourceKindRole = Qt::UserRole, SourceIdRole, ItemIdRole };

    explicit ActionItemsModel(QObject *parent = nullptr);

    void setProject(core::Project *project);
    /// The date "overdue" is judged against; today unless set (tests).
    void setReferenceDate(const QDate &date);
    QDate referenceDate() const { return m_reference; }

    const QList<core::ProjectActionItem> &items() const { return m_items; }
    int overdueCount() const { return core::countOverdue(m_items); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Recollects the items (called on every project change).
    void refresh();

signals:
    /// The list changed (count, overdue count); for summaries.
    void itemsChanged();

private:
    QPointer<core::Project> m_project;
    QDate m_reference;
    QList<core::ProjectActionItem> m_items;
};

} // namespace archbench::ui
