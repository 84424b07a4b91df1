#include "subcommand.h"

#include "core/review/reviewreport.h"
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

// archbench review FILE [--json]: risk counts per pillar and the risk of every question of
// every review (INTERCHANGE.md). The figures come from core::ReviewReport.
int runReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Prints the risk counts of the Well-Architected reviews in a project."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON in the shape of INTERCHANGE.md."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "review", 1, {QStringLiteral("FILE [--json]")}))
        return *done;
    const QString path = parser.positionalArguments().first();
    // like convert, validate and export: a file that cannot be read is a refused file
    const auto data = readProjectOrExplain("review", path);
    if (!data)
        return Refused;
    if (parser.isSet(json)) {
        const auto report = core::ReviewReport::toJson(*data);
        if (!report) {
            printErr(Text::tr("archbench review: %1: %2\n").arg(path, report.error().message));
            return Refused;
        }
        printOut(QString::fromUtf8(QJsonDocument(*report).toJson(QJsonDocument::Indented)));
        return Success;
    }
    const auto text = core::ReviewReport::toText(*data);
    if (!text) {
        printErr(Text::tr("archbench review: %1: %2\n").arg(path, text.error().message));
        return Refused;
    }
    printOut(*text);
    return Success;
}

} // namespace archbench::cli
