// archbench export FILE --format md|pdf [--item ID] [--page-size a4|letter] [--date YYYY-MM-DD] -o OUT
// archbench export FILE --adr-dir DIR [--date YYYY-MM-DD]: every decision as NNNN-title.md
// Builds the report in core, writes Markdown there or the PDF through the ui renderer, always
// through QSaveFile. Exit codes: 0 written, 2 the project file is refused, 1 anything else.
#include "subcommand.h"

#include "core/report/reportbuilder.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportexport.h"
#include "ui/report/pagesetup.h"
#include "ui/report/pdfreportrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace archbench::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli)
};

const QStringList &synopses()
{
    static const QStringList forms = {
        QStringLiteral("FILE [--format md|pdf] [--item ID] [--page-size a4|letter] [--date DATE] -o OUT"),
        QStringLiteral("FILE --adr-dir FOLDER [--date DATE]")};
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

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Exports a project as a Markdown or PDF report, or its decisions as ADR files."));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          Text::tr("md or pdf (default: from the output file name)."), QStringLiteral("FORMAT"));
    const QCommandLineOption itemOption(QStringLiteral("item"), Text::tr("Export only the item with this id (the project id: "
                                                                   "the project overview)."), QStringLiteral("ID"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), Text::tr("a4 or letter (default: from the locale)."),
                                        QStringLiteral("SIZE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), Text::tr("Date printed on the report, YYYY-MM-DD (default: "
                                                                   "SOURCE_DATE_EPOCH, else today)."), QStringLiteral("DATE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("The report file to write."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption adrOption(QStringLiteral("adr-dir"),
                                       Text::tr("Write every decision as its own ADR (NNNN-title.md, MADR front matter) "
                                                "into this folder, e.g. the repository's docs/decisions."),
                                       QStringLiteral("FOLDER"));
    parser.addOptions({formatOption, itemOption, pageOption, dateOption, outputOption, adrOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "export", 1, synopses()))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString input = positional.first();
    if (parser.isSet(adrOption)) {
        if (parser.isSet(outputOption) || parser.isSet(itemOption) || parser.isSet(pageOption)
            || (parser.isSet(formatOption) && core::reportFormatFromString(parser.value(formatOption)) != core::ReportFormat::Markdown))
            return usageError(Text::tr("--adr-dir writes Markdown files of its own: leave out -o, --item, --page-size and --format pdf"));
        const auto date = reportDate(parser.value(dateOption));
        if (!date)
            return usageError(Text::tr("the date \"%1\" is not YYYY-MM-DD").arg(parser.value(dateOption)));
        const auto data = core::loadForExport(input);
        if (!data.ok()) {
            printErr(QStringLiteral("archbench export: ") + data.error().message + QLatin1Char('\n'));
            return Refused;
        }
        const auto written = core::exportAdrFolder(*data, *date, parser.value(adrOption));
        if (!written.ok()) {
            printErr(QStringLiteral("archbench export: ") + written.error().message + QLatin1Char('\n'));
            return Failure;
        }
        for (const QString &path : *written)
            printOut(Text::tr("Wrote %1\n").arg(QDir::toNativeSeparators(path)));
        if (written->isEmpty())
            printOut(Text::tr("The project has no decisions: nothing written.\n"));
        return Success;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(Text::tr("no output file given (-o OUT)"));

    std::optional<core::ReportFormat> format = parser.isSet(formatOption)
                                                   ? core::reportFormatFromString(parser.value(formatOption))
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

    const auto data = core::loadForExport(input);
    if (!data.ok()) {
        printErr(QStringLiteral("archbench export: ") + data.error().message + QLatin1Char('\n'));
        return Refused;
    }

    core::ReportOptions options;
    options.generated = *date;
    if (parser.isSet(itemOption)) {
        options.scope = core::ReportScope::Item;
        options.itemId = parser.value(itemOption);
    }
    const auto report = core::buildReport(*data, options);
    if (!report.ok()) {
        printErr(QStringLiteral("archbench export: ") + report.error().message + QLatin1Char('\n'));
        return Failure;
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
