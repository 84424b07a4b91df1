// `archbench score FILE [--decision ID] [--json]`: weighted scores, ranks, flip shares and
// robustness of a project's decisions. Arguments and printing only; the report is built by
// core::ScoreReport, the same code the GUI's charts read, so both give the same numbers.
#include "subcommand.h"

#include "core/decision/scorereport.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace archbench::cli {

// Translation context of this subcommand.
struct ScoreCommand {
    Q_DECLARE_TR_FUNCTIONS(archbench::cli::ScoreCommand)
};

int runScore(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, ScoreCommand::tr("Prints the weighted score, rank, flip shares and robustness of each decision in FILE."));
    const QCommandLineOption decision({QStringLiteral("d"), QStringLiteral("decision")},
                                      ScoreCommand::tr("Only the decision with this id."), QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), ScoreCommand::tr("Print JSON in the shape of INTERCHANGE.md."));
    parser.addOption(decision);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), ScoreCommand::tr("The project (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "score", 1, {QStringLiteral("FILE [--decision ID] [--json]")}))
        return *done;
    const QString path = parser.positionalArguments().first();
    // missing, unreadable or refused: the file is the problem (exit 2, as `export` does)
    const auto data = readProjectOrExplain("score", path);
    if (!data)
        return Refused;
    const QString only = parser.value(decision);
    const QList<core::DecisionAnalysis> analyses = core::ScoreReport::analyse(*data, only);
    if (!only.isEmpty() && analyses.isEmpty()) {
        printErr(ScoreCommand::tr("archbench score: %1 has no decision with the id \"%2\"\n").arg(path, only));
        return Failure;
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(core::ScoreReport::toJson(analyses)).toJson(QJsonDocument::Indented)));
    else
        printOut(core::ScoreReport::toText(*data, analyses));
    return Success;
}

} // namespace archbench::cli
