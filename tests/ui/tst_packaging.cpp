// The files that make Archbench part of the desktop: the desktop entry passes
// desktop-file-validate and opens *.archbench, the shared-mime-info XML parses and maps the
// suffix to application/x-archbench, the icons render, and `cmake --install` puts each file
// where the .deb needs it.
#include "common/testsupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace archbench;

namespace {
const QString kSource = QStringLiteral(ARCHBENCH_SOURCE_DIR);
const QString kDesktop = kSource + QStringLiteral("/packaging/archbench.desktop");
const QString kMime = kSource + QStringLiteral("/packaging/archbench-mime.xml");
const QString kMetainfo = kSource + QStringLiteral("/packaging/io.archbench.Archbench.metainfo.xml");

QMap<QString, QString> desktopEntry()
{
    QMap<QString, QString> keys;
    QFile f(kDesktop);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.left(eq), line.mid(eq + 1));
    }
    return keys;
}

struct ToolRun {
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAll())};
}

QString requireTool(const char *name, const char *package)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qWarning("%s is missing: scripts/install-deps.sh installs %s", name, package);
    return path;
}
} // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void desktopFilePassesDesktopFileValidate()
    {
        const QString tool = requireTool("desktop-file-validate", "desktop-file-utils");
        QVERIFY(!tool.isEmpty());
        const ToolRun r = runTool(tool, {kDesktop});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.output.trimmed().isEmpty(), qPrintable(r.output)); // not even a hint
    }

    void metainfoPassesAppstreamValidate()
    {
        const QString tool = requireTool("appstreamcli", "appstream");
        QVERIFY(!tool.isEmpty());
        // --no-net: CI has no network; URLs are not fetched
        const ToolRun r = runTool(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), kMetainfo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        // errors and warnings fail; only pedantic notes may remain
        QVERIFY2(!r.output.contains(QLatin1StringView("\nE: ")) && !r.output.contains(QLatin1StringView("\nW: "))
                     && !r.output.startsWith(QLatin1StringView("E: ")) && !r.output.startsWith(QLatin1StringView("W: ")),
                 qPrintable(r.output));
        // it launches the desktop entry that is installed
        QFile f(kMetainfo);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<launchable type=\"desktop-id\">archbench.desktop</launchable>"));
    }

    void desktopEntryOpensArchbenchFiles()
    {
        const auto entry = desktopEntry();
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("archbench %f"));
        QVERIFY(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(QStringLiteral("application/x-archbench")));
        QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral("archbench"));
        QVERIFY(entry.contains(QStringLiteral("Name[de]")) || entry.contains(QStringLiteral("GenericName[de]")));
    }

    void iconsRender()
    {
        for (const char *icon : {"archbench.svg", "application-x-archbench.svg"}) {
            QSvgRenderer renderer(kSource + QStringLiteral("/resources/icons/") + QLatin1StringView(icon));
            QVERIFY2(renderer.isValid(), icon);
            QCOMPARE(renderer.viewBox().width(), renderer.viewBox().height()); // square
        }
    }

    void mimeXmlDeclaresTheType()
    {
        QFile f(kMime);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString type;
        QStringList globs;
        bool comment = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1StringView("mime-info"))
                QCOMPARE(xml.namespaceUri(), QLatin1StringView("http://www.freedesktop.org/standards/shared-mime-info"));
            else if (xml.name() == QLatin1StringView("mime-type"))
                type = xml.attributes().value(QLatin1StringView("type")).toString();
            else if (xml.name() == QLatin1StringView("glob"))
                globs << xml.attributes().value(QLatin1StringView("pattern")).toString();
            else if (xml.name() == QLatin1StringView("comment"))
                comment = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(type, QStringLiteral("application/x-archbench"));
        QCOMPARE(globs, QStringList{QStringLiteral("*.archbench")});
        QVERIFY(comment);
    }

    void mimeDatabaseMapsTheSuffix()
    {
        const QString tool = requireTool("update-mime-database", "shared-mime-info");
        QVERIFY(!tool.isEmpty());
        QTemporaryDir share;
        QVERIFY(QDir(share.path()).mkpath(QStringLiteral("mime/packages")));
        QVERIFY(QFile::copy(kMime, share.filePath(QStringLiteral("mime/packages/archbench.xml"))));
        const ToolRun r = runTool(tool, {share.filePath(QStringLiteral("mime"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY(QFile::exists(share.filePath(QStringLiteral("mime/application/x-archbench.xml"))));
        // Qt's own MIME database finds the type through XDG_DATA_DIRS (read on first use).
        qputenv("XDG_DATA_DIRS", (share.path() + QStringLiteral(":/usr/share")).toLocal8Bit());
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(QStringLiteral("review.archbench"), QMimeDatabase::MatchExtension);
        QCOMPARE(mime.name(), QStringLiteral("application/x-archbench"));
    }

    void installRulesPlaceEveryFile()
    {
        QTemporaryDir prefix;
        const ToolRun r = runTool(QStringLiteral(CMAKE_COMMAND),
                                  {QStringLiteral("--install"), QStringLiteral(ARCHBENCH_BINARY_DIR),
                                   QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        for (const char *file : {"bin/archbench", "share/applications/archbench.desktop",
                                 "share/mime/packages/archbench.xml",
                                 "share/metainfo/io.archbench.Archbench.metainfo.xml",
                                 "share/man/man1/archbench.1.gz", "share/doc/archbench/copyright",
                                 "share/doc/archbench/changelog.gz",
                                 "share/icons/hicolor/scalable/apps/archbench.svg",
                                 "share/icons/hicolor/scalable/mimetypes/application-x-archbench.svg"})
            QVERIFY2(QFile::exists(prefix.filePath(QLatin1StringView(file))), file);
        QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/archbench"))).isExecutable());

        // Every library is the system's: no RUNPATH, neither installed nor in the build tree.
        // (qt_standard_project_setup() asked for $ORIGIN:$ORIGIN/../lib, and CMake padded the
        // build tree's binaries with 22 empty entries, which mean the current folder: each
        // start searched it for every library, and a library placed there would be loaded.)
        const QString readelf = requireTool("readelf", "binutils");
        QVERIFY(!readelf.isEmpty());
        for (const QString &binary : {prefix.filePath(QStringLiteral("bin/archbench")),
                                      QStringLiteral(ARCHBENCH_BINARY_DIR "/app/archbench")}) {
            const ToolRun dynamic = runTool(readelf, {QStringLiteral("--dynamic"), binary});
            QVERIFY2(dynamic.exitCode == 0, qPrintable(dynamic.output));
            QVERIFY2(!dynamic.output.contains(QStringLiteral("RUNPATH")) && !dynamic.output.contains(QStringLiteral("RPATH")),
                     qPrintable(binary + QLatin1Char('\n') + dynamic.output));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
