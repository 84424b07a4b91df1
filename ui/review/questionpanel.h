#pragma once
// Shows one lens question of a review and reports the user's edits as signals; it never
// changes data itself (the ReviewEditor turns each signal into one undo command).
// setQuestion() refreshes the widgets from the document without emitting anything.
//
// Choices are check boxes with their help text under them; Alt+1..Alt+9 tick the n-th
// practice. "None of these" excludes the others (the editor clears them), and "Not
// applicable" disables the choices and enables the reason.

#include "core/model/review.h"
#include "core/review/lens.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace archbench::ui {

class QuestionPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuestionPanel(QWidget *parent = nullptr);

    /// Shows `question` (null: nothing selected) with its current answer (null: none).
    /// `position` is e.g. "Reliability · question 2 of 6".
    void setQuestion(const core::LensQuestion *question, const core::Answer *answer, core::RiskLevel risk,
                     const QString &position);
    void setEditable(bool editable);

    QString questionId() const { return m_questionId; }
    QCheckBox *choiceBox(const QString &choiceId) const;
    QString riskText() const;
    QCheckBox *notApplicableBox() const { return m_notApplicable; }
    QComboBox *reasonCombo() const { return m_reason; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    /// Gives focus to the first choice (used when moving from question to question).
    void focusFirstChoice();

signals:
    void choiceToggled(const QString &choiceId, bool ticked);
    void notApplicableToggled(bool notApplicable);
    void reasonChanged(archbench::core::NotApplicableReason reason);
    void notesEdited(const QString &notes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    void rebuildChoices(const core::LensQuestion &question);
    void updateEnabled();

    QString m_questionId;
    QStringList m_choiceIds;
    bool m_editable = true;
    bool m_isNotApplicable = false;
    QLabel *m_position = nullptr;
    QLabel *m_riskIcon = nullptr;
    QLabel *m_riskBadge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_practicesLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QWidget *m_choicesBox = nullptr;
    QVBoxLayout *m_choicesLayout = nullptr;
    QList<QCheckBox *> m_choiceBoxes;
    QList<QLabel *> m_helpLabels;
    QCheckBox *m_notApplicable = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace archbench::ui
