#pragma once
// The "Improvement plan" page of the review editor: the plan table (owner, due date and status
// editable in place), "Generate from risks" which adds the missing practices of risky questions
// as new items, and "Remove item". Every change is one undo command.

#include "core/project.h"
#include "core/review/lens.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace archbench::ui {

class ImprovementPlanModel;

class ImprovementPlanView : public QWidget {
    Q_OBJECT
public:
    ImprovementPlanView(core::Project *project, QUndoStack *undoStack, const QString &reviewId,
                        QWidget *parent = nullptr);

    void setLens(const core::Lens *lens);
    /// Adds the missing items; returns how many were added.
    int generateFromRisks();
    /// Removes the selected items (one undo command); returns how many were removed.
    int removeSelected();
    void selectImprovement(const QString &improvementId);

    QTableView *table() const { return m_table; }
    ImprovementPlanModel *model() const { return m_model; }
    QPushButton *generateButton() const { return m_generate; }

private:
    void updateEnabled();
    bool eventFilter(QObject *watched, QEvent *event) override;

    core::Project *m_project;
    QUndoStack *m_undoStack;
    QString m_reviewId;
    const core::Lens *m_lens = nullptr;
    ImprovementPlanModel *m_model;
    QTableView *m_table;
    QPushButton *m_generate;
    QPushButton *m_remove;
    QLabel *m_info;
};

} // namespace archbench::ui
