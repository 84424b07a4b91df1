#pragma once
// The document tab of one review. On top: title, date, lens and the pillar summary. Below,
// three pages: Answers (the pillar/question navigator with risk badges beside the current
// question: choices, not applicable, notes), Improvement plan, Milestones.
//
// The editor keeps a copy of the parsed lens and the latest risk assessment and recomputes
// both from the Project on every change signal, so undo, redo and edits made elsewhere show at
// once. Every user edit is one command through ui::commands. A lens that fails to load shows
// an inline message and leaves the review read-only.

#include "core/review/lens.h"
#include "core/review/riskassessment.h"
#include "ui/itemhandle.h"
#include "ui/workbench.h"

#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace archbench::ui {

class ImprovementPlanView;
class MilestonePanel;
class PillarSummaryWidget;
class QuestionPanel;
class ReviewNavigatorModel;

class ReviewEditor : public QWidget {
    Q_OBJECT
public:
    ReviewEditor(const EditorContext &context, const QString &reviewId, QWidget *parent = nullptr);

    QString reviewId() const { return m_reviewId; }
    bool hasLens() const { return m_lensOk; }
    const core::Lens &lens() const { return m_lens; }
    const core::RiskAssessment &risks() const { return m_risks; }

    QString currentQuestionId() const { return m_currentQuestion; }
    void selectQuestion(const QString &questionId);
    void nextQuestion();
    void previousQuestion();
    /// Selects a question or an improvement item by id (shared selection).
    Q_INVOKABLE void highlight(const QString &id);

    QuestionPanel *questionPanel() const { return m_panel; }
    QTreeView *navigator() const { return m_navigator; }
    ReviewNavigatorModel *navigatorModel() const { return m_navigatorModel; }
    PillarSummaryWidget *summary() const { return m_summary; }
    ImprovementPlanView *planView() const { return m_plan; }
    MilestonePanel *milestonePanel() const { return m_milestones; }
    QTabWidget *pages() const { return m_pages; }
    QLineEdit *titleEdit() const { return m_title; }
    QLabel *messageBar() const { return m_message; }

private:
    void reloadLens();
    void refresh();
    void showQuestion(const QString &questionId);
    void moveQuestion(int step);
    void updateEditable();

    // edits, each one undo command
    void editAnswer(const QString &questionId, const std::function<void(core::Answer &)> &change,
                    const QString &text, const QString &mergeKey = {});
    void toggleChoice(const QString &choiceId, bool ticked);
    void setNotApplicable(bool notApplicable);
    void setReason(core::NotApplicableReason reason);
    void setNotes(const QString &notes);

    QString m_reviewId;
    ItemHandle<core::Review> *m_review; ///< every edit of the review goes through it
    QString m_lensId;
    core::Lens m_lens;
    bool m_lensOk = false;
    core::RiskAssessment m_risks;
    QString m_currentQuestion;

    QLabel *m_message;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QLabel *m_lensLabel;
    PillarSummaryWidget *m_summary;
    QTreeView *m_navigator;
    ReviewNavigatorModel *m_navigatorModel;
    QTabWidget *m_pages;
    QuestionPanel *m_panel;
    ImprovementPlanView *m_plan;
    MilestonePanel *m_milestones;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace archbench::ui
