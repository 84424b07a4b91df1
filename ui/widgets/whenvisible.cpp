#include "whenvisible.h"

#include <QEvent>

namespace archbench::ui {

WhenVisible::WhenVisible(QWidget *widget, std::function<void()> work)
    : QObject(widget), m_widget(widget), m_work(std::move(work))
{
    widget->installEventFilter(this);
}

bool WhenVisible::hidden() const
{
    const QWidget *top = m_widget->window();
    // A window that was never shown explicitly (a test, the first layout) counts as seen:
    // whatever asks for the widget's contents then gets them up to date.
    if (top == m_widget || !top->testAttribute(Qt::WA_WState_ExplicitShowHide))
        return false;
    // A dock whose tab is not chosen stays "visible" but is moved outside the window.
    return !m_widget->isVisible() || m_widget->visibleRegion().isEmpty();
}

void WhenVisible::run()
{
    if (hidden()) {
        m_due = true;
        return;
    }
    m_due = false;
    m_work();
}

void WhenVisible::watchAncestors()
{
    for (QWidget *w = m_widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget())
        w->installEventFilter(this);
}

bool WhenVisible::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched->isWidgetType() && m_due && (type == QEvent::Show || type == QEvent::Move || type == QEvent::Resize)
        && !hidden()) {
        m_due = false;
        m_work();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace archbench::ui
