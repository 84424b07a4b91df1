#pragma once
// The "Record" page of the decision editor: the context and the five questions on the left,
// the decision record on the right (door type, status with the superseding decision, date,
// participants by role, chosen option, trade-offs accepted, risks with mitigations). Every field edits
// through the DecisionHandle; typing merges into one undo step per field.

#include <QWidget>

class QBoxLayout;

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace archbench::ui {

class DecisionHandle;
class RisksModel;

class RecordForm : public QWidget {
    Q_OBJECT
public:
    explicit RecordForm(DecisionHandle *handle, QWidget *parent = nullptr);

    QPlainTextEdit *textField(const QString &name) const; ///< "context", "problem", ...
    QComboBox *doorType() const { return m_doorType; }
    QComboBox *status() const { return m_status; }
    QComboBox *successor() const { return m_successor; }
    QComboBox *chosenOption() const { return m_chosen; }
    QDateEdit *date() const { return m_date; }
    QLineEdit *participants() const { return m_participants; } ///< the decision-makers
    QLineEdit *consulted() const { return m_consulted; }
    QLineEdit *informed() const { return m_informed; }
    QPlainTextEdit *tradeoffsAccepted() const { return m_tradeoffsAccepted; }
    QTableView *risksView() const { return m_risksView; }
    RisksModel *risksModel() const { return m_risks; }
    QLabel *supersedesLabel() const { return m_supersedes; }
    QSpinBox *scaleMin() const { return m_scaleMin; }
    QSpinBox *scaleMax() const { return m_scaleMax; }
    /// Gives focus to the field a quality check is about.
    void focusField(const QString &name);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildQuestions();
    QWidget *buildRecord();
    QPlainTextEdit *addText(const QString &name, const QString &undoText, const QString &placeholder, int lines);
    void sync();
    void syncLists();
    void changeScale();

    DecisionHandle *m_handle;
    QBoxLayout *m_columns = nullptr;
    QList<QPlainTextEdit *> m_texts;
    QLabel *m_optionsSummary = nullptr;
    QComboBox *m_doorType = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_successor = nullptr;
    QLabel *m_supersedes = nullptr;
    QLabel *m_successorProblem = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_participants = nullptr;
    QLineEdit *m_consulted = nullptr;
    QLineEdit *m_informed = nullptr;
    QComboBox *m_chosen = nullptr;
    QSpinBox *m_scaleMin = nullptr;
    QSpinBox *m_scaleMax = nullptr;
    QLabel *m_scaleProblem = nullptr;
    QPlainTextEdit *m_tradeoffsAccepted = nullptr;
    RisksModel *m_risks = nullptr;
    QTableView *m_risksView = nullptr;
    QPushButton *m_addRisk = nullptr;
    QPushButton *m_removeRisk = nullptr;
    bool m_syncing = false;
};

} // namespace archbench::ui
