#pragma once
// Pairwise comparison of a decision's criteria (AHP, issue 16), one pair at a time by keyboard:
// 1–9 says how many times more the left criterion matters (1 equal), Shift+1–9 the same for
// the right one, Delete clears, and each key moves on to the next pair (arrows and PgUp/PgDn
// move too). Judgments are kept per participant (or the group's own) and apply at once, each
// one undo step; the weights (principal eigenvector), the consistency ratio and, above 0.10,
// the most inconsistent triple update as you go. "Use these weights" writes the combined
// weights (all participants, geometric mean) into the matrix as one undo step.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace archbench::ui {

class DecisionHandle;

class PairwiseDialog : public QDialog {
    Q_OBJECT
public:
    explicit PairwiseDialog(DecisionHandle *handle, QWidget *parent = nullptr);

    /// Judges the current pair: `value` > 0 as "left is value × right"; nullopt clears.
    void judge(std::optional<double> value);
    void movePair(int delta);
    int currentPair() const { return m_pair; }
    int pairCount() const { return int(m_pairs.size()); }
    QString participant() const;
    void setParticipant(const QString &name);
    /// Writes the combined weights into the criteria (one undo step); false when incomplete.
    bool useWeights();
    QLabel *resultLabel() const { return m_result; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sync();

    DecisionHandle *m_handle;
    QComboBox *m_who;
    QLabel *m_question;
    QLabel *m_current;
    QTableWidget *m_table;
    QLabel *m_result;
    QPushButton *m_use;
    QList<std::pair<QString, QString>> m_pairs;
    int m_pair = 0;
};

} // namespace archbench::ui
