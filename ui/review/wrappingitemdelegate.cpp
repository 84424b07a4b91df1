#include "wrappingitemdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace archbench::ui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view, int column)
    : QStyledItemDelegate(view), m_view(view), m_viewport(view->viewport()), m_column(column)
{
    // heights depend on the column width: lay the rows out again when it changes (once per
    // burst of resize events)
    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, m_view, [this] {
        m_lastWidth = m_view->header()->sectionSize(m_column);
        m_view->doItemsLayout();
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
    });
    connect(m_view->header(), &QHeaderView::sectionResized, m_relayout, [this](int logical) {
        if (logical == m_column)
            m_relayout->start();
    });
    m_viewport->installEventFilter(this);
}

bool WrappingItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // a stretched section does not always report its new size: watch the viewport as well.
    // Compare with the stored viewport before calling into the view: during the view's
    // destruction the viewport still gets events while the view is no longer a scroll area.
    if (event->type() == QEvent::Resize && watched == m_viewport
        && m_view->header()->sectionSize(m_column) != m_lastWidth)
        m_relayout->start();
    return QStyledItemDelegate::eventFilter(watched, event);
}

void WrappingItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == m_column)
        option->features |= QStyleOptionViewItem::WrapText;
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_column)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    // ask the style where the text goes in a cell as wide as the column minus the tree's
    // indentation, so the estimate matches the painting
    const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    opt.rect = QRect(0, 0, m_view->header()->sectionSize(m_column) - indent, 1000);
    const int width = m_view->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, m_view).width() - 4;
    if (width <= 40)
        return QStyledItemDelegate::sizeHint(option, index);
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft,
                                                    opt.text);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), std::max(base.height(), text.height() + 6)};
}

} // namespace archbench::ui
