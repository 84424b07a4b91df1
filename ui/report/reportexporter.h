#pragma once
// Runs an export from the GUI: builds the report, writes Markdown or PDF atomically, and for a
// PDF shows a progress dialog whose Cancel stops the renderer between sections and pages (a
// cancelled export leaves no file). Also the print preview of the same PDF layout.

#include "core/model/projectdata.h"
#include "core/document/reportdocument.h"
#include "core/report/reportexport.h"

#include <QPageSize>
#include <QString>

class QWidget;

namespace archbench::ui {

struct ExportRequest {
    core::ReportFormat format = core::ReportFormat::Pdf;
    core::ReportOptions options;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString path;
};

class ReportExporter {
public:
    enum class Outcome { Written, Cancelled, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message; ///< what to tell the user (why it failed, or that nothing was written)
    };

    /// Writes the report; progress is shown (window-modal over `parent`) for a PDF that takes
    /// longer than a moment.
    static Result run(QWidget *parent, const core::ProjectData &data, const ExportRequest &request);

    /// Opens a print preview of the report, painted by the PDF renderer onto the printer.
    /// Returns an error message if the report cannot be built, else an empty string.
    static QString preview(QWidget *parent, const core::ProjectData &data, const core::ReportOptions &options,
                           QPageSize::PageSizeId pageSize);
};

} // namespace archbench::ui
