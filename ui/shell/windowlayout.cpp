#include "windowlayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>

namespace archbench::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
} // namespace

WindowLayout::WindowLayout(QMainWindow *window) : m_window(window) {}

void WindowLayout::captureDefault()
{
    m_default = m_window->saveState(kStateVersion);
}

bool WindowLayout::restore()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QByteArray state = settings.value(kStateKey).toByteArray();
    const bool geometryRestored = !geometry.isEmpty() && m_window->restoreGeometry(geometry);
    const bool stateRestored = !state.isEmpty() && m_window->restoreState(state, kStateVersion);
    return geometryRestored || stateRestored;
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, m_window->saveGeometry());
    settings.setValue(kStateKey, m_window->saveState(kStateVersion));
}

void WindowLayout::reset()
{
    if (m_default.isEmpty())
        return;
    // Floating docks are re-docked by restoreState; make sure none stays detached.
    const auto docks = m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        dock->setFloating(false);
    m_window->restoreState(m_default, kStateVersion);
}

} // namespace archbench::ui
