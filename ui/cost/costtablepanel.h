#pragma once
// A table of a cost model's list (steps or compute options) with its commands: add (Insert),
// remove (Delete), move up (Alt+Up) and move down (Alt+Down), as buttons and as shortcuts
// while the table has focus. Cells are edited in place: type over a cell, F2 or a double
// click; Enter commits and moves down a row, Tab moves on. The panel only asks (signals);
// the editor performs the change as one undo command and puts the current row back.

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QTableView;

namespace archbench::ui {

class CostTablePanel : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString add, remove, moveUp, moveDown;
    };
    CostTablePanel(const Texts &texts, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTableView *view() const { return m_view; }
    int currentRow() const;
    /// Makes `row` current (keeping the column) and gives the table focus.
    void setCurrentRow(int row);
    void setEditable(bool editable);

    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }

signals:
    void addRequested(int row);            ///< insert a new item at `row`
    void removeRequested(int row);
    void moveRequested(int from, int to);

private:
    void updateActions();

    QTableView *m_view;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    bool m_editable = true;
};

} // namespace archbench::ui
