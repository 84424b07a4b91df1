// archbench portfolio FOLDER|URL [--json] [--today DATE] [--metrics FILE]
// archbench check FILE|FOLDER|URL [--fail-on KINDS] [--format text|json|github|junit] [--today DATE] [--metrics FILE]
// archbench set-metric FILE NAME=VALUE...
// What needs attention across the projects of a folder, as rows (portfolio) or as a pipeline
// gate (check: 0 nothing counted, 1 something did, 2 a file or argument refused). The engines
// are in core/portfolio; this file parses arguments and prints.
#include "subcommand.h"

#include "core/decision/triggerstatus.h"
#include "core/interchange/interchange.h"
#include "core/portfolio/portfolio.h"
#include "core/portfolio/portfoliooutput.h"
#include "core/server/serverportfolio.h"
#include "core/project.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace archbench::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::cli::Portfolio)
};

using core::server::isServerUrl;

/// The options portfolio and check share; returns false after printing a usage error.
struct Common {
    QDate today;
    core::MetricReadings metrics;
};

const QCommandLineOption &todayOption()
{
    static const QCommandLineOption option(QStringLiteral("today"),
                                           Text::tr("The day to judge by (YYYY-MM-DD; default: today), for reproducible runs."),
                                           QStringLiteral("DATE"));
    return option;
}

const QCommandLineOption &metricsOption()
{
    static const QCommandLineOption option(
        QStringLiteral("metrics"),
        Text::tr("A JSON object of current metric values ({\"rps\": 12000}) that triggers with those metric names use for this run."),
        QStringLiteral("FILE"));
    return option;
}

/// Reads --today and --metrics; nullopt with the exit code already decided.
std::variant<Common, int> readCommon(const QCommandLineParser &parser, const char *name, const QStringList &synopses)
{
    Common common;
    common.today = QDate::currentDate();
    if (parser.isSet(todayOption())) {
        common.today = QDate::fromString(parser.value(todayOption()), Qt::ISODate);
        if (!common.today.isValid())
            return usageError(name, Text::tr("--today \"%1\" is not a date like 2026-12-05").arg(parser.value(todayOption())), synopses);
    }
    if (parser.isSet(metricsOption())) {
        auto metrics = core::readMetricsFile(parser.value(metricsOption()));
        if (!metrics) {
            printErr(QStringLiteral("archbench %1: %2\n").arg(QLatin1StringView(name), metrics.error().message));
            return int(Refused);
        }
        common.metrics = *metrics;
    }
    return common;
}

std::variant<core::Portfolio, int> scanOrExplain(const char *name, const QString &source, const Common &common)
{
    if (isServerUrl(source)) { // the projects of a team server you are a member of
        auto url = core::server::ServerUrl::parse(source);
        if (!url) {
            printErr(QStringLiteral("archbench %1: %2\n").arg(QLatin1StringView(name), url.error().message));
            return int(Refused);
        }
        auto connection = core::server::ServerConnection::open(*url);
        if (!connection) {
            printErr(QStringLiteral("archbench %1: %2\n").arg(QLatin1StringView(name), connection.error().message));
            return int(Refused); // never 1: for check that would read as "needs attention"
        }
        core::server::TeamServer server(**connection);
        auto portfolio = core::server::scanServer(server, common.today, common.metrics);
        if (!portfolio) {
            printErr(QStringLiteral("archbench %1: %2\n").arg(QLatin1StringView(name), portfolio.error().message));
            return int(Refused);
        }
        return std::move(*portfolio);
    }
    auto portfolio = core::PortfolioScan::scan(source, common.today, common.metrics);
    if (!portfolio) {
        printErr(QStringLiteral("archbench %1: %2\n").arg(QLatin1StringView(name), portfolio.error().message));
        return int(Refused);
    }
    return std::move(*portfolio);
}

} // namespace

int runPortfolio(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("FOLDER|URL [--json] [--today DATE] [--metrics FILE]")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Lists every project under FOLDER (searched recursively for .archbench and .json "
                                   "projects) with what needs attention: fired and due revisit triggers, high risks, "
                                   "the latest drill and the next one due, overdue action items, failed decision-quality "
                                   "checks. Files that cannot be read are listed with the reason. Given a team server's URL "
                                   "(postgresql://...), lists the projects there that you are a member of."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON (INTERCHANGE.md) instead of a table."));
    parser.addOptions({jsonOption, todayOption(), metricsOption()});
    parser.addPositionalArgument(QStringLiteral("FOLDER|URL"), Text::tr("The folder to search, one project file, or a team server."));
    if (const auto done = parseCommandLine(parser, arguments, "portfolio", 1, synopses))
        return *done;
    const auto common = readCommon(parser, "portfolio", synopses);
    if (const int *code = std::get_if<int>(&common))
        return *code;
    auto scanned = scanOrExplain("portfolio", parser.positionalArguments().constFirst(), std::get<Common>(common));
    if (const int *code = std::get_if<int>(&scanned))
        return *code;
    const core::Portfolio &portfolio = std::get<core::Portfolio>(scanned);
    if (parser.isSet(jsonOption))
        printOut(QString::fromUtf8(core::PortfolioOutput::portfolioJson(portfolio)));
    else
        printOut(core::PortfolioOutput::portfolioText(portfolio));
    return Success;
}

int runCheck(const QStringList &arguments)
{
    const QStringList synopses{
        QStringLiteral("FILE|FOLDER|URL [--fail-on KINDS] [--format text|json|github|junit] [--today DATE] [--metrics FILE]")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("A pipeline gate: exits 0 when nothing needs attention, 1 when something does and 2 "
                                   "when a file or an argument is refused. It prints exactly what counts."));
    const QCommandLineOption failOnOption(
        QStringLiteral("fail-on"),
        Text::tr("What counts, comma-separated: triggers (fired), due (triggers due within 30 days), checks "
                 "(decision quality), risks (high), drills (overdue or failed), actions (overdue). Default: "
                 "triggers,checks,actions,drills."),
        QStringLiteral("KINDS"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("text (default), json, github (workflow annotations) or junit (XML)."),
                                          QStringLiteral("FORMAT"));
    parser.addOptions({failOnOption, formatOption, todayOption(), metricsOption()});
    parser.addPositionalArgument(QStringLiteral("FILE|FOLDER|URL"),
                                 Text::tr("A project file, a folder searched recursively, or a team server (postgresql://...)."));
    // For a pipeline gate 1 means "something needs attention": a usage mistake (an unknown
    // option, a misspelt --fail-on kind, a bad --today) is refused input, 2, so that a typo in
    // a workflow never looks like a fired trigger.
    if (const auto done = parseCommandLine(parser, arguments, "check", 1, synopses))
        return *done == Success ? Success : int(Refused);
    QList<core::AttentionKind> failOn = core::PortfolioScan::defaultFailOn();
    if (parser.isSet(failOnOption)) {
        auto parsed = core::PortfolioOutput::parseFailOn(parser.value(failOnOption));
        if (!parsed) {
            usageError("check", parsed.error().message, synopses);
            return Refused;
        }
        failOn = *parsed;
    }
    core::CheckFormat format = core::CheckFormat::Text;
    if (parser.isSet(formatOption)) {
        const auto parsed = core::PortfolioOutput::formatFromName(parser.value(formatOption));
        if (!parsed) {
            usageError("check", Text::tr("unknown format \"%1\" (use text, json, github or junit)").arg(parser.value(formatOption)),
                       synopses);
            return Refused;
        }
        format = *parsed;
    }
    const auto common = readCommon(parser, "check", synopses);
    if (const int *code = std::get_if<int>(&common))
        return *code == Success ? Success : int(Refused);
    auto scanned = scanOrExplain("check", parser.positionalArguments().constFirst(), std::get<Common>(common));
    if (const int *code = std::get_if<int>(&scanned))
        return *code;
    const core::Portfolio &portfolio = std::get<core::Portfolio>(scanned);
    printOut(QString::fromUtf8(core::PortfolioOutput::check(portfolio, failOn, format)));
    if (format == core::CheckFormat::Text)
        ; // the text already names unreadable files
    else
        for (const core::PortfolioProblem &p : portfolio.unreadable)
            printErr(QStringLiteral("archbench check: %1\n")
                         .arg(p.reason.contains(p.source) ? p.reason : QDir::toNativeSeparators(p.source) + QStringLiteral(": ") + p.reason));
    return core::PortfolioOutput::checkExitCode(portfolio, failOn);
}

int runSetMetric(const QStringList &arguments)
{
    const QStringList synopses{QStringLiteral("FILE NAME=VALUE...")};
    QCommandLineParser parser;
    prepareParser(parser, Text::tr("Records current values of revisit-trigger metrics in a project (rps=12000 "
                                   "monthly_cost=31000): every trigger whose metric has that name gets the value. "
                                   "Names match without regard to case, unit, spaces, '_' and '-'. A name that no "
                                   "trigger measures is refused and nothing is written."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The project (.archbench or .json)."));
    parser.addPositionalArgument(QStringLiteral("NAME=VALUE"), Text::tr("A metric reading, e.g. rps=12000."));
    if (const auto done = parseCommandLine(parser, arguments, "set-metric", -1, synopses))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError("set-metric", Text::tr("give a project file and at least one NAME=VALUE"), synopses);
    const QString target = positional.first();
    const QString shown = QDir::toNativeSeparators(target);
    const auto readings = core::parseMetricArguments(positional.mid(1));
    if (!readings)
        return usageError("set-metric", readings.error().message, synopses);

    auto project = EditedProject::open("set-metric", target);
    if (!project)
        return Refused;
    core::ProjectData data = project->data();
    const core::ProjectData before = data;
    const QHash<QString, int> set = core::applyMetrics(data, *readings);
    QStringList unknown;
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        if (it.value() == 0)
            unknown << it.key();
    if (!unknown.isEmpty()) {
        unknown.sort();
        printErr(Text::tr("archbench set-metric: %1: no revisit trigger measures %2; nothing written\n")
                     .arg(shown, unknown.join(QStringLiteral(", "))));
        return Failure;
    }
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (qsizetype i = 0; i < data.decisions.size(); ++i) {
        const core::Decision &d = data.decisions[i];
        for (qsizetype t = 0; t < d.revisitTriggers.size(); ++t) {
            const core::RevisitTrigger &trigger = d.revisitTriggers[t];
            if (trigger.currentValue == before.decisions[i].revisitTriggers[t].currentValue || !trigger.currentValue)
                continue;
            const core::TriggerStatus status = core::TriggerEvaluation::evaluate(d, trigger, today);
            const QString label = core::TriggerEvaluation::name(trigger);
            printOut(Text::tr("%1: \"%2\" now %3 (%4)\n")
                         .arg(d.title, label,
                              core::TriggerEvaluation::formatValue(trigger, *trigger.currentValue, locale),
                              core::TriggerEvaluation::stateName(status.state).toLower()));
        }
    }
    if (!project->writeDecisions(data))
        return Failure;
    return Success;
}

} // namespace archbench::cli
