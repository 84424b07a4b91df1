#pragma once
// A tab widget answers every layout request from inside its pages by laying itself out again
// and repainting the whole widget, tab bar and current page included, and then asks its own
// parent to lay out: one label in a page that changes its text (a score's summary, a cell's
// caption) repaints the page and everything up to the main window, several times per key.
// keepTabsQuiet() lets such a request through only when it can change the tab widget: its
// size hints, its tab bar's size hint or its page count changed. A page's own layout still
// runs (the request reached the page before it reached the tab widget).

class QTabWidget;

namespace archbench::ui {

void keepTabsQuiet(QTabWidget *tabs);

} // namespace archbench::ui
