// Rows of cells for PdfLayout: tables (header repeated on every page), key-value lists and
// list items share one placement routine that keeps a row whole when it can and splits its
// cells between lines when it is taller than a page.
#include "pdflayout.h"

#include <QCoreApplication>
#include <QPainter>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::PdfReportRenderer)
};
} // namespace

qreal PdfLayout::rowHeight(const QList<Cell> &cells, const RowLook &look) const
{
    qreal h = 0;
    for (const Cell &c : cells)
        h = std::max(h, c.text.height());
    return h + look.padTop + look.padBottom;
}

void PdfLayout::placeRow(const QList<Cell> &cells, const RowLook &look, const std::function<void()> &afterPageBreak)
{
    QList<int> starts(cells.size(), 0);
    auto breakPage = [&] {
        newPage();
        if (afterPageBreak)
            afterPageBreak();
    };
    auto finished = [&] {
        for (qsizetype i = 0; i < cells.size(); ++i)
            if (starts[i] < cells[i].text.lineCount())
                return false;
        return true;
    };
    bool firstPart = true;
    bool justBroke = false; ///< a page break that did not help must not repeat forever
    do {
        qreal full = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            full = std::max(full, cells[i].text.heightOf(starts[i], cells[i].text.lineCount()));
        full += look.padTop + look.padBottom;

        QList<int> ends(cells.size());
        if (full <= remaining()) {
            for (qsizetype i = 0; i < cells.size(); ++i)
                ends[i] = cells[i].text.lineCount();
        } else {
            // Move the row whole to the next page if it fits on one.
            if (firstPart && m_pageHasAnything && full <= m_geometry.body.height() * 0.85) {
                breakPage();
                if (full <= remaining())
                    continue;
            }
            const qreal room = remaining() - look.padTop - look.padBottom;
            bool any = false;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                ends[i] = starts[i] + cells[i].text.fitLines(starts[i], room);
                any = any || ends[i] > starts[i];
            }
            if (!any) {
                if (m_pageHasAnything && !justBroke) {
                    breakPage();
                    justBroke = true;
                    continue;
                }
                for (qsizetype i = 0; i < cells.size(); ++i) // taller than a page: one line each
                    ends[i] = std::min(starts[i] + 1, cells[i].text.lineCount());
            }
        }

        qreal height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            height = std::max(height, cells[i].text.heightOf(starts[i], ends[i]));
        height += look.padTop + look.padBottom;
        const qreal top = m_y;
        const QRectF band(look.left, top, look.right - look.left, height);
        const QColor fill = look.fill, rule = look.ruleBelow;
        const qreal ruleWidth = look.ruleWidth;
        if (fill.isValid())
            add([band, fill](QPainter &p) { p.fillRect(band, fill); });
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (ends[i] <= starts[i])
                continue;
            addText(cells[i].text, QPointF(cells[i].x, top + look.padTop), starts[i], ends[i]);
        }
        if (rule.isValid())
            add([band, rule, ruleWidth](QPainter &p) {
                p.setPen(QPen(rule, ruleWidth));
                p.drawLine(band.bottomLeft(), band.bottomRight());
            });
        m_pageHasAnything = true;
        m_pageHasBody = true;
        m_y += height;
        starts = ends;
        firstPart = false;
        justBroke = false;
        if (!finished())
            breakPage();
    } while (!finished());
}

QList<qreal> PdfLayout::wordWidths(const core::ReportTable &table, const TableSize &size) const
{
    qsizetype columns = table.header.size();
    for (const auto &row : table.rows)
        columns = std::max(columns, row.size());
    const qreal pad = 2 * px(size.padX);
    QList<qreal> minimum(columns, pad);
    const PdfTextFormat body{m_style.condensed(size.points), m_style.text, Qt::AlignLeft, 0, m_style.lineSpacing};
    const PdfTextFormat head{m_style.condensed(size.points, true), m_style.text, Qt::AlignLeft, 0, m_style.lineSpacing};
    const qreal wide = m_geometry.body.width();
    for (qsizetype c = 0; c < table.header.size(); ++c)
        minimum[c] = std::max(minimum[c], PdfTextBlock(table.header[c], head, m_style, wide, m_device).minimumWidth() + pad);
    for (const auto &row : table.rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            minimum[c] = std::max(minimum[c], PdfTextBlock(row[c], body, m_style, wide, m_device).minimumWidth() + pad);
    return minimum;
}

QList<PdfLayout::TablePart> PdfLayout::tableParts(const core::ReportTable &table) const
{
    const qreal available = m_geometry.body.width();
    const qsizetype keys = std::clamp<qsizetype>(table.keyColumns, 0, table.header.size());
    const qsizetype data = table.header.size() - keys;
    if (keys == 0 || data <= 0)
        return {TablePart{table, normalTable(), {}}};
    auto sum = [](const QList<qreal> &widths, qsizetype from, qsizetype to) {
        qreal s = 0;
        for (qsizetype c = from; c < std::min(to, widths.size()); ++c)
            s += widths[c];
        return s;
    };
    if (data <= kMaxDataColumns) {
        for (const TableSize &size : {normalTable(), denseTable()}) {
            const QList<qreal> words = wordWidths(table, size);
            if (sum(words, 0, words.size()) <= available)
                return {TablePart{table, size, {}}};
        }
    }

    // Parts: the key columns, then as many data columns as keep their words whole.
    const TableSize size = denseTable();
    const QList<qreal> words = wordWidths(table, size);
    const qreal keyWidth = sum(words, 0, keys);
    QList<std::pair<qsizetype, qsizetype>> ranges; // data columns [first, last] (absolute)
    for (qsizetype c = keys; c < table.header.size();) {
        qsizetype last = c;
        qreal used = keyWidth + words.value(c);
        while (last + 1 < table.header.size() && last + 1 - c + 1 <= kMaxDataColumns
               && used + words.value(last + 1) <= available) {
            ++last;
            used += words.value(last);
        }
        ranges << std::pair{c, last};
        c = last + 1;
    }
    // Even parts read better than seven, seven, seven and one.
    if (ranges.size() > 1) {
        const qsizetype perPart = (data + ranges.size() - 1) / ranges.size();
        bool evenFits = true;
        QList<std::pair<qsizetype, qsizetype>> even;
        for (qsizetype c = keys; c < table.header.size(); c += perPart) {
            const qsizetype last = std::min(c + perPart, table.header.size()) - 1;
            evenFits = evenFits && keyWidth + sum(words, c, last + 1) <= available;
            even << std::pair{c, last};
        }
        if (evenFits && even.size() == ranges.size())
            ranges = even;
    }
    const QString caption = table.splitCaption.isEmpty() ? Text::tr("Columns %1 to %2 of %3") : table.splitCaption;
    QList<TablePart> parts;
    for (const auto &[first, last] : ranges) {
        core::ReportTable part;
        part.keyColumns = table.keyColumns;
        QList<qsizetype> columns;
        for (qsizetype c = 0; c < keys; ++c)
            columns << c;
        for (qsizetype c = first; c <= last; ++c)
            columns << c;
        for (qsizetype c : std::as_const(columns)) {
            part.header << table.header.value(c);
            part.align << table.align.value(c, core::ReportAlign::Left);
            if (table.widths.size() == table.header.size())
                part.widths << table.widths[c];
        }
        for (const auto &row : table.rows) {
            QList<core::ReportText> cells;
            for (qsizetype c : std::as_const(columns))
                cells << row.value(c);
            part.rows << cells;
        }
        QString text = caption;
        text.replace(QStringLiteral("%1"), QString::number(first - keys + 1))
            .replace(QStringLiteral("%2"), QString::number(last - keys + 1))
            .replace(QStringLiteral("%3"), QString::number(data));
        parts << TablePart{part, size, text};
    }
    return parts;
}

QList<qreal> PdfLayout::columnWidths(const core::ReportTable &table, qreal available, const TableSize &size) const
{
    const qsizetype columns = [&] {
        qsizetype n = table.header.size();
        for (const auto &row : table.rows)
            n = std::max(n, row.size());
        return n;
    }();
    const qreal pad = 2 * px(size.padX);
    QList<qreal> minimum(columns, pad), natural(columns, pad);
    const PdfTextFormat body{m_style.condensed(size.points), m_style.text, Qt::AlignLeft, 0, m_style.lineSpacing};
    const PdfTextFormat head{m_style.condensed(size.points, true), m_style.text, Qt::AlignLeft, 0, m_style.lineSpacing};
    auto measure = [&](qsizetype c, const core::ReportText &text, const PdfTextFormat &format) {
        const PdfTextBlock b(text, format, m_style, available, m_device);
        minimum[c] = std::max(minimum[c], b.minimumWidth() + pad);
        natural[c] = std::max(natural[c], b.naturalWidth() + pad);
    };
    for (qsizetype c = 0; c < table.header.size(); ++c)
        measure(c, table.header[c], head);
    for (const auto &row : table.rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            measure(c, row[c], body);
    // A single long word may not claim more than 40 % of the table: it wraps anywhere.
    for (qreal &m : minimum)
        m = std::min(m, available * 0.4);

    QList<qreal> widths(columns, 0);
    qreal hintSum = 0;
    for (qsizetype c = 0; c < columns; ++c)
        hintSum += table.widths.value(c, 0);
    bool hinted = table.widths.size() >= columns && hintSum > 0;
    if (hinted) {
        for (qsizetype c = 0; c < columns; ++c) {
            widths[c] = available * table.widths[c] / hintSum;
            hinted = hinted && widths[c] >= minimum[c];
        }
    }
    if (hinted)
        return widths;

    qreal sumMin = 0, sumNatural = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        sumMin += minimum[c];
        sumNatural += natural[c];
    }
    if (sumNatural <= available) {
        // Everything fits unwrapped: share the spare room in proportion to content.
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = natural[c] + (available - sumNatural) * natural[c] / sumNatural;
    } else if (sumMin >= available) {
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = available * minimum[c] / sumMin;
    } else {
        // Each column gets its longest word, then the rest in proportion to what it lacks.
        const qreal spare = available - sumMin;
        const qreal want = sumNatural - sumMin;
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = minimum[c] + spare * (natural[c] - minimum[c]) / want;
    }
    return widths;
}

PdfLayout::PreparedTable PdfLayout::prepare(const core::ReportTable &table, const TableSize &size) const
{
    PreparedTable t;
    const QList<qreal> widths = columnWidths(table, m_geometry.body.width(), size);
    if (widths.isEmpty())
        return t;
    const qreal padX = px(size.padX), padY = px(m_style.cellPadY);
    auto makeCells = [&](const QList<core::ReportText> &texts, bool header) {
        QList<Cell> cells;
        qreal x = m_geometry.body.left();
        for (qsizetype c = 0; c < widths.size(); ++c) {
            Qt::Alignment align = Qt::AlignLeft;
            switch (table.align.value(c, core::ReportAlign::Left)) {
            case core::ReportAlign::Left: break;
            case core::ReportAlign::Center: align = Qt::AlignHCenter; break;
            case core::ReportAlign::Right: align = Qt::AlignRight; break;
            }
            const PdfTextFormat format{m_style.condensed(size.points, header), m_style.text, align, 0, m_style.lineSpacing,
                                       m_linkTargets};
            const qreal w = widths[c] - 2 * padX;
            cells << Cell{PdfTextBlock(texts.value(c), format, m_style, w, m_device), x + padX, w};
            x += widths[c];
        }
        return cells;
    };
    QList<core::ReportText> headerTexts;
    for (const QString &h : table.header)
        headerTexts << core::ReportText(h);
    t.header = makeCells(headerTexts, true);

    t.headLook.padTop = t.headLook.padBottom = padY;
    t.headLook.fill = m_style.headerFill;
    t.headLook.ruleBelow = m_style.strongRule;
    t.headLook.ruleWidth = px(0.8);
    t.headLook.left = m_geometry.body.left();
    t.headLook.right = m_geometry.body.right();
    t.rowLook = t.headLook;
    t.rowLook.fill = QColor();
    t.rowLook.ruleBelow = m_style.rule;
    t.rowLook.ruleWidth = px(0.4);

    for (const auto &row : table.rows)
        t.rows << makeCells(row, false);
    t.headerHeight = rowHeight(t.header, t.headLook);
    for (const QList<Cell> &row : std::as_const(t.rows))
        t.rowHeights << rowHeight(row, t.rowLook);
    return t;
}

qreal PdfLayout::openingHeight(const PreparedTable &t) const
{
    // A short table is kept whole; a long one starts with its header and two rows.
    const qsizetype keep = t.rows.size() <= kWholeTableRows ? t.rows.size() : 2;
    qreal h = t.headerHeight;
    for (qsizetype r = 0; r < keep; ++r)
        h += t.rowHeights[r];
    return h;
}

QList<qsizetype> PdfLayout::planTableBreaks(const PreparedTable &t, qreal available) const
{
    // Where the rows would break, page by page, if each row stays whole.
    QList<qsizetype> breaks;
    const qreal continuation = m_geometry.body.height() - t.headerHeight;
    qreal used = 0;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        if (used > 0 && used + t.rowHeights[r] > available) {
            breaks << r;
            available = continuation;
            used = 0;
        }
        used += t.rowHeights[r];
    }
    // No row alone at the top of the last page: move rows from the page before while it
    // keeps at least as many (the closing rows of a table, e.g. a total, stay together).
    if (!breaks.isEmpty()) {
        const qsizetype last = breaks.last();
        const qsizetype before = breaks.size() > 1 ? breaks[breaks.size() - 2] : 0;
        const qsizetype tail = t.rows.size() - last, head = last - before;
        const qsizetype move = std::min(kMinRowsAfterBreak - tail, head - kMinRowsAfterBreak);
        if (tail < kMinRowsAfterBreak && move > 0)
            breaks.last() -= move;
    }
    return breaks;
}

void PdfLayout::block(const core::ReportTable &table)
{
    for (const TablePart &part : tableParts(table)) {
        if (!part.caption.isEmpty()) {
            core::ReportParagraph caption{part.caption, true};
            const PdfTextBlock text(caption.text, captionFormat(), m_style, m_geometry.body.width(), m_device);
            // The caption stays with the start of its part.
            if (m_pageHasAnything && text.height() + openingHeight(prepare(part.table, part.size)) > remaining())
                newPage();
            placeLines(text, m_geometry.body.left());
            m_y += px(2);
        }
        placeTable(part.table, part.size);
    }
}

void PdfLayout::placeTable(const core::ReportTable &table, const TableSize &size)
{
    const PreparedTable t = prepare(table, size);
    if (t.header.isEmpty())
        return;

    m_y += m_pageHasAnything ? px(2) : 0;
    const qreal whole = [&] {
        qreal h = t.headerHeight;
        for (qreal r : t.rowHeights)
            h += r;
        return h;
    }();
    const qreal opening = openingHeight(t);
    if (m_pageHasAnything && ((whole > remaining() && t.rows.size() <= kWholeTableRows && whole <= m_geometry.body.height())
                              || (opening > remaining() && opening < m_geometry.body.height() * 0.85)))
        newPage();
    auto repeatHeader = [&] { placeRow(t.header, t.headLook, {}); };
    repeatHeader();
    const QList<qsizetype> breaks = planTableBreaks(t, remaining());
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        if (breaks.contains(r) && m_pageHasBody) {
            newPage();
            repeatHeader();
        }
        RowLook look = t.rowLook;
        if (r % 2 == 1)
            look.fill = m_style.stripeFill;
        placeRow(t.rows[r], look, repeatHeader);
    }
    m_y += px(m_style.blockGap);
}

void PdfLayout::block(const core::ReportKeyValues &kv)
{
    const PdfTextFormat keyFormat{m_style.sans(m_style.body, true), m_style.secondary, Qt::AlignLeft, 0, m_style.lineSpacing};
    qreal keyWidth = 0;
    for (const auto &entry : kv.entries)
        keyWidth = std::max(keyWidth, PdfTextBlock(entry.first, keyFormat, m_style, m_geometry.body.width(), m_device).naturalWidth());
    keyWidth = std::clamp(keyWidth + px(2), px(60), m_geometry.body.width() * 0.3);
    const qreal gap = px(10);
    const qreal valueX = m_geometry.body.left() + keyWidth + gap;
    const qreal valueWidth = m_geometry.body.right() - valueX;
    RowLook look;
    look.padBottom = px(3.5);
    for (const auto &[key, value] : kv.entries) {
        QList<Cell> cells{Cell{PdfTextBlock(key, keyFormat, m_style, keyWidth, m_device), m_geometry.body.left(), keyWidth},
                          Cell{PdfTextBlock(value, bodyFormat(), m_style, valueWidth, m_device), valueX, valueWidth}};
        placeRow(cells, look, {});
    }
    m_y += px(m_style.paragraphGap - 3.5 + 2);
}

} // namespace archbench::ui
