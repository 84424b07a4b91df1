// The file flows as a user meets them, against real project files: New -> edit -> Save
// (as), Save a Copy, the unsaved-changes question on Close/Quit/Open, a locked file opened
// read-only or anyway, a refused file named with its reason, a file changed on disk before
// Save, and recovery of a working copy left by a killed process. Questions are answered by a
// script instead of dialogs.
#include "common/filesizelimit.h"
#include "common/snapshot.h"
#include "common/testsupport.h"
#include "core/storage/projectfile.h"
#include "ui/commands/itemcommands.h"
#include "ui/shell/comparedialog.h"
#include "ui/shell/conflictsdock.h"
#include "ui/shell/filecontroller.h"
#include "ui/workbench.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebar.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/shellactions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <cerrno>
#include <system_error>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>
#include <QUndoStack>

using namespace archbench;
using namespace archbench::core;
using ui::FilePrompts;

namespace {

/// Answers from a script and records what was asked.
class ScriptedPrompts : public FilePrompts {
public:
    QString openPath;
    QString savePath;
    Locked locked = Locked::Cancel;
    ChangedOnDisk changed = ChangedOnDisk::Cancel;
    Unsaved unsaved = Unsaved::Cancel;
    RecoveryAnswer recovery;
    bool confirmDiscard = true;

    QStringList asked;
    std::optional<LockInfo> lockHolder;
    QString refusedPath;
    QString refusedReason;
    QList<RecoveryCandidate> offered;
    SaveKind lastSaveKind = SaveKind::Project;

    QString openFolder;      ///< where the last Open dialog started
    QString suggestedSave;   ///< what the last Save dialog proposed

    QString askOpenPath(const QString &folder) override
    {
        asked << QStringLiteral("open");
        openFolder = folder;
        return openPath;
    }
    QString askSavePath(const QString &suggested, SaveKind kind) override
    {
        asked << QStringLiteral("save");
        lastSaveKind = kind;
        suggestedSave = suggested;
        return savePath;
    }
    Locked askLocked(const QString &, const std::optional<LockInfo> &holder) override
    {
        asked << QStringLiteral("locked");
        lockHolder = holder;
        return locked;
    }
    ChangedOnDisk askChangedOnDisk(const QString &) override { asked << QStringLiteral("changed"); return changed; }
    Unsaved askUnsaved(const QString &) override { asked << QStringLiteral("unsaved"); return unsaved; }
    void showRefused(const QString &path, const QString &reason) override
    {
        asked << QStringLiteral("refused");
        refusedPath = path;
        refusedReason = reason;
    }
    RecoveryAnswer askRecovery(const QList<RecoveryCandidate> &candidates) override
    {
        asked << QStringLiteral("recovery");
        offered = candidates;
        const RecoveryAnswer answer = recovery;
        recovery = {}; // asked again after a discard: then "later"
        return answer;
    }
    bool confirmDiscardRecovery(const RecoveryCandidate &) override { asked << QStringLiteral("confirm"); return confirmDiscard; }
};

struct Fixture {
    ui::MainWindow window;
    ScriptedPrompts *prompts;
    ui::FileController controller;

    Fixture() : Fixture(new ScriptedPrompts) {}
    explicit Fixture(ScriptedPrompts *p) : prompts(p), controller(&window, std::unique_ptr<FilePrompts>(p)) {}
    QAction *action(const char *name) const { return window.findChild<QAction *>(QLatin1StringView(name)); }
};

void addDecision(ui::MainWindow &window, const QString &title)
{
    Decision d;
    d.id = Project::newId();
    d.title = title;
    QVERIFY(ui::commands::insertItem(window.undoStack(), window.project(), 0, d, QStringLiteral("Add decision")));
}

QStringList decisionTitles(const ProjectData &data)
{
    QStringList out;
    for (const Decision &d : data.decisions)
        out << d.title;
    return out;
}

/// Writes `path` with one decision, as another Archbench would.
void writeProject(const QString &path, const QString &decisionTitle)
{
    ProjectData data;
    data.project.id = Project::newId();
    data.project.name = QStringLiteral("Shared review");
    Decision d;
    d.id = Project::newId();
    d.title = decisionTitle;
    data.decisions = {d};
    QVERIFY(writeProjectFile(data, path));
}

} // namespace

class TestFileController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QCoreApplication::setOrganizationName(QStringLiteral("ArchbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_filecontroller"));
    }

    void newEditSaveAsThenSave()
    {
        QTemporaryDir dir;
        Fixture f;
        f.action("actionNew")->trigger();
        QVERIFY(f.window.project());
        QVERIFY(f.window.windowTitle().startsWith(QStringLiteral("Untitled[*]")));
        addDecision(f.window, QStringLiteral("Database for orders"));
        QVERIFY(f.window.isWindowModified());

        // an untitled project saves through Save As
        f.prompts->savePath = dir.filePath(QStringLiteral("orders.archbench"));
        f.action("actionSave")->trigger();
        QCOMPARE(f.prompts->asked, QStringList{QStringLiteral("save")});
        QVERIFY(!f.window.isWindowModified());
        QVERIFY(f.window.windowTitle().startsWith(QStringLiteral("orders[*]")));
        QVERIFY(f.window.findChild<QLabel *>(QStringLiteral("savedIndicator"))->text().startsWith(QStringLiteral("saved ")));
        QCOMPARE(f.window.recentFiles()->files().value(0), f.controller.file()->path());
        auto read = readProjectFile(f.prompts->savePath);
        QVERIFY(read);
        QCOMPARE(decisionTitles(*read), QStringList{QStringLiteral("Database for orders")});

        // now it has a file: Save writes there without asking
        addDecision(f.window, QStringLiteral("Session cache"));
        f.prompts->asked.clear();
        f.action("actionSave")->trigger();
        QVERIFY(f.prompts->asked.isEmpty());
        QVERIFY(!f.window.isWindowModified());
        read = readProjectFile(f.prompts->savePath);
        QCOMPARE(read->decisions.size(), 2);
    }

    void saveCopyKeepsTheTarget()
    {
        QTemporaryDir dir;
        Fixture f;
        f.controller.newProject();
        addDecision(f.window, QStringLiteral("Queue"));
        f.prompts->savePath = dir.filePath(QStringLiteral("main.archbench"));
        QVERIFY(f.controller.saveAs());
        addDecision(f.window, QStringLiteral("Cache"));
        f.prompts->savePath = dir.filePath(QStringLiteral("handout.json"));
        f.action("actionSaveCopy")->trigger();
        QCOMPARE(f.prompts->lastSaveKind, FilePrompts::SaveKind::Copy);
        const auto copy = readProjectFile(dir.filePath(QStringLiteral("handout.json")));
        QVERIFY(copy);
        QCOMPARE(copy->decisions.size(), 2);
        QCOMPARE(f.window.filePath(), f.controller.file()->path());
        QVERIFY(f.window.filePath().endsWith(QStringLiteral("main.archbench")));
        QVERIFY(f.window.isWindowModified()); // the target still lacks "Cache"
        QCOMPARE(readProjectFile(dir.filePath(QStringLiteral("main.archbench")))->decisions.size(), 1);
    }

    // Issue 13 §4: dialogs proposed a ~/Documents that did not exist (so they opened in the
    // working directory), and Save As did not start where the user last saved.
    void dialogsStartInAFolderThatExists()
    {
        QSettings().clear();
        test::TemporaryHome home;
        if (!home.documentsFollowHome())
            QSKIP("a user-dirs.dirs moves the documents folder elsewhere");
        Fixture f;
        f.controller.newProject();
        f.prompts->savePath.clear(); // cancel each dialog
        QVERIFY(!f.controller.saveAs());
        QCOMPARE(QFileInfo(f.prompts->suggestedSave).absolutePath(), home.path()); // no Documents: home
        QVERIFY(!f.controller.open());
        QCOMPARE(f.prompts->openFolder, home.path());
        QVERIFY(QDir().mkpath(home.documents()));
        QVERIFY(!f.controller.saveAs());
        QCOMPARE(QFileInfo(f.prompts->suggestedSave).absolutePath(), home.documents());

        // after a save, the next project's Save As, Save a Copy and Open start where it went
        QTemporaryDir elsewhere;
        f.prompts->savePath = elsewhere.filePath(QStringLiteral("first.archbench"));
        QVERIFY(f.controller.saveAs());
        f.controller.newProject();
        f.prompts->savePath.clear();
        QVERIFY(!f.controller.saveAs());
        QCOMPARE(QFileInfo(f.prompts->suggestedSave).absolutePath(), elsewhere.path());
        QVERIFY(!f.controller.saveCopy());
        QCOMPARE(QFileInfo(f.prompts->suggestedSave).absolutePath(), elsewhere.path());
        QVERIFY(!f.controller.open());
        QCOMPARE(f.prompts->openFolder, elsewhere.path());
        // remembered across sessions (QSettings)
        Fixture next;
        QVERIFY(!next.controller.open());
        QCOMPARE(next.prompts->openFolder, elsewhere.path());
        // a remembered folder that is gone falls back to Documents, not to a dead path
        const QString gone = elsewhere.path();
        QVERIFY(elsewhere.remove());
        QVERIFY(!next.controller.open());
        QCOMPARE(next.prompts->openFolder, home.documents());
        QVERIFY(!QFileInfo::exists(gone));
    }

    // Issue 13 §4: the JSON form on a full disk said "Unknown error".
    void jsonCopyOnAFullDiskNamesTheReason()
    {
        QTemporaryDir dir;
        Fixture f;
        f.controller.newProject();
        for (int i = 0; i < 40; ++i)
            addDecision(f.window, QStringLiteral("Decision number %1 with a title long enough to take room").arg(i));
        f.prompts->savePath = dir.filePath(QStringLiteral("handout.json"));
        bool saved = true;
        {
            test::FileSizeLimit full(2000);
            if (!full.active())
                QSKIP("cannot lower the file size limit here");
            test::ExpectErrorLogs expected;
            saved = f.controller.saveCopy();
        }
        QVERIFY(!saved);
        const QString text = f.window.messageBar()->text();
        QVERIFY2(text.contains(QString::fromStdString(std::generic_category().message(EFBIG))), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Unknown error")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("handout.json"))));
    }

    void closeAsksAboutUnsavedChanges()
    {
        QTemporaryDir dir;
        Fixture f;
        f.controller.newProject();
        addDecision(f.window, QStringLiteral("Queue"));

        f.prompts->unsaved = FilePrompts::Unsaved::Cancel;
        f.action("actionClose")->trigger();
        QVERIFY(f.window.project());
        QCOMPARE(f.prompts->asked, QStringList{QStringLiteral("unsaved")});

        f.prompts->unsaved = FilePrompts::Unsaved::Save;
        f.prompts->savePath = dir.filePath(QStringLiteral("kept.archbench"));
        f.action("actionClose")->trigger();
        QVERIFY(!f.window.project());
        QCOMPARE(readProjectFile(f.prompts->savePath)->decisions.size(), 1);

        // a clean project closes without a question
        f.prompts->asked.clear();
        QVERIFY(f.controller.openPath(f.prompts->savePath));
        QVERIFY(f.controller.closeProject());
        QVERIFY(f.prompts->asked.isEmpty());

        // Discard drops the edit
        QVERIFY(f.controller.openPath(f.prompts->savePath));
        addDecision(f.window, QStringLiteral("Dropped"));
        f.prompts->unsaved = FilePrompts::Unsaved::Discard;
        QVERIFY(f.controller.closeProject());
        QCOMPARE(readProjectFile(f.prompts->savePath)->decisions.size(), 1);
    }

    void quitAsksToo()
    {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.controller.newProject();
        addDecision(f.window, QStringLiteral("Queue"));
        f.prompts->unsaved = FilePrompts::Unsaved::Cancel;
        f.action("actionQuit")->trigger();
        QVERIFY(f.window.isVisible());
        f.prompts->unsaved = FilePrompts::Unsaved::Discard;
        f.action("actionQuit")->trigger();
        QVERIFY(!f.window.isVisible());
        QVERIFY(!f.window.project());
    }

    void openingAnotherAsksFirstAndKeepsTheCurrentOnFailure()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.archbench"));
        writeProject(other, QStringLiteral("Other decision"));
        const QString broken = dir.filePath(QStringLiteral("broken.archbench"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a project at all, just text");
        }
        Fixture f;
        f.controller.newProject();
        addDecision(f.window, QStringLiteral("Mine"));
        core::Project *mine = f.window.project();

        f.prompts->unsaved = FilePrompts::Unsaved::Discard;
        {
            test::ExpectErrorLogs expected;
            QVERIFY(!f.controller.openPath(broken));
        }
        QCOMPARE(f.prompts->asked, (QStringList{QStringLiteral("unsaved"), QStringLiteral("refused")}));
        QCOMPARE(f.prompts->refusedPath, broken);
        QVERIFY(!f.prompts->refusedReason.isEmpty());
        QCOMPARE(f.window.project(), mine); // still there, edits and all
        QVERIFY(f.window.isWindowModified());

        f.prompts->asked.clear();
        f.prompts->openPath = other;
        f.action("actionOpen")->trigger();
        QCOMPARE(f.prompts->asked, (QStringList{QStringLiteral("open"), QStringLiteral("unsaved")}));
        QCOMPARE(decisionTitles(f.window.project()->data()), QStringList{QStringLiteral("Other decision")});
        QVERIFY(!f.window.isWindowModified());
    }

    void missingFileLeavesRecentFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.archbench"));
        writeProject(path, QStringLiteral("x"));
        Fixture f;
        QVERIFY(f.controller.openPath(path));
        QVERIFY(f.controller.closeProject());
        QVERIFY(f.window.recentFiles()->files().contains(path));
        QVERIFY(QFile::remove(path));
        {
            test::ExpectErrorLogs expected;
            QVERIFY(!f.controller.openPath(path));
        }
        QVERIFY(f.prompts->refusedReason.size() > 0);
        QVERIFY(!f.window.recentFiles()->files().contains(path));
    }

    void lockedFileOffersReadOnlyOrAnyway()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.archbench"));
        writeProject(path, QStringLiteral("Shared decision"));
        auto other = ProjectFile::open(path); // another session holds the lock
        QVERIFY(other);

        Fixture f;
        f.prompts->locked = FilePrompts::Locked::Cancel;
        QVERIFY(!f.controller.openPath(path));
        QCOMPARE(f.prompts->asked, QStringList{QStringLiteral("locked")});
        QVERIFY(f.prompts->lockHolder);
        QVERIFY(!f.prompts->lockHolder->user.isEmpty());
        QVERIFY(!f.prompts->lockHolder->host.isEmpty());
        QVERIFY(!f.window.project());

        f.prompts->locked = FilePrompts::Locked::OpenReadOnly;
        QVERIFY(f.controller.openPath(path));
        QVERIFY(f.window.project()->isReadOnly());
        QVERIFY(f.window.windowTitle().contains(QStringLiteral("(read-only)")));
        QVERIFY(!f.action("actionSave")->isEnabled());
        QVERIFY(f.controller.closeProject());

        f.prompts->locked = FilePrompts::Locked::OpenAnyway;
        QVERIFY(f.controller.openPath(path));
        QVERIFY(!f.window.project()->isReadOnly());
    }

    void changedOnDiskAsksBeforeSaving()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.archbench"));
        writeProject(path, QStringLiteral("Original"));
        Fixture f;
        QVERIFY(f.controller.openPath(path));
        addDecision(f.window, QStringLiteral("Mine"));
        // someone else saves the file meanwhile (a different size, a later time)
        writeProject(path, QStringLiteral("Theirs, with a longer title than before"));

        f.prompts->changed = FilePrompts::ChangedOnDisk::Cancel;
        QVERIFY(!f.controller.save());
        QCOMPARE(f.prompts->asked, QStringList{QStringLiteral("changed")});
        QVERIFY(f.window.isWindowModified());
        QCOMPARE(decisionTitles(*readProjectFile(path)), QStringList{QStringLiteral("Theirs, with a longer title than before")});

        f.prompts->changed = FilePrompts::ChangedOnDisk::SaveCopy;
        f.prompts->savePath = dir.filePath(QStringLiteral("mine.archbench"));
        QVERIFY(f.controller.save());
        QCOMPARE(readProjectFile(f.prompts->savePath)->decisions.size(), 2);
        QCOMPARE(decisionTitles(*readProjectFile(path)), QStringList{QStringLiteral("Theirs, with a longer title than before")});

        f.prompts->changed = FilePrompts::ChangedOnDisk::Overwrite;
        QVERIFY(f.controller.save());
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(decisionTitles(*readProjectFile(path)), (QStringList{QStringLiteral("Mine"), QStringLiteral("Original")}));
    }

    void changedOnDiskMergesTheirWork()
    {
        // issue 17 §5: someone else saved a version of the same project meanwhile (another
        // machine, a broken lock): Save merges their changes into ours, says so, then saves
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.archbench"));
        writeProject(path, QStringLiteral("Original"));
        Fixture f;
        QVERIFY(f.controller.openPath(path));
        addDecision(f.window, QStringLiteral("Mine"));
        auto theirs = readProjectFile(path);
        QVERIFY(theirs);
        theirs->decisions[0].title = QStringLiteral("Original, renamed by them");
        theirs->project.tags << QStringLiteral("theirs");
        QVERIFY(writeProjectFile(*theirs, path));

        const int steps = f.window.undoStack()->count();
        QVERIFY(f.controller.save());
        QVERIFY(f.prompts->asked.isEmpty()); // no question: nothing of theirs is lost
        QCOMPARE(decisionTitles(*readProjectFile(path)), (QStringList{QStringLiteral("Mine"), QStringLiteral("Original, renamed by them")}));
        QCOMPARE(readProjectFile(path)->project.tags, QStringList{QStringLiteral("theirs")});
        QVERIFY(!f.window.isWindowModified());
        QCOMPARE(f.window.undoStack()->count(), steps + 1); // the merge is one step
        auto *bar = f.window.messageBar();
        QVERIFY(bar->isVisibleTo(&f.window));
        QVERIFY2(bar->text().contains(QStringLiteral("merged")) && bar->text().contains(QStringLiteral("renamed by them")),
                 qPrintable(bar->text()));

        // both changed the same field: ours is kept, the conflict is named, nothing of the rest lost
        theirs = readProjectFile(path);
        theirs->decisions[1].title = QStringLiteral("Their title");
        theirs->project.description = QStringLiteral("Their description");
        QVERIFY(writeProjectFile(*theirs, path));
        core::Decision mine = f.window.project()->data().decisions[1];
        mine.title = QStringLiteral("My title");
        QVERIFY(ui::commands::replaceItem(f.window.undoStack(), f.window.project(), mine, QStringLiteral("Rename")));
        QVERIFY(f.controller.save());
        auto saved = readProjectFile(path);
        QCOMPARE(saved->decisions[1].title, QStringLiteral("My title"));
        QCOMPARE(saved->project.description, QStringLiteral("Their description"));
        QVERIFY2(bar->text().contains(QStringLiteral("1 conflict")) && bar->text().contains(QStringLiteral(".title")),
                 qPrintable(bar->text()));
        // recorded for the Conflicts dock; the title says one remains; Take Theirs, undo, Keep Ours
        QCOMPARE(f.window.project()->info().mergeConflicts.size(), 1);
        QCOMPARE(readProjectFile(path)->project.mergeConflicts.size(), 1); // saved with the file
        QVERIFY2(f.window.windowTitle().contains(QStringLiteral("1 conflict to resolve")), qPrintable(f.window.windowTitle()));
        ui::ConflictsDock *dock = f.window.conflictsDock();
        QCOMPARE(dock->list()->topLevelItemCount(), 1);
        QVERIFY(dock->list()->topLevelItem(0)->text(0).endsWith(QStringLiteral(".title")));
        QCOMPARE(dock->list()->topLevelItem(0)->text(3), QStringLiteral("\"Their title\""));
        dock->list()->setCurrentItem(dock->list()->topLevelItem(0));
        QVERIFY(dock->takeTheirs());
        QCOMPARE(f.window.project()->data().decisions[1].title, QStringLiteral("Their title"));
        QVERIFY(f.window.project()->info().mergeConflicts.isEmpty());
        QVERIFY(!f.window.windowTitle().contains(QStringLiteral("conflict")));
        f.window.undoStack()->undo();
        QCOMPARE(f.window.project()->data().decisions[1].title, QStringLiteral("My title"));
        QCOMPARE(dock->list()->topLevelItemCount(), 1);
        dock->list()->setCurrentItem(dock->list()->topLevelItem(0));
        QVERIFY(dock->keepOurs());
        QCOMPARE(f.window.project()->data().decisions[1].title, QStringLiteral("My title"));
        QCOMPARE(dock->list()->topLevelItemCount(), 0);
        QVERIFY(f.controller.save());

        // a second instance past the lock ("Open Anyway"): both save, neither loses work
        Fixture other;
        other.prompts->locked = FilePrompts::Locked::OpenAnyway;
        QVERIFY(other.controller.openPath(path));
        addDecision(other.window, QStringLiteral("From the other instance"));
        QVERIFY(other.controller.save());
        addDecision(f.window, QStringLiteral("From the first instance"));
        QVERIFY(f.controller.save());
        const QStringList titles = decisionTitles(*readProjectFile(path));
        QVERIFY2(titles.contains(QStringLiteral("From the other instance")) && titles.contains(QStringLiteral("From the first instance"))
                     && titles.contains(QStringLiteral("Mine")),
                 qPrintable(titles.join(QStringLiteral(", "))));
        // and the other instance, saving again, merges the first one's work in turn
        addDecision(other.window, QStringLiteral("Second from the other"));
        QVERIFY(other.controller.save());
        QCOMPARE(decisionTitles(*readProjectFile(path)).size(), titles.size() + 1);
        QCOMPARE(other.prompts->asked, QStringList{QStringLiteral("locked")}); // never "changed on disk"
    }

    void compareWithAnotherVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.archbench"));
        writeProject(path, QStringLiteral("Original"));
        Fixture f;
        QVERIFY(!f.action("actionCompareWith")->isEnabled()); // nothing open to compare with
        QVERIFY(f.controller.openPath(path));
        QVERIFY(f.action("actionCompareWith")->isEnabled());
        auto older = readProjectFile(path);
        older->decisions[0].title = QStringLiteral("Older title");
        older->project.tags << QStringLiteral("old");
        const QString other = dir.filePath(QStringLiteral("older.json"));
        QVERIFY(writeProjectFile(*older, other));

        QSignalSpy open(f.window.workbench(), &ui::Workbench::openItemRequested);
        auto *dialog = qobject_cast<ui::CompareDialog *>(f.controller.compareWithPath(other));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->changeCount(), 2);
        test::snapshot(dialog, QStringLiteral("compare-with"));
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(tree->topLevelItemCount(), 2); // the decision, the project
        QStringList groups;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            groups << tree->topLevelItem(i)->text(0);
        QVERIFY2(groups.contains(QStringLiteral("Decision \"Original\"")), qPrintable(groups.join(QStringLiteral(" | "))));
        QTreeWidgetItem *decision = tree->findItems(QStringLiteral("Decision \"Original\""), Qt::MatchExactly).value(0);
        QVERIFY(decision && decision->childCount() == 1);
        QCOMPARE(decision->child(0)->text(0), QStringLiteral("title \"Older title\" → \"Original\""));
        emit tree->itemActivated(decision->child(0), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).value<ui::ItemRef>().id, f.window.project()->data().decisions[0].id);
        dialog->close();

        // a file that is not a project: said in the message bar, no dialog
        const QString foreign = dir.filePath(QStringLiteral("notes.json"));
        QFile notes(foreign);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("[1, 2, 3]");
        notes.close();
        QVERIFY(!f.controller.compareWithPath(foreign));
        QVERIFY2(f.window.messageBar()->text().contains(QStringLiteral("notes.json")), qPrintable(f.window.messageBar()->text()));
    }

    // A change row under an item's heading does not repeat the item's name, whatever the
    // title looks like: the diff writes it as stored (spaces kept), so that is what is taken off.
    void compareRowsLeaveOutTheItemsName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spaced.archbench"));
        writeProject(path, QStringLiteral("  Spaced title "));
        Fixture f;
        QVERIFY(f.controller.openPath(path));
        auto older = readProjectFile(path);
        older->decisions[0].problem = QStringLiteral("The old problem statement");
        const QString other = dir.filePath(QStringLiteral("older.json"));
        QVERIFY(writeProjectFile(*older, other));
        auto *dialog = qobject_cast<ui::CompareDialog *>(f.controller.compareWithPath(other));
        QVERIFY(dialog);
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *decision = tree->topLevelItem(0);
        QCOMPARE(decision->childCount(), 1);
        const QString row = decision->child(0)->text(0);
        QVERIFY2(!row.contains(QStringLiteral("Spaced title")), qPrintable(row));
        QVERIFY2(row.startsWith(QStringLiteral("problem")), qPrintable(row));
        dialog->close();
    }

    void saveFailureGoesToTheMessageBar()
    {
        QTemporaryDir dir;
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.controller.newProject();
        addDecision(f.window, QStringLiteral("Queue"));
        f.prompts->savePath = dir.filePath(QStringLiteral("no/such/folder/x.archbench"));
        {
            test::ExpectErrorLogs expected;
            QVERIFY(!f.controller.saveAs());
        }
        QVERIFY(f.window.messageBar()->isVisible());
        QCOMPARE(f.window.messageBar()->level(), ui::MessageBar::Level::Error);
        QVERIFY(f.window.messageBar()->text().contains(QStringLiteral("x.archbench")));
        QVERIFY(f.window.isWindowModified());
    }

    void recoversWorkOfAKilledSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.archbench"));
        writeProject(path, QStringLiteral("Saved before the crash"));
        QProcess helper;
        helper.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-after-edit"), path});
        QVERIFY(helper.waitForFinished(60000));
        QCOMPARE(helper.exitCode(), 3);

        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.prompts->recovery = {FilePrompts::Recovery::Recover, 0};
        f.controller.offerRecovery();
        QCOMPARE(f.prompts->offered.size(), 1);
        QCOMPARE(f.prompts->offered[0].projectName, QStringLiteral("Shared review"));
        QVERIFY(f.prompts->offered[0].lastEdit.isValid());
        QVERIFY(f.window.project());
        QCOMPARE(decisionTitles(f.window.project()->data()),
                 (QStringList{QStringLiteral("Edited before the crash"), QStringLiteral("Saved before the crash")}));
        QVERIFY(f.window.isWindowModified()); // recovered, not yet saved
        QVERIFY(f.window.messageBar()->isVisible());
        QVERIFY(f.controller.save());
        QCOMPARE(readProjectFile(path)->decisions.size(), 2);
        QVERIFY(ProjectFile::recoverable().isEmpty());
    }

    void discardsWorkOfAKilledSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.archbench"));
        writeProject(path, QStringLiteral("Saved"));
        QProcess helper;
        helper.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-after-edit"), path});
        QVERIFY(helper.waitForFinished(60000));
        Fixture f;
        f.prompts->recovery = {FilePrompts::Recovery::Discard, 0};
        f.prompts->confirmDiscard = true;
        f.controller.offerRecovery();
        QCOMPARE(f.prompts->asked, (QStringList{QStringLiteral("recovery"), QStringLiteral("confirm")}));
        QVERIFY(!f.window.project());
        QVERIFY(ProjectFile::recoverable().isEmpty());
    }
};

/// The "killed session": opens `path`, adds a decision (committed to the working copy) and
/// dies without any clean-up.
static int crashAfterEdit(const QString &path)
{
    auto file = ProjectFile::open(path);
    if (!file)
        return 1;
    Decision d;
    d.id = Project::newId();
    d.title = QStringLiteral("Edited before the crash");
    if (!(*file)->project()->insert(0, d))
        return 2;
    std::fflush(nullptr);
    std::_Exit(3);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filecontroller"));
    if (argc == 3 && qstrcmp(argv[1], "--crash-after-edit") == 0)
        return crashAfterEdit(QString::fromLocal8Bit(argv[2]));
    TestFileController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_filecontroller.moc"
