// archbench drills FILE [--json]: the verdict of every drill (observed RTO and RPO against
// their targets, margins, open action items) and when the next drill is due.
#include "subcommand.h"

#include "core/drill/drillsreport.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QLocale>

namespace archbench::cli {

int runDrills(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, QCoreApplication::translate(
                              "archbench::cli", "Judges every disaster-recovery drill of a project against its RTO and RPO "
                                                "targets and tells when the next drill is due."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("archbench::cli", "Print the report as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("archbench::cli", "The project (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "drills", 1, {QStringLiteral("FILE [--json]")}))
        return *done;
    const auto data = readProjectOrExplain("drills", parser.positionalArguments().first());
    if (!data)
        return Refused;
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(core::drillsReportJson(*data)).toJson(QJsonDocument::Indented)));
    else
        printOut(core::drillsReportText(*data, QDate::currentDate(), QLocale()));
    return Success;
}

} // namespace archbench::cli
