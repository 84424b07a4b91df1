// The structure of the exported PDF, read back with qpdf and poppler: an outline that mirrors
// the report's headings and leads to the pages that show them, contents entries and
// cross-references that are links to the right page, and document metadata from the report.
#define POINTERHOLDER_TRANSITION 4
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/report/reportbuilder.h"
#include "ui/report/pdfreportrenderer.h"
#include "ui/report/pdfstructure.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDFAnnotationObjectHelper.hh>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>

using namespace archbench;
using namespace archbench::core;

namespace {

ProjectData sample()
{
    return *interchange::fromJson(test::readData(QStringLiteral("../../resources/sample/checkout-platform.json")));
}

Report build(const ProjectData &data, ReportScope scope = ReportScope::Project, const QString &item = {})
{
    const auto r = buildReport(data, ReportOptions{scope, item, QDate(2026, 11, 28)});
    if (!r.ok())
        qFatal("report did not build");
    return *r;
}

QString squeezed(QString s)
{
    return s.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString pdftotext(const QString &pdf, const QStringList &extra)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), extra + QStringList{QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Text of page `page` (0-based) within `rect` (points, from the top left).
QString textIn(const QString &pdf, int page, const QRectF &rect)
{
    const QString n = QString::number(page + 1);
    return pdftotext(pdf, {QStringLiteral("-f"), n, QStringLiteral("-l"), n, QStringLiteral("-x"),
                           QString::number(qFloor(rect.x())), QStringLiteral("-y"), QString::number(qFloor(rect.y())),
                           QStringLiteral("-W"), QString::number(qCeil(rect.width())), QStringLiteral("-H"),
                           QString::number(qCeil(rect.height()))});
}

QString pageText(const QString &pdf, int page)
{
    const QString n = QString::number(page + 1);
    return pdftotext(pdf, {QStringLiteral("-f"), n, QStringLiteral("-l"), n});
}

QString fromPdf(QPDFObjectHandle s)
{
    return s.isString() ? QString::fromStdString(s.getUTF8Value()) : QString();
}

struct Outline {
    QString title;
    int depth = 0;
    int page = -1;
};

struct Link {
    int page = -1;
    QRectF rect; ///< points from the top left
    int target = -1;
};

/// The PDF as qpdf reads it: pages, outline in order, links.
struct ReadBack {
    QList<Outline> outline;
    QList<Link> links;
    std::map<QPDFObjGen, int> pageIndex;
    QHash<QString, QString> info;
    bool pageModeOutlines = false;
    bool ok = false;

    explicit ReadBack(const QString &path)
    {
        QPDF pdf;
        pdf.processFile(path.toLocal8Bit().constData());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        for (size_t i = 0; i < pages.size(); ++i)
            pageIndex[pages[i].getObjectHandle().getObjGen()] = int(i);
        auto destPage = [this](QPDFObjectHandle dest) {
            if (!dest.isArray() || dest.getArrayNItems() < 1)
                return -1;
            const auto it = pageIndex.find(dest.getArrayItem(0).getObjGen());
            return it == pageIndex.end() ? -1 : it->second;
        };
        QPDFObjectHandle root = pdf.getRoot();
        pageModeOutlines = root.getKey("/PageMode").isNameAndEquals("/UseOutlines");
        std::function<void(QPDFObjectHandle, int)> walk = [&](QPDFObjectHandle item, int depth) {
            for (int guard = 0; item.isDictionary() && guard < 10000; ++guard) {
                outline << Outline{fromPdf(item.getKey("/Title")), depth, destPage(item.getKey("/Dest"))};
                walk(item.getKey("/First"), depth + 1);
                item = item.getKey("/Next");
            }
        };
        walk(root.getKey("/Outlines").getKey("/First"), 0);
        for (size_t i = 0; i < pages.size(); ++i) {
            const QPDFObjectHandle::Rectangle box = pages[i].getMediaBox().getArrayAsRectangle();
            for (QPDFAnnotationObjectHelper &a : pages[i].getAnnotations("/Link")) {
                const QPDFObjectHandle::Rectangle r = a.getRect();
                links << Link{int(i), QRectF(QPointF(r.llx, box.ury - r.ury), QPointF(r.urx, box.ury - r.lly)),
                              destPage(a.getObjectHandle().getKey("/Dest"))};
            }
        }
        QPDFObjectHandle dict = pdf.getTrailer().getKey("/Info");
        for (const char *key : {"/Title", "/Author", "/Subject", "/Keywords", "/CreationDate", "/ModDate", "/Creator"})
            info.insert(QString::fromLatin1(key + 1), fromPdf(dict.getKey(key)));
        ok = true;
    }
};

} // namespace

class TestPdfStructure : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
        // The sample's report, written once and read by the tests below.
        m_data = sample();
        m_report = build(m_data);
        m_path = m_dir.filePath(QStringLiteral("sample.pdf"));
        QVERIFY(ui::writeReportPdf(m_report, m_data, QPageSize::A4, m_path).ok());
    }

    void outlineMirrorsTheHeadings()
    {
        const QString &path = m_path;
        const Report &report = m_report;
        const ReadBack pdf(path);
        QVERIFY(pdf.ok);
        QVERIFY(pdf.pageModeOutlines);

        QList<Outline> expected;
        for (const ReportSection &s : report.sections)
            if (s.level <= 3)
                expected << Outline{s.title.simplified(), s.level - 1, -1};
        QCOMPARE(pdf.outline.size(), expected.size());
        int lastPage = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Outline &o = pdf.outline[i];
            QCOMPARE(o.title, expected[i].title);
            QCOMPARE(o.depth, expected[i].depth);
            // In reading order, and on a page that shows the heading.
            QVERIFY2(o.page >= lastPage, qPrintable(o.title));
            lastPage = o.page;
            QVERIFY2(squeezed(pageText(path, o.page)).contains(squeezed(o.title)),
                     qPrintable(QStringLiteral("%1 is not on page %2").arg(o.title).arg(o.page + 1)));
        }
        QVERIFY(expected.size() > 40);
    }

    void contentsEntriesAreLinks()
    {
        const QString &path = m_path;
        const Report &report = m_report;
        const ReadBack pdf(path);
        QStringList listed;
        for (const ReportSection &s : report.sections)
            if (s.level <= 2)
                listed << s.title.simplified();

        // Contents pages: the pages before the first outline entry, after the title page.
        const int firstBody = pdf.outline.first().page;
        QStringList linked;
        static const QRegularExpression number(QStringLiteral("(\\d+)\\s*$"));
        for (const Link &link : pdf.links) {
            if (link.page == 0 || link.page >= firstBody)
                continue;
            const QString text = textIn(path, link.page, link.rect.adjusted(0, 1, 0, -1)).trimmed();
            const auto m = number.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            // The link leads to the page its entry names, which shows the entry's title.
            QCOMPARE(link.target + 1, m.captured(1).toInt());
            const QString title = text.left(m.capturedStart()).remove(QRegularExpression(QStringLiteral("[ .]+$")));
            QVERIFY2(squeezed(pageText(path, link.target)).contains(squeezed(title)), qPrintable(title));
            linked << title.simplified();
        }
        QCOMPARE(linked.size(), listed.size());
        for (qsizetype i = 0; i < listed.size(); ++i)
            QVERIFY2(squeezed(listed[i]).startsWith(squeezed(linked[i])) || squeezed(linked[i]).contains(squeezed(listed[i])),
                     qPrintable(linked[i] + QStringLiteral(" / ") + listed[i]));
    }

    void crossReferencesAreLinks()
    {
        const QString &path = m_path;
        const ReadBack pdf(path);
        // "Order events through a managed queue" is superseded by the streaming log decision.
        int queue = -1, log = -1;
        for (const Outline &o : pdf.outline) {
            if (o.title == QStringLiteral("Order events through a managed queue"))
                queue = o.page;
            if (o.title == QStringLiteral("Order events on a managed streaming log"))
                log = o.page;
        }
        QVERIFY(queue > 0 && log > queue);
        int found = 0;
        for (const Link &link : pdf.links) {
            if (link.page < queue || link.page >= log)
                continue;
            // Every link's text is found on the page it leads to (a link over two lines is two
            // areas); the supersede link leads to the decision that replaced this one.
            QString text = textIn(path, link.page, link.rect.adjusted(-0.5, 1, 0.5, -1)).simplified();
            text.remove(QRegularExpression(QStringLiteral("[.,;:]$"))); // the sentence's full stop, next to the link
            QVERIFY2(!text.isEmpty() && squeezed(pageText(path, link.target)).contains(squeezed(text)), qPrintable(text));
            if (text == QStringLiteral("Order events on a managed streaming log")) {
                QCOMPARE(link.target, log);
                ++found;
            }
        }
        QVERIFY(found >= 1);
    }

    void overviewNamesLeadToTheirItems()
    {
        // "Latest drill "Q4 regional failover drill" failed": the drill's name in the
        // overview leads to the drill; every name linked there is on the page it leads to.
        const ReadBack pdf(m_path);
        int overview = -1, decisions = -1, drill = -1;
        for (const Outline &o : pdf.outline) {
            if (o.title == QStringLiteral("Project overview"))
                overview = o.page;
            if (o.title == QStringLiteral("Decisions"))
                decisions = o.page;
            if (o.title == QStringLiteral("Q4 regional failover drill"))
                drill = o.page;
        }
        QVERIFY(overview > 0 && decisions > overview && drill > decisions);
        int toDrill = 0;
        for (const Link &link : pdf.links) {
            if (link.page < overview || link.page >= decisions)
                continue;
            QString text = textIn(m_path, link.page, link.rect.adjusted(-0.5, 1, 0.5, -1)).simplified();
            text.remove(QRegularExpression(QStringLiteral("[\"”“.,;:]$"))).remove(QRegularExpression(QStringLiteral("^[\"“”]")));
            QVERIFY2(!text.isEmpty() && squeezed(pageText(m_path, link.target)).contains(squeezed(text)), qPrintable(text));
            if (text == QStringLiteral("Q4 regional failover drill")) {
                QCOMPARE(link.target, drill);
                ++toDrill;
            }
        }
        QVERIFY(toDrill >= 1);
    }

    void metadataFromTheReport()
    {
        const QString &path = m_path;
        const ReadBack pdf(path);
        QCOMPARE(pdf.info.value(QStringLiteral("Title")), QStringLiteral("Checkout platform review"));
        QCOMPARE(pdf.info.value(QStringLiteral("Author")), QStringLiteral("Dana Reyes"));
        QCOMPARE(pdf.info.value(QStringLiteral("Subject")), QStringLiteral("Architecture review report"));
        QVERIFY(pdf.info.value(QStringLiteral("Keywords")).contains(QStringLiteral("Decisions")));
        QCOMPARE(pdf.info.value(QStringLiteral("Creator")), QStringLiteral("Archbench"));
        // The report's date, not the clock: the same report gives the same file.
        QCOMPARE(pdf.info.value(QStringLiteral("CreationDate")), QStringLiteral("D:20261128000000Z"));
        QCOMPARE(pdf.info.value(QStringLiteral("ModDate")), QStringLiteral("D:20261128000000Z"));
    }

    void singleItemHasItsOutline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.pdf"));
        const ProjectData data = sample();
        const Report report = build(data, ReportScope::Item, data.decisions.first().id);
        QVERIFY(ui::writeReportPdf(report, data, QPageSize::Letter, path).ok());
        const ReadBack pdf(path);
        QVERIFY(pdf.outline.size() >= 5);
        QCOMPARE(pdf.outline.first().title, report.sections.first().title.simplified());
        QCOMPARE(pdf.outline.first().depth, 0);
        QCOMPARE(pdf.outline.at(1).depth, 1);
    }

    void damagedInputIsAnError()
    {
        ui::PdfStructure s;
        s.title = QStringLiteral("x");
        const test::ExpectErrorLogs expected;
        const auto result = ui::addPdfStructure(QByteArray("%PDF-1.4\nnot a pdf at all"), s);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ProjectData m_data;
    Report m_report;
};

QTEST_MAIN(TestPdfStructure)
#include "tst_pdfstructure.moc"
