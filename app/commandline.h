#pragma once
// The command line of the GUI: `archbench [options] [FILE]`. Parsing needs no application
// object, so main() can decide before creating one whether a display is needed at all:
// --help, --version and errors are answered by a QCoreApplication.

#include <QCommandLineParser>
#include <QSize>
#include <QString>

namespace archbench::cli {

class CommandLine {
public:
    CommandLine();

    /// Parses `arguments` (the first is the program). False on an error (see error()).
    bool parse(const QStringList &arguments);

    QString error() const { return m_error; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    /// True when the request is answered on the terminal (help, version or an error).
    bool answersWithoutGui() const { return m_help || m_version || !m_error.isEmpty(); }

    QString file() const { return m_file; }
    QString screenshot() const { return m_screenshot; }
    QSize screenshotSize() const { return m_size; }
    QString logLevel() const { return m_logLevel; }
    QString language() const { return m_language; }

    /// The full help: options, arguments and the headless subcommands.
    QString helpText() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_screenshotOption;
    QCommandLineOption m_sizeOption;
    QCommandLineOption m_logLevelOption;
    QCommandLineOption m_langOption;
    QString m_error;
    bool m_help = false;
    bool m_version = false;
    QString m_file;
    QString m_screenshot;
    QSize m_size{1600, 1000};
    QString m_logLevel;
    QString m_language;
};

} // namespace archbench::cli
