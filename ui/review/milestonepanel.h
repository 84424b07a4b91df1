#pragma once
// The "Milestones" page of the review editor: the frozen snapshots of the review with their
// risk counts, "Freeze milestone…" and "Delete milestone" (each one undo command), and the
// compare view listing the questions whose risk improved, regressed or changed between two
// milestones or between a milestone and now.

#include "ui/projectdocument.h"
#include "core/project.h"
#include "core/review/lens.h"
#include "core/review/milestonecomparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace archbench::ui {

class MilestonePanel : public QWidget {
    Q_OBJECT
public:
    MilestonePanel(ProjectDocument *document, const QString &reviewId,
                   QWidget *parent = nullptr);

    void setLens(const core::Lens *lens);
    /// Re-reads the review (the editor calls it on every change).
    void refresh();

    /// Freezes the current answers as a milestone (one undo command). False if refused.
    bool freezeMilestone(const QString &name, const QDate &date);
    bool deleteSelectedMilestone();
    /// Compares milestone `fromId` with milestone `toId`, or with now when `toId` is empty.
    void compare(const QString &fromId, const QString &toId);
    const QList<core::QuestionRiskChange> &changes() const { return m_changes; }

    QTableWidget *milestoneTable() const { return m_milestones; }
    QTableWidget *changeTable() const { return m_changeTable; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askAndFreeze();
    void fillCombos();
    void runCompare();
    void updateEnabled();
    QList<core::Answer> answersOf(const QString &milestoneId, bool *found) const;

    core::Project *m_project;
    QUndoStack *m_undoStack;
    QString m_reviewId;
    const core::Lens *m_lens = nullptr;
    QList<core::QuestionRiskChange> m_changes;
    QTableWidget *m_milestones;
    QPushButton *m_freeze;
    QPushButton *m_delete;
    QComboBox *m_from;
    QComboBox *m_to;
    QTableWidget *m_changeTable;
    QLabel *m_summary;
};

} // namespace archbench::ui
