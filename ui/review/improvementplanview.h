#pragma once
// The "Improvement plan" page of the review editor: the plan table (owner, due date and status
// editable in place), "Generate from risks" which adds the missing practices of risky questions
// as new items, and "Remove item". Every change is one undo command. The plan follows the
// answers visibly without changing by itself: a line above it counts the missing practices
// not in the plan yet (updated on every answer), and items whose question is no longer at risk
// say so; generating stays an explicit, undoable step.

#include "ui/projectdocument.h"
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
    ImprovementPlanView(ProjectDocument *document, const QString &reviewId,
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
    /// The line above the plan saying what Generate would add.
    QLabel *followLabel() const { return m_follow; }

private:
    void updateEnabled();
    void updateFollow();
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
    QLabel *m_follow;
};

} // namespace archbench::ui
