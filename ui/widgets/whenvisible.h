#pragma once
// Deferred work for a widget nobody can see: a chart dock tabbed behind another, or closed,
// need not rebuild its charts on every change of the project. run() does the work at once
// while the widget can be seen (or while its window has never been shown, as in tests and
// before the first paint), otherwise marks it due and does it when the widget is next shown
// or moved into view (a dock whose tab is chosen is moved back, not shown).

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <functional>

namespace archbench::ui {

class WhenVisible : public QObject {
public:
    WhenVisible(QWidget *widget, std::function<void()> work);

    /// Does the work now, or when `widget` is next shown.
    void run();
    /// True while work waits for the widget to be shown.
    bool due() const { return m_due; }
    /// True when nobody can see the widget now: hidden, or a dock tabbed behind another.
    bool hidden() const;
    /// Also does due work when `ancestor` is shown or moved: a widget inside a dock is not told
    /// when its dock's tab is chosen, the dock is.
    void watchAncestors();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_work;
    bool m_due = false;
};

} // namespace archbench::ui
