#pragma once
// A delegate for short lists of word-wrapped lines (the decision editor's checks): an icon at
// the left, the text wrapped beside it. Each line's text is laid out once for a given font
// and width and kept, so a list whose one line changed lays out that line's text once.
// QStyledItemDelegate shapes every line's text three times per change: once to measure it
// when QListView lays the list out again (any dataChanged does that in list mode) and twice
// more to paint it, and the decision editor's list changes on most score keys (a figure in
// a failed check's reason). It draws what such a list needs: the item's icon, font, colours
// and background, the selection across the line's width and the style's focus frame; no
// check boxes, hover, alternating rows or text alignment other than leading.

#include <QHash>
#include <QStyledItemDelegate>

#include <memory>

class QTextLayout;

namespace archbench::ui {

class WrappedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WrappedTextDelegate(QObject *parent = nullptr);
    ~WrappedTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// How many times a text has been laid out (a test hook: an unchanged line costs none).
    int layouts() const { return m_layouts; }

private:
    struct Geometry {
        QRect icon;
        QRect text;
    };
    Geometry geometry(const QStyleOptionViewItem &option, int textHeight) const;
    int textWidth(const QStyleOptionViewItem &option) const;
    int margin(const QStyleOptionViewItem &option) const;
    /// The text laid out in lines of `width` pixels (no limit when width <= 0), from the
    /// cache when it was laid out before.
    const QTextLayout &layout(const QString &text, const QFont &font, int width, Qt::LayoutDirection direction) const;

    mutable QHash<QString, std::shared_ptr<QTextLayout>> m_cache;
    mutable int m_layouts = 0;
};

} // namespace archbench::ui
