#pragma once
// A table of a cost model's list (steps or compute options) with its commands: add (Insert),
// remove (Delete), move up (Alt+Up) and move down (Alt+Down), as buttons and as shortcuts
// while the table has focus. Cells are edited in place: type over a cell, F2 or a double
// click; Enter commits and moves down a row, Tab moves on. The model performs each command as
// one undo step (CostTableModel); the panel puts the current row where the entry went.

#include <QPointer>
#include <QWidget>

class QAction;
class QTableView;

namespace archbench::ui {

class CostTableModel;

class CostTablePanel : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString add, remove, moveUp, moveDown;
    };
    CostTablePanel(const Texts &texts, QWidget *parent = nullptr);

    void setModel(CostTableModel *model);
    QTableView *view() const { return m_view; }
    int currentRow() const;
    /// Makes `row` current (keeping the column) and gives the table focus.
    void setCurrentRow(int row);
    void setEditable(bool editable);

    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }

private:
    void updateActions();
    void add();
    void remove();
    void move(int from, int to);

    QTableView *m_view;
    QPointer<CostTableModel> m_model;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    bool m_editable = true;
};

} // namespace archbench::ui
