#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>
#include <QTest>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <mutex>

namespace archbench::test {

namespace {
std::atomic<int> g_expected{0};

class FailingSink : public spdlog::sinks::base_sink<std::mutex> {
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        if (msg.level < spdlog::level::err || g_expected.load() > 0)
            return;
        const std::string text(msg.payload.data(), msg.payload.size());
        QTest::qFail(("unexpected error log: " + text).c_str(), __FILE__, __LINE__);
    }
    void flush_() override {}
};
} // namespace

void failOnErrorLogs()
{
    auto logger = spdlog::default_logger();
    logger->sinks().push_back(std::make_shared<FailingSink>());
}

ExpectErrorLogs::ExpectErrorLogs() { ++g_expected; }
ExpectErrorLogs::~ExpectErrorLogs() { --g_expected; }

TemporaryHome::TemporaryHome() : m_oldHome(qgetenv("HOME"))
{
    m_path = QDir::tempPath() + QStringLiteral("/archbench-home-") + QUuid::createUuid().toString(QUuid::Id128);
    QDir().mkpath(m_path);
    qputenv("HOME", QFile::encodeName(m_path));
}

TemporaryHome::~TemporaryHome()
{
    qputenv("HOME", m_oldHome);
    QDir(m_path).removeRecursively();
}

QString TemporaryHome::path() const { return m_path; }
QString TemporaryHome::documents() const { return m_path + QStringLiteral("/Documents"); }
bool TemporaryHome::documentsFollowHome() const
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) == documents();
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(ARCHBENCH_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

QString archbenchExecutable()
{
    return QStringLiteral(ARCHBENCH_EXECUTABLE);
}

} // namespace archbench::test
