#pragma once
// File ▸ Compare With… (issue 17 §4): what differs between another version of the project (a
// mailed copy, yesterday's file, a branch's JSON) and the project open now, grouped by item
// (the decision, review, drill, cost model or the project itself), each change in words.
// Return or a double-click on a change (or its item) opens that item in the main window. The
// dialog is not modal, so one can walk through the changes while looking at the items.

#include "core/merge/projectmerge.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace archbench::ui {

class Workbench;

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    /// The changes from `other` (read from `otherPath`) to the open project `current`.
    CompareDialog(const core::ProjectData &other, const QString &otherPath, const core::ProjectData &current, Workbench *workbench,
                  QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *summary() const { return m_summary; }
    int changeCount() const { return m_changes; }

private:
    void openItem(QTreeWidgetItem *item);

    Workbench *m_workbench;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    int m_changes = 0;
};

} // namespace archbench::ui
