#include "followfocus.h"

#include <QApplication>
#include <QScrollArea>

namespace archbench::ui {

void followFocus(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (now && area->widget() && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now, 16, 16);
    });
}

} // namespace archbench::ui
