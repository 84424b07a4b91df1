#pragma once
// A piece of ReportText laid out into lines of a given width for a given paint device, so
// that the page flow can ask how many lines fit and draw any range of them (a paragraph or a
// table cell split across a page break). Text is set as plain characters through QTextLayout:
// nothing is parsed as HTML or rich text. Copies share the layout.

#include "core/document/reportdocument.h"

#include <QFont>
#include <QRectF>
#include <QSet>
#include <QTextLayout>
#include <memory>

class QPainter;
class QPaintDevice;

namespace archbench::ui {

struct PdfStyle;

struct PdfTextFormat {
    QFont font;
    QColor colour;
    Qt::Alignment align = Qt::AlignLeft;
    unsigned extraStyle = 0; ///< ReportRun::Style bits added to every run (e.g. notes in italics)
    qreal lineSpacing = 1.25;
    /// Anchors that exist in the document: runs linking to one of them are drawn in the
    /// link colour and reported by linkAreas(); other links are plain text. Null: none.
    const QSet<QString> *linkTargets = nullptr;
};

/// Where a link sits on the page (device pixels) and the anchor it leads to.
struct PdfLinkRect {
    QRectF rect;
    QString target;
};

class PdfTextBlock {
public:
    PdfTextBlock() = default;
    /// Lays out `text` in lines at most `width` device pixels wide (words longer than a line
    /// are broken anywhere rather than overflow).
    PdfTextBlock(const core::ReportText &text, const PdfTextFormat &format, const PdfStyle &style, qreal width,
                 const QPaintDevice *device);

    int lineCount() const { return int(m_tops.size()); }
    qreal height() const { return heightOf(0, lineCount()); }
    /// Height of lines [from, to).
    qreal heightOf(int from, int to) const;
    /// How many lines, starting at `from`, fit into `available` pixels.
    int fitLines(int from, qreal available) const;
    /// Widest line without wrapping, and widest single word: bounds for column widths.
    qreal naturalWidth() const { return m_natural; }
    qreal minimumWidth() const { return m_minimum; }
    /// Width of the text on line `i` (for leaders after the last line).
    qreal lineWidth(int i) const;
    /// Distance from the top of line `i` to its baseline.
    qreal baseline(int i) const;

    /// Draws lines [from, to) with the top of line `from` at `topLeft`.
    void draw(QPainter &painter, const QPointF &topLeft, int from, int to) const;
    /// The areas of the links on lines [from, to) when drawn as draw() does: one per link
    /// and line.
    QList<PdfLinkRect> linkAreas(const QPointF &topLeft, int from, int to) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    QList<qreal> m_tops;  ///< top of each line, from the top of line 0
    QList<qreal> m_advances; ///< distance from each line's top to the next one's
    struct LinkRange {
        int start = 0, end = 0; ///< characters [start, end) of the laid-out text
        QString target;
    };
    QList<LinkRange> m_links;
    QColor m_colour;
    qreal m_natural = 0;
    qreal m_minimum = 0;
};

} // namespace archbench::ui
