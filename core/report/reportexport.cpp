#include "reportexport.h"

#include "../storage/atomicsave.h"
#include "../storage/projectfile.h"

#include "markdownwriter.h"
#include "reportbuilder.h"

#include "../interchange/interchange.h"
#include "../log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ReportExport)
};

/// Interchange files are small; anything this large is not one we should read into memory.
constexpr qint64 kMaxProjectBytes = 256 * 1024 * 1024;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

std::optional<ReportFormat> reportFormatFromString(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1StringView("md") || t == QLatin1StringView("markdown"))
        return ReportFormat::Markdown;
    if (t == QLatin1StringView("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown"))
        return ReportFormat::Markdown;
    if (suffix == QLatin1StringView("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

Expected<ProjectData> loadForExport(const QString &path)
{
    // .archbench through the safe open path, .json through the interchange import
    return readProjectFile(path);
}

Expected<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: it is a folder.").arg(shown(path)));
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    // Unbuffered, so a full disk is reported with the system's reason (storage/atomicsave.h)
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int system = errno;
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2")
                                            .arg(shown(path), storage::fileErrorReason(file.error(), file.errorString(), system)));
    }
    if (auto written = storage::writeFully(file, bytes); !written) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(shown(path), written.error().message));
    }
    errno = 0;
    if (!file.commit()) {
        const int system = errno;
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2")
                                            .arg(shown(path), storage::fileErrorReason(file.error(), file.errorString(), system)));
    }
    AB_LOG_DEBUG("report written to {}", path);
    return {};
}

Expected<void> exportMarkdown(const ProjectData &data, const ReportOptions &options, const QString &path)
{
    const auto report = buildReport(data, options);
    if (!report.ok())
        return report.error();
    return writeFileAtomically(path, MarkdownWriter::write(*report).toUtf8());
}

} // namespace archbench::core
