#include "pdflayout.h"
#include "pdfmeasuredevice.h"

#include "chartregistry.h"
#include "greysafecharts.h"

#include "core/log.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsLayout>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QPainter>
#include <QPainterPath>
#include <functional>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::PdfReportRenderer)
};

/// The space closest to the middle of `text` (where a line breaks best in two), or -1.
qsizetype spaceNearMiddle(const QString &text)
{
    const qsizetype middle = text.size() / 2;
    for (qsizetype d = 0; d <= middle; ++d) {
        if (middle + d < text.size() && text[middle + d] == QLatin1Char(' '))
            return middle + d;
        if (middle - d >= 0 && text[middle - d] == QLatin1Char(' '))
            return middle - d;
    }
    return -1;
}
} // namespace

PdfGeometry PdfGeometry::forPage(const QSizeF &pagePixels, qreal dpi, const PdfStyle &style)
{
    PdfGeometry g;
    g.dpi = dpi;
    g.page = QRectF(QPointF(0, 0), pagePixels);
    g.body = g.page.adjusted(g.mm(style.marginLeftMm), g.mm(style.marginTopMm), -g.mm(style.marginRightMm),
                             -g.mm(style.marginBottomMm));
    return g;
}

PdfLayout::PdfLayout(const PdfGeometry &geometry, const PdfStyle &style, const QPaintDevice *device,
                     const ChartRegistry &charts, const core::ProjectData &data)
    : m_geometry(geometry), m_style(style), m_device(device), m_charts(charts), m_data(data)
{
}

void PdfLayout::newPage(bool chapter)
{
    if (!m_pages.isEmpty()) {
        m_pages.last().filled = std::clamp((m_y - m_geometry.body.top()) / m_geometry.body.height(), 0.0, 1.0);
        m_pages.last().endsChapter = chapter;
    }
    m_pages.append(PdfPage{{}, m_runningTitle, {}});
    m_y = m_geometry.body.top();
    m_pageHasAnything = false;
    m_pageHasBody = false;
}

void PdfLayout::add(PdfOp op)
{
    if (m_pages.isEmpty())
        newPage();
    m_pages.last().ops.append(std::move(op));
    m_pageHasAnything = true;
}

PdfTextFormat PdfLayout::bodyFormat() const
{
    return PdfTextFormat{m_style.sans(m_style.body), m_style.text, Qt::AlignLeft, 0, m_style.lineSpacing, m_linkTargets};
}

PdfTextFormat PdfLayout::captionFormat() const
{
    PdfTextFormat format = bodyFormat();
    format.extraStyle = core::ReportRun::Emphasis;
    format.colour = m_style.secondary;
    return format;
}

void PdfLayout::addText(const PdfTextBlock &text, const QPointF &at, int from, int to)
{
    add([text, at, from, to](QPainter &p) { text.draw(p, at, from, to); });
    m_pages.last().links << text.linkAreas(at, from, to);
}

bool PdfLayout::flow(const QList<core::ReportSection> &sections, const std::function<bool(int)> &keepGoing)
{
    if (m_pages.isEmpty())
        newPage();
    int done = 0;
    for (const core::ReportSection &s : sections) {
        section(s);
        if (keepGoing && !keepGoing(++done))
            return false;
    }
    m_pages.last().filled = std::clamp((m_y - m_geometry.body.top()) / m_geometry.body.height(), 0.0, 1.0);
    m_pages.last().endsChapter = true;
    return true;
}

qreal PdfLayout::openingOf(const core::ReportBlock &block) const
{
    const qreal lines = px(m_style.body) * m_style.lineSpacing * 3.5;
    if (const auto *table = std::get_if<core::ReportTable>(&block)) {
        const QList<TablePart> parts = tableParts(*table);
        if (parts.isEmpty())
            return lines;
        qreal caption = 0;
        if (!parts.first().caption.isEmpty())
            caption = PdfTextBlock(parts.first().caption, captionFormat(), m_style, m_geometry.body.width(), m_device).height() + px(2);
        return std::min(px(2) + caption + openingHeight(prepare(parts.first().table, parts.first().size)),
                        m_geometry.body.height() * 0.6);
    }
    if (const auto *chart = std::get_if<core::ReportChart>(&block))
        return px(m_style.blockGap) + chartHeight(*chart) * kChartShrinkLimit;
    if (const auto *paragraph = std::get_if<core::ReportParagraph>(&block)) {
        const PdfTextBlock text(paragraph->text, bodyFormat(), m_style, m_geometry.body.width(), m_device);
        return std::min(lines, text.height());
    }
    return lines;
}

void PdfLayout::section(const core::ReportSection &s)
{
    placeHeading(s.title, s.level, s.pageBreak, s.anchor, s.blocks.isEmpty() ? -1 : openingOf(s.blocks.first()));
    for (qsizetype i = 0; i < s.blocks.size(); ++i) {
        // A paragraph that introduces what follows ("Why each score was given:") stays with it.
        const auto *intro = std::get_if<core::ReportParagraph>(&s.blocks[i]);
        if (intro && i + 1 < s.blocks.size() && m_pageHasAnything && intro->text.plainText().trimmed().endsWith(QLatin1Char(':'))) {
            const PdfTextBlock text(intro->text, intro->note ? captionFormat() : bodyFormat(), m_style,
                                    m_geometry.body.width(), m_device);
            if (text.height() + px(m_style.paragraphGap) + openingOf(s.blocks[i + 1]) > remaining())
                newPage();
        }
        std::visit([this](const auto &block) { this->block(block); }, s.blocks[i]);
    }
}

void PdfLayout::heading(const QString &title, int level)
{
    if (m_pages.isEmpty())
        newPage();
    placeHeading(title, level, false, {});
}

void PdfLayout::placeHeading(const QString &title, int level, bool pageBreak, const QString &anchor, qreal keepWithNext)
{
    if (m_pages.isEmpty())
        newPage();
    if (pageBreak && m_pageHasBody)
        newPage(true);
    struct Look { qreal before, after; }; // points
    static constexpr Look looks[] = {{0, 12}, {16, 5}, {11, 4}, {9, 3}};
    const int index = std::clamp(level, 1, 4) - 1;
    const qreal size = index == 0 ? m_style.h1 : index == 1 ? m_style.h2 : index == 2 ? m_style.h3 : m_style.h4;
    PdfTextFormat format{m_style.sans(size, true), m_style.text, Qt::AlignLeft, 0, 1.18};
    const PdfTextBlock text(title.simplified(), format, m_style, m_geometry.body.width(), m_device);

    const qreal ruleGap = index == 0 ? px(4) : 0;
    if (keepWithNext < 0)
        keepWithNext = px(m_style.body) * m_style.lineSpacing * 3.5;
    qreal before = m_pageHasAnything ? px(looks[index].before) : 0;
    if (before + text.height() + ruleGap + px(looks[index].after) + keepWithNext > remaining() && m_pageHasAnything) {
        newPage();
        before = 0;
    }
    if (pageBreak || level == 1) {
        m_runningTitle = title.simplified();
        if (!m_pageHasAnything || !m_pageHasBody)
            m_pages.last().runningTitle = m_runningTitle;
    }
    m_y += before;
    if (!anchor.isEmpty() && !m_anchorPlaces.contains(anchor))
        m_anchorPlaces.insert(anchor, PdfAnchorPlace{int(m_pages.size()) - 1, m_y});
    const QPointF at(m_geometry.body.left(), m_y);
    add([text, at](QPainter &p) { text.draw(p, at, 0, text.lineCount()); });
    m_y += text.height();
    if (index == 0) {
        const qreal y = m_y + ruleGap / 2;
        const QLineF line(m_geometry.body.left(), y, m_geometry.body.right(), y);
        const QPen pen(m_style.accent, px(1.1));
        add([line, pen](QPainter &p) {
            p.setPen(pen);
            p.drawLine(line);
        });
        m_y += ruleGap;
    }
    m_y += px(looks[index].after);
}

void PdfLayout::placeLines(const PdfTextBlock &text, qreal x)
{
    int from = 0;
    while (from < text.lineCount()) {
        int n = text.fitLines(from, remaining());
        const int left = text.lineCount() - from;
        // No single line stranded at the bottom of a page when more follow.
        if (n == 1 && left > 1 && m_pageHasAnything)
            n = 0;
        if (n == 0) {
            if (m_pageHasAnything) {
                newPage();
                continue;
            }
            n = 1; // a line taller than the page: place it anyway
        }
        const QPointF at(x, m_y);
        const int first = from, last = from + n;
        addText(text, at, first, last);
        m_pageHasBody = true;
        m_y += text.heightOf(first, last);
        from = last;
        if (from < text.lineCount())
            newPage();
    }
}

void PdfLayout::block(const core::ReportParagraph &paragraph)
{
    const PdfTextFormat format = paragraph.note ? captionFormat() : bodyFormat();
    const PdfTextBlock text(paragraph.text, format, m_style, m_geometry.body.width(), m_device);
    placeLines(text, m_geometry.body.left());
    m_y += px(m_style.paragraphGap);
}

void PdfLayout::block(const core::ReportList &list)
{
    const qreal indent = px(list.ordered ? 18 : 13);
    const qreal markerWidth = indent - px(5);
    const qreal left = m_geometry.body.left() + px(3);
    PdfTextFormat markerFormat = bodyFormat();
    markerFormat.align = Qt::AlignRight;
    markerFormat.colour = m_style.secondary;
    for (qsizetype i = 0; i < list.items.size(); ++i) {
        const QString marker = list.ordered ? QString::number(i + 1) + QLatin1Char('.') : QStringLiteral("•");
        QList<Cell> cells{Cell{PdfTextBlock(marker, markerFormat, m_style, markerWidth, m_device), left, markerWidth},
                          Cell{PdfTextBlock(list.items[i], bodyFormat(), m_style, m_geometry.body.right() - left - indent, m_device),
                               left + indent, m_geometry.body.right() - left - indent}};
        RowLook look;
        look.padBottom = px(m_style.listGap);
        placeRow(cells, look, {});
    }
    m_y += px(m_style.paragraphGap - m_style.listGap);
}

void PdfLayout::block(const core::ReportChart &chartBlock)
{
    std::unique_ptr<QChart> chart(m_charts.create(chartBlock.chartId, m_data, chartBlock.itemId));
    if (!chart) {
        AB_LOG_WARN("report: no chart \"{}\" for item \"{}\"; left out", chartBlock.chartId, chartBlock.itemId);
        return;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    distinguishInGrey(*chart);
    withoutLigatures(*chart);

    const qreal width = m_geometry.body.width();
    qreal height = chartHeight(chartBlock);
    // The chart is laid out in screen-like units (96 per inch), so its point-sized fonts keep
    // the proportions they have in the dock; render() then scales it into place as vectors.
    auto toScene = [this](qreal pixels) { return pixels / m_geometry.dpi * 96.0; };
    auto scene = std::make_shared<QGraphicsScene>();
    QChart *raw = chart.release();
    scene->addItem(raw);
    auto layOut = [&](qreal h) {
        const QRectF rect(0, 0, toScene(width), toScene(h));
        raw->setGeometry(rect);
        scene->setSceneRect(rect);
        // Laid out now, not when an event loop would get to it (the command line has none),
        // and again after a label changed even if the size did not.
        for (QGraphicsLayout *layout : {raw->legend() ? raw->legend()->layout() : nullptr, raw->layout()})
            if (layout) {
                layout->invalidate();
                layout->activate();
            }
    };
    auto labelsCut = [raw] {
        const QList<QAbstractAxis *> axes = raw->axes();
        return std::any_of(axes.cbegin(), axes.cend(), [](const QAbstractAxis *a) { return a->labelsTruncated(); });
    };
    // Qt Charts cuts an axis label that does not fit its band to "…": a chart with many or
    // tall labels grows until they fit (up to most of a page), and is then not shrunk.
    layOut(height);
    bool rebroken = false;
    // A legend entry wider than a legend beside the plot is cut as well: two lines instead.
    if (QLegend *legend = raw->legend(); legend && legend->isVisible()
        && (legend->alignment() == Qt::AlignRight || legend->alignment() == Qt::AlignLeft)) {
        // Narrow (a sixth of the chart) so that the plot gets the width; long entries take two lines.
        const qreal room = std::max<qreal>(60, toScene(width) / 6);
        const QFontMetricsF metrics(legend->font());
        for (QLegendMarker *marker : legend->markers()) {
            const QString label = marker->label();
            // Labels may be HTML already (an escaped "&amp;"): only plain ones are broken, never escaped twice.
            if (!marker->isVisible() || label.contains(QLatin1Char('<')) || label.contains(QLatin1Char('&'))
                || metrics.horizontalAdvance(label) <= room)
                continue;
            if (const qsizetype at = spaceNearMiddle(label); at > 0) {
                const QString left = label.left(at).toHtmlEscaped();
                marker->setLabel(left + QStringLiteral("<br>") + label.mid(at + 1).toHtmlEscaped());
                rebroken = true;
            }
        }
    }
    if (rebroken)
        layOut(height); // the plot's width is known once the legend is
    rebroken = false;
    // An axis title longer than its axis is cut to "…" too: it breaks into two lines at the
    // space nearest its middle instead (titles are plain text here: nothing else to escape).
    for (QAbstractAxis *axis : raw->axes()) {
        const QString title = axis->titleText();
        if (!axis->isTitleVisible() || title.isEmpty() || title.contains(QLatin1Char('<')) || title.contains(QLatin1Char('&')))
            continue;
        const qreal extent = axis->orientation() == Qt::Horizontal ? raw->plotArea().width() : raw->plotArea().height();
        if (QFontMetricsF(axis->titleFont()).horizontalAdvance(title) <= extent * 0.95)
            continue;
        if (const qsizetype at = spaceNearMiddle(title); at > 0) {
            axis->setTitleText(title.left(at) + QStringLiteral("<br>") + title.mid(at + 1));
            rebroken = true;
        }
    }
    if (rebroken)
        layOut(height);
    qreal smallest = height * kChartShrinkLimit;
    const qreal tallest = std::max(height, m_geometry.body.height() * 0.85);
    // A legend beside the plot lists its entries from the top: the chart is tall enough for
    // all of them (up to most of a page, then "… and N more" below), and not shrunk below it.
    const auto legendEntry = [](const QLegend *legend) {
        const qreal line = QFontMetricsF(legend->font()).height();
        qreal entry = line * 1.9; // a marker row, with some to spare
        for (const QLegendMarker *marker : legend->markers())
            if (marker->isVisible())
                entry = std::max(entry, line * ((marker->label().count(QStringLiteral("<br>")) + 1) * 1.2 + 0.9));
        return entry;
    };
    const auto sideLegend = [raw]() -> QLegend * {
        QLegend *legend = raw->legend();
        return legend && legend->isVisible() && (legend->alignment() == Qt::AlignRight || legend->alignment() == Qt::AlignLeft)
                   ? legend
                   : nullptr;
    };
    if (QLegend *legend = sideLegend()) {
        const QList<QLegendMarker *> markers = legend->markers();
        const auto entries = std::count_if(markers.cbegin(), markers.cend(), [](const QLegendMarker *m) { return m->isVisible(); });
        const qreal around = toScene(height) - legend->geometry().height();
        const qreal need = std::min((entries * legendEntry(legend) + 10 + around) * m_geometry.dpi / 96.0, tallest);
        if (need > height) {
            height = need;
            layOut(height);
        }
        smallest = std::max(smallest, need);
    }
    if (labelsCut()) {
        const qreal natural = height;
        for (int i = 0; i < 12 && labelsCut() && height < tallest; ++i) {
            height = std::min(height * 1.12, tallest);
            smallest = height;
            layOut(height);
        }
        if (labelsCut()) { // cut for want of width, not height: growing did not help
            height = natural;
            smallest = height * kChartShrinkLimit;
            layOut(height);
        }
    }
    const qreal gap = px(m_style.blockGap);
    if (gap + height > remaining() && m_pageHasAnything) {
        // Shrunk a little rather than leave the rest of the page blank; moved when that is
        // not enough.
        if (remaining() - gap >= smallest) {
            height = remaining() - gap;
            layOut(height);
        } else {
            newPage();
        }
    }
    // A legend beside the plot shows as many entries as its height holds and cuts the rest
    // off silently: the last entry that fits says how many more there are instead.
    if (QLegend *legend = sideLegend()) {
        QList<QLegendMarker *> shown;
        for (QLegendMarker *marker : legend->markers())
            if (marker->isVisible())
                shown << marker;
        const qreal entry = legendEntry(legend);
        const auto fits = qsizetype((legend->geometry().height() - 10) / entry);
        if (fits >= 2 && shown.size() > fits) {
            const qsizetype keep = fits - 1;
            for (qsizetype i = keep; i < shown.size(); ++i)
                shown[i]->setVisible(false);
            layOut(height);
            // Just below the entries that stay (Qt centres them in the legend's height).
            qreal bottom = legend->geometry().top();
            std::function<void(QGraphicsItem *)> lowest = [&](QGraphicsItem *item) {
                for (QGraphicsItem *child : item->childItems())
                    if (child->isVisible()) {
                        bottom = std::max(bottom, child->mapRectToItem(raw, child->boundingRect()).bottom());
                        lowest(child);
                    }
            };
            lowest(legend);
            auto *more = new QGraphicsSimpleTextItem(Text::tr("… and %n more", nullptr, int(shown.size() - keep)), raw);
            more->setFont(legend->font());
            more->setBrush(legend->labelColor());
            more->setPos(legend->geometry().left() + 6, std::min(bottom + 4, legend->geometry().bottom() - entry / 2));
        }
    }
    m_y += m_pageHasAnything ? gap / 2 : 0;
    const QRectF target(m_geometry.body.left(), m_y, width, height);
    add([scene, target](QPainter &p) {
        p.save();
        scene->render(&p, target, scene->sceneRect(), Qt::IgnoreAspectRatio);
        p.restore();
    });
    m_pageHasBody = true;
    m_y += height + gap;
}

qreal PdfLayout::chartHeight(const core::ReportChart &chart) const
{
    const qreal aspect = chart.aspect > 0.1 ? chart.aspect : 0.5;
    return std::min(m_geometry.body.width() * aspect, m_geometry.body.height() * 0.7);
}

void PdfLayout::tocEntry(const QString &title, int level, const QString &anchor, const PdfPageNumbers &numbers)
{
    if (m_pages.isEmpty())
        newPage();
    const bool top = level <= 1;
    const qreal indent = top ? 0 : px(14);
    const qreal numberWidth = px(28);
    const qreal left = m_geometry.body.left() + indent;
    const qreal textWidth = m_geometry.body.width() - indent - numberWidth - px(10);
    const QFont font = m_style.sans(top ? 10.5 : m_style.body, top);
    const PdfTextBlock text(title.simplified(), PdfTextFormat{font, m_style.text, Qt::AlignLeft, 0, 1.3}, m_style,
                            textWidth, m_device);
    const qreal before = m_pageHasAnything ? px(top ? 7 : 1.5) : 0;
    if (before + text.height() > remaining() && m_pageHasAnything)
        newPage();
    else
        m_y += before;
    const int lastLine = text.lineCount() - 1;
    const qreal baseline = m_y + text.heightOf(0, lastLine) + text.baseline(lastLine);
    const qreal leaderFrom = left + text.lineWidth(lastLine) + px(5);
    const qreal numberRight = m_geometry.body.right();
    const QPointF at(left, m_y);
    const QColor leaderColour = m_style.rule.darker(115);
    const qreal dot = px(0.9);
    const QColor colour = m_style.text;
    add([=](QPainter &p) {
        text.draw(p, at, 0, text.lineCount());
        p.save();
        p.setFont(PdfMeasureDevice::fontFor(font, p));
        const QString number = numbers ? QString::number(numbers->value(anchor)) : QString();
        const qreal numberLeft = numberRight - p.fontMetrics().horizontalAdvance(number);
        if (leaderFrom < numberLeft - dot * 4) {
            QPen pen(leaderColour, dot, Qt::CustomDashLine, Qt::RoundCap);
            pen.setDashPattern({0.01, 3.2});
            p.setPen(pen);
            p.drawLine(QPointF(leaderFrom, baseline - dot), QPointF(numberLeft - dot * 4, baseline - dot));
        }
        p.setPen(colour);
        p.drawText(QPointF(numberLeft, baseline), number);
        p.restore();
    });
    m_pages.last().links << PdfLinkRect{QRectF(left, m_y, numberRight - left, text.height()), anchor};
    m_y += text.height();
}

} // namespace archbench::ui
