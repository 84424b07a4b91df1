// archbench convert IN OUT: .archbench <-> .json, by extension (logic in core).
#include "subcommand.h"

#include "core/storage/projectconversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace archbench::cli {

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "archbench::cli", "Converts a project between the .archbench file and its .json interchange form."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QCoreApplication::translate("archbench::cli", "The project to read (.archbench or .json)."));
    parser.addPositionalArgument(QStringLiteral("output"),
                                 QCoreApplication::translate("archbench::cli", "The file to write (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "convert", 2,
                                           QCoreApplication::translate("archbench::cli", "Usage: archbench convert INPUT OUTPUT\n")))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (const auto failed = core::convertProjectFile(files[0], files[1])) {
        printErr(failed->error.message + QLatin1Char('\n'));
        return failed->stage == core::ConversionStage::Input ? Refused : Failure;
    }
    return Success;
}

} // namespace archbench::cli
