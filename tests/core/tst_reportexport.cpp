// Report files: formats by name, reading the project to export (refusals name the file), and
// atomic writes that leave nothing behind on failure.
#include "common/testsupport.h"
#include "core/report/adrfolder.h"
#include "core/report/reportexport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace archbench::core;

namespace {
QString samplePath()
{
    return archbench::test::dataPath(QStringLiteral("../../resources/sample/checkout-platform.json"));
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestReportExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { archbench::test::failOnErrorLogs(); }

    void formats()
    {
        QCOMPARE(reportFormatFromString(u"md"), ReportFormat::Markdown);
        QCOMPARE(reportFormatFromString(u"Markdown"), ReportFormat::Markdown);
        QCOMPARE(reportFormatFromString(u"PDF"), ReportFormat::Pdf);
        QVERIFY(!reportFormatFromString(u"html"));
        QCOMPARE(reportFormatForPath(QStringLiteral("/x/review.PDF")), ReportFormat::Pdf);
        QCOMPARE(reportFormatForPath(QStringLiteral("adr.md")), ReportFormat::Markdown);
        QVERIFY(!reportFormatForPath(QStringLiteral("review")));
    }

    void loadsInterchangeJson()
    {
        const auto data = loadForExport(samplePath());
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        QCOMPARE(data->project.name, QStringLiteral("Checkout platform review"));
    }

    void loadRefusals()
    {
        QTemporaryDir dir;
        const auto missing = loadForExport(dir.filePath(QStringLiteral("none.json")));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("none.json")));

        QCOMPARE(loadForExport(dir.path()).error().code, ErrorCode::Refused);

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"something-else\", \"version\": 1}");
        f.close();
        const auto refused = loadForExport(bad);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(bad) + QStringLiteral(": format:")),
                 qPrintable(refused.error().message));

        const QString sqlite = dir.filePath(QStringLiteral("p.archbench"));
        QFile s(sqlite);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.close();
        QCOMPARE(loadForExport(sqlite).error().code, ErrorCode::Refused);
    }

    void writesAndReplacesAtomically()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.md"));
        QVERIFY(writeFileAtomically(target, "first").ok());
        QVERIFY(writeFileAtomically(target, "second").ok());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.md")}); // no temp files left
    }

    void failuresLeaveNothing_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.md");
        QTest::newRow("folder under a file") << QStringLiteral("plain-file/report.md");
        QTest::newRow("target is a folder") << QStringLiteral("a-folder");
    }

    void failuresLeaveNothing()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
        const QStringList before = entries(dir.path());
        const QString target = dir.filePath(relative);
        const auto written = writeFileAtomically(target, "content");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(target)), qPrintable(written.error().message));
        QCOMPARE(entries(dir.path()), before);
        QVERIFY(entries(dir.filePath(QStringLiteral("a-folder"))).isEmpty());
    }

    void unwritableFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; the other failure cases cover this path");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto written = writeFileAtomically(dir.filePath(QStringLiteral("r.md")), "x");
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!written.ok());
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void exportMarkdownOfSample()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("sample.md"));
        const auto data = loadForExport(samplePath());
        QVERIFY(data.ok());
        QVERIFY(exportMarkdown(*data, ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)}, target).ok());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Checkout platform review\n"));

        const auto unknown = exportMarkdown(*data, ReportOptions{ReportScope::Item, QStringLiteral("zz"), {}},
                                            dir.filePath(QStringLiteral("zz.md")));
        QVERIFY(!unknown.ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("zz.md"))));
    }

    void adrFileNames_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << 1 << QStringLiteral("Primary database for orders") << QStringLiteral("0001-primary-database-for-orders.md");
        QTest::newRow("punctuation") << 12 << QStringLiteral("Cache: Redis | Memcached? (v2)")
                                     << QStringLiteral("0012-cache-redis-memcached-v2.md");
        QTest::newRow("accents") << 3 << QStringLiteral("Größe & Überlauf") << QStringLiteral("0003-groe-uberlauf.md");
        QTest::newRow("no letters") << 4 << QStringLiteral("### ???") << QStringLiteral("0004-d1.md");
        QTest::newRow("path characters") << 5 << QStringLiteral("../../etc/passwd") << QStringLiteral("0005-etc-passwd.md");
    }

    void adrFileNames()
    {
        QFETCH(int, number);
        QFETCH(QString, title);
        QFETCH(QString, name);
        Decision d;
        d.id = QStringLiteral("d1");
        d.title = title;
        QCOMPARE(adrFileName(number, d), name);
    }

    void adrFolderHoldsOneAdrPerDecision()
    {
        const auto data = loadForExport(archbench::test::dataPath(QStringLiteral("../../resources/sample/checkout-platform.json")));
        QVERIFY(data.ok());
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("docs/decisions")); // created as needed
        const auto written = exportAdrFolder(*data, folder);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written->written.size(), data->decisions.size());
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), (QStringList{
            QStringLiteral("0001-primary-database-for-orders.md"), QStringLiteral("0002-cache-in-front-of-the-product-catalogue.md"),
            QStringLiteral("0003-order-events-through-a-managed-queue.md"),
            QStringLiteral("0004-order-events-on-a-managed-streaming-log.md")}));
        QFile adr(QDir(folder).filePath(QStringLiteral("0003-order-events-through-a-managed-queue.md")));
        QVERIFY(adr.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(adr.readAll());
        QVERIFY(md.startsWith(QStringLiteral("---\nstatus: superseded by ADR-0004\ndate: 2026-03-10\n")));
        QVERIFY(md.contains(QStringLiteral("\n# Order events through a managed queue\n")));
        // A folder that cannot be made is refused by name.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto refused = exportAdrFolder(*data, dir.filePath(QStringLiteral("file/adr")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("adr")));
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
