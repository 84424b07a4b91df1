#pragma once
// The improvement plan of one review as a table: question, improvement, owner, due date,
// status. Reads the review from the Project and follows its change signals; every edit
// (setData) is one undo command through ui::commands, typing in text cells merging. An item
// whose question the answers no longer make risky says so in words ("question no longer at
// risk" after the question) and is drawn muted; it is never removed behind the user's back.

#include "core/project.h"
#include "core/review/lens.h"
#include "ui/itemhandle.h"

#include <QAbstractTableModel>
#include <QSet>

class QUndoStack;

namespace archbench::ui {

class ImprovementPlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QuestionColumn, TextColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role { ImprovementIdRole = Qt::UserRole + 1, EditRole, NoLongerAtRiskRole };

    ImprovementPlanModel(ProjectDocument *document, QString reviewId,
                         QObject *parent = nullptr);

    /// The lens gives question titles and risks; without one the question id is shown.
    void setLens(const core::Lens &lens);
    /// Missing practices of risky questions not in the plan yet (0 without a lens).
    int notInPlan() const { return m_notInPlan; }

signals:
    /// The answers or the plan changed what the plan lacks or which items are no longer at risk.
    void followChanged();

public:

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
    /// Recomputes what the plan lacks and which items are no longer at risk; repaints rows
    /// whose state changed.
    void refollow();
    const QList<core::Improvement> &items() const { return m_items; }

    core::Project *m_project;
    QUndoStack *m_undoStack;
    QString m_reviewId;
    ItemHandle<core::Review> m_review; ///< edits go through it
    core::Lens m_lens;
    QList<core::Improvement> m_items;
    bool m_hasLens = false;
    int m_notInPlan = 0;
    QSet<QString> m_noLongerAtRisk;
};

} // namespace archbench::ui
