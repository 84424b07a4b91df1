#include "undohistorydock.h"

#include "ui/workbench.h"

#include <QUndoView>

namespace archbench::ui {

UndoHistoryDock::UndoHistoryDock(Workbench *workbench, QWidget *parent)
    : QDockWidget(tr("Undo History"), parent), m_workbench(workbench), m_view(new QUndoView(this))
{
    setObjectName(QStringLiteral("undoHistoryDock"));
    m_view->setObjectName(QStringLiteral("undoHistoryView"));
    m_view->setEmptyLabel(tr("Project as opened"));
    m_view->setAccessibleName(tr("Undo history"));
    // One line per command: without this the view measures every command's text on each
    // edit (the new current line's rectangle lays out the whole list), a cost that grew with
    // the length of the session. A name wider than the dock ends in "…" (no sideways scroll).
    m_view->setUniformItemSizes(true);
    setWidget(m_view);
    auto follow = [this] {
        m_view->setStack(m_workbench->undoStack());
        m_view->setEnabled(m_workbench->project() != nullptr);
    };
    connect(workbench, &Workbench::projectChanged, this, follow);
    follow();
}

} // namespace archbench::ui
