#include "hiddenquietview.h"

#include "whenvisible.h"

namespace archbench::ui {

HiddenQuietTreeView::HiddenQuietTreeView(QWidget *parent)
    : QTreeView(parent), m_whenVisible(new WhenVisible(this, [this] {
          // lays out every row again: the heights measured before the changes are dropped
          doItemsLayout();
          viewport()->update();
      }))
{
}

bool HiddenQuietTreeView::stale() const
{
    return m_whenVisible->due();
}

void HiddenQuietTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (m_whenVisible->hidden()) {
        if (!m_whenVisible->due())
            m_whenVisible->watchAncestors(); // the dock, not the view, is told when its tab is chosen
        m_whenVisible->run(); // marks the view stale until it is shown
        return;
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace archbench::ui
