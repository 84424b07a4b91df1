#include "wrappedlinelist.h"

#include "wrappedtextdelegate.h"

#include <QResizeEvent>

#include <algorithm>
#include <utility>

namespace archbench::ui {

WrappedLineList::WrappedLineList(QWidget *parent) : QListWidget(parent)
{
    setWordWrap(true);
    setItemDelegate(new WrappedTextDelegate(this));
    // pixels, not lines: a line wrapped in three scrolls smoothly
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the lines wrap instead
    QAbstractItemModel *m = model();
    connect(m, &QAbstractItemModel::rowsInserted, this, [this] { scheduleFit(Fit::Exact); });
    connect(m, &QAbstractItemModel::rowsRemoved, this, [this] { scheduleFit(Fit::Exact); });
    connect(m, &QAbstractItemModel::modelReset, this, [this] { scheduleFit(Fit::Exact); });
    // a changed text may take a line more, never makes the list jump back up: a figure that
    // changes with every key ("25 %", "5 %") would move everything below at each one
    connect(m, &QAbstractItemModel::dataChanged, this, [this] { scheduleFit(Fit::GrowOnly); });
    fitHeight();
}

WrappedLineList::~WrappedLineList()
{
    // the model outlives this part of the list and resets as it goes: no fit for a list
    // half destroyed
    disconnect(model(), nullptr, this, nullptr);
}

void WrappedLineList::setVisibleLines(int lines)
{
    m_visibleLines = std::max(1, lines);
    scheduleFit(Fit::Exact);
}

int WrappedLineList::fittingHeight()
{
    // The list's own layout, at the width it lays the lines out at (measuring the lines apart
    // from the layout found them a line short). Should the scroll bar come or go, the
    // viewport's width changes and resizeEvent() fits again.
    executeDelayedItemsLayout();
    int height = 0;
    if (count() > m_visibleLines)
        height = rectForIndex(indexFromItem(item(m_visibleLines))).top() - rectForIndex(indexFromItem(item(0))).top();
    else if (count() > 0)
        height = contentsSize().height();
    height = std::max(height, fontMetrics().lineSpacing() + 4);
    return height + 2 * frameWidth();
}

void WrappedLineList::fitHeight()
{
    fit(Fit::Exact);
}

void WrappedLineList::fit(Fit how)
{
    m_pending.reset();
    if (!isVisible()) {
        // not laid out at its width yet (a new editor wraps at a default 100 pixels, which
        // would make it, and a window holding it, very tall): fit when shown
        m_fitOnShow = true;
        return;
    }
    int wanted = fittingHeight();
    if (how == Fit::GrowOnly)
        wanted = std::max(wanted, maximumHeight() < QWIDGETSIZE_MAX ? maximumHeight() : 0);
    if (minimumHeight() != wanted || maximumHeight() != wanted)
        setFixedHeight(wanted);
}

void WrappedLineList::scheduleFit(Fit how)
{
    const bool queued = m_pending.has_value();
    m_pending = queued && *m_pending == Fit::Exact ? Fit::Exact : how;
    if (!queued)
        QMetaObject::invokeMethod(this, [this] {
            if (m_pending)
                fit(*m_pending);
        }, Qt::QueuedConnection);
}

void WrappedLineList::setLineText(int row, const QString &text)
{
    QListWidgetItem *line = item(row);
    if (!line || line->text() == text)
        return;
    executeDelayedItemsLayout();
    m_textRow = row;
    m_heightBefore = visualItemRect(line).height();
    line->setText(text);
    m_textRow = -1;
}

void WrappedLineList::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // visualRect() measures the line with its new text at its place in the present layout
    if (m_textRow >= 0 && topLeft == bottomRight && topLeft.row() == m_textRow
        && visualRect(topLeft).height() == m_heightBefore) {
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles); // that line's rectangle only
        return;
    }
    QListWidget::dataChanged(topLeft, bottomRight, roles);
}

void WrappedLineList::showEvent(QShowEvent *event)
{
    QListWidget::showEvent(event);
    if (std::exchange(m_fitOnShow, false))
        fit(Fit::Exact);
}

void WrappedLineList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        scheduleFit(Fit::Exact); // the lines wrap anew
}

} // namespace archbench::ui
