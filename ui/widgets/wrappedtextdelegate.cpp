#include "wrappedtextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <cmath>

namespace archbench::ui {

namespace {

/// Enough for the lines of a few lists at two widths each; older layouts are dropped at once.
constexpr qsizetype kMaxCachedLayouts = 64;

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

WrappedTextDelegate::WrappedTextDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

WrappedTextDelegate::~WrappedTextDelegate() = default;

int WrappedTextDelegate::margin(const QStyleOptionViewItem &option) const
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, option.widget) + 1;
}

int WrappedTextDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    if (!(option.features & QStyleOptionViewItem::WrapText) || option.rect.width() <= 0)
        return 0; // one line, as long as the text
    const int m = margin(option);
    int width = option.rect.width() - 2 * m;
    if (option.features & QStyleOptionViewItem::HasDecoration)
        width -= option.decorationSize.width() + 2 * m;
    return std::max(1, width);
}

const QTextLayout &WrappedTextDelegate::layout(const QString &text, const QFont &font, int width,
                                               Qt::LayoutDirection direction) const
{
    const QString key = QString::number(width) + QLatin1Char(direction == Qt::RightToLeft ? 'r' : 'l')
                        + font.key() + QLatin1Char('\x1f') + text;
    if (const auto hit = m_cache.constFind(key); hit != m_cache.cend())
        return **hit;
    if (m_cache.size() >= kMaxCachedLayouts)
        m_cache.clear();
    auto laidOut = std::make_shared<QTextLayout>(text, font);
    QTextOption textOption;
    textOption.setWrapMode(width > 0 ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    textOption.setTextDirection(direction);
    // QTextLayout aligns lines by the absolute side only: leading is right in right to left
    textOption.setAlignment(QStyle::visualAlignment(direction, Qt::AlignLeading) | Qt::AlignTop);
    laidOut->setTextOption(textOption);
    laidOut->setCacheEnabled(true); // keep the shaped glyphs for every paint
    laidOut->beginLayout();
    qreal y = 0;
    for (QTextLine line = laidOut->createLine(); line.isValid(); line = laidOut->createLine()) {
        if (width > 0)
            line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    laidOut->endLayout();
    ++m_layouts;
    return **m_cache.insert(key, std::move(laidOut));
}

WrappedTextDelegate::Geometry WrappedTextDelegate::geometry(const QStyleOptionViewItem &option, int textHeight) const
{
    const int m = margin(option);
    const QRect r = option.rect;
    Geometry g;
    int left = r.left() + m;
    if (option.features & QStyleOptionViewItem::HasDecoration) {
        const QSize icon = option.decorationSize;
        g.icon = QRect(QPoint(left, r.top() + (r.height() - icon.height()) / 2), icon);
        left = g.icon.right() + 1 + 2 * m;
    }
    g.text = QRect(left, r.top() + std::max(0, (r.height() - textHeight) / 2), std::max(0, r.right() - m - left + 1),
                   std::min(r.height(), textHeight));
    g.icon = QStyle::visualRect(option.direction, r, g.icon);
    g.text = QStyle::visualRect(option.direction, r, g.text);
    return g;
}

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QTextLayout &text = layout(opt.text, opt.font, textWidth(opt), opt.direction);
    const QRectF bounds = text.boundingRect();
    const int m = margin(opt);
    int width = int(std::ceil(bounds.width())) + 2 * m;
    int height = int(std::ceil(bounds.height()));
    if (opt.features & QStyleOptionViewItem::HasDecoration) {
        width += opt.decorationSize.width() + 2 * m;
        height = std::max(height, opt.decorationSize.height());
    }
    if (textWidth(opt) > 0)
        width = std::max(width, opt.rect.width());
    return QSize(width, height + 2);
}

void WrappedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QTextLayout &text = layout(opt.text, opt.font, textWidth(opt), opt.direction);
    const Geometry g = geometry(opt, int(std::ceil(text.boundingRect().height())));
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    // the whole line shows the selection (the style would measure the text again for its own
    // text rectangle)
    if (selected)
        painter->fillRect(opt.rect, opt.palette.brush(group, QPalette::Highlight));
    else if (opt.backgroundBrush.style() != Qt::NoBrush)
        painter->fillRect(opt.rect, opt.backgroundBrush);
    if (!g.icon.isEmpty()) {
        const QIcon::Mode mode = !(opt.state & QStyle::State_Enabled) ? QIcon::Disabled
                                 : selected                            ? QIcon::Selected
                                                                       : QIcon::Normal;
        opt.icon.paint(painter, g.icon, opt.decorationAlignment, mode, QIcon::On);
    }
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(g.text, Qt::IntersectClip);
    QPointF origin = g.text.topLeft();
    if (opt.direction == Qt::RightToLeft && textWidth(opt) <= 0) // unwrapped: laid out from the left
        origin.rx() += g.text.width() - text.boundingRect().width();
    text.draw(painter, origin);
    painter->restore();

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        styleOf(opt)->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
}

} // namespace archbench::ui
