#pragma once
// Persists the main window's geometry and dock/toolbar layout in QSettings and brings back the
// default layout (View > Reset Layout). The default is captured once every dock is in place;
// saved states carry kStateVersion, and a state of another version is ignored.

#include <QByteArray>

class QMainWindow;

namespace archbench::ui {

class WindowLayout {
public:
    static constexpr int kStateVersion = 1;

    explicit WindowLayout(QMainWindow *window);

    /// Remembers the window's current dock layout as the default. Call after every dock is added.
    void captureDefault();
    QByteArray defaultState() const { return m_default; }

    /// Restores geometry and dock layout from the settings; false when there was none to use.
    bool restore();
    void save() const;
    /// Back to the captured default: every dock docked where it started, default visibility.
    void reset();

private:
    QMainWindow *m_window;
    QByteArray m_default;
};

} // namespace archbench::ui
