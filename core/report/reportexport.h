#pragma once
// The file side of exporting a report: reading the project to export and writing the result
// atomically (QSaveFile, never a direct-write fallback): either the whole new file is there
// or the old one (or none) is, and a failure says why, naming the file.

#include "../document/reportdocument.h"

#include "../expected.h"
#include "../model/projectdata.h"

#include <QByteArray>
#include <optional>

namespace archbench::core {

enum class ReportFormat { Markdown, Pdf };

/// "md" / "markdown" / "pdf" (any case); nullopt otherwise.
std::optional<ReportFormat> reportFormatFromString(QStringView text);
/// The format a file name suggests (".md", ".markdown", ".pdf"); nullopt otherwise.
std::optional<ReportFormat> reportFormatForPath(const QString &path);

/// Reads the project to export, an .archbench project file or a .json interchange file
/// (readProjectFile in core/storage, with every check of opening). Refusals name the file
/// (code Refused; NotFound for a missing file).
Expected<ProjectData> loadForExport(const QString &path);

/// Writes `bytes` to `path` through QSaveFile; on any failure nothing is left at `path`
/// that was not there before.
Expected<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Builds the report with the standard sections and writes it as Markdown to `path`.
Expected<void> exportMarkdown(const ProjectData &data, const ReportOptions &options, const QString &path);

/// (ADR folders: adrfolder.h.)

} // namespace archbench::core
