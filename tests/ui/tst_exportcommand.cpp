// `archbench export` through the built binary, as a pipeline runs it: no display, no
// QT_QPA_PLATFORM. Exit codes 0 / 1 / 2, messages naming the file, and no output file on any
// failure.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runExport(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "SOURCE_DATE_EPOCH"})
        env.remove(QString::fromLatin1(name));
    // Numbers in the golden files are written in the C locale.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(test::archbenchExecutable(), QStringList{QStringLiteral("export")} + args);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

QString samplePath()
{
    return test::dataPath(QStringLiteral("../../resources/sample/checkout-platform.json"));
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfinfo(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void markdownMatchesGolden_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("golden");
        QTest::newRow("whole project") << QStringList{} << QStringLiteral("checkout-platform.md");
        QTest::newRow("project part") << QStringList{QStringLiteral("--item"), QStringLiteral("sample-checkout")}
                                      << QStringLiteral("checkout-platform-overview.md");
    }

    void markdownMatchesGolden()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, golden);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report.md"));
        const Run r = runExport(QStringList{samplePath(), QStringLiteral("--format"), QStringLiteral("md"),
                                            QStringLiteral("--date"), QStringLiteral("2026-11-28"), QStringLiteral("-o"), out}
                                + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("report.md")));
        QCOMPARE(QString::fromUtf8(contents(out)), QString::fromUtf8(test::readData(QStringLiteral("reports/") + golden)));
    }

    void decisionAsAdr()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("adr-0001.md"));
        const Run r = runExport({samplePath(), QStringLiteral("--item"), QStringLiteral("dec-orders-db"), QStringLiteral("--date"),
                                 QStringLiteral("2026-11-28"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString md = QString::fromUtf8(contents(out));
        // MADR front matter, then the decision as the only top-level heading and its parts.
        QVERIFY2(md.startsWith(QStringLiteral("---\nstatus: accepted\ndate: 2026-10-15\ndecision-makers: ")), qPrintable(md.left(300)));
        QCOMPARE(md.count(QRegularExpression(QStringLiteral("^# "), QRegularExpression::MultilineOption)), 1);
        QVERIFY(md.contains(QStringLiteral("\n# Primary database for orders\n")));
        for (const char *part : {"## Context", "## Options considered", "## Recommendation", "## Trade-offs accepted",
                                 "## Risks", "## Revisit triggers", "## Decision record"})
            QVERIFY2(md.contains(QStringLiteral("\n") + QString::fromLatin1(part) + QStringLiteral("\n")), part);
        QVERIFY(md.contains(QStringLiteral("| **Weighted score** |")));
        QVERIFY(!md.contains(QStringLiteral("## Contents")));
    }

    void adrFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("adr"));
        // The sample is hand-formatted JSON: exported, but left as it is
        const QByteArray sampleBefore = contents(samplePath());
        const Run r = runExport({samplePath(), QStringLiteral("--adr-dir"), folder, QStringLiteral("--date"), QStringLiteral("2026-11-28")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(contents(samplePath()), sampleBefore);
        QVERIFY2(r.err.contains(QStringLiteral("not kept in")), qPrintable(r.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);
        QVERIFY(r.out.contains(QStringLiteral("0001-primary-database-for-orders.md")));
        const QString md = QString::fromUtf8(contents(QDir(folder).filePath(QStringLiteral("0001-primary-database-for-orders.md"))));
        QVERIFY(md.startsWith(QStringLiteral("---\nstatus: accepted\ndate: 2026-10-15\ndecision-makers: ")));
        // --adr-dir writes its own files: no -o, --item or PDF with it
        const Run mixed = runExport({samplePath(), QStringLiteral("--adr-dir"), folder, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.md"))});
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY(mixed.err.contains(QStringLiteral("--adr-dir")));
    }

    void adrNumbersKeptInTheProject_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("archbench") << QStringLiteral(".archbench");
        QTest::newRow("json as Archbench writes it") << QStringLiteral(".json");
    }

    void adrNumbersKeptInTheProject()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project") + suffix);
        auto sample = core::interchange::fromJson(contents(samplePath()));
        QVERIFY(sample.ok());
        QProcess convert;
        convert.start(test::archbenchExecutable(), {QStringLiteral("convert"), samplePath(), project});
        QVERIFY(convert.waitForFinished(60000) && convert.exitCode() == 0);
        const QString folder = dir.filePath(QStringLiteral("doc/adr"));
        QVERIFY(QDir().mkpath(folder));
        QFile init(QDir(folder).filePath(QStringLiteral("0001-record-architecture-decisions.md")));
        QVERIFY(init.open(QIODevice::WriteOnly));
        init.write("# 1. Record architecture decisions\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n");
        init.close();

        const Run first = runExport({project, QStringLiteral("--adr-dir"), folder, QStringLiteral("--flavour"), QStringLiteral("nygard")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("Kept 4 new ADR number")), qPrintable(first.out));
        QCOMPARE(QDir(folder).entryList(QDir::Files).first(), QStringLiteral("0001-record-architecture-decisions.md"));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);
        const QString adr = QDir(folder).filePath(QStringLiteral("0002-primary-database-for-orders.md"));
        QVERIFY(contents(adr).startsWith("# 2. Primary database for orders\n\nDate: 2026-10-15\n\n## Status\n\nAccepted\n"));

        // the project remembers: a second export assigns nothing and writes the same bytes
        const QByteArray before = contents(adr);
        const Run second = runExport({project, QStringLiteral("--adr-dir"), folder, QStringLiteral("--flavour"), QStringLiteral("nygard"),
                                      QStringLiteral("--date"), QStringLiteral("2031-01-01")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(!second.out.contains(QStringLiteral("Kept")));
        QCOMPARE(contents(adr), before);
        QProcess json;
        json.start(test::archbenchExecutable(), {QStringLiteral("convert"), project, dir.filePath(QStringLiteral("back.json"))});
        QVERIFY(json.waitForFinished(60000) && json.exitCode() == 0);
        const auto back = core::interchange::fromJson(contents(dir.filePath(QStringLiteral("back.json"))));
        QVERIFY(back.ok());
        QCOMPARE(back->decisions.first().adrNumber, 2);
        QCOMPARE(back->project.lastAdrNumber, 5);

        const Run flavour = runExport({project, QStringLiteral("--adr-dir"), folder, QStringLiteral("--flavour"), QStringLiteral("y-statement")});
        QCOMPARE(flavour.exitCode, 1);
        QVERIFY(flavour.err.contains(QStringLiteral("y-statement")));
    }

    void outputToStdout()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(test::archbenchExecutable(), {QStringLiteral("export"), samplePath(), QStringLiteral("-o"), QStringLiteral("-"),
                                              QStringLiteral("--date"), QStringLiteral("2026-11-28")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("# Checkout platform review\n"));
        QVERIFY(filesIn(dir.path()).isEmpty()); // no file named "-"
    }

    void pdfWithoutDisplay()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("review.pdf"));
        const Run r = runExport({samplePath(), QStringLiteral("-o"), out, QStringLiteral("--page-size"), QStringLiteral("letter")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString info = pdfinfo(out);
        const auto count = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(count.hasMatch(), qPrintable(info));
        const int total = count.captured(1).toInt();
        QVERIFY2(total > 10, qPrintable(info)); // every part of the sample, each item on its own pages
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts")), qPrintable(info));
        // The pages the renderer counted are the pages written, and the content is all there.
        QStringList pages = pdftotext(out).split(QLatin1Char('\f'));
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        QCOMPARE(pages.size(), total);
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(total)));
        const QString all = pages.join(QLatin1Char('\n'));
        for (const char *expected : {"Primary database for orders", "Order events on a managed streaming log", "4.65",
                                     "Q4 regional failover drill", "missed by 17 min", "$1,050"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(info.contains(QStringLiteral("Checkout platform review"))); // PDF title
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("review.pdf")});
    }

    void emptyProjectBothFormats()
    {
        QTemporaryDir dir;
        core::ProjectData empty;
        empty.project.id = QStringLiteral("empty");
        const QString in = dir.filePath(QStringLiteral("empty.json"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(core::interchange::toJson(empty));
        f.close();
        const Run md = runExport({in, QStringLiteral("-o"), dir.filePath(QStringLiteral("e.md")), QStringLiteral("--date"),
                                  QStringLiteral("2026-11-28")});
        QVERIFY2(md.exitCode == 0, qPrintable(md.err));
        QCOMPARE(QString::fromUtf8(contents(dir.filePath(QStringLiteral("e.md")))),
                 QString::fromUtf8(test::readData(QStringLiteral("reports/empty-project.md"))));
        const Run pdf = runExport({in, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                                   dir.filePath(QStringLiteral("e.out"))});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QVERIFY(contents(dir.filePath(QStringLiteral("e.out"))).startsWith("%PDF-"));
    }

    void sourceDateEpoch()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r.md"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"),
                   QString::number(QDateTime(QDate(2027, 3, 1), QTime(10, 0), Qt::UTC).toSecsSinceEpoch()));
        const Run r = runExport({samplePath(), QStringLiteral("-o"), out}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(contents(out).contains("**Date:** 2027-03-01"));
    }

    void twoExportsAreIdentical()
    {
        // Separate processes, so that anything seeded per process (hash order) would show.
        QTemporaryDir dir;
        for (const QString &ext : {QStringLiteral("pdf"), QStringLiteral("md")}) {
            QByteArray first;
            for (int i = 0; i < 2; ++i) {
                const QString out = dir.filePath(QStringLiteral("r%1.%2").arg(i).arg(ext));
                const Run r = runExport({samplePath(), QStringLiteral("--date"), QStringLiteral("2026-11-28"),
                                         QStringLiteral("-o"), out});
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                if (i == 0)
                    first = contents(out);
                else
                    QVERIFY2(contents(out) == first, qPrintable(ext));
            }
            QVERIFY(first.size() > 1000);
        }
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("OUT/r.md");
        QTest::newRow("no output") << QStringList{samplePath()} << 1 << QStringLiteral("-o OUT");
        QTest::newRow("no input") << QStringList{QStringLiteral("-o"), out} << 1 << QStringLiteral("no project file");
        QTest::newRow("unknown format") << QStringList{samplePath(), QStringLiteral("--format"), QStringLiteral("html"),
                                                       QStringLiteral("-o"), out}
                                        << 1 << QStringLiteral("\"html\"");
        QTest::newRow("format unclear") << QStringList{samplePath(), QStringLiteral("-o"), QStringLiteral("OUT/report")} << 1
                                        << QStringLiteral("--format");
        QTest::newRow("bad page size") << QStringList{samplePath(), QStringLiteral("--page-size"), QStringLiteral("a5"),
                                                      QStringLiteral("-o"), out}
                                       << 1 << QStringLiteral("\"a5\"");
        QTest::newRow("bad date") << QStringList{samplePath(), QStringLiteral("--date"), QStringLiteral("28.11.2026"),
                                                 QStringLiteral("-o"), out}
                                  << 1 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("unknown item") << QStringList{samplePath(), QStringLiteral("--item"), QStringLiteral("d9"),
                                                     QStringLiteral("-o"), out}
                                      << 1 << QStringLiteral("\"d9\"");
        QTest::newRow("missing input") << QStringList{QStringLiteral("OUT/none.json"), QStringLiteral("-o"), out} << 2
                                       << QStringLiteral("none.json");
        QTest::newRow("refused input") << QStringList{QStringLiteral("OUT/bad.json"), QStringLiteral("-o"), out} << 2
                                       << QStringLiteral("bad.json");
        QTest::newRow("missing folder md") << QStringList{samplePath(), QStringLiteral("-o"), QStringLiteral("OUT/no/dir/r.md")}
                                           << 1 << QStringLiteral("r.md");
        QTest::newRow("missing folder pdf") << QStringList{samplePath(), QStringLiteral("-o"), QStringLiteral("OUT/no/dir/r.pdf")}
                                            << 1 << QStringLiteral("r.pdf");
        QTest::newRow("output under a file") << QStringList{samplePath(), QStringLiteral("-o"), QStringLiteral("OUT/bad.json/r.pdf")}
                                             << 1 << QStringLiteral("r.pdf");
    }

    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        for (QString &a : args)
            a.replace(QStringLiteral("OUT/"), dir.path() + QLatin1Char('/'));
        const Run r = runExport(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // The message is one line that says who speaks (Qt may add its own lines).
        QVERIFY2(QRegularExpression(QStringLiteral("^archbench export: .*") + QRegularExpression::escape(message),
                                    QRegularExpression::MultilineOption).match(r.err).hasMatch(), qPrintable(r.err));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("bad.json")}); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
