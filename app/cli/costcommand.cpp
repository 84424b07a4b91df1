// archbench cost FILE [--json]: the derived figures of every cost model in a project.
// The report itself is built in core (core/cost/costreport.h); this only parses arguments,
// reads the file and prints.
#include "subcommand.h"

#include "core/cost/costreport.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace archbench::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli)
};
} // namespace

int runCost(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser,
                  Text::tr("Prints the figures of every cost model of a project: cost per millisecond saved and return for "
                           "latency steps, the loads where the cheapest compute option changes, and what reserved capacity saves."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON in the shape of INTERCHANGE.md."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "cost", 1, {QStringLiteral("FILE [--json]")}))
        return *done;
    const QString file = parser.positionalArguments().first();
    const auto data = readProjectOrExplain("cost", file);
    if (!data)
        return Refused;

    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(core::cost::costReportJson(*data)).toJson(QJsonDocument::Indented)));
    else
        printOut(core::cost::costReportText(*data));

    // models that break an input rule are in the report with their message; say so and fail
    const QStringList problems = core::cost::costReportProblems(*data);
    for (const QString &problem : problems)
        printErr(Text::tr("archbench cost: %1: %2\n").arg(file, problem));
    return problems.isEmpty() ? Success : Failure;
}

} // namespace archbench::cli
