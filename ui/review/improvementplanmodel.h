#pragma once
// The improvement plan of one review as a table: question, improvement, owner, due date,
// status. An ItemTableModel over the review (reading, undoable edits, following its changes);
// typing in text cells merges into one undo step per cell, and a change of the review repaints
// only the plan rows it changed (an answer's note changes the review, not the plan). An item
// whose question the answers no longer make risky says so in words ("question no longer at
// risk" after the question) and is drawn muted; it is never removed behind the user's back.

#include "core/review/lens.h"
#include "ui/itemtablemodel.h"

#include <QSet>

namespace archbench::ui {

class ImprovementPlanModel : public ItemTableModel<core::Review> {
    Q_OBJECT
public:
    enum Column { QuestionColumn, TextColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role { ImprovementIdRole = Qt::UserRole + 1, EditRole, NoLongerAtRiskRole };

    ImprovementPlanModel(ProjectDocument *document, const QString &reviewId, QObject *parent = nullptr);

    /// The lens gives question titles and risks; without one the question id is shown.
    void setLens(const core::Lens &lens);
    /// Missing practices of risky questions not in the plan yet (0 without a lens).
    int notInPlan() const { return m_notInPlan; }

    QString improvementId(int row) const;
    int rowOf(const QString &improvementId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The answers or the plan changed what the plan lacks or which items are no longer at risk.
    void followChanged();

protected:
    int rowsIn(const core::Review &review) const override { return int(review.improvements.size()); }
    /// Other improvements than the rows shown (by id, in order): the views are reset.
    bool shapeChanged() const override;
    /// Takes in the review's plan and what it lacks; notes the rows that changed.
    void recompute() override;
    std::optional<QList<int>> changedRows() const override { return m_changedRows; }
    void refreshed() override;

private:
    /// What the plan lacks and which items are no longer at risk, from the review and the lens;
    /// true when that changed.
    bool refollow();
    QList<core::Improvement> improvements() const;

    core::Lens m_lens;
    bool m_hasLens = false;
    /// The rows as the views last heard of them, to tell which changed.
    QList<core::Improvement> m_rows;
    QList<int> m_changedRows;
    bool m_followChanged = false;
    int m_notInPlan = 0;
    QSet<QString> m_noLongerAtRisk;
};

} // namespace archbench::ui
