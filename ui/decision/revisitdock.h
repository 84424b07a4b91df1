#pragma once
// The bottom "Revisit" dock: every revisit trigger of the project, fired and due first. Enter
// or double-click opens the decision's tab with the trigger selected. The reference date is
// today, re-read every few minutes so the list turns over at midnight.

#include <QDockWidget>

class QTreeView;
class QTimer;

namespace archbench::ui {

class RevisitModel;
class Workbench;

class RevisitDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RevisitDock(Workbench *workbench, QWidget *parent = nullptr);

    RevisitModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    void updateTitle();

    Workbench *m_workbench;
    RevisitModel *m_model;
    QTreeView *m_view;
    QTimer *m_clock;
};

} // namespace archbench::ui
