#pragma once
// The matrix grid, driven by keyboard in a meeting: a digit within the scale scores the current
// cell and moves to the next one (right, then the next criterion's first option); Tab and
// Shift+Tab move through cells and leave the grid past its last (before its first) cell;
// Enter moves down; Ctrl+Home / Ctrl+End go to the first / last score; Delete clears the
// selection as one undo step;
// F2 (or typing in a name or weight cell) edits; Ctrl+C copies the selection and Ctrl+V pastes
// a tab-separated block as one undo step. The current cell survives structural resets.

#include <QTableView>

namespace archbench::ui {

class MatrixModel;

class MatrixView : public QTableView {
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);

    void setMatrixModel(MatrixModel *model);
    MatrixModel *matrixModel() const { return m_model; }
    /// Makes the cell of (criterion, option) current; an empty option selects the name column.
    void focusCell(const QString &criterionId, const QString &optionId);
    /// Pastes `text` (tab-separated) with its top-left cell at the current cell.
    bool pasteText(const QString &text);
    /// The selection as tab-separated text (rows by newline).
    QString selectionText() const;
    /// True while a cell editor is open.
    bool isEditing() const { return state() == EditingState; }

signals:
    /// Something the user should know about a refused key (out of scale, read-only, paste).
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// Rows and columns fit their text again when the presentation zoom changes the font.
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// Enter in an editor commits and moves down, Tab commits and moves on without opening
    /// the next editor, so typing a weight flows like typing a score.
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveTo(int row, int column);
    /// Moves to the next (previous) cell in reading order; false at the last (first) cell.
    bool moveNext(bool backwards);

    MatrixModel *m_model = nullptr;
    QString m_keepCriterion;
    QString m_keepOption;
    int m_keepColumn = 0;
};

} // namespace archbench::ui
