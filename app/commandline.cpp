#include "commandline.h"

#include "cli/subcommand.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace archbench::cli {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::cli::CommandLine)
};
constexpr int kMinSide = 200;
constexpr int kMaxSide = 8192;
} // namespace

CommandLine::CommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help and exit.")),
      m_versionOption({QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version and exit.")),
      m_screenshotOption(QStringLiteral("screenshot"),
                         Text::tr("Start the window without showing it, save a PNG of it to OUT once it has "
                                  "painted, and exit."),
                         Text::tr("OUT.png")),
      m_sizeOption(QStringLiteral("size"), Text::tr("Window size for --screenshot (default 1600x1000)."),
                   Text::tr("WIDTHxHEIGHT")),
      m_logLevelOption(QStringLiteral("log-level"),
                       Text::tr("Log level: %1 (default info; the ARCHBENCH_LOG variable sets it too).")
                           .arg(core::logging::levelNames().join(QStringLiteral(", "))),
                       Text::tr("LEVEL")),
      m_langOption(QStringLiteral("lang"),
                   Text::tr("Language of the interface, such as de or en (default: the system's)."),
                   Text::tr("LANGUAGE"))
{
    m_parser.setApplicationDescription(Text::tr("Archbench, a workbench for architecture design reviews."));
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_screenshotOption);
    m_parser.addOption(m_sizeOption);
    m_parser.addOption(m_logLevelOption);
    m_parser.addOption(m_langOption);
    m_parser.addPositionalArgument(Text::tr("FILE"),
                                   Text::tr("A project to open: an .archbench file or an interchange .json file."),
                                   Text::tr("[FILE]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    m_help = m_parser.isSet(m_helpOption);
    m_version = m_parser.isSet(m_versionOption);
    m_screenshot = m_parser.value(m_screenshotOption);
    m_logLevel = m_parser.value(m_logLevelOption);
    m_language = m_parser.value(m_langOption);

    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1) {
        m_error = Text::tr("Too many arguments: %1. Give at most one project file.")
                      .arg(positional.join(QLatin1Char(' ')));
        return false;
    }
    m_file = positional.value(0);

    if (m_parser.isSet(m_sizeOption)) {
        if (m_screenshot.isEmpty()) {
            m_error = Text::tr("--size only applies together with --screenshot.");
            return false;
        }
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const auto match = pattern.match(m_parser.value(m_sizeOption).trimmed());
        const int w = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int h = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (w < kMinSide || h < kMinSide || w > kMaxSide || h > kMaxSide) {
            m_error = Text::tr("--size: \"%1\" is not a size such as 1600x1000 (each side %2 to %3 pixels).")
                          .arg(m_parser.value(m_sizeOption))
                          .arg(kMinSide)
                          .arg(kMaxSide);
            return false;
        }
        m_size = QSize(w, h);
    }
    if (m_parser.isSet(m_screenshotOption) && !m_screenshot.endsWith(QLatin1StringView(".png"), Qt::CaseInsensitive)) {
        m_error = Text::tr("--screenshot: \"%1\" must name a .png file.").arg(m_screenshot);
        return false;
    }
    core::logging::Options logging;
    logging.level = m_logLevel;
    if (const auto level = core::logging::resolveLevel(logging); !level) {
        m_error = level.error().message;
        return false;
    }
    return true;
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + Text::tr("Subcommands (run without a display):") + QLatin1Char('\n');
    int width = 0;
    for (const Subcommand &s : subcommands())
        width = std::max(width, int(qstrlen(s.name)));
    for (const Subcommand &s : subcommands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(s.name).leftJustified(width),
                         QCoreApplication::translate("archbench::cli", s.summary));
    text += QLatin1Char('\n') + Text::tr("Run \"archbench SUBCOMMAND --help\" for the options of a subcommand.")
        + QLatin1Char('\n');
    return text;
}

} // namespace archbench::cli
