#pragma once
// Paints a Report as a paginated document on a QPdfWriter (export) or a QPrinter (print
// preview), in two passes: the table of contents and the body are laid out first, so that
// the contents can show page numbers and every footer can say "Page N of M"; then the pages
// are drawn: a title page (no header or footer), the contents, the body.
//
// Nothing from the report is interpreted as markup: text goes through QTextLayout as plain
// characters, so a project file cannot load resources into the PDF (RELIABILITY.md).

#include "chartregistry.h"
#include "pdfstructure.h"
#include "pdfstyle.h"

#include "core/expected.h"
#include "core/document/reportdocument.h"

#include <QPageSize>
#include <functional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace archbench::ui {

struct PdfGeometry;
struct PdfPage;

class PdfReportRenderer {
public:
    /// Told the share done (0–100); returning false cancels.
    using Progress = std::function<bool(int percent)>;
    enum class Result { Done, Cancelled, Failed };

    PdfReportRenderer(const core::Report &report, const core::ProjectData &data,
                      const ChartRegistry &charts = ChartRegistry::standard());

    /// Lays out and draws every page on `device`, whose page layout is already set (full
    /// page: the renderer keeps its own margins). Cancelling stops between sections or pages.
    Result paint(QPagedPaintDevice &device, const Progress &progress = {});
    /// Pages drawn by the last paint().
    int pageCount() const { return m_pageCount; }
    /// How full each page of the body is (0–1) and whether it ends a chapter (an item or a
    /// part follows, or the document ends), from the last paint(): for layout tests.
    struct PageUse {
        int page = 0; ///< 1-based, as printed in the footer
        qreal filled = 0;
        bool endsChapter = false;
    };
    const QList<PageUse> &pageUse() const { return m_pageUse; }
    /// The outline, links and metadata of the last paint(), for addPdfStructure().
    const PdfStructure &structure() const { return m_structure; }

private:
    void drawTitlePage(QPainter &painter, const PdfGeometry &g) const;
    void drawChrome(QPainter &painter, const PdfGeometry &g, const QString &runningTitle, int page, int total) const;

    const core::Report &m_report;
    const core::ProjectData &m_data;
    const ChartRegistry &m_charts;
    PdfStyle m_style;
    const QPaintDevice *m_measure = nullptr; ///< the layout device while paint() runs
    int m_pageCount = 0;
    PdfStructure m_structure;
    QList<PageUse> m_pageUse;
};

/// Writes the report as a PDF file through QSaveFile: a failure or a cancel leaves nothing
/// at `path` that was not there before. The error says why, naming the file. The file has
/// an outline, working links and metadata, and is the same byte for byte for the same report
/// (its dates come from the report's date).
core::Expected<void> writeReportPdf(const core::Report &report, const core::ProjectData &data,
                                    QPageSize::PageSizeId pageSize, const QString &path,
                                    const PdfReportRenderer::Progress &progress = {},
                                    const ChartRegistry &charts = ChartRegistry::standard());

} // namespace archbench::ui
