// archbench import-adr DIR [-o OUT | --into FILE] [--json]: an ADR folder's decisions into a
// new project, into an existing one (matched, never duplicated), or (neither) a dry run that
// says what an import would do. Reading and matching are in core (core/report/adrimport.h).
#include "subcommand.h"

#include "core/interchange/interchange.h"
#include "core/report/adrimport.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace archbench::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli::ImportAdr)
};

const QStringList kSynopses{QStringLiteral("DIR [--json]"), QStringLiteral("DIR -o OUT [--json]"),
                            QStringLiteral("DIR --into FILE [--json]")};

void report(const core::AdrFolder &folder, const core::AdrSync &sync, bool json)
{
    if (json) {
        QJsonArray decisions, problems;
        const QSet<QString> added(sync.added.cbegin(), sync.added.cend()), updated(sync.updated.cbegin(), sync.updated.cend());
        for (qsizetype i = 0; i < folder.records.size(); ++i) {
            const core::AdrRecord &r = folder.records[i];
            const QString id = sync.records.value(i, r.decision.id);
            const QString action = added.contains(id) ? QStringLiteral("added") : updated.contains(id) ? QStringLiteral("updated") : QStringLiteral("unchanged");
            decisions.append(QJsonObject{{QStringLiteral("file"), r.fileName},
                                         {QStringLiteral("id"), id},
                                         {QStringLiteral("number"), r.number > 0 ? QJsonValue(r.number) : QJsonValue()},
                                         {QStringLiteral("title"), r.decision.title},
                                         {QStringLiteral("status"), core::enumToString(r.decision.status)},
                                         {QStringLiteral("flavour"), r.flavour},
                                         {QStringLiteral("action"), action}});
        }
        for (const core::AdrProblem &p : folder.problems)
            problems.append(QJsonObject{{QStringLiteral("file"), p.file}, {QStringLiteral("reason"), p.reason}});
        const QJsonObject out{{QStringLiteral("folder"), QDir::toNativeSeparators(folder.folder)},
                              {QStringLiteral("decisions"), decisions},
                              {QStringLiteral("added"), int(sync.added.size())},
                              {QStringLiteral("updated"), int(sync.updated.size())},
                              {QStringLiteral("unchanged"), int(sync.unchanged.size())},
                              {QStringLiteral("changes"), QJsonArray::fromStringList(sync.changes)},
                              {QStringLiteral("problems"), problems}};
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return;
    }
    for (const core::AdrProblem &p : folder.problems)
        printErr(QStringLiteral("archbench import-adr: %1: %2\n").arg(p.file, p.reason));
    for (const QString &line : sync.changes)
        printOut(line + QLatin1Char('\n'));
    printOut(Text::tr("%1 ADR files read: %2 added, %3 updated, %4 unchanged.\n")
                 .arg(folder.records.size())
                 .arg(sync.added.size())
                 .arg(sync.updated.size())
                 .arg(sync.unchanged.size()));
}

/// Imports into an existing project: an .archbench file through ProjectFile (its lock
/// respected, saved atomically), a .json file read and written whole.
int importInto(const QString &target, const core::AdrFolder &folder, bool json)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (target.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        auto data = core::readProjectFile(target);
        if (!data) {
            printErr(QStringLiteral("archbench import-adr: %1: %2\n").arg(shown, data.error().message));
            return Refused;
        }
        const core::AdrSync sync = core::syncAdrFolder(*data, folder);
        if (auto valid = core::interchange::validate(*data); !valid) {
            printErr(Text::tr("archbench import-adr: the folder's decisions do not fit %1: %2\n").arg(shown, valid.error().message));
            return Refused;
        }
        if (!sync.added.isEmpty() || !sync.updated.isEmpty())
            if (auto written = core::writeProjectFile(*data, target); !written) {
                printErr(QStringLiteral("archbench import-adr: %1: %2\n").arg(shown, written.error().message));
                return Failure;
            }
        report(folder, sync, json);
        return Success;
    }
    auto file = core::ProjectFile::open(target);
    if (!file) {
        printErr(QStringLiteral("archbench import-adr: %1: %2\n").arg(shown, file.error().message));
        return Refused;
    }
    core::Project *project = (*file)->project();
    core::ProjectData data = project->data();
    const core::AdrSync sync = core::syncAdrFolder(data, folder);
    if (auto valid = core::interchange::validate(data); !valid) {
        printErr(Text::tr("archbench import-adr: the folder's decisions do not fit %1: %2\n").arg(shown, valid.error().message));
        return Refused;
    }
    const QSet<QString> added(sync.added.cbegin(), sync.added.cend()), updated(sync.updated.cbegin(), sync.updated.cend());
    for (const core::Decision &d : data.decisions)
        if (added.contains(d.id))
            project->insert(int(project->items<core::Decision>().size()), d);
    for (const core::Decision &d : data.decisions)
        if (updated.contains(d.id))
            project->replace(d);
    project->setInfo(data.project);
    if (auto saved = (*file)->save(); !saved) {
        printErr(QStringLiteral("archbench import-adr: %1: %2\n").arg(shown, saved.error().message));
        return Failure;
    }
    report(folder, sync, json);
    return Success;
}

} // namespace

int runImportAdr(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Reads a folder of architecture decision records (MADR, adr-tools/Nygard, log4brains, or "
                                   "Archbench's own export) into a new project (-o), into an existing one (--into: decisions "
                                   "matched by id, ADR number or title, never duplicated), or, with neither, says what an "
                                   "import would do."));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       Text::tr("A new project file to write (.archbench or .json); it must not exist."),
                                       QStringLiteral("OUT"));
    const QCommandLineOption intoOption(QStringLiteral("into"), Text::tr("An existing project to import into (.archbench or .json)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Report as JSON on standard output."));
    parser.addOptions({outOption, intoOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("DIR"), Text::tr("The folder that holds the ADR files (docs/decisions, doc/adr, …)."));
    if (const auto done = parseCommandLine(parser, arguments, "import-adr", 1, kSynopses))
        return *done;
    if (parser.isSet(outOption) && parser.isSet(intoOption))
        return usageError("import-adr", Text::tr("give either -o or --into, not both"), kSynopses);

    const QString dir = parser.positionalArguments().constFirst();
    const auto folder = core::readAdrFolder(dir);
    if (!folder) {
        printErr(QStringLiteral("archbench import-adr: ") + folder.error().message + QLatin1Char('\n'));
        return Refused;
    }
    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(intoOption))
        return importInto(parser.value(intoOption), *folder, json);

    core::ProjectData data = core::projectFromAdrFolder(*folder);
    core::AdrSync sync;
    for (const core::Decision &d : data.decisions) {
        sync.added << d.id;
        sync.records << d.id;
    }
    for (const core::Decision &d : data.decisions)
        sync.changes << Text::tr("%1: added").arg(d.title);
    if (parser.isSet(outOption)) {
        const QString out = parser.value(outOption);
        if (QFileInfo::exists(out)) {
            printErr(Text::tr("archbench import-adr: %1 exists; use --into to import into it\n").arg(QDir::toNativeSeparators(out)));
            return Failure;
        }
        if (auto valid = core::interchange::validate(data); !valid) {
            printErr(QStringLiteral("archbench import-adr: ") + valid.error().message + QLatin1Char('\n'));
            return Refused;
        }
        if (auto written = core::writeProjectFile(data, out); !written) {
            printErr(QStringLiteral("archbench import-adr: %1: %2\n").arg(QDir::toNativeSeparators(out), written.error().message));
            return Failure;
        }
    }
    report(*folder, sync, json);
    return Success;
}

} // namespace archbench::cli
