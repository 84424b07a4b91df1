#include "pdfreportrenderer.h"

#include "pdflayout.h"
#include "pdfmeasuredevice.h"

#include "core/log.h"
#include "core/report/reportexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHashFunctions>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>

namespace archbench::ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::PdfReportRenderer)
};

} // namespace

PdfReportRenderer::PdfReportRenderer(const core::Report &report, const core::ProjectData &data, const ChartRegistry &charts)
    : m_report(report), m_data(data), m_charts(charts)
{
}

PdfReportRenderer::Result PdfReportRenderer::paint(QPagedPaintDevice &device, const Progress &progress)
{
    m_pageCount = 0;
    m_structure = PdfStructure{};
    m_pageUse.clear();
    auto tell = [&progress](int percent) { return !progress || progress(std::clamp(percent, 0, 100)); };
    // Laid out on the measuring device, at the PDF's resolution, whatever `device` is.
    const int dpi = PdfMeasureDevice::kLayoutDpi;
    const QRect pagePixels = device.pageLayout().fullRectPixels(dpi);
    const PdfMeasureDevice measure(pagePixels.size());
    m_measure = &measure;
    const auto forget = qScopeGuard([this] { m_measure = nullptr; });
    const PdfGeometry g = PdfGeometry::forPage(QSizeF(pagePixels.size()), dpi, m_style);

    // Pass 1: lay out the contents (numbers still unknown) and the body.
    QList<const core::ReportSection *> listed;
    if (m_report.scope == core::ReportScope::Project)
        for (const core::ReportSection &s : m_report.sections)
            if (s.level <= 2)
                listed << &s;
    auto numbers = std::make_shared<QHash<QString, int>>();
    QSet<QString> targets;
    for (const core::ReportSection &s : m_report.sections)
        if (!s.anchor.isEmpty())
            targets.insert(s.anchor);
    PdfLayout contents(g, m_style, &measure, m_charts, m_data);
    if (!listed.isEmpty()) {
        contents.heading(Text::tr("Contents"), 1);
        for (const core::ReportSection *s : std::as_const(listed))
            contents.tocEntry(s->title, s->level, s->anchor, numbers);
    }
    PdfLayout body(g, m_style, &measure, m_charts, m_data);
    body.setLinkTargets(&targets);
    const int sections = std::max<int>(1, int(m_report.sections.size()));
    if (!body.flow(m_report.sections, [&](int done) { return tell(40 * done / sections); }))
        return Result::Cancelled;

    const int contentPages = listed.isEmpty() ? 0 : int(contents.pages().size());
    const int firstBodyPage = 1 + contentPages + 1;
    for (const core::ReportSection &s : m_report.sections)
        if (body.pageOf(s.anchor) >= 0)
            numbers->insert(s.anchor, firstBodyPage + body.pageOf(s.anchor));
    const int total = 1 + contentPages + int(body.pages().size());

    // The structure qpdf adds afterwards: pages counted from 0 (the title page), points.
    const qreal toPoints = 72.0 / dpi;
    auto points = [toPoints](const QRectF &r) {
        return QRectF(r.x() * toPoints, r.y() * toPoints, r.width() * toPoints, r.height() * toPoints);
    };
    for (const core::ReportSection &s : m_report.sections) {
        const PdfAnchorPlace place = body.placeOf(s.anchor);
        if (place.page < 0)
            continue;
        const PdfPlace at{1 + contentPages + place.page, place.top * toPoints};
        m_structure.places.insert(s.anchor, at);
        if (s.level <= 3)
            m_structure.outline << PdfOutlineEntry{s.title, s.level, at};
    }
    auto collectLinks = [&](const QList<PdfPage> &pages, int first) {
        for (qsizetype i = 0; i < pages.size(); ++i)
            for (const PdfLinkRect &link : pages[i].links)
                m_structure.links << PdfLinkArea{first + int(i), points(link.rect), link.target};
    };
    for (qsizetype i = 0; i < body.pages().size(); ++i)
        m_pageUse << PageUse{2 + contentPages + int(i), body.pages()[i].filled, body.pages()[i].endsChapter};
    collectLinks(contents.pages(), 1);
    collectLinks(body.pages(), 1 + contentPages);
    m_structure.title = m_report.title;
    m_structure.author = m_report.author;
    m_structure.subject = m_report.subtitle;
    m_structure.keywords = m_report.keywords;
    m_structure.created = m_report.generated.startOfDay(Qt::UTC);

    // Pass 2: draw.
    QPainter painter;
    if (!painter.begin(&device)) {
        AB_LOG_ERROR("report: cannot start painting on the output device");
        return Result::Failed;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // From layout units to the device's pixels (1 for the exported PDF).
    painter.scale(qreal(device.logicalDpiX()) / dpi, qreal(device.logicalDpiY()) / dpi);
    drawTitlePage(painter, g);
    int page = 1;
    auto drawPages = [&](const QList<PdfPage> &pages, const QString &fallbackTitle) {
        for (const PdfPage &p : pages) {
            if (!tell(40 + 60 * page / total))
                return false;
            device.newPage();
            ++page;
            drawChrome(painter, g, p.runningTitle.isEmpty() ? fallbackTitle : p.runningTitle, page, total);
            for (const PdfOp &op : p.ops)
                op(painter);
        }
        return true;
    };
    const bool complete = (contentPages == 0 || drawPages(contents.pages(), Text::tr("Contents")))
                          && drawPages(body.pages(), QString());
    painter.end();
    if (!complete)
        return Result::Cancelled;
    m_pageCount = total;
    tell(100);
    return Result::Done;
}

void PdfReportRenderer::drawTitlePage(QPainter &painter, const PdfGeometry &g) const
{
    painter.save();
    // A band across the top of the sheet; mid-grey in a black-and-white print.
    painter.fillRect(QRectF(0, 0, g.page.width(), g.mm(9)), m_style.accent);

    const qreal left = g.body.left();
    const qreal width = g.body.width();
    qreal y = g.page.height() * 0.30;

    QFont kicker = m_style.sans(10, true);
    kicker.setLetterSpacing(QFont::PercentageSpacing, 114);
    kicker.setCapitalization(QFont::AllUppercase);
    painter.setFont(PdfMeasureDevice::fontFor(kicker, painter));
    painter.setPen(m_style.accent);
    const QFontMetricsF kickerMetrics(kicker, m_measure);
    painter.drawText(QPointF(left, y + kickerMetrics.ascent()), m_report.subtitle);
    y += kickerMetrics.height() + g.mm(5);

    const PdfTextBlock title(m_report.title, PdfTextFormat{m_style.sans(m_style.title, true), m_style.text, Qt::AlignLeft, 0, 1.12},
                             m_style, width, m_measure);
    title.draw(painter, QPointF(left, y), 0, title.lineCount());
    y += title.height() + g.mm(6);

    painter.setPen(QPen(m_style.accent, g.px(2), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(left, y), QPointF(left + g.mm(32), y));
    y += g.mm(10);

    const QFont keyFont = m_style.sans(8, true);
    const QFont valueFont = m_style.sans(11);
    const QFontMetricsF keyMetrics(keyFont, m_measure);
    const qreal valueX = left + g.mm(30);
    for (const auto &[key, value] : m_report.meta) {
        const PdfTextBlock v(value, PdfTextFormat{valueFont, m_style.text, Qt::AlignLeft, 0, 1.25}, m_style,
                             width - (valueX - left), m_measure);
        QFont upper = keyFont;
        upper.setCapitalization(QFont::AllUppercase);
        upper.setLetterSpacing(QFont::PercentageSpacing, 108);
        painter.setFont(PdfMeasureDevice::fontFor(upper, painter));
        painter.setPen(m_style.secondary);
        painter.drawText(QPointF(left, y + v.baseline(0)), key);
        v.draw(painter, QPointF(valueX, y), 0, v.lineCount());
        y += std::max(v.height(), keyMetrics.height()) + g.mm(2.5);
    }

    painter.setFont(PdfMeasureDevice::fontFor(m_style.sans(m_style.small), painter));
    painter.setPen(m_style.secondary);
    painter.drawText(QRectF(left, g.body.bottom() - g.mm(6), width, g.mm(6)), Qt::AlignLeft | Qt::AlignBottom,
                     Text::tr("Prepared with Archbench"));
    painter.restore();
}

void PdfReportRenderer::drawChrome(QPainter &painter, const PdfGeometry &g, const QString &runningTitle, int page,
                                   int total) const
{
    painter.save();
    const QFont font = m_style.sans(m_style.small);
    painter.setFont(PdfMeasureDevice::fontFor(font, painter));
    const QFontMetricsF metrics(font, m_measure);
    const qreal half = g.body.width() / 2 - g.mm(4);

    const qreal headerBaseline = g.body.top() - g.mm(m_style.headerOffsetMm);
    painter.setPen(m_style.secondary);
    painter.drawText(QPointF(g.body.left(), headerBaseline), metrics.elidedText(m_report.runningHead, Qt::ElideRight, half));
    const QString right = metrics.elidedText(runningTitle, Qt::ElideRight, half);
    painter.drawText(QPointF(g.body.right() - metrics.horizontalAdvance(right), headerBaseline), right);
    painter.setPen(QPen(m_style.rule, g.px(0.5)));
    const qreal headerRule = headerBaseline + metrics.descent() + g.mm(1.6);
    painter.drawLine(QPointF(g.body.left(), headerRule), QPointF(g.body.right(), headerRule));

    const qreal footerBaseline = g.body.bottom() + g.mm(m_style.footerOffsetMm);
    const qreal footerRule = footerBaseline - metrics.ascent() - g.mm(1.6);
    painter.drawLine(QPointF(g.body.left(), footerRule), QPointF(g.body.right(), footerRule));
    painter.setPen(m_style.secondary);
    const QString left = m_report.subtitle + QStringLiteral("  ·  ") + m_report.generated.toString(Qt::ISODate);
    painter.drawText(QPointF(g.body.left(), footerBaseline), metrics.elidedText(left, Qt::ElideRight, half));
    const QString number = Text::tr("Page %1 of %2").arg(page).arg(total);
    painter.drawText(QPointF(g.body.right() - metrics.horizontalAdvance(number), footerBaseline), number);
    painter.restore();
}

core::Expected<void> writeReportPdf(const core::Report &report, const core::ProjectData &data, QPageSize::PageSizeId pageSize,
                                    const QString &path, const PdfReportRenderer::Progress &progress,
                                    const ChartRegistry &charts)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return core::makeError(core::ErrorCode::Io, Text::tr("Cannot write %1: it is a folder.").arg(shown));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) // said before drawing, not after
        return core::makeError(core::ErrorCode::Io, Text::tr("Cannot write %1: the folder does not exist.").arg(shown));
    // Drawn into memory, then written in one go by core::writeFileAtomically: a full disk is
    // then reported with the system's reason, and a cancelled export touches no file.
    QByteArray pdf;
    PdfReportRenderer::Result result;
    PdfReportRenderer renderer(report, data, charts);
    {
        // QPdfWriter writes its fonts in the order of a QHash, so a random hash seed would
        // number them differently in every run: deterministic while this PDF is drawn.
        QHashSeed::setDeterministicGlobalSeed();
        const auto randomAgain = qScopeGuard([] { QHashSeed::resetRandomGlobalSeed(); });
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(1200);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Archbench"));
        result = renderer.paint(writer, progress);
    }
    switch (result) {
    case PdfReportRenderer::Result::Cancelled:
        return core::makeError(core::ErrorCode::Other, Text::tr("Export cancelled; %1 was not written.").arg(shown));
    case PdfReportRenderer::Result::Failed:
        return core::makeError(core::ErrorCode::Io, Text::tr("Cannot write %1: the PDF could not be drawn.").arg(shown));
    case PdfReportRenderer::Result::Done:
        break;
    }
    auto structured = addPdfStructure(pdf, renderer.structure());
    if (!structured)
        return core::makeError(structured.error().code, Text::tr("Cannot write %1: %2").arg(shown, structured.error().message));
    pdf = std::move(*structured);
    if (auto written = core::writeFileAtomically(path, pdf); !written)
        return written.error();
    AB_LOG_DEBUG("report written to {}", path);
    return {};
}

} // namespace archbench::ui
