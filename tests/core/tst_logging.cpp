// Logging set-up: level names and their precedence (--log-level, ARCHBENCH_LOG, default), the
// rotating log file, and Qt's own messages routed into it.
#include "common/testsupport.h"
#include "core/log.h"
#include "core/logging.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;
namespace logging = archbench::core::logging;

namespace {
QByteArray readLog()
{
    spdlog::default_logger()->flush();
    QFile f(logging::logFilePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
Q_LOGGING_CATEGORY(lcTest, "archbench.test")
} // namespace

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }
    void init() { qunsetenv("ARCHBENCH_LOG"); }

    void parseLevel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("level");
        QTest::newRow("trace") << "trace" << int(spdlog::level::trace);
        QTest::newRow("debug") << "debug" << int(spdlog::level::debug);
        QTest::newRow("info upper") << "INFO" << int(spdlog::level::info);
        QTest::newRow("warn") << "warn" << int(spdlog::level::warn);
        QTest::newRow("warning") << "warning" << int(spdlog::level::warn);
        QTest::newRow("error spaced") << " error " << int(spdlog::level::err);
        QTest::newRow("critical") << "critical" << int(spdlog::level::critical);
        QTest::newRow("off") << "off" << int(spdlog::level::off);
        QTest::newRow("unknown") << "loud" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void parseLevel()
    {
        QFETCH(QString, name);
        QFETCH(int, level);
        const auto parsed = logging::parseLevel(name);
        QCOMPARE(parsed ? int(*parsed) : -1, level);
    }

    void levelPrecedence()
    {
        logging::Options options;
        options.fallback = spdlog::level::warn;
        QCOMPARE(*logging::resolveLevel(options), spdlog::level::warn);
        qputenv("ARCHBENCH_LOG", "debug");
        QCOMPARE(*logging::resolveLevel(options), spdlog::level::debug);
        options.level = QStringLiteral("error");
        QCOMPARE(*logging::resolveLevel(options), spdlog::level::err);
    }

    void badLevelNamesWhereItCameFrom()
    {
        logging::Options options;
        options.level = QStringLiteral("loud");
        auto r = logging::resolveLevel(options);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("--log-level")));
        QVERIFY(r.error().message.contains(QStringLiteral("\"loud\"")));
        QVERIFY(r.error().message.contains(QStringLiteral("trace, debug, info")));
        options.level.clear();
        qputenv("ARCHBENCH_LOG", "shouty");
        r = logging::resolveLevel(options);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("ARCHBENCH_LOG")));
        QVERIFY(!logging::initialize(options));
    }

    void writesRotatingFileAndRoutesQtMessages()
    {
        QTemporaryDir dir;
        logging::Options options;
        options.level = QStringLiteral("info");
        options.console = false;
        options.directory = dir.filePath(QStringLiteral("logs/nested"));
        QVERIFY(logging::initialize(options));
        test::failOnErrorLogs(); // initialize replaced the logger
        QCOMPARE(logging::logFilePath(), dir.filePath(QStringLiteral("logs/nested/archbench.log")));
        AB_LOG_INFO("opened {}", QStringLiteral("checkout.archbench"));
        AB_LOG_DEBUG("too chatty to keep");
        qWarning("a warning from Qt");
        qCWarning(lcTest) << "categorised";
        qDebug("a Qt debug line below the level");
        const QByteArray log = readLog();
        QVERIFY(log.contains("[info] opened checkout.archbench"));
        QVERIFY(!log.contains("too chatty"));
        QVERIFY(log.contains("[warning] a warning from Qt"));
        QVERIFY(log.contains("[archbench.test] categorised"));
        QVERIFY(!log.contains("below the level"));
    }

    void unusableFolderFallsBackToConsole()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        logging::Options options;
        options.level = QStringLiteral("error"); // keeps the fallback's warning off the console
        options.directory = dir.filePath(QStringLiteral("file/logs")); // below a plain file
        QVERIFY(logging::initialize(options));
        test::failOnErrorLogs();
        QVERIFY(logging::logFilePath().isEmpty());
        AB_LOG_WARN("still works");
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
