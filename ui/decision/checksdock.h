#pragma once
// The bottom "Checks" dock: every failed decision-quality check of the project with its
// reason in words. Enter or double-click opens the decision at the part the check is about.

#include <QDockWidget>

class QTreeView;

namespace archbench::ui {

class ChecksModel;
class Workbench;

class ChecksDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ChecksDock(Workbench *workbench, QWidget *parent = nullptr);

    ChecksModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    void updateTitle();

    Workbench *m_workbench;
    ChecksModel *m_model;
    QTreeView *m_view;
};

} // namespace archbench::ui
