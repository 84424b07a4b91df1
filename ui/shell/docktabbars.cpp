#include "docktabbars.h"

#include <QChildEvent>
#include <QMainWindow>
#include <QTabBar>

namespace archbench::ui {

DockTabBars::DockTabBars(QMainWindow *window) : QObject(window)
{
    window->installEventFilter(this);
    for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        keepReadable(bar);
}

bool DockTabBars::eventFilter(QObject *watched, QEvent *event)
{
    // QMainWindow sets up a new tab bar (elide mode included) after adding it as a child, so
    // the bar is adjusted when it is polished, before it is first shown
    if (event->type() == QEvent::ChildPolished)
        if (auto *bar = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
            keepReadable(bar);
    return QObject::eventFilter(watched, event);
}

void DockTabBars::keepReadable(QTabBar *bar)
{
    if (bar->elideMode() != Qt::ElideNone)
        bar->setElideMode(Qt::ElideNone);
    if (bar->usesScrollButtons())
        bar->setUsesScrollButtons(false);
}

} // namespace archbench::ui
