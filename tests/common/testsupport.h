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

/// While alive, HOME is a fresh empty folder (so QStandardPaths::DocumentsLocation is
/// `path()/Documents`, which does not exist until a test makes it); the old HOME comes back
/// afterwards. documentsFollowHome() is false when a user-dirs.dirs moves Documents elsewhere.
class TemporaryHome {
public:
    TemporaryHome();
    ~TemporaryHome();
    TemporaryHome(const TemporaryHome &) = delete;
    TemporaryHome &operator=(const TemporaryHome &) = delete;
    QString path() const;
    QString documents() const;
    bool documentsFollowHome() const;

private:
    QByteArray m_oldHome;
    QString m_path;
};

/// Absolute path of a file under tests/data/.
QString dataPath(const QString &relative);
/// Contents of a file under tests/data/ (fails the test if missing).
QByteArray readData(const QString &relative);

/// Path of the built archbench executable (for command-line tests).
QString archbenchExecutable();

} // namespace archbench::test
