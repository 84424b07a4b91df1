// archbench export FILE --format md|pdf [--item ID] [--page-size a4|letter] [--date YYYY-MM-DD] -o OUT|-
// archbench export FILE --adr-dir DIR [--flavour madr|nygard]: every decision as NNNN-title.md
// archbench export FOLDER --format md|pdf -o OUT: the portfolio of every project in FOLDER
// Builds the report in core, writes Markdown there or the PDF through the ui renderer, always
// through QSaveFile (or to stdout for `-o -`). ADR numbers given by an export are kept in FILE.
// Exit codes: 0 written, 2 the project file is refused, 1 anything else.
#include "subcommand.h"

#include "core/server/serverportfolio.h"
#include "core/portfolio/portfolio.h"
#include "core/portfolio/portfolioreport.h"
#include "core/report/adrfolder.h"
#include "core/report/reportbuilder.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportexport.h"
#include "core/interchange/interchange.h"
#include "core/storage/projectfile.h"
#include "ui/report/pagesetup.h"
#include "ui/report/pdfreportrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

namespace archbench::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli)
};

const QStringList &synopses()
{
    static const QStringList forms = {
        QStringLiteral("FILE [--format md|pdf] [--item ID] [--page-size a4|letter] [--date DATE] -o OUT|-"),
        QStringLiteral("FOLDER [--format md|pdf] [--page-size a4|letter] [--date DATE] -o OUT|-"),
        QStringLiteral("FILE --adr-dir FOLDER [--flavour madr|nygard]")};
    return forms;
}

int usageError(const QString &message)
{
    return cli::usageError("export", message, synopses());
}

/// The date printed on the report: --date, else SOURCE_DATE_EPOCH (reproducible builds),
/// else today.
std::optional<QDate> reportDate(const QString &option)
{
    if (!option.isEmpty()) {
        const QDate d = QDate::fromString(option, Qt::ISODate);
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

/// Keeps the ADR numbers an export gave in the project file, so that they stay the
/// decisions' for life. An .archbench file is changed through ProjectFile (its lock
/// respected). A .json file is rewritten only when it is in the form Archbench writes, so
/// the change is the new "adrNumber" lines and nothing else; a hand-formatted file is left
/// as it is (the numbers stay found through the ids in the ADR files).
core::Expected<void> keepNumbers(const QString &input, const core::AdrExport &result)
{
    if (input.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        auto data = core::readProjectFile(input);
        if (!data.ok())
            return data.error();
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != core::interchange::toJson(*data))
            return core::makeError(core::ErrorCode::Invalid,
                                   Text::tr("it is not in the form Archbench writes, so it is left as it is (the numbers are "
                                            "found again through the ids in the ADR files; convert it once with archbench "
                                            "convert to keep them in the file)"));
        core::keepAdrNumbers(*data, result);
        return core::writeProjectFile(*data, input);
    }
    auto file = core::ProjectFile::open(input);
    if (!file.ok())
        return file.error();
    core::Project *project = (*file)->project();
    core::ProjectData data = project->data();
    core::keepAdrNumbers(data, result);
    for (const core::Decision &d : data.decisions)
        project->replace(d);
    project->setInfo(data.project);
    return (*file)->save();
}

int writeAdrFolder(const QString &input, const QString &folder, core::AdrFlavour flavour)
{
    const auto data = core::loadForExport(input);
    if (!data.ok()) {
        printErr(QStringLiteral("archbench export: ") + data.error().message + QLatin1Char('\n'));
        return Refused;
    }
    const auto written = core::exportAdrFolder(*data, folder, flavour);
    if (!written.ok()) {
        printErr(QStringLiteral("archbench export: ") + written.error().message + QLatin1Char('\n'));
        return Failure;
    }
    for (const QString &path : written->removed)
        printOut(Text::tr("Removed %1 (the decision's title changed)\n").arg(QDir::toNativeSeparators(path)));
    for (const QString &path : written->written)
        printOut(Text::tr("Wrote %1\n").arg(QDir::toNativeSeparators(path)));
    for (const QString &path : written->unchanged)
        printOut(Text::tr("Left %1 as it is: it still says what the decision holds\n").arg(QDir::toNativeSeparators(path)));
    if (written->written.isEmpty() && written->unchanged.isEmpty())
        printOut(Text::tr("The project has no decisions: nothing written.\n"));
    if (written->assigned.isEmpty())
        return Success;
    // The files are written and carry the decisions' ids, so the next export finds the same
    // numbers even if keeping them in the project fails: a warning, not a failure.
    if (auto kept = keepNumbers(input, *written); !kept.ok()) {
        printErr(Text::tr("archbench export: note: the new ADR numbers are not kept in %1: %2\n")
                     .arg(QDir::toNativeSeparators(input), kept.error().message));
        return Success;
    }
    const QString shown = QDir::toNativeSeparators(input);
    printOut(written->assigned.size() == 1 ? Text::tr("Kept 1 new ADR number in %1\n").arg(shown)
                                           : Text::tr("Kept %1 new ADR numbers in %2\n").arg(written->assigned.size()).arg(shown));
    return Success;
}

/// `-o -`: the report goes to stdout (a PDF through a temporary file, drawn in one go).
bool writeStdout(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) && std::fflush(stdout) == 0;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Exports a project as a Markdown or PDF report, or its decisions as ADR files. Given a "
                                   "folder, exports the portfolio of every project in it: a summary, then what needs "
                                   "attention in each project."));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          Text::tr("md or pdf (default: from the output file name)."), QStringLiteral("FORMAT"));
    const QCommandLineOption itemOption(QStringLiteral("item"), Text::tr("Export only the item with this id (the project id: "
                                                                   "the project overview)."), QStringLiteral("ID"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), Text::tr("a4 or letter (default: from the locale)."),
                                        QStringLiteral("SIZE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), Text::tr("Date printed on the report, YYYY-MM-DD (default: "
                                                                   "SOURCE_DATE_EPOCH, else today)."), QStringLiteral("DATE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("The report file to write; - writes to standard output."), QStringLiteral("OUT"));
    const QCommandLineOption adrOption(QStringLiteral("adr-dir"),
                                       Text::tr("Write every decision as its own ADR (NNNN-title.md) into this folder, e.g. the "
                                                "repository's docs/decisions. Numbers already in the folder are respected; a "
                                                "decision keeps its number for life (kept in FILE)."),
                                       QStringLiteral("FOLDER"));
    const QCommandLineOption flavourOption(QStringLiteral("flavour"),
                                           Text::tr("With --adr-dir: madr (MADR 4) or nygard (the format of adr-tools). Default: the shape of the "
                                                    "records already in the folder; madr for a new folder."),
                                           QStringLiteral("FLAVOUR"));
    parser.addOptions({formatOption, itemOption, pageOption, dateOption, outputOption, adrOption, flavourOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json), or a folder of projects."));
    if (const auto done = parseCommandLine(parser, arguments, "export", 1, synopses()))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString input = positional.first();
    if (parser.isSet(adrOption)) {
        if (parser.isSet(outputOption) || parser.isSet(itemOption) || parser.isSet(pageOption)
            || (parser.isSet(formatOption) && core::reportFormatFromString(parser.value(formatOption)) != core::ReportFormat::Markdown))
            return usageError(Text::tr("--adr-dir writes Markdown files of its own: leave out -o, --item, --page-size and --format pdf"));
        // ADR files hold nothing that depends on the day: --date is accepted and has no effect.
        if (parser.isSet(dateOption) && !reportDate(parser.value(dateOption)))
            return usageError(Text::tr("the date \"%1\" is not YYYY-MM-DD").arg(parser.value(dateOption)));
        // without --flavour: the shape of the records already in the folder (adr-tools' folder
        // stays Nygard), MADR for a new folder
        const auto flavour = parser.isSet(flavourOption) ? core::adrFlavourFromString(parser.value(flavourOption))
                                                         : std::optional(core::folderAdrFlavour(parser.value(adrOption)));
        if (!flavour)
            return usageError(Text::tr("unknown flavour \"%1\" (use madr or nygard)").arg(parser.value(flavourOption)));
        return writeAdrFolder(input, parser.value(adrOption), *flavour);
    }
    if (parser.isSet(flavourOption))
        return usageError(Text::tr("--flavour applies to --adr-dir only"));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(Text::tr("no output file given (-o OUT)"));

    const bool toStdout = output == QLatin1String("-");
    std::optional<core::ReportFormat> format = parser.isSet(formatOption) ? core::reportFormatFromString(parser.value(formatOption))
                                               : toStdout                 ? std::optional(core::ReportFormat::Markdown)
                                                                          : core::reportFormatForPath(output);
    if (!format)
        return usageError(parser.isSet(formatOption)
                              ? Text::tr("unknown format \"%1\" (use md or pdf)").arg(parser.value(formatOption))
                              : Text::tr("cannot tell the format from \"%1\"; add --format md or --format pdf").arg(output));
    QPageSize::PageSizeId pageSize = ui::defaultPageSize();
    if (parser.isSet(pageOption)) {
        const auto size = ui::pageSizeFromString(parser.value(pageOption));
        if (!size)
            return usageError(Text::tr("unknown page size \"%1\" (use a4 or letter)").arg(parser.value(pageOption)));
        pageSize = *size;
    }
    const auto date = reportDate(parser.value(dateOption));
    if (!date)
        return usageError(Text::tr("the date \"%1\" is not YYYY-MM-DD").arg(parser.value(dateOption)));

    // A folder: the consolidated report of every project in it (the portfolio), as of --date.
    const bool portfolio = QFileInfo(input).isDir() || core::server::isServerUrl(input);
    std::optional<core::ProjectData> data;
    std::optional<core::Report> report;
    if (portfolio) {
        if (parser.isSet(itemOption))
            return usageError(Text::tr("--item exports one item of one project; give a project file, not a folder"));
        core::Expected<core::Portfolio> scanned = core::makeError(core::ErrorCode::Other, QString());
        if (QFileInfo(input).isDir()) {
            scanned = core::PortfolioScan::scan(input, *date);
        } else { // a team server: the projects there that this user is a member of
            auto url = core::server::ServerUrl::parse(input);
            if (!url) {
                scanned = url.error();
            } else if (auto connection = core::server::ServerConnection::open(*url); !connection) {
                scanned = connection.error();
            } else {
                core::server::TeamServer server(**connection);
                scanned = core::server::scanServer(server, *date);
            }
        }
        if (!scanned) {
            printErr(QStringLiteral("archbench export: ") + scanned.error().message + QLatin1Char('\n'));
            return Refused;
        }
        // unreadable files are in the report; say so here too, and go on
        for (const core::PortfolioProblem &p : scanned->unreadable)
            printErr(QStringLiteral("archbench export: %1\n")
                         .arg(p.reason.contains(p.source) ? p.reason : QDir::toNativeSeparators(p.source) + QStringLiteral(": ") + p.reason));
        data = core::ProjectData{};
        report = core::PortfolioReport::build(*scanned);
    } else {
        auto loaded = core::loadForExport(input);
        if (!loaded.ok()) {
            printErr(QStringLiteral("archbench export: ") + loaded.error().message + QLatin1Char('\n'));
            return Refused;
        }
        data = std::move(*loaded);
        core::ReportOptions options;
        options.generated = *date;
        if (parser.isSet(itemOption)) {
            options.scope = core::ReportScope::Item;
            options.itemId = parser.value(itemOption);
        }
        auto built = core::buildReport(*data, options);
        if (!built.ok()) {
            printErr(QStringLiteral("archbench export: ") + built.error().message + QLatin1Char('\n'));
            return Failure;
        }
        report = std::move(*built);
    }

    if (toStdout) {
        QByteArray bytes;
        if (*format == core::ReportFormat::Markdown) {
            bytes = core::MarkdownWriter::write(*report).toUtf8();
        } else {
            QTemporaryDir temporary;
            const QString path = temporary.filePath(QStringLiteral("report.pdf"));
            const auto drawn = ui::writeReportPdf(*report, *data, pageSize, path);
            QFile pdf(path);
            if (!drawn.ok() || !pdf.open(QIODevice::ReadOnly)) {
                printErr(QStringLiteral("archbench export: ") + (drawn.ok() ? pdf.errorString() : drawn.error().message) + QLatin1Char('\n'));
                return Failure;
            }
            bytes = pdf.readAll();
        }
        if (!writeStdout(bytes)) {
            printErr(Text::tr("archbench export: cannot write to standard output\n"));
            return Failure;
        }
        return Success;
    }
    const auto written = *format == core::ReportFormat::Markdown
                             ? core::writeFileAtomically(output, core::MarkdownWriter::write(*report).toUtf8())
                             : ui::writeReportPdf(*report, *data, pageSize, output);
    if (!written.ok()) {
        printErr(QStringLiteral("archbench export: ") + written.error().message + QLatin1Char('\n'));
        return Failure;
    }
    printOut(Text::tr("Wrote %1\n").arg(QDir::toNativeSeparators(output)));
    return Success;
}

} // namespace archbench::cli
