#pragma once
// Shows core::dashboardLines() as a list, recomputed (once per event-loop turn) after every
// change of the project; double-click or Enter opens the item a line is about. Only the items
// that changed are evaluated again (core::DashboardCache), and only the lines whose text or
// target changed are touched. The current line stays on what it is about, wherever that moves.

#include "core/overview/dashboard.h"

#include <QDate>
#include <QWidget>

class QListWidget;
class QTimer;

namespace archbench::core {
class Project;
}

namespace archbench::ui {

class WhenVisible;
class Workbench;

class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    DashboardPanel(core::Project *project, Workbench *workbench, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Recomputes now (normally scheduled after each change: once the typing pauses, and
    /// while the Overview is behind another tab, when it is next shown).
    void refresh();
    /// Also catches up when an ancestor is shown or moved (a scroll area's content scrolled
    /// back to it); call once the panel sits in its final place.
    void watchAncestors();

private:
    core::Project *m_project;
    Workbench *m_workbench;
    QListWidget *m_list;
    QTimer *m_timer;
    WhenVisible *m_whenVisible;
    QDate m_shownFor; ///< the "today" of the lines shown
    core::DashboardCache m_items; ///< what each item gave the last refresh
};

} // namespace archbench::ui
