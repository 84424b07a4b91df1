#pragma once
// Flows report sections onto pages for one paint device (a QPdfWriter, or the QPrinter of a
// print preview). The result is a list of pages, each a list of drawing operations, plus the
// page on which each section starts, so that the renderer can number pages ("Page N of M")
// and fill the table of contents only after everything has been placed (two passes).
//
// All positions are device pixels of that device; sizes in PdfStyle are points and
// millimetres. Rules of the flow:
// - a section marked pageBreak starts a new page unless the page holds only headings;
// - a heading stays with at least three lines of what follows;
// - paragraphs and list items split between lines, never leaving one line alone at the
//   bottom when more follow; table rows move to the next page whole unless a row is taller
//   than a page, in which case its cells split between lines;
// - a table that continues on a new page repeats its header row;
// - charts are laid out at their size and drawn as vector graphics (QGraphicsScene::render).

#include "pdfstyle.h"
#include "pdftextblock.h"

#include "core/model/projectdata.h"
#include "core/document/reportdocument.h"

#include <QHash>
#include <QRectF>
#include <functional>
#include <memory>

class QPainter;
class QPaintDevice;

namespace archbench::ui {

class ChartRegistry;

struct PdfGeometry {
    QRectF page; ///< the whole sheet
    QRectF body; ///< where the flow goes
    qreal dpi = 72;
    qreal px(qreal points) const { return points * dpi / 72.0; }
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    static PdfGeometry forPage(const QSizeF &pagePixels, qreal dpi, const PdfStyle &style);
};

using PdfOp = std::function<void(QPainter &)>;

struct PdfPage {
    QList<PdfOp> ops;
    QString runningTitle; ///< the item or part this page belongs to (page header)
    QList<PdfLinkRect> links; ///< clickable areas (device pixels) and the anchors they lead to
    qreal filled = 0;         ///< share of the body's height in use (0–1), known once the page is left
    bool endsChapter = false; ///< the next page starts an item or a part (or this is the last)
};

/// Where a section starts: the index into pages() and the top of its heading (pixels).
struct PdfAnchorPlace {
    int page = -1;
    qreal top = 0;
};

/// Page numbers of the table of contents, known only after the body is laid out.
using PdfPageNumbers = std::shared_ptr<QHash<QString, int>>;

class PdfLayout {
public:
    PdfLayout(const PdfGeometry &geometry, const PdfStyle &style, const QPaintDevice *device,
              const ChartRegistry &charts, const core::ProjectData &data);

    /// Flows `sections`; `keepGoing(done)` is asked after each section and stops the flow
    /// (returning false) when it says no.
    bool flow(const QList<core::ReportSection> &sections, const std::function<bool(int)> &keepGoing = {});

    /// A heading outside any section (e.g. "Contents").
    void heading(const QString &title, int level);
    /// One line of a table of contents; its page number is looked up in `numbers` when drawn.
    void tocEntry(const QString &title, int level, const QString &anchor, const PdfPageNumbers &numbers);

    const QList<PdfPage> &pages() const { return m_pages; }
    /// Index into pages() where the section with `anchor` starts; -1 if it is not there.
    int pageOf(const QString &anchor) const { return m_anchorPlaces.value(anchor).page; }
    PdfAnchorPlace placeOf(const QString &anchor) const { return m_anchorPlaces.value(anchor); }
    /// Anchors that links may lead to (the sections of the whole document); links to others
    /// are set as plain text. Set before flow().
    void setLinkTargets(const QSet<QString> *targets) { m_linkTargets = targets; }

private:
    /// `chapter`: the page is left because an item or a part starts.
    void newPage(bool chapter = false);
    qreal remaining() const { return m_geometry.body.bottom() - m_y; }
    void add(PdfOp op);
    PdfTextFormat bodyFormat() const;
    PdfTextFormat captionFormat() const; ///< notes in grey italics
    qreal px(qreal points) const { return m_geometry.px(points); }

    void section(const core::ReportSection &section);
    /// `keepWithNext`: the height of what must follow on the same page (-1: three lines).
    void placeHeading(const QString &title, int level, bool pageBreak, const QString &anchor, qreal keepWithNext = -1);
    /// What of `block` must fit below a heading that precedes it.
    qreal openingOf(const core::ReportBlock &block) const;
    /// A chart's natural height; it may shrink to kChartShrinkLimit of it to stay on a page.
    qreal chartHeight(const core::ReportChart &chart) const;
    static constexpr qreal kChartShrinkLimit = 0.7;
    void placeLines(const PdfTextBlock &block, qreal x);
    /// Adds the drawing of lines [from, to) of `text` at `at`, and its links.
    void addText(const PdfTextBlock &text, const QPointF &at, int from, int to);
    void block(const core::ReportParagraph &paragraph);
    void block(const core::ReportList &list);
    void block(const core::ReportKeyValues &kv);
    void block(const core::ReportTable &table);
    void block(const core::ReportChart &chart);

    // Rows of cells (tables, key-value lists, list items): pdflayoutrows.cpp.
    struct Cell {
        PdfTextBlock text;
        qreal x = 0;     ///< left of the text
        qreal width = 0; ///< width of the text
    };
    struct RowLook {
        qreal padTop = 0, padBottom = 0;
        QColor fill;        ///< invalid: none
        QColor ruleBelow;   ///< invalid: none
        qreal ruleWidth = 0;
        qreal left = 0, right = 0; ///< extent of fill and rule
    };
    qreal rowHeight(const QList<Cell> &cells, const RowLook &look) const;
    struct PreparedTable {
        QList<Cell> header;
        QList<QList<Cell>> rows;
        RowLook headLook, rowLook;
        qreal headerHeight = 0;
        QList<qreal> rowHeights;
    };
    static constexpr qsizetype kWholeTableRows = 6;   ///< tables up to this many rows never split
    static constexpr qsizetype kMinRowsAfterBreak = 3; ///< rows a split table keeps on its last page
    /// Type size and cell padding of a table (points): normal, or dense for wide tables.
    struct TableSize {
        qreal points = 9;
        qreal padX = 4.5;
    };
    TableSize normalTable() const { return TableSize{m_style.table, m_style.cellPadX}; }
    TableSize denseTable() const { return TableSize{7.5, 2.6}; }
    /// A table as printed: whole, or one of the parts of a table too wide for the page.
    struct TablePart {
        core::ReportTable table;
        TableSize size;
        QString caption; ///< above a part: which columns it holds; empty when whole
    };
    static constexpr qsizetype kMaxDataColumns = 8; ///< columns after the key columns per part
    /// Whole when every column gets its longest word (normal, else dense type) and at most
    /// kMaxDataColumns follow the key columns; otherwise parts of the data columns, each
    /// repeating the key columns, in dense type.
    QList<TablePart> tableParts(const core::ReportTable &table) const;
    void placeTable(const core::ReportTable &table, const TableSize &size);
    PreparedTable prepare(const core::ReportTable &table, const TableSize &size) const;
    /// What must fit below a heading for the table to start under it.
    qreal openingHeight(const PreparedTable &table) const;
    /// The rows before which the table moves to a new page, header placed, `available` left.
    QList<qsizetype> planTableBreaks(const PreparedTable &table, qreal available) const;
    void placeRow(const QList<Cell> &cells, const RowLook &look, const std::function<void()> &afterPageBreak);
    QList<qreal> columnWidths(const core::ReportTable &table, qreal available, const TableSize &size) const;
    /// Per column: its longest word (or unbreakable run) plus padding, not capped.
    QList<qreal> wordWidths(const core::ReportTable &table, const TableSize &size) const;

    PdfGeometry m_geometry;
    const PdfStyle &m_style;
    const QPaintDevice *m_device;
    const ChartRegistry &m_charts;
    const core::ProjectData &m_data;

    QList<PdfPage> m_pages;
    QHash<QString, PdfAnchorPlace> m_anchorPlaces;
    const QSet<QString> *m_linkTargets = nullptr;
    QString m_runningTitle;
    qreal m_y = 0;
    bool m_pageHasAnything = false; ///< anything at all placed on the current page
    bool m_pageHasBody = false;     ///< anything but headings placed on the current page
};

} // namespace archbench::ui
