// The built archbench from the outside: --version and --help need no display at all,
// command-line mistakes get a message and exit 1, and --screenshot writes a PNG of the
// requested size.
#include "common/testsupport.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs archbench with no display of any kind (no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM).
Run run(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ARCHBENCH_LOG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(test::archbenchExecutable(), arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}
} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void versionWithoutDisplay()
    {
        for (const char *option : {"--version", "-v"}) {
            const Run r = run({QString::fromLatin1(option)});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(QRegularExpression(QStringLiteral("^archbench \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
                     qPrintable(r.out));
        }
    }

    void helpWithoutDisplayListsOptionsAndSubcommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *text : {"[FILE]", "--screenshot", "--size", "--log-level", "--lang", "--version"})
            QVERIFY2(r.out.contains(QLatin1StringView(text)), text);
        for (const char *sub : {"convert", "validate", "score", "review", "drills", "cost", "export"})
            QVERIFY2(QRegularExpression(QStringLiteral("\\n  %1 +\\S").arg(QLatin1StringView(sub))).match(r.out).hasMatch(), sub);
    }

    void helpInGerman()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Unterbefehle")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--screenshot")));
    }

    // Issue 13 §4: some subcommands printed "usage:", some Qt's "Displays help on commandline
    // options." with --help-all. Every subcommand the top-level help lists answers --help and
    // a usage mistake in one shape.
    void everySubcommandHelpHasOneShape_data()
    {
        QTest::addColumn<QString>("name");
        const Run top = run({QStringLiteral("--help")});
        const QString list = top.out.section(QStringLiteral("Subcommands"), 1);
        static const QRegularExpression entry(QStringLiteral("^  ([a-z]+)  "), QRegularExpression::MultilineOption);
        QStringList names;
        for (auto it = entry.globalMatch(list); it.hasNext();)
            names << it.next().captured(1);
        QVERIFY2(names.size() >= 7, qPrintable(top.out));
        for (const QString &name : std::as_const(names))
            QTest::newRow(qPrintable(name)) << name;
    }

    void everySubcommandHelpHasOneShape()
    {
        QFETCH(QString, name);
        const QString command = QStringLiteral("archbench ") + name;
        const Run help = run({name, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.err, QString());
        QCOMPARE(run({name, QStringLiteral("-h")}).out, help.out);
        const QStringList lines = help.out.split(QLatin1Char('\n'));
        // Usage: archbench NAME …, further forms lined up under the first
        QVERIFY2(lines[0].startsWith(QStringLiteral("Usage: ") + command + QLatin1Char(' ')), qPrintable(help.out));
        int i = 1;
        while (i < lines.size() && !lines[i].isEmpty()) {
            QCOMPARE(lines[i], QStringLiteral("       ") + command + lines[i].mid(7 + command.size()));
            ++i;
        }
        // a blank line, the description, a blank line, then Options and Arguments
        QVERIFY2(i + 3 < lines.size() && lines[i].isEmpty() && !lines[i + 1].isEmpty() && lines[i + 2].isEmpty(),
                 qPrintable(help.out));
        QVERIFY2(lines[i + 1].endsWith(QLatin1Char('.')), qPrintable(lines[i + 1]));
        QCOMPARE(lines[i + 3], QStringLiteral("Options:"));
        QVERIFY2(QRegularExpression(QStringLiteral("^  -h, --help +Show this help and exit\\.$")).match(lines[i + 4]).hasMatch(),
                 qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("\n\nArguments:\n  ")), qPrintable(help.out));
        // nothing of Qt's generic help
        for (const char *qt : {"--help-all", "Displays help", "-?", "usage:", "[options]"})
            QVERIFY2(!help.out.contains(QLatin1StringView(qt)), qt);

        // a mistake: who speaks and why on the first line, then the same usage lines
        const Run wrong = run({name, QStringLiteral("--no-such-option")});
        // check, diff and merge give 1 a meaning of its own (needs attention, different,
        // conflicts): their usage mistakes are refusals, 2
        const bool oneMeansSomething = QStringList{QStringLiteral("check"), QStringLiteral("diff"), QStringLiteral("merge")}.contains(name);
        QCOMPARE(wrong.exitCode, oneMeansSomething ? 2 : 1);
        QCOMPARE(wrong.out, QString());
        QVERIFY2(wrong.err.startsWith(command + QStringLiteral(": ")), qPrintable(wrong.err));
        QCOMPARE(wrong.err.section(QLatin1Char('\n'), 1), help.out.section(QStringLiteral("\n\n"), 0, 0) + QLatin1Char('\n'));
    }

    void mistakesExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("bad size") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"), QStringLiteral("--size"), QStringLiteral("big")} << "--size";
        QTest::newRow("size alone") << QStringList{QStringLiteral("--size"), QStringLiteral("800x600")} << "--screenshot";
        QTest::newRow("not png") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.jpg")} << ".png";
        QTest::newRow("bad level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")} << "loud";
        QTest::newRow("two files") << QStringList{QStringLiteral("a.archbench"), QStringLiteral("b.archbench")} << "b.archbench";
    }

    void mistakesExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }

    void screenshotWritesPngOfRequestedSize()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shots/window.png"));
        const Run r = run({QStringLiteral("--screenshot"), out, QStringLiteral("--size"), QStringLiteral("900x700")},
                          {{QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))},
                           {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(900, 700));
        // something was painted: the picture is not one flat colour
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
        // and the start went into the rotating log file
        QFile log(dir.filePath(QStringLiteral("data/Archbench/archbench/logs/archbench.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        QVERIFY(log.readAll().contains("screenshot 900x700 written"));
    }

    void screenshotWithAProjectOpen()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("project.png"));
        const QMap<QString, QString> env{{QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))},
                                         {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))}};
        Run r = run({QStringLiteral("--screenshot"), out, QStringLiteral("--size"), QStringLiteral("1400x900"),
                     test::dataPath(QStringLiteral("interchange/example.json"))},
                    env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(1400, 900));
        // nothing of the screenshot run is remembered as a recent file
        QFile settings(dir.filePath(QStringLiteral("config/Archbench/archbench.conf")));
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains("example.json"));

        // a file it refuses: exit 2 and the reason, naming the file
        const QString broken = dir.filePath(QStringLiteral("broken.archbench"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a project");
        f.close();
        r = run({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("never.png")), broken}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.archbench")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("never.png"))));
    }

    void screenshotDefaultSize()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("default.png"));
        const Run r = run({QStringLiteral("--screenshot"), out, QStringLiteral("--log-level"), QStringLiteral("warn")},
                          {{QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))},
                           {QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(1600, 1000));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
