#pragma once
// Process-wide logging set-up: spdlog with a console sink (stderr) and a rotating file in
// AppLocalDataLocation/logs, and Qt's own messages (qDebug, qWarning, ...) routed into it.
// Called once by main() after the QCoreApplication exists (the log folder depends on the
// application name). Code logs through the AB_LOG_* macros of log.h and never configures sinks.

#include "expected.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <spdlog/common.h>

namespace archbench::core::logging {

struct Options {
    /// Level name from the command line (--log-level); empty: ARCHBENCH_LOG, then `fallback`.
    QString level;
    spdlog::level::level_enum fallback = spdlog::level::info;
    bool console = true;
    bool file = true;
    /// Folder of the rotating log file; empty: QStandardPaths::AppLocalDataLocation + "/logs".
    QString directory;
};

/// "trace", "debug", "info", "warn" (or "warning"), "error", "critical", "off"; case-insensitive.
std::optional<spdlog::level::level_enum> parseLevel(QStringView name);
/// The accepted level names, for help text and messages.
QStringList levelNames();

/// The level `options` asks for: the explicit name, else ARCHBENCH_LOG, else the fallback.
/// Fails with a message naming the bad value and where it came from.
Expected<spdlog::level::level_enum> resolveLevel(const Options &options);

/// Replaces the default spdlog logger with the console + rotating-file pair and installs the
/// Qt message handler. When the log folder cannot be created, logs to the console only and
/// says so. Fails only for an unknown level name.
Expected<void> initialize(const Options &options);

/// The rotating log file of the current set-up (empty when there is none).
QString logFilePath();

/// Routes qDebug/qInfo/qWarning/qCritical/qFatal into spdlog (done by initialize()).
void installQtMessageHandler();

} // namespace archbench::core::logging
