// archbench validate FILE: every check of opening and importing, without changing anything.
#include "subcommand.h"

#include "core/storage/projectconversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace archbench::cli {

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, QCoreApplication::translate(
                              "archbench::cli", "Checks a project file (.archbench or .json) and reports the first problem."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("archbench::cli", "The project to check."));
    if (const auto done = parseCommandLine(parser, arguments, "validate", 1, {QStringLiteral("FILE")}))
        return *done;
    const QStringList files = parser.positionalArguments();
    const auto summary = core::validateProjectFile(files[0]);
    if (!summary) {
        printErr(summary.error().message + QLatin1Char('\n'));
        return Refused;
    }
    printOut(*summary + QLatin1Char('\n'));
    return Success;
}

} // namespace archbench::cli
