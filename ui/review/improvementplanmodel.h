#pragma once
// The improvement plan of one review as a table: question, improvement, owner, due date,
// status. Reads the review from the Project and follows its change signals; every edit
// (setData) is one undo command through ui::commands, typing in text cells merging.

#include "core/project.h"
#include "core/review/lens.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace archbench::ui {

class ImprovementPlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QuestionColumn, TextColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role { ImprovementIdRole = Qt::UserRole + 1, EditRole };

    ImprovementPlanModel(core::Project *project, QUndoStack *undoStack, QString reviewId,
                         QObject *parent = nullptr);

    /// The lens gives question titles; without one the question id is shown.
    void setLens(const core::Lens &lens);

    QString improvementId(int row) const;
    int rowOf(const QString &improvementId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    const QList<core::Improvement> &items() const { return m_items; }

    core::Project *m_project;
    QUndoStack *m_undoStack;
    QString m_reviewId;
    core::Lens m_lens;
    QList<core::Improvement> m_items;
};

} // namespace archbench::ui
