// The team server in the window, as architects use it: File ▸ Open from Server… lists your
// projects, a project opens into a working copy, Save sends it back and merges what others
// saved (one undo step), a viewer's copy opens read-only and says why, a password is asked
// (and asked again when refused), who else has it open shows in the status bar, and a server
// that goes away keeps nothing from the user: the save waits in the working copy and lands
// when the server is back.
#include "common/quietprompts.h"
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/server/serverschema.h"
#include "core/server/serversync.h"
#include "pgtestserver.h"
#include "ui/commands/itemcommands.h"
#include "ui/shell/filecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/serverdialog.h"
#include "ui/shell/serversession.h"
#include "ui/shell/shellactions.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

using namespace archbench;
using namespace archbench::core;
using namespace archbench::core::server;
using archbench::test::PgTestServer;
using archbench::ui::FilePrompts;

namespace {

class ScriptedPrompts : public test::QuietPrompts {
public:
    QStringList passwords; ///< given in turn; then cancel
    QStringList reasons;   ///< why each was asked
    RecoveryAnswer recovery; ///< the answer to the recovery question
    QString savePath;        ///< the answer to Save As
    QString askSavePath(const QString &, SaveKind) override { return savePath; }
    Unsaved askUnsaved(const QString &) override { return Unsaved::Discard; }
    RecoveryAnswer askRecovery(const QList<RecoveryCandidate> &) override { return recovery; }
    std::optional<QString> askServerPassword(const QString &, const QString &reason) override
    {
        reasons << reason;
        if (passwords.isEmpty())
            return std::nullopt;
        return passwords.takeFirst();
    }
};

struct Window {
    ui::MainWindow window;
    ScriptedPrompts *prompts = new ScriptedPrompts;
    ui::FileController files{&window, std::unique_ptr<FilePrompts>(prompts)};
    QLabel *status() const { return window.findChild<QLabel *>(QStringLiteral("serverStatus")); }
};

ProjectData payments()
{
    ProjectData data;
    data.project.id = QStringLiteral("p1");
    data.project.name = QStringLiteral("Payments");
    Decision d;
    d.id = QStringLiteral("d1");
    d.title = QStringLiteral("Primary datastore");
    data.decisions << d;
    return data;
}

void addDecision(ui::MainWindow &window, const QString &id, const QString &title)
{
    Decision d;
    d.id = id;
    d.title = title;
    QVERIFY(ui::commands::insertItem(window.undoStack(), window.project(), 0, d, QStringLiteral("Add decision")));
}

} // namespace

class TstServerWindow : public QObject {
    Q_OBJECT
    PgTestServer m_server = PgTestServer::fromEnvironment();
    QTemporaryDir m_work;

    QString preparedServer()
    {
        const QString db = m_server.createDatabase();
        auto admin = m_server.connect(QStringLiteral("archadmin"), db);
        if (!admin || !initServerSchema(**admin))
            return {};
        auto alice = m_server.connect(QStringLiteral("alice"), db);
        TeamServer asAlice(**alice);
        if (!asAlice.publish(payments()) || !asAlice.grant(QStringLiteral("p1"), ProjectRole::Editor, QStringLiteral("carol"))
            || !asAlice.grant(QStringLiteral("p1"), ProjectRole::Viewer, QStringLiteral("bob"))
            || !asAlice.grant(QStringLiteral("p1"), ProjectRole::Editor, QStringLiteral("guarded")))
            return {};
        return db;
    }

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.error()));
        ProjectFile::setWorkingDirectory(m_work.path());
    }

    void openEditSaveAndMerge()
    {
        const QString db = preparedServer();
        QVERIFY(!db.isEmpty());
        Window w;
        QVERIFY(w.window.findChild<QAction *>(QStringLiteral("actionOpenFromServer")));
        QVERIFY(w.files.openServerProject(m_server.url(QStringLiteral("alice"), db), QStringLiteral("p1")));
        QCOMPARE(w.window.project()->info().name, QStringLiteral("Payments"));
        QVERIFY(!w.window.project()->isReadOnly());
        QVERIFY2(w.status()->isVisible() || !w.status()->text().isEmpty(), "no server status");
        QVERIFY2(w.status()->text().contains(QLatin1String("(owner)")), qPrintable(w.status()->text()));
        QVERIFY(ui::OpenFromServerDialog::rememberedServers().contains(m_server.serverUrl(QStringLiteral("alice"), db).toString()));

        // an edit, saved with Ctrl+S's action: the server has it as version 2
        addDecision(w.window, QStringLiteral("d2"), QStringLiteral("Message broker"));
        QVERIFY(!w.window.undoStack()->isClean());
        w.window.actions()->save->trigger();
        QVERIFY(w.window.undoStack()->isClean());
        QCOMPARE(w.files.file()->serverOrigin()->version, 2);
        auto carol = m_server.connect(QStringLiteral("carol"), db);
        TeamServer asCarol(**carol);
        auto seen = asCarol.fetch(QStringLiteral("p1"));
        QCOMPARE(seen->version, 2);
        QCOMPARE(seen->data.decisions.size(), 2);

        // carol saves meanwhile; alice's next save merges it in, as one undo step
        ProjectData hers = seen->data;
        hers.project.description = QStringLiteral("Card payments");
        QVERIFY(asCarol.save(QStringLiteral("p1"), 2, hers)->saved);
        addDecision(w.window, QStringLiteral("d3"), QStringLiteral("Cache"));
        w.window.actions()->save->trigger();
        QVERIFY(w.window.undoStack()->isClean());
        QCOMPARE(w.files.file()->serverOrigin()->version, 4);
        QCOMPARE(w.window.project()->info().description, QStringLiteral("Card payments"));
        QVERIFY2(w.window.messageBar()->text().contains(QLatin1String("Others saved this project")), qPrintable(w.window.messageBar()->text()));
        QVERIFY2(w.window.messageBar()->text().contains(QLatin1String("Card payments")), qPrintable(w.window.messageBar()->text()));
        auto now = asCarol.fetch(QStringLiteral("p1"));
        QCOMPARE(now->data.decisions.size(), 3);
        QCOMPARE(now->data.project.description, QStringLiteral("Card payments"));
        QCOMPARE(w.window.undoStack()->undoText(), QStringLiteral("Merge changes saved by others on the server"));

        // who else has it open shows in the status bar, and goes when they leave
        QVERIFY(asCarol.announcePresence(QStringLiteral("p1")));
        w.files.serverSession()->refreshPresence();
        QVERIFY2(w.status()->text().contains(QLatin1String("also open: carol")), qPrintable(w.status()->text()));
        w.window.resize(1280, 720); // a projector
        w.window.show();
        test::snapshot(&w.window, QStringLiteral("server-merged-and-present"));
        carol->reset();
        QTRY_VERIFY_WITH_TIMEOUT((w.files.serverSession()->refreshPresence(), !w.status()->text().contains(QLatin1String("carol"))), 5000);

        // closing leaves the server: no presence of alice remains
        auto bob = m_server.connect(QStringLiteral("bob"), db);
        TeamServer asBob(**bob);
        QCOMPARE(asBob.presence(QStringLiteral("p1"))->size(), 1);
        QVERIFY(w.files.closeProject());
        QTRY_VERIFY_WITH_TIMEOUT(asBob.presence(QStringLiteral("p1"))->isEmpty(), 5000);
        QVERIFY(!w.status()->isVisibleTo(&w.window));
    }

    void saveAsLeavesTheServer()
    {
        // Save As turns the server project into a file: the window leaves the server (status
        // and presence go), Save writes the file, and the file still knows its server for push
        const QString db = preparedServer();
        QVERIFY(!db.isEmpty());
        Window w;
        QVERIFY(w.files.openServerProject(m_server.url(QStringLiteral("alice"), db), QStringLiteral("p1")));
        auto bob = m_server.connect(QStringLiteral("bob"), db);
        TeamServer asBob(**bob);
        QCOMPARE(asBob.presence(QStringLiteral("p1"))->size(), 1);
        w.prompts->savePath = m_work.filePath(QStringLiteral("payments-saved-as.archbench"));
        QVERIFY(w.files.saveAs());
        QCOMPARE(w.files.file()->path(), w.prompts->savePath);
        QVERIFY(!w.files.serverSession());
        QVERIFY(w.status()->text().isEmpty());
        QVERIFY(!w.status()->isVisibleTo(&w.window));
        QTRY_VERIFY_WITH_TIMEOUT(asBob.presence(QStringLiteral("p1"))->isEmpty(), 5000);
        QVERIFY(w.files.file()->serverOrigin());
        addDecision(w.window, QStringLiteral("d2"), QStringLiteral("Message broker"));
        w.window.actions()->save->trigger();
        QVERIFY(w.window.undoStack()->isClean());
        QCOMPARE(asBob.fetch(QStringLiteral("p1"))->version, 1); // the server did not get it
        QVERIFY(w.files.closeProject());
        auto written = ProjectFile::open(w.prompts->savePath);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE((*written)->project()->items<Decision>().size(), 2);
        QVERIFY((*written)->serverOrigin());
    }

    void aViewerReadsOnly()
    {
        const QString db = preparedServer();
        QVERIFY(!db.isEmpty());
        Window w;
        QVERIFY(w.files.openServerProject(m_server.url(QStringLiteral("bob"), db), QStringLiteral("p1")));
        QVERIFY(w.window.project()->isReadOnly());
        QVERIFY2(w.window.messageBar()->text().contains(QLatin1String("You are a viewer")), qPrintable(w.window.messageBar()->text()));
        QVERIFY(w.status()->text().contains(QLatin1String("(viewer)")));
        w.window.resize(1280, 720);
        w.window.show();
        test::snapshot(&w.window, QStringLiteral("server-viewer"));
        QVERIFY(!w.files.save());
    }

    void aPasswordIsAskedAndAskedAgainWhenRefused()
    {
        const QString db = preparedServer();
        QVERIFY(!db.isEmpty());
        qunsetenv("PGPASSWORD");
        Window w;
        w.prompts->passwords = {QStringLiteral("wrong-horse"), QStringLiteral("right-horse")};
        {
            test::ExpectErrorLogs expected;
            QVERIFY(w.files.openServerProject(m_server.url(QStringLiteral("guarded"), db), QStringLiteral("p1")));
        }
        QCOMPARE(w.prompts->reasons.size(), 2);
        QVERIFY2(w.prompts->reasons[0].contains(QLatin1String("asks for a password")), qPrintable(w.prompts->reasons[0]));
        QVERIFY2(w.prompts->reasons[1].contains(QLatin1String("refused the password")), qPrintable(w.prompts->reasons[1]));
        // the password is kept for the session: a save does not ask again
        addDecision(w.window, QStringLiteral("d9"), QStringLiteral("Queue"));
        QVERIFY(w.files.save());
        QCOMPARE(w.prompts->reasons.size(), 2);
        // and never written to the settings
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("horse")), qPrintable(key));

        // cancelling the question opens nothing and says why
        Window other;
        {
            test::ExpectErrorLogs expected;
            QVERIFY(!other.files.openServerProject(m_server.url(QStringLiteral("guarded"), db), QStringLiteral("p1")));
        }
        QVERIFY(!other.window.project());
        QVERIFY2(other.window.messageBar()->text().contains(QLatin1String("asks for a password")), qPrintable(other.window.messageBar()->text()));
    }

    void theDialogListsYourProjects()
    {
        const QString db = preparedServer();
        QVERIFY(!db.isEmpty());
        ScriptedPrompts prompts;
        ui::OpenFromServerDialog dialog(prompts);
        dialog.serverBox()->setEditText(m_server.url(QStringLiteral("carol"), db));
        QVERIFY(dialog.connectToServer());
        QCOMPARE(dialog.projectList()->topLevelItemCount(), 1);
        QCOMPARE(dialog.projectList()->topLevelItem(0)->text(0), QStringLiteral("Payments"));
        QCOMPARE(dialog.projectList()->topLevelItem(0)->text(4), QStringLiteral("editor"));
        QCOMPARE(dialog.chosenProject(), QStringLiteral("p1"));
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("Connected as carol")));

        dialog.serverBox()->setEditText(QStringLiteral("postgresql://carol:hunter2@db.example/x"));
        {
            test::ExpectErrorLogs expected;
            QVERIFY(!dialog.connectToServer());
        }
        QVERIFY(dialog.chosenProject().isEmpty());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("password")), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!dialog.messageLabel()->text().contains(QLatin1String("hunter2")));
    }

    void aCrashWhileWorkingOnAServerProjectLosesNothing()
    {
        const QString db = preparedServer();
        QVERIFY(!db.isEmpty());
        // a session that fetched the project, edited it, and died without any clean-up
        QProcess helper;
        helper.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--crash-after-server-edit"), m_server.url(QStringLiteral("alice"), db), m_work.path()});
        QVERIFY(helper.waitForFinished(60000));
        QCOMPARE(helper.exitCode(), 3);
        // meanwhile carol saves
        auto carol = m_server.connect(QStringLiteral("carol"), db);
        TeamServer asCarol(**carol);
        ProjectData hers = asCarol.fetch(QStringLiteral("p1"))->data;
        hers.project.description = QStringLiteral("Saved by carol meanwhile");
        QVERIFY(asCarol.save(QStringLiteral("p1"), 1, hers)->saved);

        // the next start offers the working copy; Save goes back to the server and merges
        Window w;
        w.prompts->recovery = {FilePrompts::Recovery::Recover, 0};
        w.files.offerRecovery();
        QVERIFY(w.window.project());
        QCOMPARE(w.window.project()->items<Decision>().size(), 2);
        QVERIFY(w.files.file()->serverOrigin());
        QCOMPARE(w.files.file()->serverOrigin()->version, 1);
        QVERIFY(w.files.save());
        QCOMPARE(w.files.file()->serverOrigin()->version, 3);
        auto now = asCarol.fetch(QStringLiteral("p1"));
        QCOMPARE(now->data.decisions.size(), 2);
        QCOMPARE(now->data.decisions[0].title, QStringLiteral("Edited before the crash"));
        QCOMPARE(now->data.project.description, QStringLiteral("Saved by carol meanwhile"));
        QVERIFY(w.status()->text().contains(QLatin1String("(owner)")));
        QVERIFY(w.files.closeProject());
        QVERIFY(ProjectFile::recoverable().isEmpty());
    }

    void aServerThatGoesAwayLosesNothing()
    {
        QTemporaryDir state;
        PgTestServer own = PgTestServer::startPrivate(state.filePath(QStringLiteral("cluster.state")));
        QVERIFY2(own.isValid(), qPrintable(own.error()));
        {
            auto admin = own.connect(QStringLiteral("archadmin"), QStringLiteral("archbench"));
            QVERIFY(admin && initServerSchema(**admin));
            auto alice = own.connect(QStringLiteral("alice"), QStringLiteral("archbench"));
            QVERIFY(TeamServer(**alice).publish(payments()));
        }
        Window w;
        QVERIFY(w.files.openServerProject(own.url(QStringLiteral("alice"), QStringLiteral("archbench")), QStringLiteral("p1")));
        addDecision(w.window, QStringLiteral("d2"), QStringLiteral("Written while the server was away"));
        QVERIFY(own.kill());
        {
            test::ExpectErrorLogs expected;
            QVERIFY(!w.files.save());
        }
        QVERIFY2(w.window.messageBar()->text().contains(QLatin1String("cannot be reached")), qPrintable(w.window.messageBar()->text()));
        QVERIFY(w.window.messageBar()->text().contains(QLatin1String("safe in the working copy")));
        w.window.resize(1280, 720);
        w.window.show();
        test::snapshot(&w.window, QStringLiteral("server-away"));
        QVERIFY(!w.window.undoStack()->isClean());
        QCOMPARE(w.window.project()->items<Decision>().size(), 2); // the edit stays
        QTimer *retry = nullptr;
        for (QTimer *t : w.files.findChildren<QTimer *>())
            if (t->isSingleShot() && t->isActive())
                retry = t;
        QVERIFY2(retry, "no retry scheduled");

        QVERIFY(own.start());
        {
            test::ExpectErrorLogs expected; // the old connection's failure is logged on the way
            retry->start(0);               // instead of waiting its 20 seconds
            QTRY_VERIFY_WITH_TIMEOUT(w.window.undoStack()->isClean(), 20000);
        }
        QVERIFY2(w.window.statusBar()->currentMessage().contains(QLatin1String("now that it is back")),
                 qPrintable(w.window.statusBar()->currentMessage()));
        QCOMPARE(w.files.file()->serverOrigin()->version, 2);
        auto alice = own.connect(QStringLiteral("alice"), QStringLiteral("archbench"));
        auto back = TeamServer(**alice).fetch(QStringLiteral("p1"));
        QCOMPARE(back->data.decisions.size(), 2);
        QCOMPARE(back->data.decisions[0].title, QStringLiteral("Written while the server was away"));
    }
};

/// The "killed session": fetches project p1 from `url` into a working copy in `workDir`, adds
/// a decision (committed to the working copy) and dies without any clean-up.
static int crashAfterServerEdit(const QString &url, const QString &workDir)
{
    ProjectFile::setWorkingDirectory(workDir);
    auto connection = ServerConnection::open(*ServerUrl::parse(url));
    if (!connection)
        return 1;
    auto snapshot = TeamServer(**connection).fetch(QStringLiteral("p1"));
    if (!snapshot)
        return 1;
    auto file = ProjectFile::createNew(snapshot->data);
    if (!file || !(*file)->setServerOrigin(ServerOrigin{(*connection)->url().toString(), QStringLiteral("p1"), snapshot->version}))
        return 1;
    Decision d;
    d.id = QStringLiteral("d-crash");
    d.title = QStringLiteral("Edited before the crash");
    if (!(*file)->project()->insert(0, d))
        return 2;
    std::fflush(nullptr);
    std::_Exit(3);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--crash-after-server-edit") == 0)
        return crashAfterServerEdit(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TstServerWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_serverwindow.moc"
