#pragma once
// Headless subcommands of `archbench` (convert, validate, score, review, drills, cost,
// export, lens, import-adr, portfolio, check, set-metric, diff, merge, ballot, server, push, pull, projects). Each runs with a QCoreApplication already created and needs no display, except
// `export`, which main() gives an offscreen QApplication (charts are QGraphicsWidgets).
// Exit codes (INTERCHANGE.md): 0 success, 2 a file it refuses (reason on stderr), 1 otherwise.

#include "core/model/projectdata.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace archbench::core {
class ProjectFile;
}

namespace archbench::cli {

enum ExitCode { Success = 0, Failure = 1, Refused = 2 };

struct Subcommand {
    const char *name;
    const char *summary;     ///< one line for `archbench --help`
    bool needsGui;           ///< needs a QApplication (offscreen is fine)
    int (*run)(const QStringList &arguments); ///< arguments start with the subcommand name
};

/// All subcommands, in help order.
const QList<Subcommand> &subcommands();
const Subcommand *findSubcommand(const QString &name);

// One function per subcommand, each in its own file under app/cli/.
int runConvert(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runScore(const QStringList &arguments);
int runReview(const QStringList &arguments);
int runDrills(const QStringList &arguments);
int runCost(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runLens(const QStringList &arguments);
int runImportAdr(const QStringList &arguments);
int runPortfolio(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runSetMetric(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runMerge(const QStringList &arguments);
int runBallot(const QStringList &arguments);
int runServer(const QStringList &arguments);
int runPush(const QStringList &arguments);
int runPull(const QStringList &arguments);
int runProjects(const QStringList &arguments);

/// The common front of every subcommand, so each `archbench NAME --help` has one shape:
///
///     Usage: archbench NAME SYNOPSIS        (one line per form of the command)
///            archbench NAME SYNOPSIS2
///
///     DESCRIPTION
///
///     Options:
///       -h, --help   Show this help and exit.
///       ...
///
///     Arguments:
///       FILE         ...
///
/// prepareParser() sets the description and the help option (no Qt --help-all, no -?); the
/// command then adds its options and arguments and calls parseCommandLine().
void prepareParser(QCommandLineParser &parser, const QString &description);

/// Parses `arguments`, answers --help as above, and checks that exactly `files` positional
/// arguments were given (a negative `files`: the command checks them itself). Returns the exit code when the command is already done (help
/// printed: Success; a usage error: usageError()), nullopt to go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const char *name,
                                    qsizetype files, const QStringList &synopses);

/// "Usage: archbench NAME SYNOPSIS" lines, newline-terminated.
QString usageText(const char *name, const QStringList &synopses);

/// A usage mistake: "archbench NAME: REASON" and the usage lines on stderr; returns Failure.
int usageError(const char *name, const QString &reason, const QStringList &synopses);

/// Reads the project of a report command; on failure prints "archbench NAME: FILE: reason" and
/// returns nullopt (the caller exits with Refused).
std::optional<core::ProjectData> readProjectOrExplain(const char *name, const QString &file);

/// A project a command changes and writes back: a .json file is read whole and written
/// atomically; an .archbench file is opened through ProjectFile (its lock and working copy)
/// and saved, so a program that has it open sees the change as a change on disk.
class EditedProject {
public:
    /// Opens `path`; on failure prints "archbench NAME: FILE: reason" and returns nullopt
    /// (the caller exits with Refused).
    static std::optional<EditedProject> open(const char *name, const QString &path);
    EditedProject(EditedProject &&) noexcept;
    ~EditedProject();
    const core::ProjectData &data() const { return m_data; }
    /// Writes `after`, whose changes are to decisions only; on failure prints the reason and
    /// returns false.
    bool writeDecisions(const core::ProjectData &after);

private:
    EditedProject() = default;
    const char *m_name = "";
    QString m_path;
    core::ProjectData m_data;
    std::unique_ptr<core::ProjectFile> m_file;
};

/// Writes text to stdout / stderr (UTF-8).
void printOut(const QString &text);
void printErr(const QString &text);

} // namespace archbench::cli
