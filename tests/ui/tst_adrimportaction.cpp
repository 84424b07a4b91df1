// File ▸ Import ADR Folder… (ui/decision/adrimportaction.h): the folder's decisions come in as
// one undo step, a second import of the same folder changes nothing, an edited file updates
// exactly its decision, and unreadable files are named in a warning while the rest imports.
#include "core/project.h"
#include "ui/decision/adrimportaction.h"
#include "ui/workbench.h"

#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace archbench;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

core::ProjectData emptyProject()
{
    core::ProjectData data;
    data.project.id = QStringLiteral("p1");
    data.project.name = QStringLiteral("Practice");
    return data;
}

} // namespace

class TestAdrImportAction : public QObject {
    Q_OBJECT

private slots:
    void importIsOneUndoStep()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-use-adrs.md")), "# 1. Use ADRs\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n");
        write(dir.filePath(QStringLiteral("0002-use-postgres.md")),
              "# 2. Use PostgreSQL\n\n## Status\n\nSuperseded by [3. Use CockroachDB](0003-use-cockroachdb.md)\n");
        write(dir.filePath(QStringLiteral("0003-use-cockroachdb.md")), "# 3. Use CockroachDB\n\n## Status\n\nProposed\n");
        QMainWindow window;
        ui::Workbench workbench(&window);
        core::Project project(emptyProject());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QSignalSpy statuses(&workbench, &ui::Workbench::statusMessage);

        QVERIFY(ui::importAdrFolder(workbench, dir.path()));
        QCOMPARE(project.items<core::Decision>().size(), 3);
        QCOMPARE(project.items<core::Decision>()[1].supersededBy, project.items<core::Decision>()[2].id);
        QCOMPARE(project.info().lastAdrNumber, 3);
        QCOMPARE(stack.count(), 1);
        QVERIFY2(statuses.last().first().toString().contains(QStringLiteral("3 decisions added")), qPrintable(statuses.last().first().toString()));
        stack.undo();
        QCOMPARE(project.items<core::Decision>().size(), 0);
        QCOMPARE(project.info().lastAdrNumber, 0);
        stack.redo();
        QCOMPARE(project.items<core::Decision>().size(), 3);

        // again: nothing to do, no undo step
        QVERIFY(ui::importAdrFolder(workbench, dir.path()));
        QCOMPARE(stack.count(), 1);
        QVERIFY(statuses.last().first().toString().contains(QStringLiteral("3 unchanged")));

        // one file edited by hand: exactly that decision changes
        const core::ProjectData before = project.data();
        write(dir.filePath(QStringLiteral("0003-use-cockroachdb.md")), "# 3. Use CockroachDB\n\n## Status\n\nAccepted\n");
        QVERIFY(ui::importAdrFolder(workbench, dir.path()));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(project.items<core::Decision>()[2].status, core::DecisionStatus::Accepted);
        QCOMPARE(project.items<core::Decision>()[0], before.decisions[0]);
        QCOMPARE(project.items<core::Decision>()[1], before.decisions[1]);
        QVERIFY(statuses.last().first().toString().contains(QStringLiteral("1 updated")));
    }

    void problemsAreNamedAndTheRestImports()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-good.md")), "# 1. Good\n");
        write(dir.filePath(QStringLiteral("0002-broken.md")), "---\nstatus: [accepted\n---\n# Broken\n");
        QMainWindow window;
        ui::Workbench workbench(&window);
        core::Project project(emptyProject());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QSignalSpy warnings(&workbench, &ui::Workbench::warningMessage);
        QVERIFY(ui::importAdrFolder(workbench, dir.path()));
        QCOMPARE(project.items<core::Decision>().size(), 1);
        QCOMPARE(warnings.size(), 1);
        const QString text = warnings.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("0002-broken.md: the front matter is not valid YAML")), qPrintable(text));
    }

    void refusedFolderChangesNothing()
    {
        QMainWindow window;
        ui::Workbench workbench(&window);
        core::Project project(emptyProject());
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QSignalSpy errors(&workbench, &ui::Workbench::errorMessage);
        QVERIFY(!ui::importAdrFolder(workbench, QStringLiteral("/nonexistent/adr")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("does not exist")));
        QCOMPARE(stack.count(), 0);
        project.setReadOnly(true);
        QVERIFY(!ui::importAdrFolder(workbench, QStringLiteral("/nonexistent/adr")));
    }

    void exportWritesTheFolderAndKeepsTheNumbers()
    {
        // File > Export ADR Folder: the same files as export --adr-dir, the numbers kept as one
        // undo step, an adr-tools folder answered in its own shape, someone else's file untouched
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-record-architecture-decisions.md")),
              "# 1. Record architecture decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n");
        QMainWindow window;
        ui::Workbench workbench(&window);
        core::ProjectData data = emptyProject();
        core::Decision a;
        a.id = QStringLiteral("d-a");
        a.title = QStringLiteral("Use PostgreSQL");
        core::Decision b;
        b.id = QStringLiteral("d-b");
        b.title = QStringLiteral("Use Kafka");
        data.decisions = {a, b};
        core::Project project(data);
        QUndoStack stack;
        workbench.setProject(&project, &stack);
        QSignalSpy statuses(&workbench, &ui::Workbench::statusMessage);

        QVERIFY(ui::exportAdrFolder(workbench, dir.path()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("0002-use-postgresql.md"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("0003-use-kafka.md"))));
        QFile first(dir.filePath(QStringLiteral("0002-use-postgresql.md")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(first.readLine().startsWith("# 2. Use PostgreSQL")); // adr-tools' shape, as the folder has
        QFile theirs(dir.filePath(QStringLiteral("0001-record-architecture-decisions.md")));
        QVERIFY(theirs.open(QIODevice::ReadOnly));
        QVERIFY(theirs.readAll().endsWith("Accepted\n"));
        QCOMPARE(project.find<core::Decision>(QStringLiteral("d-a"))->adrNumber, 2);
        QCOMPARE(project.find<core::Decision>(QStringLiteral("d-b"))->adrNumber, 3);
        QCOMPARE(project.info().lastAdrNumber, 3);
        QCOMPARE(stack.count(), 1);
        const QString said = statuses.last().first().toString();
        QVERIFY2(said.contains(QStringLiteral("Wrote 2 ADR file")) && said.contains(QStringLiteral("2 new number")), qPrintable(said));

        // again: the same files, no new numbers, no undo step
        QVERIFY(ui::exportAdrFolder(workbench, dir.path()));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);

        // a folder that cannot be made: an error naming it, nothing changed
        QSignalSpy errors(&workbench, &ui::Workbench::errorMessage);
        write(dir.filePath(QStringLiteral("plain-file")), "x");
        QVERIFY(!ui::exportAdrFolder(workbench, dir.filePath(QStringLiteral("plain-file/adr"))));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("plain-file")));
        QCOMPARE(stack.count(), 1);
    }
};

QTEST_MAIN(TestAdrImportAction)
#include "tst_adrimportaction.moc"
