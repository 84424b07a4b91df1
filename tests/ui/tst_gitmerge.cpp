// archbench as git's diff and merge driver (issue 17 §3), with real git: two branches that
// change different scores of one project merge cleanly through the driver; the same score
// changed on both stops as a conflict `git status` shows, with ours in the file; `git diff`
// of an .archbench shows readable JSON. Both the .archbench and the .json form. Also
// `archbench diff` and `merge` on mixed inputs and their refusals.
#include "common/testsupport.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "GIT_DIR", "GIT_WORK_TREE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.org"));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), dir.isEmpty() ? QDir::tempPath() : dir); // no user config
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    p.waitForFinished(60000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

Run git(const QString &dir, const QStringList &args)
{
    return run(QStringLiteral("git"), args, dir);
}

core::ProjectData sample()
{
    auto data = core::readProjectFile(test::dataPath(QStringLiteral("interchange/example.json")));
    if (!data)
        qFatal("example.json unreadable");
    return *data;
}

core::ProjectData withScore(const QString &path, int index, double value)
{
    auto data = core::readProjectFile(path);
    if (!data)
        qFatal("%s unreadable", qPrintable(path));
    data->decisions[0].scores[index].value = value;
    return *data;
}

} // namespace

class TestGitMerge : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed");
    }

    void mergeDriver_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("archbench") << QStringLiteral("project.archbench");
        QTest::newRow("json") << QStringLiteral("project.json");
    }

    void mergeDriver()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString repo = dir.path();
        const QString exe = test::archbenchExecutable();
        QCOMPARE(git(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}).exitCode, 0);
        // the configuration docs/merge.md gives
        QFile attributes(repo + QStringLiteral("/.gitattributes"));
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.archbench diff=archbench merge=archbench\n*.json merge=archbench\n");
        attributes.close();
        QCOMPARE(git(repo, {QStringLiteral("config"), QStringLiteral("diff.archbench.textconv"), QStringLiteral("\"%1\" convert").arg(exe)}).exitCode, 0);
        QCOMPARE(git(repo, {QStringLiteral("config"), QStringLiteral("merge.archbench.name"), QStringLiteral("Archbench project merge")}).exitCode, 0);
        QCOMPARE(git(repo, {QStringLiteral("config"), QStringLiteral("merge.archbench.driver"),
                            QStringLiteral("\"%1\" merge %O %A %B -o %A").arg(exe)}).exitCode, 0);

        const QString path = repo + QLatin1Char('/') + file;
        QVERIFY(core::writeProjectFile(sample(), path));
        QCOMPARE(git(repo, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
        QCOMPARE(git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("base")}).exitCode, 0);
        const double first = sample().decisions[0].scores[0].value, second = sample().decisions[0].scores[1].value;

        // two branches, different scores
        QCOMPARE(git(repo, {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("theirs")}).exitCode, 0);
        QVERIFY(core::writeProjectFile(withScore(path, 1, second == 1 ? 2 : 1), path));
        QCOMPARE(git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("theirs: second score")}).exitCode, 0);
        QCOMPARE(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).exitCode, 0);
        QVERIFY(core::writeProjectFile(withScore(path, 0, first == 1 ? 2 : 1), path));
        QCOMPARE(git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("ours: first score")}).exitCode, 0);

        // git diff of the last commit reads as JSON (the .archbench through textconv)
        const Run diff = git(repo, {QStringLiteral("diff"), QStringLiteral("HEAD~1"), QStringLiteral("--"), file});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.contains(QStringLiteral("\"value\":")), qPrintable(diff.out + diff.err));
        QVERIFY2(!diff.out.contains(QStringLiteral("Binary files")), qPrintable(diff.out));

        const Run merged = git(repo, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.out + merged.err));
        auto result = core::readProjectFile(path);
        QVERIFY(result);
        QCOMPARE(result->decisions[0].scores[0].value, first == 1 ? 2.0 : 1.0);
        QCOMPARE(result->decisions[0].scores[1].value, second == 1 ? 2.0 : 1.0);

        // the same score on both sides: a conflict git shows; the file is a valid project with ours
        QCOMPARE(git(repo, {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("other")}).exitCode, 0);
        QVERIFY(core::writeProjectFile(withScore(path, 0, 4), path));
        QCOMPARE(git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("other: 4")}).exitCode, 0);
        QCOMPARE(git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).exitCode, 0);
        QVERIFY(core::writeProjectFile(withScore(path, 0, 3), path));
        QCOMPARE(git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("main: 3")}).exitCode, 0);
        const Run conflict = git(repo, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), QStringLiteral("other")});
        QVERIFY(conflict.exitCode != 0);
        const Run status = git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")});
        QVERIFY2(status.out.contains(QStringLiteral("UU ") + file), qPrintable(status.out));
        result = core::readProjectFile(path);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(result->decisions[0].scores[0].value, 3.0);
        QCOMPARE(result->project.mergeConflicts.size(), 1); // for the Conflicts dock
    }

    void diffAndMergeCommands()
    {
        QTemporaryDir dir;
        const QString exe = test::archbenchExecutable();
        const QString base = dir.filePath(QStringLiteral("base.json")), ours = dir.filePath(QStringLiteral("ours.archbench")),
                      theirs = dir.filePath(QStringLiteral("theirs.json"));
        QVERIFY(core::writeProjectFile(sample(), base));
        QVERIFY(core::writeProjectFile(withScore(base, 0, 1), ours));
        core::ProjectData t = withScore(base, 1, 1);
        t.decisions[0].title = QStringLiteral("Primary DB");
        QVERIFY(core::writeProjectFile(t, theirs));

        Run same = run(exe, {QStringLiteral("diff"), base, base});
        QCOMPARE(same.exitCode, 0);
        Run different = run(exe, {QStringLiteral("diff"), base, theirs, QStringLiteral("--json")});
        QCOMPARE(different.exitCode, 1);
        const QJsonArray changes = QJsonDocument::fromJson(different.out.toUtf8()).object().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("decisions[d1].scores[o1,c2].value"));
        QCOMPARE(changes[1].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("decisions[d1].title"));
        QCOMPARE(changes[1].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("Primary DB"));

        const QString out = dir.filePath(QStringLiteral("out.json"));
        Run merged = run(exe, {QStringLiteral("merge"), base, ours, theirs, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(merged.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(merged.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray().size(), 0);
        auto result = core::readProjectFile(out);
        QVERIFY(result);
        QCOMPARE(result->decisions[0].scores[0].value, 1.0);
        QCOMPARE(result->decisions[0].scores[1].value, 1.0);
        QCOMPARE(result->decisions[0].title, QStringLiteral("Primary DB"));

        // a conflict: exit 1, reported by path with the three values, ours in OUT
        core::ProjectData clash = withScore(base, 1, 2);
        const QString clashing = dir.filePath(QStringLiteral("clash.json"));
        QVERIFY(core::writeProjectFile(clash, clashing));
        Run conflicted = run(exe, {QStringLiteral("merge"), base, clashing, theirs, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(conflicted.exitCode, 1);
        const QJsonArray conflicts = QJsonDocument::fromJson(conflicted.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("decisions[d1].scores[o1,c2].value"));
        QCOMPARE(conflicts[0].toObject().value(QStringLiteral("ours")).toDouble(), 2.0);
        QCOMPARE(conflicts[0].toObject().value(QStringLiteral("theirs")).toDouble(), 1.0);
        QCOMPARE(core::readProjectFile(out)->decisions[0].scores[1].value, 2.0);
        // recorded in OUT for the Conflicts dock
        const auto recorded = core::readProjectFile(out)->project.mergeConflicts;
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].path, QStringLiteral("decisions[d1].scores[o1,c2].value"));
        QCOMPARE(recorded[0].theirs, QStringLiteral("1"));

        // refusals: a foreign file, and a BASE of another project
        const QString foreign = dir.filePath(QStringLiteral("foreign.json"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"name\": \"not a project\"}");
        f.close();
        Run refused = run(exe, {QStringLiteral("merge"), foreign, ours, theirs, QStringLiteral("-o"), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("foreign.json")), qPrintable(refused.err));
        core::ProjectData other = sample();
        other.project.id = QStringLiteral("another");
        const QString otherPath = dir.filePath(QStringLiteral("other.json"));
        QVERIFY(core::writeProjectFile(other, otherPath));
        Run unrelated = run(exe, {QStringLiteral("merge"), otherPath, ours, theirs, QStringLiteral("-o"), out});
        QCOMPARE(unrelated.exitCode, 2);
        QVERIFY2(unrelated.err.contains(QStringLiteral("not versions of one project")), qPrintable(unrelated.err));
        QCOMPARE(run(exe, {QStringLiteral("diff"), base, foreign}).exitCode, 2);
        // a BASE saved after one side is no common ancestor
        core::ProjectData later = sample();
        later.project.modified = core::readProjectFile(ours)->project.modified.addDays(1);
        const QString laterPath = dir.filePath(QStringLiteral("later.json"));
        QVERIFY(core::writeProjectFile(later, laterPath));
        Run notAncestor = run(exe, {QStringLiteral("merge"), laterPath, ours, theirs, QStringLiteral("-o"), out});
        QCOMPARE(notAncestor.exitCode, 2);
        QVERIFY2(notAncestor.err.contains(QStringLiteral("not the version both sides started from")), qPrintable(notAncestor.err));
    }
};

QTEST_GUILESS_MAIN(TestGitMerge)
#include "tst_gitmerge.moc"
