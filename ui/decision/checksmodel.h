#pragma once
// Every failed decision-quality check of the project, one row each, in decision order, with
// the reason in words, on the reference date (today, unless set). The analyses behind the
// "fragile leader" check are cached per decision until its matrix changes, and an edit of one
// decision recomputes only that decision's rows (time proportional to the changed item).

#include "core/decision/analysiscache.h"
#include "core/decision/qualitycheck.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class ChecksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DecisionColumn, CheckColumn, ReasonColumn, ColumnCount };
    static constexpr int DecisionIdRole = Qt::UserRole + 1;
    static constexpr int CheckIdRole = Qt::UserRole + 2;

    explicit ChecksModel(QObject *parent = nullptr);
    void setProject(core::Project *project);
    /// The day fired triggers are judged against (revisit triggers that fired on an accepted decision).
    void setReferenceDate(const QDate &today);
    QDate referenceDate() const { return m_today; }
    /// Analyses shared with other views (not owned); null: the model keeps its own.
    void setAnalysisCache(core::DecisionAnalysisCache *cache);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString decision;
        QString title;
        core::QualityCheck check;
    };
    void refresh();
    /// Recomputes one decision's rows; the others stay as they are.
    void refreshDecision(const QString &id);

    QPointer<core::Project> m_project;
    QList<QMetaObject::Connection> m_connections;
    QList<Row> m_rows;
    QDate m_today;
    core::DecisionAnalysisCache m_ownAnalyses;
    core::DecisionAnalysisCache *m_analyses = &m_ownAnalyses;
};

} // namespace archbench::ui
