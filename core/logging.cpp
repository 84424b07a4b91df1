#include "logging.h"
#include "log.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <array>
#include <mutex>

namespace archbench::core::logging {

namespace {

constexpr std::size_t kMaxFileBytes = 2 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 5;

struct LevelName {
    const char *name;
    spdlog::level::level_enum level;
};
constexpr std::array<LevelName, 8> kLevels{{
    {"trace", spdlog::level::trace},
    {"debug", spdlog::level::debug},
    {"info", spdlog::level::info},
    {"warn", spdlog::level::warn},
    {"warning", spdlog::level::warn},
    {"error", spdlog::level::err},
    {"critical", spdlog::level::critical},
    {"off", spdlog::level::off},
}};

std::mutex g_mutex;
QString g_logFile;

class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::Logging)
};

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    const bool plain = qstrcmp(category, "default") == 0;
    auto log = [&](spdlog::level::level_enum level) {
        if (plain)
            spdlog::log(level, "{}", message);
        else
            spdlog::log(level, "[{}] {}", category, message);
    };
    switch (type) {
    case QtDebugMsg: log(spdlog::level::debug); break;
    case QtInfoMsg: log(spdlog::level::info); break;
    case QtWarningMsg: log(spdlog::level::warn); break;
    case QtCriticalMsg: log(spdlog::level::err); break;
    case QtFatalMsg:
        log(spdlog::level::critical);
        spdlog::default_logger()->flush(); // Qt aborts right after the handler returns
        break;
    }
}

} // namespace

std::optional<spdlog::level::level_enum> parseLevel(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    for (const LevelName &entry : kLevels)
        if (lower == QLatin1StringView(entry.name))
            return entry.level;
    return std::nullopt;
}

QStringList levelNames()
{
    QStringList names;
    for (const LevelName &entry : kLevels)
        if (qstrcmp(entry.name, "warning") != 0)
            names << QString::fromLatin1(entry.name);
    return names;
}

Expected<spdlog::level::level_enum> resolveLevel(const Options &options)
{
    QString name = options.level;
    QString source = QStringLiteral("--log-level");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("ARCHBENCH_LOG");
        source = QStringLiteral("ARCHBENCH_LOG");
    }
    if (name.trimmed().isEmpty())
        return options.fallback;
    if (const auto level = parseLevel(name))
        return *level;
    return makeError(ErrorCode::Invalid,
                     Text::tr("%1: unknown log level \"%2\"; expected one of %3")
                         .arg(source, name, levelNames().join(QStringLiteral(", "))));
}

Expected<void> initialize(const Options &options)
{
    const auto level = resolveLevel(options);
    if (!level)
        return level.error();

    std::vector<spdlog::sink_ptr> sinks;
    if (options.console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    QString problem;
    QString file;
    if (options.file) {
        const QString dir = options.directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs")
            : options.directory;
        if (dir.isEmpty() || !QDir().mkpath(dir)) {
            problem = Text::tr("cannot create the log folder \"%1\"; logging to the console only").arg(dir);
        } else {
            file = QDir(dir).absoluteFilePath(QStringLiteral("archbench.log"));
            try {
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir::toNativeSeparators(file).toStdString(), kMaxFileBytes, kMaxFiles));
            } catch (const spdlog::spdlog_ex &e) {
                problem = Text::tr("cannot open the log file \"%1\" (%2); logging to the console only")
                              .arg(file, QString::fromLocal8Bit(e.what()));
                file.clear();
            }
        }
    }

    auto logger = std::make_shared<spdlog::logger>("archbench", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%^%l%$] %v");
    logger->set_level(*level);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    {
        const std::lock_guard lock(g_mutex);
        g_logFile = file;
    }
    installQtMessageHandler();
    if (!problem.isEmpty())
        AB_LOG_WARN("{}", problem);
    return {};
}

QString logFilePath()
{
    const std::lock_guard lock(g_mutex);
    return g_logFile;
}

void installQtMessageHandler()
{
    qInstallMessageHandler(&qtMessageHandler);
}

} // namespace archbench::core::logging
