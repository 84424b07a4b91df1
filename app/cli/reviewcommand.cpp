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
    parser.setApplicationDescription(Text::tr("Risk counts of the Well-Architected reviews in a project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Project file (.archbench or .json)"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the report as JSON (INTERCHANGE.md)"));
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        printErr(Text::tr("archbench review: %1\n").arg(parser.errorText()));
        return Failure;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(Text::tr("archbench review: expected one project file\nUsage: archbench review FILE [--json]\n"));
        return Failure;
    }
    const QString path = files.first();

    const auto data = core::readProjectFile(path);
    if (!data) {
        // like convert, validate and export: a file that cannot be read is a refused file
        printErr(Text::tr("archbench review: %1\n").arg(data.error().message));
        return Refused;
    }
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
