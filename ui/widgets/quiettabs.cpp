#include "ui/widgets/quiettabs.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>

namespace archbench::ui {

namespace {

class QuietTabs : public QObject {
public:
    explicit QuietTabs(QTabWidget *tabs) : QObject(tabs), m_tabs(tabs) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_tabs || event->type() != QEvent::LayoutRequest)
            return false;
        const Hints now{m_tabs->sizeHint(), m_tabs->minimumSizeHint(), m_tabs->tabBar()->sizeHint(),
                        m_tabs->count(), m_tabs->tabBar()->isVisible(), m_tabs->size()};
        if (m_seen && now == m_last)
            return true; // nothing the tab widget lays out has changed: no relayout, no repaint
        m_last = now;
        m_seen = true;
        return false;
    }

private:
    struct Hints {
        QSize hint, minimum, bar;
        int count = 0;
        bool barVisible = false;
        QSize size;
        bool operator==(const Hints &) const = default;
    };
    QTabWidget *m_tabs;
    Hints m_last;
    bool m_seen = false;
};

} // namespace

void keepTabsQuiet(QTabWidget *tabs)
{
    tabs->installEventFilter(new QuietTabs(tabs));
}

} // namespace archbench::ui
