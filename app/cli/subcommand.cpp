#include "subcommand.h"

#include "core/storage/projectconversion.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace archbench::cli {

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all = {
        {"convert", QT_TRANSLATE_NOOP("archbench::cli", "Convert a project between .archbench and .json"), false, &runConvert},
        {"validate", QT_TRANSLATE_NOOP("archbench::cli", "Check a project file and report the first problem"), false, &runValidate},
        {"score", QT_TRANSLATE_NOOP("archbench::cli", "Weighted scores, ranks and sensitivity of decisions"), false, &runScore},
        {"review", QT_TRANSLATE_NOOP("archbench::cli", "Risk counts of Well-Architected reviews"), false, &runReview},
        {"drills", QT_TRANSLATE_NOOP("archbench::cli", "Verdicts of disaster-recovery drills"), false, &runDrills},
        {"cost", QT_TRANSLATE_NOOP("archbench::cli", "Figures of cost models"), false, &runCost},
        {"export", QT_TRANSLATE_NOOP("archbench::cli", "Export a Markdown or PDF report"), true, &runExport},
        {"lens", QT_TRANSLATE_NOOP("archbench::cli", "Check a lens file for lens authors (lens check LENS.json)"), false, &runLens},
        {"import-adr", QT_TRANSLATE_NOOP("archbench::cli", "Read a folder of ADR files (MADR, adr-tools, log4brains) into a project"), false, &runImportAdr},
        {"portfolio", QT_TRANSLATE_NOOP("archbench::cli", "What needs attention across the projects of a folder"), false, &runPortfolio},
        {"check", QT_TRANSLATE_NOOP("archbench::cli", "A pipeline gate: exit 1 when a project needs attention"), false, &runCheck},
        {"diff", QT_TRANSLATE_NOOP("archbench::cli", "What changed between two versions of a project"), false, &runDiff},
        {"merge", QT_TRANSLATE_NOOP("archbench::cli", "Three-way merge of two versions of a project (a git merge driver)"), false, &runMerge},
        {"ballot", QT_TRANSLATE_NOOP("archbench::cli", "Export a participant's ballot to fill in apart, or import filled ballots"), false, &runBallot},
        {"server", QT_TRANSLATE_NOOP("archbench::cli", "Set up a team server on PostgreSQL: init, check, grant"), false, &runServer},
        {"push", QT_TRANSLATE_NOOP("archbench::cli", "Publish a project to a team server, or save it back there with a merge"), false, &runPush},
        {"pull", QT_TRANSLATE_NOOP("archbench::cli", "Fetch a project from a team server into a file"), false, &runPull},
        {"projects", QT_TRANSLATE_NOOP("archbench::cli", "List the projects on a team server"), false, &runProjects},
        {"set-metric", QT_TRANSLATE_NOOP("archbench::cli", "Record current values of revisit-trigger metrics"), false, &runSetMetric},
    };
    return all;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &s : subcommands())
        if (name == QLatin1StringView(s.name))
            return &s;
    return nullptr;
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

void prepareParser(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("archbench::cli", "Show this help and exit.")));
}

QString usageText(const char *name, const QStringList &synopses)
{
    const QString command = QStringLiteral("archbench %1").arg(QLatin1StringView(name));
    QString text;
    for (qsizetype i = 0; i < synopses.size(); ++i) {
        const QString line = (command + QLatin1Char(' ') + synopses[i]).trimmed();
        const QString first = QCoreApplication::translate("archbench::cli", "Usage: %1").arg(line);
        if (i == 0) {
            text += first;
        } else {
            // later forms line up under the first one's command
            const qsizetype indent = first.indexOf(command);
            text += QString(std::max<qsizetype>(0, indent), QLatin1Char(' ')) + line;
        }
        text += QLatin1Char('\n');
    }
    return text;
}

int usageError(const char *name, const QString &reason, const QStringList &synopses)
{
    printErr(QStringLiteral("archbench %1: %2\n").arg(QLatin1StringView(name), reason) + usageText(name, synopses));
    return Failure;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const char *name,
                                    qsizetype files, const QStringList &synopses)
{
    if (!parser.parse(arguments))
        return usageError(name, parser.errorText(), synopses);
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the program, not the subcommand: the command's usage instead
        printOut(usageText(name, synopses) + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 1));
        return Success;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (files >= 0 && given != files) {
        const QString reason = given == 0 ? QCoreApplication::translate("archbench::cli", "no project file given")
                               : files == 1 ? QCoreApplication::translate("archbench::cli", "give exactly one project file")
                                            : QCoreApplication::translate("archbench::cli", "expected %1 files, got %2")
                                                  .arg(files)
                                                  .arg(given);
        return usageError(name, reason, synopses);
    }
    return std::nullopt;
}

std::optional<EditedProject> EditedProject::open(const char *name, const QString &path)
{
    EditedProject project;
    project.m_name = name;
    project.m_path = path;
    const QString shown = QDir::toNativeSeparators(path);
    if (core::projectFileFormat(path) == core::ProjectFileFormat::Json) {
        auto read = core::readProjectFile(path);
        if (!read) {
            printErr(QStringLiteral("archbench %1: %2: %3\n").arg(QLatin1StringView(name), shown, read.error().message));
            return std::nullopt;
        }
        project.m_data = std::move(*read);
        return project;
    }
    auto opened = core::ProjectFile::open(path);
    if (!opened) {
        printErr(QStringLiteral("archbench %1: %2: %3\n").arg(QLatin1StringView(name), shown, opened.error().message));
        return std::nullopt;
    }
    project.m_file = std::move(*opened);
    project.m_data = project.m_file->project()->data();
    return project;
}

EditedProject::EditedProject(EditedProject &&) noexcept = default;
EditedProject::~EditedProject() = default;

bool EditedProject::writeDecisions(const core::ProjectData &after)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const auto fail = [&](const QString &reason) {
        printErr(QStringLiteral("archbench %1: %2: %3\n").arg(QLatin1StringView(m_name), shown, reason));
        return false;
    };
    if (!m_file) {
        if (auto written = core::writeProjectFile(after, m_path); !written)
            return fail(written.error().message);
        m_data = after;
        return true;
    }
    for (qsizetype i = 0; i < after.decisions.size() && i < m_data.decisions.size(); ++i)
        if (after.decisions[i] != m_data.decisions[i])
            m_file->project()->replace(after.decisions[i]);
    if (auto saved = m_file->save(); !saved)
        return fail(saved.error().message);
    m_data = after;
    return true;
}

std::optional<core::ProjectData> readProjectOrExplain(const char *name, const QString &file)
{
    auto data = core::readProjectFile(file);
    if (!data) {
        printErr(QStringLiteral("archbench %1: %2: %3\n").arg(QLatin1StringView(name), file, data.error().message));
        return std::nullopt;
    }
    return std::move(*data);
}

} // namespace archbench::cli
