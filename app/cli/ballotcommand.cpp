// archbench ballot export FILE --decision ID --participant NAME -o BALLOT.json
// archbench ballot import FILE BALLOT.json... [--replace]
// One participant's ballot as a file to fill in apart from the meeting, and back
// (core/interchange/ballotfile.h, docs/meeting.md).
#include "subcommand.h"

#include "core/interchange/ballotfile.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QDir>

namespace archbench::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli::Ballot)
};

using core::interchange::BallotFile;
using core::interchange::BallotForm;

const QStringList kSynopses{QStringLiteral("export FILE --decision ID --participant NAME -o BALLOT.json"),
                            QStringLiteral("import FILE BALLOT.json... [--replace]")};

/// A decision by id, or by its title (whole, without regard to case).
const core::Decision *findDecision(const core::ProjectData &data, const QString &key)
{
    for (const core::Decision &d : data.decisions)
        if (d.id == key)
            return &d;
    for (const core::Decision &d : data.decisions)
        if (d.title.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

int runExportBallot(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Writes one participant's ballot for a decision: its options, criteria and scale "
                                   "and an empty value for every cell (their earlier ballot, if they have one). Fill "
                                   "it in Archbench (File > Open) or any editor and bring it back with `archbench "
                                   "ballot import`."));
    parser.addOption(QCommandLineOption(QStringLiteral("decision"), Text::tr("The decision's id or title."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("participant"), Text::tr("Whose ballot it is."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        Text::tr("The ballot file to write (- for standard output)."), QStringLiteral("BALLOT.json")));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json)."));
    if (const auto done = parseCommandLine(parser, arguments, "ballot export", 1, {kSynopses.first()}))
        return *done;
    const QString decisionKey = parser.value(QStringLiteral("decision"));
    const QString participant = parser.value(QStringLiteral("participant")).trimmed();
    const QString output = parser.value(QStringLiteral("output"));
    if (decisionKey.isEmpty() || participant.isEmpty() || output.isEmpty())
        return usageError("ballot export", Text::tr("give --decision, --participant and -o"), {kSynopses.first()});
    const QString file = parser.positionalArguments().first();
    const auto data = readProjectOrExplain("ballot export", file);
    if (!data)
        return Refused;
    const core::Decision *d = findDecision(*data, decisionKey);
    if (!d) {
        printErr(Text::tr("archbench ballot export: %1: no decision with id or title \"%2\"\n").arg(file, decisionKey));
        return Failure;
    }
    if (d->options.isEmpty() || d->criteria.isEmpty()) {
        printErr(Text::tr("archbench ballot export: %1: \"%2\" has no options or no criteria to score\n").arg(file, d->title));
        return Failure;
    }
    const BallotForm form = BallotFile::formFor(data->project, *d, participant);
    if (output == QStringLiteral("-")) {
        printOut(QString::fromUtf8(BallotFile::toJson(form)));
        return Success;
    }
    if (auto written = BallotFile::writeFile(form, output); !written) {
        printErr(QStringLiteral("archbench ballot export: %1: %2\n").arg(QDir::toNativeSeparators(output), written.error().message));
        return Failure;
    }
    printOut(Text::tr("Wrote %1's ballot for \"%2\" to %3\n").arg(participant, d->title, QDir::toNativeSeparators(output)));
    return Success;
}

int runImportBallots(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Brings filled-in ballot files back into a project, each as its participant's ballot "
                                   "on its decision. All or nothing: a ballot for another project or an unknown "
                                   "decision, option or criterion, a value outside the scale, or two ballots from one "
                                   "participant refuse the whole import and nothing is written."));
    parser.addOption(QCommandLineOption(QStringLiteral("replace"),
                                        Text::tr("Replace the earlier ballot of a participant who already has one.")));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json)."));
    parser.addPositionalArgument(QStringLiteral("BALLOT.json"), Text::tr("Ballot files written by `ballot export`."));
    if (const auto done = parseCommandLine(parser, arguments, "ballot import", -1, {kSynopses.last()}))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError("ballot import", Text::tr("give a project file and at least one ballot file"), {kSynopses.last()});
    const QString target = positional.first();

    QList<BallotForm> forms;
    QStringList sources;
    for (const QString &path : positional.mid(1)) {
        auto form = BallotFile::readFile(path);
        if (!form) {
            printErr(Text::tr("archbench ballot import: %1: %2; nothing imported\n").arg(QDir::toNativeSeparators(path), form.error().message));
            return Refused;
        }
        forms << *form;
        sources << QDir::toNativeSeparators(path);
    }

    auto project = EditedProject::open("ballot import", target);
    if (!project)
        return Refused;
    const core::ProjectData &data = project->data();
    if (!parser.isSet(QStringLiteral("replace"))) {
        if (const QStringList earlier = BallotFile::existing(data, forms); !earlier.isEmpty()) {
            printErr(Text::tr("archbench ballot import: %1 already has a ballot; pass --replace to replace it; nothing "
                              "imported\n")
                         .arg(earlier.join(QStringLiteral(", "))));
            return Failure;
        }
    }
    auto result = BallotFile::apply(data, forms, parser.isSet(QStringLiteral("replace")), sources);
    if (!result) {
        printErr(Text::tr("archbench ballot import: %1; nothing imported\n").arg(result.error().message));
        return Refused;
    }
    if (!project->writeDecisions(result->data))
        return Failure;
    for (const BallotForm &f : forms)
        printOut((f.ballot.scores.size() == 1 ? Text::tr("Imported %1's ballot (1 score)\n").arg(f.ballot.participant)
                                               : Text::tr("Imported %1's ballot (%2 scores)\n")
                                                     .arg(f.ballot.participant)
                                                     .arg(f.ballot.scores.size())));
    for (const QString &r : result->replaced)
        printOut(Text::tr("Replaced the earlier ballot of %1\n").arg(r));
    for (const QString &p : result->addedPeople)
        printOut(Text::tr("Added %1 to the decision's people as consulted\n").arg(p));
    return Success;
}

} // namespace

int runBallot(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (action == QStringLiteral("export"))
        return runExportBallot(rest);
    if (action == QStringLiteral("import"))
        return runImportBallots(rest);
    if (action == QStringLiteral("-h") || action == QStringLiteral("--help")) {
        QCommandLineParser parser;
        prepareParser(parser, Text::tr("One participant's ballot as a file to fill in apart from the meeting "
                                       "(export), and filled ballots back into the project (import). `archbench "
                                       "ballot export --help` and `archbench ballot import --help` tell more."));
        parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("export or import."));
        return *parseCommandLine(parser, arguments, "ballot", -1, kSynopses);
    }
    return usageError("ballot", action.isEmpty() ? Text::tr("give export or import") : Text::tr("unknown action \"%1\"").arg(action),
                      kSynopses);
}

} // namespace archbench::cli
