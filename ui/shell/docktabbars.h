#pragma once
// Dock tabs that read in full (issue 13 §4: the right-hand tabs read "Se…", "Re…", "D…").
// QMainWindow makes the tab bars of tabbed docks itself and elides their titles as soon as
// the area is narrower than the tabs. This keeps every such tab bar of the window from eliding
// or scrolling, so its tabs' full width becomes the least the dock area can be: the area is
// as wide as its titles need, in any language, and the docks keep short titles to stay narrow.

#include <QObject>

class QMainWindow;
class QTabBar;

namespace archbench::ui {

class DockTabBars : public QObject {
    Q_OBJECT
public:
    explicit DockTabBars(QMainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void keepReadable(QTabBar *bar);
};

} // namespace archbench::ui
