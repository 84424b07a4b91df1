#pragma once
// The Undo History dock: the open project's QUndoStack as a list (QUndoView); clicking an
// entry undoes or redoes up to it. Follows the workbench's project.

#include <QDockWidget>

class QUndoView;

namespace archbench::ui {

class Workbench;

class UndoHistoryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit UndoHistoryDock(Workbench *workbench, QWidget *parent = nullptr);
    QUndoView *view() const { return m_view; }

private:
    Workbench *m_workbench;
    QUndoView *m_view;
};

} // namespace archbench::ui
