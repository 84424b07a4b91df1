#pragma once
// Every revisit trigger of the project in one list, the ones to act on first: fired, then due
// soon, then not fired, then watch-only; triggers of decisions no longer in force (superseded,
// rejected, deprecated) come last. States carry colour and a word. The reference date is set
// by the owner (today in the GUI).

#include "core/decision/triggerstatus.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class RevisitModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, DecisionColumn, TriggerColumn, DetailColumn, ColumnCount };
    static constexpr int DecisionIdRole = Qt::UserRole + 1;
    static constexpr int TriggerIdRole = Qt::UserRole + 2;
    static constexpr int StateRole = Qt::UserRole + 3;

    explicit RevisitModel(QObject *parent = nullptr);

    void setProject(core::Project *project);
    void setReferenceDate(const QDate &today);
    QDate referenceDate() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int firedCount() const;

signals:
    /// The number of fired triggers of decisions in force changed (for a status bar).
    void firedCountChanged(int count);

private:
    struct Row {
        QString decision;
        QString decisionTitle;
        QString trigger;
        core::RevisitTrigger value;
        core::TriggerStatus status;
        bool active = true;
    };
    void refresh();

    QPointer<core::Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    QList<Row> m_rows;
    QDate m_today;
    int m_fired = 0;
};

} // namespace archbench::ui
