#pragma once
// Shared test helpers: fail on any unexpected error-level log message, read fixtures.

#include <QByteArray>
#include <QString>

namespace archbench::test {

/// Installs a spdlog sink that turns every error-level message into a test failure, unless
/// an ExpectErrorLogs guard is alive. Call from initTestCase().
void failOnErrorLogs();

/// While alive, error-level log messages are expected and do not fail the test.
class ExpectErrorLogs {
public:
    ExpectErrorLogs();
    ~ExpectErrorLogs();
};

/// Absolute path of a file under tests/data/.
QString dataPath(const QString &relative);
/// Contents of a file under tests/data/ (fails the test if missing).
QByteArray readData(const QString &relative);

/// Path of the built archbench executable (for command-line tests).
QString archbenchExecutable();

} // namespace archbench::test
