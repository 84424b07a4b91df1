#pragma once
// Every revisit trigger of the project in one list, the ones to act on first: fired, then due
// soon, then not fired, then watch-only; triggers of decisions no longer in force (superseded,
// rejected, deprecated) come last. States carry colour and a word. The reference date is set
// by the owner (today in the GUI). Each decision's rows are kept: an edit evaluates the edited
// decision's triggers only, and the view hears of the rows whose picture changed.

#include "core/decision/triggerstatus.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>

namespace archbench::core {
class Project;
struct Decision;
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
    /// Evaluates every decision's triggers again (a new project, day, or list of decisions).
    void refresh();
    /// Evaluates the triggers of decision `id` again.
    void refreshDecision(const QString &id);
    QList<Row> rowsOf(const core::Decision &decision) const;
    /// Puts the kept rows in order and tells the view what changed.
    void publish();
    /// What a row shows (its cells, colours and roles) is the same.
    static bool sameLook(const Row &a, const Row &b);

    QPointer<core::Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, QList<Row>> m_byDecision; ///< each decision's rows, unordered
    QList<Row> m_rows;
    QDate m_today;
    int m_fired = 0;
};

} // namespace archbench::ui
