// archbench convert IN OUT: .archbench <-> .json, by extension (logic in core).
#include "subcommand.h"

#include "core/storage/projectconversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace archbench::cli {

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, QCoreApplication::translate(
                              "archbench::cli", "Converts a project between the .archbench file and its .json interchange form."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QCoreApplication::translate("archbench::cli", "The project to read (.archbench or .json)."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"),
                                 QCoreApplication::translate("archbench::cli", "The file to write (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "convert", 2, {QStringLiteral("INPUT OUTPUT")}))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (const auto failed = core::convertProjectFile(files[0], files[1])) {
        printErr(failed->error.message + QLatin1Char('\n'));
        return failed->stage == core::ConversionStage::Input ? Refused : Failure;
    }
    return Success;
}

} // namespace archbench::cli
