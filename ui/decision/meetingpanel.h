#pragma once
// The "Meeting" page of the decision editor (issue 16): the group's view of the matrix and the
// minutes. Blind by default: until the facilitator reveals the ballots (Ctrl+Alt+R) it says
// only who has handed one in. After Reveal: how ballots combine (mean, median, geometric mean;
// undoable, kept with the decision), the cells to discuss first (Return shows the cell in the
// matrix's group layer), each participant's own leader and whether the leader survives their
// weights, and Adopt, which copies the group values into the agreed scores with a rationale.
// The minutes: who attended and named dissent (both go into the ADR and the PDF). Pairwise
// criterion weights (AHP) open from here.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace archbench::ui {

class DecisionHandle;
class MatrixModel;

class MeetingPanel : public QWidget {
    Q_OBJECT
public:
    MeetingPanel(DecisionHandle *handle, MatrixModel *matrix, QWidget *parent = nullptr);

    QListWidget *contestedList() const { return m_contested; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *adoptButton() const { return m_adopt; }
    QComboBox *aggregationCombo() const { return m_aggregation; }
    QTableWidget *dissentTable() const { return m_dissent; }
    QLineEdit *attendeesEdit() const { return m_attendees; }
    QLineEdit *rationaleEdit() const { return m_rationale; }
    /// Adopts every group value as the agreed score; returns how many cells changed.
    int adoptGroup();
    void openPairwise();

signals:
    /// Show `option` × `criterion` in the matrix (the group layer).
    void showCell(const QString &option, const QString &criterion);
    void message(const QString &text);

private:
    void sync();
    void syncDissent();
    void writeDissent();

    DecisionHandle *m_handle;
    MatrixModel *m_matrix;
    QLabel *m_status;
    QPushButton *m_reveal;
    QComboBox *m_aggregation;
    QListWidget *m_contested;
    QLabel *m_leaders;
    QLineEdit *m_rationale;
    QPushButton *m_adopt;
    QLineEdit *m_attendees;
    QTableWidget *m_dissent;
    QLabel *m_ahp;
    QWidget *m_revealedPart;
    bool m_syncing = false;
};

} // namespace archbench::ui
