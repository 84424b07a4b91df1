#pragma once
// The "Matrix" page of the decision editor: a toolbar of matrix commands (each with a shortcut
// that works while the page has focus), the grid, a details column beside it for the current
// criterion, option and cell (names, descriptions, the cell's rationale), and the hard
// constraints with a check per option below. Every field has a mnemonic (Alt+C criterion name,
// Alt+A its meaning, Alt+O option name, Alt+W its meaning, Alt+G "do nothing", Alt+L rationale,
// Alt+S constraints, Alt+I add constraint); Return or Escape in a field returns to the grid.

#include "core/model/decision.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class QUndoCommand;

namespace archbench::ui {

class ConstraintsModel;
class DecisionHandle;
class MatrixModel;
class MatrixView;

class MatrixPanel : public QWidget {
    Q_OBJECT
public:
    explicit MatrixPanel(DecisionHandle *handle, QWidget *parent = nullptr);

    MatrixView *view() const { return m_view; }
    MatrixModel *model() const { return m_model; }
    QTableView *constraintsView() const { return m_constraintsView; }
    ConstraintsModel *constraintsModel() const { return m_constraints; }
    QLineEdit *rationaleEdit() const { return m_rationale; }
    QLineEdit *criterionNameEdit() const { return m_criterionName; }
    QLineEdit *optionNameEdit() const { return m_optionName; }
    QComboBox *layerCombo() const { return m_layerCombo; }
    /// The matrix commands by object name ("addCriterion", "removeOption", ...).
    QAction *action(const QString &name) const;
    /// Puts the grid, the fields beside it and the constraints in one run of the tab chain
    /// starting at the grid, so Tab past the grid's last cell reaches the details. Call again
    /// after moving the grid elsewhere in the chain.
    void applyTabOrder();

    void addCriterion();
    void removeCriterion();
    void moveCriterion(int delta);
    void addOption();
    void addDoNothingOption();
    void removeOption();
    void moveOption(int delta);
    void normaliseWeights();
    void addConstraint();
    void removeConstraint();
    /// Puts the keyboard on the grid's current cell (the first criterion when none is current).
    void backToGrid();

signals:
    void message(const QString &text);

protected:
    /// Return or Escape in a field beside the grid (Escape in the constraints list) puts the
    /// keyboard back on the grid's current cell.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Rebuilds the "scores shown" list (agreed, group, one ballot per person) and the state
    /// of Reveal and Adopt.
    void syncLayers();
    void chooseLayer(int index);
    /// After undo or redo: the cursor to the first cell that changed, which flashes.
    void showChange();
    QWidget *buildDetails();
    /// Gives the fields beside the grid room for about a dozen characters of their font.
    void fitDetailFields();
    void buildActions();
    void syncDetails();
    void syncEnabled();
    QString currentCriterion() const;
    QString currentOption() const;

    DecisionHandle *m_handle;
    MatrixModel *m_model;
    MatrixView *m_view;
    ConstraintsModel *m_constraints;
    QTableView *m_constraintsView;
    QToolBar *m_toolBar;
    QComboBox *m_layerCombo = nullptr;
    QLabel *m_layerBanner = nullptr;
    core::Decision m_previous, m_seen;
    int m_undoIndex = 0;
    const QUndoCommand *m_nextCommand = nullptr;
    QList<QAction *> m_actions;
    QGroupBox *m_criterionBox = nullptr;
    QLineEdit *m_criterionName = nullptr;
    QLineEdit *m_criterionDescription = nullptr;
    QGroupBox *m_optionBox = nullptr;
    QLineEdit *m_optionName = nullptr;
    QLineEdit *m_optionDescription = nullptr;
    QCheckBox *m_doNothing = nullptr;
    QGroupBox *m_cellBox = nullptr;
    QLabel *m_cellLabel = nullptr;
    QLineEdit *m_rationale = nullptr;
    // the ids the details show, kept while the user types
    QString m_shownCriterion;
    QString m_shownOption;
};

} // namespace archbench::ui
