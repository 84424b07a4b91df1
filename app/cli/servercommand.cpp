// The team server from the command line (issue 18; the engine is core/server):
//   archbench server init URL         create or upgrade the server's schema
//   archbench server check URL        its version, and whether this program can use it
//   archbench server grant URL PROJECT ROLE USER
//   archbench push FILE URL           publish a project, or save it back with a merge
//   archbench pull URL PROJECT-ID OUT
//   archbench projects URL [--json]
// Passwords never come on the command line: libpq reads ~/.pgpass and PGPASSWORD.
// Exit codes: 0 done, 2 refused (a file, a URL, the server's answer), 1 other failures.
#include "subcommand.h"

#include "core/server/serverschema.h"
#include "core/server/serversync.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace archbench::cli {

namespace {

using core::server::ServerConnection;
using core::server::ServerUrl;
using core::server::TeamServer;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli::Server)
};

int failWith(const char *name, const core::Error &error)
{
    printErr(QStringLiteral("archbench %1: %2\n").arg(QLatin1StringView(name), error.message));
    switch (error.code) {
    case core::ErrorCode::Refused:
    case core::ErrorCode::Invalid:
    case core::ErrorCode::Unauthorized:
    case core::ErrorCode::NotFound:
    case core::ErrorCode::Locked: return Refused;
    default: return Failure;
    }
}

/// Parses the URL and connects; nullptr after printing why.
std::unique_ptr<ServerConnection> connect(const char *name, const QString &text, int &exitCode)
{
    auto url = ServerUrl::parse(text);
    if (!url) {
        exitCode = failWith(name, url.error());
        return nullptr;
    }
    auto connection = ServerConnection::open(*url);
    if (!connection) {
        exitCode = failWith(name, connection.error());
        return nullptr;
    }
    return std::move(*connection);
}

/// A connection to a server whose schema this program can use, and the operations on it.
struct UsableServer {
    std::unique_ptr<ServerConnection> db;
    std::unique_ptr<TeamServer> server;
};

/// connect(), then refuse a schema this program cannot use; nullopt after printing why.
std::optional<UsableServer> connectUsable(const char *name, const QString &text, int &exitCode)
{
    auto db = connect(name, text, exitCode);
    if (!db)
        return std::nullopt;
    auto server = std::make_unique<TeamServer>(*db);
    if (auto usable = server->requireUsableSchema(); !usable) {
        exitCode = failWith(name, usable.error());
        return std::nullopt;
    }
    return UsableServer{std::move(db), std::move(server)};
}

QString urlArgumentHelp()
{
    return Text::tr("The server: postgresql://user@host:port/database (?host=/socket/dir, ?sslmode=verify-full). "
                    "The password comes from ~/.pgpass or PGPASSWORD.");
}

int runServerInit(const QString &urlText)
{
    int code = Success;
    auto db = connect("server init", urlText, code);
    if (!db)
        return code;
    auto before = core::server::initServerSchema(*db);
    if (!before)
        return failWith("server init", before.error());
    if (*before == core::server::kServerSchemaVersion)
        printOut(Text::tr("The server's schema is already at version %1; nothing to do.\n").arg(*before));
    else if (*before == 0)
        printOut(Text::tr("Created the Archbench schema, version %1, on %2.\n").arg(core::server::kServerSchemaVersion).arg(db->url().displayName()));
    else
        printOut(Text::tr("Upgraded the server's schema from version %1 to %2.\n").arg(*before).arg(core::server::kServerSchemaVersion));
    return Success;
}

int runServerCheck(const QString &urlText, bool json)
{
    int code = Success;
    auto db = connect("server check", urlText, code);
    if (!db)
        return code;
    auto state = core::server::checkServerSchema(*db);
    if (!state)
        return failWith("server check", state.error());
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("version"), state->version},
                                                             {QStringLiteral("supported"), core::server::kServerSchemaVersion},
                                                             {QStringLiteral("usable"), state->usable},
                                                             {QStringLiteral("user"), db->user()},
                                                             {QStringLiteral("message"), state->message}})
                                       .toJson(QJsonDocument::Indented)));
    else
        printOut(state->message + QLatin1Char('\n'));
    return state->usable ? Success : Failure;
}

int runServerGrant(const QStringList &args)
{
    const auto role = core::server::parseRole(args[2]);
    if (!role)
        return usageError("server", Text::tr("the role \"%1\" is not owner, editor or viewer").arg(args[2]),
                          {QStringLiteral("grant URL PROJECT owner|editor|viewer USER")});
    int code = Success;
    auto usable = connectUsable("server grant", args[0], code);
    if (!usable)
        return code;
    TeamServer &server = *usable->server;
    if (auto granted = server.grant(args[1], *role, args[3]); !granted)
        return failWith("server grant", granted.error());
    printOut(Text::tr("%1 is now %2 of the project \"%3\".\n").arg(args[3], core::server::roleWords(*role), args[1]));
    return Success;
}

} // namespace

int runServer(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("init URL"), QStringLiteral("check URL [--json]"),
                               QStringLiteral("grant URL PROJECT owner|editor|viewer USER")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Sets up a team server on PostgreSQL (docs/team-server.md). \"init\" creates the Archbench "
                                   "schema in a database, or upgrades it, one step per transaction; \"check\" says its "
                                   "version and whether this program can use it (exit 0 yes, 1 no); \"grant\" makes a user "
                                   "owner, editor or viewer of a project (only its owners may)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("check: print the result as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("init, check or grant."));
    parser.addPositionalArgument(QStringLiteral("URL"), urlArgumentHelp());
    if (auto done = parseCommandLine(parser, arguments, "server", -1, synopses))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("init") && args.size() == 2)
        return runServerInit(args[1]);
    if (action == QLatin1String("check") && args.size() == 2)
        return runServerCheck(args[1], parser.isSet(jsonOption));
    if (action == QLatin1String("grant") && args.size() == 5)
        return runServerGrant(args.mid(1));
    if (action.isEmpty())
        return usageError("server", Text::tr("say init, check or grant"), synopses);
    if (!QStringList{QStringLiteral("init"), QStringLiteral("check"), QStringLiteral("grant")}.contains(action))
        return usageError("server", Text::tr("\"%1\" is not init, check or grant").arg(action), synopses);
    return usageError("server", Text::tr("wrong number of arguments for \"%1\"").arg(action), synopses);
}

int runPush(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("FILE URL")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Sends a project to a team server. A file that was never there is published as a new "
                                   "project you own. A file pulled from (or pushed to) that server is saved as its next "
                                   "version; when others saved in the meantime, their changes are merged into yours first "
                                   "(conflicts keep your value and are recorded in the project), and the file is updated to "
                                   "what the server now holds. Exits 0 when saved, 1 when saved with conflicts to resolve."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json)."));
    parser.addPositionalArgument(QStringLiteral("URL"), urlArgumentHelp());
    if (auto done = parseCommandLine(parser, arguments, "push", 2, synopses))
        return *done;
    const QString path = parser.positionalArguments().at(0);
    const QString shown = QDir::toNativeSeparators(path);
    auto url = ServerUrl::parse(parser.positionalArguments().at(1));
    if (!url)
        return failWith("push", url.error());

    // the file: an .archbench is opened (its lock held until the new content is written)
    std::unique_ptr<core::ProjectFile> file;
    core::ProjectData data;
    std::optional<core::ServerOrigin> origin;
    const bool json = core::projectFileFormat(path) == core::ProjectFileFormat::Json;
    if (json) {
        auto read = core::readProjectFile(path);
        if (!read)
            return failWith("push", {shown + QStringLiteral(": ") + read.error().message, read.error().code});
        data = std::move(*read);
    } else {
        auto opened = core::ProjectFile::open(path);
        if (!opened)
            return failWith("push", {shown + QStringLiteral(": ") + opened.error().message,
                                     opened.error().code == core::ErrorCode::Other ? core::ErrorCode::Refused : opened.error().code});
        file = std::move(*opened);
        data = file->project()->data();
        origin = file->serverOrigin();
    }

    int code = Success;
    auto usable = connectUsable("push", url->toString(), code);
    if (!usable)
        return code;
    TeamServer &server = *usable->server;

    const QString where = url->toString();
    core::ServerOrigin now{where, data.project.id, 0};
    core::ProjectData saved = data;
    int exitCode = Success;
    if (origin && origin->url == where) {
        auto synced = core::server::saveMerging(server, origin->projectId, origin->version, data);
        if (!synced)
            return failWith("push", synced.error());
        now = {where, origin->projectId, synced->version};
        saved = synced->saved;
        if (!synced->cameIn.isEmpty()) {
            printOut(Text::tr("Merged %n change(s) others had saved:\n", nullptr, int(synced->cameIn.size())));
            for (const core::ProjectChange &change : synced->cameIn)
                printOut(QStringLiteral("  %1\n").arg(change.words));
        }
        if (!synced->conflicts.isEmpty()) {
            printOut(Text::tr("%n conflict(s): both changed the same field; yours was kept and theirs recorded in the project:\n",
                              nullptr, int(synced->conflicts.size())));
            for (const core::MergeConflict &c : synced->conflicts)
                printOut(Text::tr("  %1: yours %2, theirs %3\n")
                             .arg(c.path, core::ProjectMerge::valueText(c.ours), core::ProjectMerge::valueText(c.theirs)));
            exitCode = Failure;
        }
        printOut(Text::tr("Saved \"%1\" as version %2 on %3.\n").arg(saved.project.name).arg(now.version).arg(url->displayName()));
    } else {
        auto published = server.publish(data);
        if (!published)
            return failWith("push", published.error());
        now.version = *published;
        printOut(Text::tr("Published \"%1\" (id %2) on %3; you own it.\n").arg(data.project.name, data.project.id, url->displayName()));
    }
    if (json) {
        if (saved != data)
            if (auto written = core::writeProjectFile(saved, path); !written)
                return failWith("push", {shown + QStringLiteral(": ") + written.error().message, core::ErrorCode::Io});
        printOut(Text::tr("Note: a .json file cannot remember the server; pull the project into an .archbench file to "
                          "save it back with merges.\n"));
        return exitCode;
    }
    if (auto written = core::writeProjectFile(saved, path, now); !written) {
        printErr(Text::tr("archbench push: the server has version %1, but %2 could not be updated: %3; pull it again.\n")
                     .arg(now.version)
                     .arg(shown, written.error().message));
        return Failure;
    }
    return exitCode;
}

int runPull(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("URL PROJECT-ID OUT [--force]")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Fetches a project from a team server into a file. An .archbench file remembers the server "
                                   "and version, so \"archbench push\" saves it back and merges what others saved meanwhile."));
    const QCommandLineOption forceOption(QStringLiteral("force"), Text::tr("Replace OUT if it exists."));
    parser.addOption(forceOption);
    parser.addPositionalArgument(QStringLiteral("URL"), urlArgumentHelp());
    parser.addPositionalArgument(QStringLiteral("PROJECT-ID"), Text::tr("The project's id (archbench projects URL lists them)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), Text::tr("The file to write (.archbench or .json)."));
    if (auto done = parseCommandLine(parser, arguments, "pull", 3, synopses))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString out = args[2];
    if (QFileInfo::exists(out) && !parser.isSet(forceOption))
        return failWith("pull", {Text::tr("%1 exists already; give another name, or --force to replace it")
                                     .arg(QDir::toNativeSeparators(out)),
                                 core::ErrorCode::Refused});
    int code = Success;
    auto usable = connectUsable("pull", args[0], code);
    if (!usable)
        return code;
    TeamServer &server = *usable->server;
    auto snapshot = server.fetch(args[1]);
    if (!snapshot)
        return failWith("pull", snapshot.error());
    const bool json = core::projectFileFormat(out) == core::ProjectFileFormat::Json;
    auto written = json ? core::writeProjectFile(snapshot->data, out)
                        : core::writeProjectFile(snapshot->data, out, {server.connection().url().toString(), args[1], snapshot->version});
    if (!written)
        return failWith("pull", {QDir::toNativeSeparators(out) + QStringLiteral(": ") + written.error().message, core::ErrorCode::Io});
    printOut(Text::tr("Pulled \"%1\" version %2 into %3; you are %4 of it.\n")
                 .arg(snapshot->data.project.name)
                 .arg(snapshot->version)
                 .arg(QDir::toNativeSeparators(out), core::server::roleWords(snapshot->role)));
    return Success;
}

int runProjects(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("URL [--json]")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Lists the projects on a team server that you are a member of, with their version, "
                                   "last change and your role."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print the list as JSON (INTERCHANGE.md)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("URL"), urlArgumentHelp());
    if (auto done = parseCommandLine(parser, arguments, "projects", 1, synopses))
        return *done;
    int code = Success;
    auto usable = connectUsable("projects", parser.positionalArguments().at(0), code);
    if (!usable)
        return code;
    TeamServer &server = *usable->server;
    auto list = server.projects();
    if (!list)
        return failWith("projects", list.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray projects;
        for (const core::server::ServerProject &p : *list)
            projects.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("version"), p.version},
                                        {QStringLiteral("modified"), p.modified.toString(Qt::ISODate)},
                                        {QStringLiteral("role"), core::server::roleName(p.role)}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("projects"), projects}}).toJson(QJsonDocument::Indented)));
        return Success;
    }
    if (list->isEmpty()) {
        printOut(Text::tr("No projects on %1 that %2 is a member of.\n").arg(server.connection().url().displayName(), server.connection().user()));
        return Success;
    }
    for (const core::server::ServerProject &p : *list)
        printOut(Text::tr("%1  %2  version %3, saved %4 by %5, you: %6\n")
                     .arg(p.id, p.name)
                     .arg(p.version)
                     .arg(p.modified.toString(Qt::ISODate), p.modifiedBy, core::server::roleName(p.role)));
    return Success;
}

} // namespace archbench::cli
