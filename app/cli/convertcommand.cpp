// archbench convert IN OUT: .archbench <-> .json, by extension (logic in core); OUT "-": JSON on stdout.
#include "subcommand.h"

#include "core/interchange/interchange.h"
#include "core/storage/projectconversion.h"
#include "core/storage/projectfile.h"

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
                                 QCoreApplication::translate("archbench::cli", "The file to write (.archbench or .json); - or none writes the JSON form to standard output (git's textconv)."));
    const QStringList synopses{QStringLiteral("INPUT OUTPUT"), QStringLiteral("INPUT [-]")};
    if (const auto done = parseCommandLine(parser, arguments, "convert", -1, synopses))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.size() > 2)
        return usageError("convert", QCoreApplication::translate("archbench::cli", "give INPUT and OUTPUT, or INPUT alone for JSON on standard output"),
                          synopses);
    if (files.size() == 1 || files[1] == QStringLiteral("-")) {
        // JSON on standard output: git's textconv (`git diff` of an .archbench shows JSON)
        auto data = core::readProjectFile(files[0]);
        if (!data) {
            printErr(data.error().message + QLatin1Char('\n'));
            return Refused;
        }
        printOut(QString::fromUtf8(core::interchange::toJson(*data)));
        return Success;
    }
    if (const auto failed = core::convertProjectFile(files[0], files[1])) {
        printErr(failed->error.message + QLatin1Char('\n'));
        return failed->stage == core::ConversionStage::Input ? Refused : Failure;
    }
    return Success;
}

} // namespace archbench::cli
