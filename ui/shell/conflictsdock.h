#pragma once
// The Conflicts dock (issue 17 §4): the fields a merge left to resolve (archbench merge, or a
// Save that merged someone else's work), each with base, ours (what the project holds now)
// and theirs side by side. Keep Ours drops the conflict; Take Theirs puts their value in and
// drops it; both are one undo step. To settle on a third value, edit the field as usual and
// press Keep Ours. The dock shows itself when conflicts appear; the window's title and status
// bar say how many remain (MainWindow), and Save warns while any do (FileController).

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class Workbench;

class ConflictsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ConflictsDock(Workbench *workbench, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// Resolves the selected conflict; false when there is none or the value is refused.
    bool keepOurs();
    bool takeTheirs();

private:
    void follow(core::Project *project);
    void refresh();

    Workbench *m_workbench;
    QPointer<core::Project> m_project;
    QMetaObject::Connection m_infoConnection;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_ours;
    QPushButton *m_theirs;
    int m_shown = 0;
};

} // namespace archbench::ui
