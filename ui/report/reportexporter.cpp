#include "reportexporter.h"

#include "pdfreportrenderer.h"

#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace archbench::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ReportExporter)
};
} // namespace

ReportExporter::Result ReportExporter::run(QWidget *parent, const core::ProjectData &current, const ExportRequest &request)
{
    // Events are processed while the PDF is drawn (Cancel, repaints): work on a copy, so
    // nothing that happens meanwhile can change what is being written.
    const core::ProjectData data = current;
    const auto report = core::buildReport(data, request.options);
    if (!report.ok())
        return {Outcome::Failed, report.error().message};

    if (request.format == core::ReportFormat::Markdown) {
        const auto written = core::writeFileAtomically(request.path, core::MarkdownWriter::write(*report).toUtf8());
        return written.ok() ? Result{Outcome::Written, {}} : Result{Outcome::Failed, written.error().message};
    }

    QProgressDialog progress(Text::tr("Writing the PDF report…"), Text::tr("Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(Text::tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    bool cancelled = false;
    const auto written = writeReportPdf(*report, data, request.pageSize, request.path, [&](int percent) {
        progress.setValue(percent);
        // QProgressDialog only processes events once it is shown; do it from the start so
        // that it appears after minimumDuration and Cancel answers at once.
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.close();
    if (cancelled)
        return {Outcome::Cancelled, Text::tr("Export cancelled; %1 was not written.").arg(QDir::toNativeSeparators(request.path))};
    return written.ok() ? Result{Outcome::Written, {}} : Result{Outcome::Failed, written.error().message};
}

QString ReportExporter::preview(QWidget *parent, const core::ProjectData &data, const core::ReportOptions &options,
                                QPageSize::PageSizeId pageSize)
{
    const auto report = core::buildReport(data, options);
    if (!report.ok())
        return report.error().message;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the renderer keeps its own margins
    printer.setPageLayout(QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setDocName(report->title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(Text::tr("Print Preview – %1").arg(report->title));
    const core::Report &r = *report;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&r, &data](QPrinter *target) {
        target->setFullPage(true);
        PdfReportRenderer(r, data).paint(*target);
    });
    dialog.exec();
    return {};
}

} // namespace archbench::ui
