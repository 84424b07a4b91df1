// The PDF report, read back with poppler (pdfinfo, pdftotext, pdfimages): page count and size,
// titles and contents page numbers, charts drawn as vectors, hostile text shown literally,
// tables repeating their header across pages, cancelling and failing without leaving a file,
// and the QPrinter path used by print preview.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/report/reportbuilder.h"
#include "core/drill/drillsections.h"
#include "core/review/reviewsections.h"
#include "core/report/projectsections.h"
#include "ui/report/chartregistry.h"
#include "ui/report/greysafecharts.h"
#include "ui/report/pagesetup.h"
#include "ui/report/pdfreportrenderer.h"
#include "ui/report/pdfmeasuredevice.h"
#include "ui/report/pdfstyle.h"
#include "ui/charts/palette.h"
#include "ui/report/pdftextblock.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QFontMetricsF>
#include <QRawFont>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarSet>
#include <QtCharts/QBarSeries>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QChart>

using namespace archbench;
using namespace archbench::core;

namespace {

ProjectData sample()
{
    return *interchange::fromJson(test::readData(QStringLiteral("../../resources/sample/checkout-platform.json")));
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSize(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+ x [0-9.]+ pts)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.captured(1);
}

/// Text of the PDF, one entry per page; `raw`: in the order it was drawn (a table cell's
/// lines stay together), else laid out as on the page.
QStringList pagesText(const QString &pdf, bool raw = false)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), pdf,
                                                          QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/// Whitespace removed (line wrapping, letter spacing) and typographic ligatures ("ﬁ")
/// folded back into letters, as a search in a PDF viewer does.
QString squeezed(QString s)
{
    return s.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
}

int rasterImages(const QString &pdf)
{
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2; // two header lines
}

Report build(const ProjectData &data, ReportScope scope = ReportScope::Project, const QString &item = {})
{
    const auto r = buildReport(data, ReportOptions{scope, item, QDate(2026, 11, 28)});
    if (!r.ok())
        qFatal("report did not build");
    return *r;
}

QString hostile()
{
    return QStringLiteral("| # <b>x</b> <img src=\"file:///etc/hostname\"> & &amp; * \\ ` _ [ ] $");
}

} // namespace

class TestPdfReportRenderer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void noLigatureCharacters()
    {
        // Copied out of the PDF, "fit" and "flips" are letters, in the body and in charts.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
        const ProjectData data = sample();
        QVERIFY(ui::writeReportPdf(build(data), data, QPageSize::A4, pdf).ok());
        const QString text = pagesText(pdf).join(QLatin1Char('\f'));
        static const QRegularExpression ligature(QStringLiteral("[\\x{FB00}-\\x{FB06}]"));
        const auto m = ligature.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(text.mid(std::max<qsizetype>(0, m.capturedStart() - 30), 60)));
        QVERIFY(text.contains(QStringLiteral("never flips"))); // a chart's axis label
        QVERIFY(text.contains(QStringLiteral("Data model fit")));
    }

    void emojiPrintOrShowAPlaceholder()
    {
        // An emoji prints where a font for it is installed; otherwise the reader sees "�",
        // never an empty box or nothing.
        Report report;
        report.scope = ReportScope::Item;
        report.title = QStringLiteral("Emoji");
        report.generated = QDate(2026, 11, 28);
        ReportSection top{QStringLiteral("Emoji"), QStringLiteral("e"), 1};
        top.blocks << ReportParagraph{ReportText(QStringLiteral("Ship it %1 today").arg(QString::fromUcs4(U"\U0001F680")))};
        report.sections << top;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("emoji.pdf"));
        QVERIFY(ui::writeReportPdf(report, ProjectData{}, QPageSize::A4, pdf).ok());
        const QString text = pagesText(pdf, true).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Ship it")), qPrintable(text));
        const ui::PdfStyle style;
        // Drawable in a PDF: by an outline font of the style's list (not a colour bitmap font).
        bool drawable = false;
        for (const QString &family : style.sansFamilies) {
            QFont f(family);
            f.setStyleStrategy(QFont::NoFontMerging);
            const QRawFont raw = QRawFont::fromFont(f);
            drawable = drawable || (raw.isValid() && raw.familyName() == family && raw.supportsCharacter(0x1F680));
        }
        if (drawable) {
            // Drawn with the outline font (Qt writes no text mapping for characters beyond
            // U+FFFF, so pdftotext cannot show it; the font in the file proves it was drawn).
            QVERIFY2(!text.contains(QChar(QChar::ReplacementCharacter)), qPrintable(text));
            QVERIFY(run(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("Symbola"))
                    || run(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("NotoEmoji")));
        }
        else
            QVERIFY2(text.contains(QChar(QChar::ReplacementCharacter)), qPrintable(text));
        qInfo("emoji font installed: %s", drawable ? "yes" : "no");
    }

    void numbersKeepTheirUnits()
    {
        // "Availability 70 %" in a line just too narrow for all of it: the number moves to the
        // next line with its unit instead of leaving "%" alone there.
        const ui::PdfStyle style;
        const ui::PdfMeasureDevice device(QSize(9917, 14032));
        const ui::PdfTextFormat format{style.sans(style.body), style.text, Qt::AlignLeft, 0, style.lineSpacing};
        const ui::PdfTextBlock whole(core::ReportText(QStringLiteral("Availability 70")), format, style, 1e6, &device);
        const ui::PdfTextBlock unit(core::ReportText(QStringLiteral("70 %")), format, style, 1e6, &device);
        const ui::PdfTextBlock percent(core::ReportText(QStringLiteral("%")), format, style, 1e6, &device);
        for (const QString &text : {QStringLiteral("Availability 70 %"), QStringLiteral("Availability 70 ms")}) {
            const ui::PdfTextBlock b(core::ReportText(text), format, style, whole.naturalWidth() + 1, &device);
            QCOMPARE(b.lineCount(), 2);
            QVERIFY2(b.lineWidth(1) >= unit.naturalWidth() * 0.95, qPrintable(text));
        }
        QVERIFY(percent.naturalWidth() < unit.naturalWidth() * 0.6);
    }

    void tablesBreakWell()
    {
        // After 20 to 60 lines of filler, wherever the page ends: a table of 5 rows is on
        // one page, with its heading; a table of 14 rows that splits keeps two rows or more
        // before the break and three or more after it.
        QTemporaryDir dir;
        for (int filler = 20; filler <= 62; filler += 3) {
            for (int rows : {5, 14}) {
                Report report;
                report.scope = ReportScope::Item;
                report.title = QStringLiteral("Breaks");
                report.generated = QDate(2026, 11, 28);
                ReportSection top{QStringLiteral("Breaks"), QStringLiteral("t"), 1};
                ReportList list;
                for (int i = 0; i < filler; ++i)
                    list.items << ReportText(QStringLiteral("filler line %1").arg(i));
                top.blocks << list;
                ReportSection table{QStringLiteral("Table heading"), QStringLiteral("t-table"), 2};
                ReportTable t;
                t.header = {QStringLiteral("Name"), QStringLiteral("Value")};
                for (int r = 0; r < rows; ++r)
                    t.rows << QList<ReportText>{ReportText(QStringLiteral("ROW%1").arg(r, 2, 10, QLatin1Char('0'))),
                                                ReportText(QStringLiteral("value"))};
                table.blocks << t;
                report.sections << top << table;
                const QString pdf = dir.filePath(QStringLiteral("t%1-%2.pdf").arg(filler).arg(rows));
                QVERIFY(ui::writeReportPdf(report, ProjectData{}, QPageSize::A4, pdf).ok());
                const QStringList pages = pagesText(pdf, true);
                QMap<int, int> perPage; // page -> rows on it
                int headingPage = -1;
                for (int p = 0; p < pages.size(); ++p) {
                    perPage[p] = int(pages[p].count(QRegularExpression(QStringLiteral("ROW\\d\\d"))));
                    if (pages[p].contains(QStringLiteral("Table heading")))
                        headingPage = p;
                }
                QList<int> parts;
                for (auto it = perPage.cbegin(); it != perPage.cend(); ++it)
                    if (it.value() > 0)
                        parts << it.value();
                const QString what = QStringLiteral("%1 filler lines, %2 rows: %3").arg(filler).arg(rows).arg(
                    [&] { QStringList l; for (int n : parts) l << QString::number(n); return l.join(QLatin1Char('+')); }());
                QVERIFY2(perPage.value(headingPage) > 0, qPrintable(what));
                if (rows <= 6) {
                    QVERIFY2(parts.size() == 1, qPrintable(what));
                } else if (parts.size() > 1) {
                    QVERIFY2(parts.first() >= 2 && parts.last() >= 3, qPrintable(what));
                }
            }
        }
    }

    void wideMatrices_data()
    {
        QTest::addColumn<int>("options");
        QTest::addColumn<int>("parts");
        QTest::newRow("8 options: one table") << 8 << 1;
        QTest::newRow("12 options: two parts") << 12 << 2;
        QTest::newRow("30 options: four parts") << 30 << 4;
    }

    void wideMatrices()
    {
        // Every option's name and every header word printed whole (no "Weigh t"), the matrix
        // in parts of at most eight options with a caption each, and the chart saying how
        // many options it leaves out.
        QFETCH(int, options);
        QFETCH(int, parts);
        static const QStringList names = {
            QStringLiteral("Managed PostgreSQL cluster"), QStringLiteral("Self-hosted PostgreSQL"),
            QStringLiteral("Amazon Aurora Serverless"), QStringLiteral("MongoDB Atlas"), QStringLiteral("DynamoDB on demand"),
            QStringLiteral("CockroachDB Dedicated"), QStringLiteral("Google Spanner"), QStringLiteral("Azure Cosmos DB"),
            QStringLiteral("YugabyteDB Managed"), QStringLiteral("TiDB Cloud")};
        ProjectData data = sample();
        Decision &d = data.decisions.first();
        d.options.clear();
        d.scores.clear();
        d.constraints.clear();
        for (int i = 0; i < options; ++i) {
            Option o;
            o.id = QStringLiteral("o%1").arg(i);
            o.name = names[i % names.size()] + (i >= names.size() ? QStringLiteral(" %1").arg(i / names.size() + 1) : QString());
            d.options << o;
            for (const Criterion &c : std::as_const(d.criteria))
                d.scores << Score{o.id, c.id, double(1 + (i * 7 + int(c.weight)) % 5), QStringLiteral("r")};
        }
        d.chosenOption = QStringLiteral("o0");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("wide.pdf"));
        QVERIFY(ui::writeReportPdf(build(data, ReportScope::Item, d.id), data, QPageSize::A4, pdf).ok());
        const QString text = pagesText(pdf, true).join(QLatin1Char('\n'));
        QSet<QString> words;
        for (const QString &w : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            words.insert(w);
        QStringList broken;
        for (const Option &o : std::as_const(d.options))
            for (const QString &w : o.name.split(QLatin1Char(' ')))
                if (!words.contains(w))
                    broken << w;
        for (const char *w : {"Criterion", "Weight", "Weighted", "Percent", "Rank"})
            if (!words.contains(QLatin1String(w)))
                broken << QLatin1String(w);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
        const auto captions = text.count(QRegularExpression(QStringLiteral("Options \\d+ to \\d+ of %1").arg(options)));
        QCOMPARE(captions, parts == 1 ? 0 : parts);
        const QString chart = QStringLiteral("the first 12 of %1 options (%2 left out)").arg(options).arg(options - 12);
        QCOMPARE(squeezed(text).contains(squeezed(chart)), options > 12);
    }

    void legendTextStaysLiteral()
    {
        // A long criterion name with "&" and "<" beside the score chart: printed as typed,
        // never as "&amp;" (escaped twice) nor read as markup.
        ProjectData data = sample();
        Decision &d = data.decisions.first();
        d.criteria.first().name = QStringLiteral("Research & development fit <b>now</b>");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("amp.pdf"));
        QVERIFY(ui::writeReportPdf(build(data, ReportScope::Item, d.id), data, QPageSize::A4, pdf).ok());
        const QString text = pagesText(pdf).join(QLatin1Char('\n'));
        QVERIFY2(!text.contains(QStringLiteral("&amp;")) && !text.contains(QStringLiteral("&lt;")), qPrintable(text));
        QVERIFY(squeezed(text).contains(QStringLiteral("Research&developmentfit<b>now</b>")));
    }

    void legendSaysHowManyMore()
    {
        // 60 criteria cannot all be listed beside the score chart: the legend says how many
        // it leaves out, and the entries it shows plus that number make 60.
        ProjectData data = sample();
        Decision &d = data.decisions.first();
        d.criteria.clear();
        d.scores.clear();
        d.constraints.clear();
        for (int i = 0; i < 60; ++i) {
            Criterion c;
            c.id = QStringLiteral("c%1").arg(i);
            c.name = QStringLiteral("Criterion number %1").arg(i + 1);
            c.weight = 1 + i % 9;
            d.criteria << c;
            for (const Option &o : std::as_const(d.options))
                d.scores << Score{o.id, c.id, double(1 + (i + int(o.id.size())) % 5), QStringLiteral("r")};
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("c60.pdf"));
        QVERIFY(ui::writeReportPdf(build(data, ReportScope::Item, d.id), data, QPageSize::A4, pdf).ok());
        const QStringList pages = pagesText(pdf);
        const auto chartPage = std::find_if(pages.cbegin(), pages.cend(), [](const QString &p) { return p.contains(QStringLiteral("Which option leads")); });
        QVERIFY(chartPage != pages.cend());
        const auto more = QRegularExpression(QStringLiteral("… and (\\d+) more")).match(*chartPage);
        QVERIFY2(more.hasMatch(), qPrintable(*chartPage));
        // The legend's entries (an entry may take two lines) are the only "number N" texts
        // above "… and N more" on the chart's page.
        const QString above = chartPage->left(chartPage->indexOf(QStringLiteral("… and")));
        const int listed = int(above.count(QRegularExpression(QStringLiteral("number \\d+"))));
        QCOMPARE(listed + more.captured(1).toInt(), 60);
    }

    void blankSpace_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void blankSpace()
    {
        // Measured from the layout: every page that does not end an item or a part is at
        // least half full (a page more than half blank means a bad break).
        QFETCH(int, pageSize);
        const ProjectData data = sample();
        const Report report = build(data);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::PageSizeId(pageSize)), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(1200);
        ui::PdfReportRenderer renderer(report, data);
        QCOMPARE(renderer.paint(writer), ui::PdfReportRenderer::Result::Done);
        QVERIFY(renderer.pageUse().size() > 10);
        QStringList all, bad;
        for (const auto &use : renderer.pageUse()) {
            const QString line = QStringLiteral("%1:%2%3").arg(use.page).arg(qRound(use.filled * 100)).arg(use.endsChapter ? QStringLiteral("|") : QString());
            all << line;
            if (!use.endsChapter && use.filled < 0.5)
                bad << line;
        }
        qInfo("pages (number:percent filled, | = ends a chapter): %s", qPrintable(all.join(QLatin1Char(' '))));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char(' '))));
    }

    void sampleA4()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
        const ProjectData data = sample();
        QVERIFY(ui::writeReportPdf(build(data), data, QPageSize::A4, pdf).ok());
        QCOMPARE(pageSize(pdf), QStringLiteral("595 x 842 pts"));
        const QStringList pages = pagesText(pdf);
        const int total = pageCount(pdf);
        QCOMPARE(pages.size(), total);
        QVERIFY2(total > 10, qPrintable(QString::number(total)));
        // Title page: name, kind of document, owner, date; no page number.
        QVERIFY(pages[0].contains(QStringLiteral("Checkout platform review")));
        QVERIFY(squeezed(pages[0]).contains(QStringLiteral("ARCHITECTUREREVIEWREPORT")));
        QVERIFY(pages[0].contains(QStringLiteral("Dana Reyes")));
        QVERIFY(pages[0].contains(QStringLiteral("2026-11-28")));
        QVERIFY(!pages[0].contains(QStringLiteral("Page 1")));
        // Contents: every entry's page number points at a page that shows that title.
        QVERIFY(pages[1].contains(QStringLiteral("Contents")));
        static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"),
                                              QRegularExpression::MultilineOption);
        QStringList listed;
        for (auto it = entry.globalMatch(pages[1]); it.hasNext();) {
            const auto m = it.next();
            const QString title = m.captured(1);
            const int number = m.captured(2).toInt();
            listed << title;
            QVERIFY2(number > 2 && number <= total, qPrintable(m.captured(0)));
            QVERIFY2(squeezed(pages[number - 1]).contains(squeezed(title)),
                     qPrintable(QStringLiteral("%1 is not on page %2").arg(title).arg(number)));
        }
        for (const char *title : {"Project overview", "Framing", "Decisions", "Primary database for orders",
                                  "Order events on a managed streaming log", "Well-Architected reviews",
                                  "Disaster-recovery drills", "Q4 regional failover drill", "Cost models"})
            QVERIFY2(listed.contains(QString::fromLatin1(title)), title);
        // Body, running header and footer: the last page is page N of N.
        QVERIFY(pages[2].contains(QStringLiteral("Where the review stands")));
        QVERIFY(pages[2].contains(QStringLiteral("Checkout platform review")));
        QVERIFY(pages.join(QLatin1Char('\n')).contains(QStringLiteral("Not answered yet")));
        QVERIFY(pages[1].contains(QStringLiteral("Page 2 of %1").arg(total)));
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(total)));
        const QString all = pages.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("No requirement yet for: Security, Maintainability.")));
        // The chart is drawn, as vectors: its words are text and the file holds no image.
        QVERIFY(all.contains(QStringLiteral("Which qualities do the requirements cover?")));
        QVERIFY(all.contains(QStringLiteral("Requirements (count)")));
        QVERIFY(all.contains(QStringLiteral("Security (none)")));
        QCOMPARE(rasterImages(pdf), 0);
        // Every part is in: the decisions' weighted matrix, the drills' verdicts, the costs.
        for (const char *text : {"Primary database for orders", "Weighted score", "4.65", "stays first under",
                                 "Q4 regional failover drill", "✖ missed by 17 min", "The plan says",
                                 "Checkout workload review", "$1,050"})
            QVERIFY2(squeezed(all).contains(squeezed(QString::fromUtf8(text))), text);
        // The requirements table is there with its header (repeating it on each page a table
        // continues on is checked in longContentFlowsOverPages).
        QVERIFY(QRegularExpression(QStringLiteral("Kind\\s+Requirement\\s+Target")).match(all).hasMatch());
    }

    void barSeriesDifferInGrey_data()
    {
        QTest::addColumn<QString>("chartId");
        QTest::addColumn<QString>("itemId");
        QTest::newRow("risks per pillar") << QString::fromLatin1(core::kReviewPillarRiskChart) << QStringLiteral("w-checkout");
        QTest::newRow("weighted scores") << QStringLiteral("decision.weighted-scores") << QStringLiteral("dec-orders-db");
        QTest::newRow("drill phases") << QString::fromLatin1(core::kDrillPhasesChart) << QStringLiteral("drill-q4-region");
    }

    void barSeriesDifferInGrey()
    {
        // Printed in grey, any two series must differ in fill pattern or clearly in shade.
        QFETCH(QString, chartId);
        QFETCH(QString, itemId);
        const ProjectData data = sample();
        std::unique_ptr<QChart> chart(ui::ChartRegistry::standard().create(chartId, data, itemId));
        QVERIFY(chart);
        ui::distinguishInGrey(*chart);
        QList<QBrush> brushes;
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets()) {
                    brushes << set->brush();
                    // Value labels read on their bars: WCAG 4.5:1 against the fill, or against
                    // white where a pattern leaves the bar mostly white.
                    const QColor behind = set->brush().style() == Qt::SolidPattern ? set->brush().color() : QColor(Qt::white);
                    QVERIFY2(ui::palette::contrast(set->labelColor(), behind) >= 4.5, qPrintable(set->label()));
                }
        QVERIFY(brushes.size() >= 3);
        for (qsizetype i = 0; i < brushes.size(); ++i)
            for (qsizetype j = i + 1; j < brushes.size(); ++j) {
                const bool pattern = brushes[i].style() != brushes[j].style();
                const bool shade = std::abs(qGray(brushes[i].color().rgb()) - qGray(brushes[j].color().rgb())) >= 40;
                QVERIFY2(pattern || shade, qPrintable(QStringLiteral("sets %1 and %2 look alike in grey").arg(i).arg(j)));
            }
    }

    void valueLabelsBesideBarsReadOnThePaper()
    {
        // the requirements chart puts its counts beside the bars: they must read on white,
        // not on the bar's colour (they were printed white on white)
        const ProjectData data = sample();
        std::unique_ptr<QChart> chart(ui::ChartRegistry::standard().create(
            QString::fromLatin1(core::kRequirementsByKindChart), data, QString()));
        QVERIFY(chart);
        ui::distinguishInGrey(*chart);
        int checked = 0;
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series);
                bars && bars->isLabelsVisible() && bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd)
                for (QBarSet *set : bars->barSets()) {
                    QVERIFY2(ui::palette::contrast(set->labelColor(), Qt::white) >= 4.5, qPrintable(set->label()));
                    ++checked;
                }
        QVERIFY(checked > 0);
    }

    void letter()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
        const ProjectData data = sample();
        QVERIFY(ui::writeReportPdf(build(data), data, QPageSize::Letter, pdf).ok());
        QCOMPARE(pageSize(pdf), QStringLiteral("612 x 792 pts"));
    }

    void pageSizeFromLocale()
    {
        QCOMPARE(ui::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(ui::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(ui::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
        QCOMPARE(ui::defaultPageSize(QLocale::c()), QPageSize::A4);
        QCOMPARE(ui::pageSizeFromString(u"Letter"), QPageSize::Letter);
        QVERIFY(!ui::pageSizeFromString(u"a5"));
    }

    void hostileTextIsLiteral()
    {
        ProjectData data;
        data.project.id = QStringLiteral("p");
        data.project.name = hostile();
        data.project.description = hostile();
        data.project.owner = hostile();
        data.project.framing.users = hostile();
        data.project.requirements << Requirement{QStringLiteral("r1"), RequirementKind::Security, hostile(), hostile()};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("hostile.pdf"));
        QVERIFY(ui::writeReportPdf(build(data), data, QPageSize::A4, pdf).ok());
        const QString text = squeezed(pagesText(pdf, true).join(QString()));
        const QString wanted = squeezed(hostile());
        // Title page name and owner, description, framing answer, requirement text and target
        // (the running header is elided, so not counted).
        QVERIFY2(text.count(wanted) >= 6, qPrintable(text));
        QCOMPARE(rasterImages(pdf), 0); // nothing was loaded from file:///
    }

    void emptyProject()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
        const ProjectData data;
        QVERIFY(ui::writeReportPdf(build(data), data, QPageSize::A4, pdf).ok());
        QCOMPARE(pageCount(pdf), 3);
        const QString text = pagesText(pdf).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Untitled project")));
        QVERIFY(text.contains(QStringLiteral("No requirements recorded yet.")));
        QVERIFY(!text.contains(QStringLiteral("Which qualities"))); // no chart without requirements
    }

    void singleItemHasNoContents()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("overview.pdf"));
        const ProjectData data = sample();
        QVERIFY(ui::writeReportPdf(build(data, ReportScope::Item, QStringLiteral("sample-checkout")), data, QPageSize::A4, pdf).ok());
        const QStringList pages = pagesText(pdf);
        QVERIFY(squeezed(pages[0]).contains(QStringLiteral("PROJECTOVERVIEW")));
        QVERIFY(!pages.join(QString()).contains(QStringLiteral("Contents")));
        // title page, overview (with the sample's two failed decision-quality checks), the rest
        // of framing and requirements, the requirements chart
        QCOMPARE(pageCount(pdf), 4);
    }

    void longContentFlowsOverPages()
    {
        ProjectData data;
        data.project.id = QStringLiteral("p");
        data.project.name = QStringLiteral("Long");
        QString description;
        for (int i = 0; i < 400; ++i)
            description += QStringLiteral("Sentence %1 of the long description. ").arg(i);
        data.project.description = description;
        for (int i = 0; i < 120; ++i)
            data.project.requirements << Requirement{QStringLiteral("r%1").arg(i), RequirementKind(i % 11),
                                                     QStringLiteral("Requirement number %1 with some words").arg(i),
                                                     QStringLiteral("%1 ms").arg(i)};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(ui::writeReportPdf(build(data), data, QPageSize::A4, pdf).ok());
        const QStringList pages = pagesText(pdf);
        QVERIFY(pages.size() >= 8);
        const QString all = pages.join(QLatin1Char('\n'));
        const QString flat = squeezed(all);
        for (int i = 0; i < 400; i += 57)
            QVERIFY(flat.contains(QStringLiteral("Sentence%1ofthe").arg(i)));
        int tablePages = 0, headers = 0;
        for (const QString &p : pages) {
            const bool hasRow = p.contains(QStringLiteral("Requirement number"));
            tablePages += hasRow ? 1 : 0;
            if (hasRow)
                headers += QRegularExpression(QStringLiteral("Kind\\s+Requirement\\s+Target")).match(p).hasMatch() ? 1 : 0;
        }
        QVERIFY(tablePages >= 3);
        QCOMPARE(headers, tablePages); // every page of the table starts with its header
        for (int i = 0; i < 120; ++i)
            QCOMPARE(all.count(QRegularExpression(QStringLiteral("Requirement\\s+number\\s+%1\\s+with").arg(i))), 1);
    }

    void itemsStartOnNewPages()
    {
        // A stand-in decision provider, shaped as the decision domain will write it.
        ReportRegistry registry;
        registry.setProjectProvider([](const ProjectData &, const ReportOptions &) {
            ReportSection s(QStringLiteral("Project overview"), QStringLiteral("project-overview"), 1);
            s.blocks << ReportParagraph{QStringLiteral("Short overview.")};
            return QList<ReportSection>{s};
        });
        registry.add(ItemKind::Decision, [](const ProjectData &data, const ReportOptions &options) {
            QList<ReportSection> out;
            for (const Decision &d : data.decisions) {
                if (d.id != options.itemId)
                    continue;
                ReportSection top(d.title, QStringLiteral("decision-") + d.id, 1);
                top.blocks << ReportKeyValues{{{QStringLiteral("Status"), ReportText(QStringLiteral("accepted"))},
                                               {QStringLiteral("Door"), ReportText(QStringLiteral("one-way"))}}};
                ReportSection options(QStringLiteral("Options considered"), {}, 2);
                ReportTable t;
                t.header = {QStringLiteral("Option"), QStringLiteral("Weighted"), QStringLiteral("Verdict")};
                t.align = {ReportAlign::Left, ReportAlign::Right, ReportAlign::Left};
                t.rows << QList<ReportText>{QStringLiteral("PostgreSQL"), QStringLiteral("4.65"),
                                            ReportText::toned(QStringLiteral("✔ leader"), ReportTone::Good)}
                       << QList<ReportText>{QStringLiteral("DynamoDB"), QStringLiteral("—"),
                                            ReportText::toned(QStringLiteral("✖ eliminated"), ReportTone::Problem)};
                options.blocks << t;
                out << top << options;
            }
            return out;
        });
        ProjectData data;
        data.project.id = QStringLiteral("p");
        data.project.name = QStringLiteral("Items");
        for (const char *id : {"d1", "d2", "d3"}) {
            Decision d;
            d.id = QString::fromLatin1(id);
            d.title = QStringLiteral("Decision about ") + d.id;
            data.decisions << d;
        }
        const auto report = buildReport(data, ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)}, registry);
        QVERIFY(report.ok());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("items.pdf"));
        QVERIFY(ui::writeReportPdf(*report, data, QPageSize::A4, pdf).ok());
        if (const QString snapshots = qEnvironmentVariable("ARCHBENCH_SNAPSHOTS"); !snapshots.isEmpty())
            QFile::copy(pdf, snapshots + QStringLiteral("/items.pdf"));
        const QStringList pages = pagesText(pdf);
        // Title, contents, overview, then one page per decision (the part heading shares the
        // first decision's page).
        QCOMPARE(pages.size(), 6);
        QVERIFY(pages[3].contains(QStringLiteral("Decisions")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(pages[3 + i].contains(QStringLiteral("Decision about d%1").arg(i + 1)));
            QVERIFY(pages[3 + i].contains(QStringLiteral("✔ leader")));
        }
        QVERIFY(QRegularExpression(QStringLiteral("Decision about d3\\s+6\\s*$"), QRegularExpression::MultilineOption)
                    .match(pages[1]).hasMatch());
        // The running header names the item the page belongs to.
        QVERIFY(pages[4].section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Decision about d2")));
    }

    void registeredChartIsDrawn()
    {
        ui::ChartRegistry charts;
        charts.add(QStringLiteral("test.bars"), [](const ProjectData &, const QString &itemId) {
            auto *chart = new QChart;
            chart->setTitle(QStringLiteral("Test chart for ") + itemId);
            auto *set = new QBarSet(QStringLiteral("values"));
            *set << 1 << 2;
            auto *series = new QBarSeries;
            series->append(set);
            chart->addSeries(series);
            return chart;
        });
        Report report;
        report.title = QStringLiteral("Charts");
        ReportSection s(QStringLiteral("With a chart"), QStringLiteral("s"), 1);
        s.blocks << ReportChart{QStringLiteral("test.bars"), QStringLiteral("item-7"), QStringLiteral("Q?")}
                 << ReportChart{QStringLiteral("missing.chart"), {}, QStringLiteral("Unknown")};
        report.sections << s;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(ui::writeReportPdf(report, ProjectData{}, QPageSize::A4, pdf, {}, charts).ok());
        const QString text = pagesText(pdf).join(QString());
        QVERIFY(text.contains(QStringLiteral("Test chart for item-7")));
        QCOMPARE(rasterImages(pdf), 0);
    }

    void cancelLeavesOldFile_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("while laying out") << 0;
        QTest::newRow("while drawing") << 60;
    }

    void cancelLeavesOldFile()
    {
        QFETCH(int, stopAt);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        {
            QFile old(pdf);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        const ProjectData data = sample();
        int calls = 0;
        const auto result = ui::writeReportPdf(build(data), data, QPageSize::A4, pdf, [&](int percent) {
            ++calls;
            return percent < stopAt || (stopAt == 0 && calls < 1);
        });
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("cancelled")));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void unwritableTarget()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("missing/folder/r.pdf"));
        const ProjectData data = sample();
        const auto result = ui::writeReportPdf(build(data), data, QPageSize::A4, pdf);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("r.pdf")));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void printerPathMatchesPdf_data()
    {
        QTest::addColumn<int>("resolution"); // 0: the printer's own (high resolution)
        QTest::newRow("printer's resolution") << 0;
        QTest::newRow("300 dpi") << 300;
        QTest::newRow("96 dpi") << 96;
    }

    void printerPathMatchesPdf()
    {
        // Print preview paints on a QPrinter at the printer's resolution; the renderer lays
        // out at the PDF's resolution whatever the device, so both paginate alike.
        QFETCH(int, resolution);
        QTemporaryDir dir;
        const ProjectData data = sample();
        const Report report = build(data);
        const QString reference = dir.filePath(QStringLiteral("reference.pdf"));
        QVERIFY(ui::writeReportPdf(report, data, QPageSize::A4, reference).ok());

        const QString pdf = dir.filePath(QStringLiteral("printer.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        if (resolution > 0)
            printer.setResolution(resolution);
        printer.setFullPage(true);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        ui::PdfReportRenderer renderer(report, data);
        QCOMPARE(renderer.paint(printer), ui::PdfReportRenderer::Result::Done);
        const int expected = pageCount(reference);
        QCOMPARE(renderer.pageCount(), expected);
        QCOMPARE(pageCount(pdf), expected);
        // Same contents page (same numbers), same footer, the same words on a body page.
        const QStringList pages = pagesText(pdf, true);
        const QStringList wanted = pagesText(reference, true);
        QCOMPARE(squeezed(pages[1]), squeezed(wanted[1]));
        QCOMPARE(squeezed(pages.last()), squeezed(wanted.last()));
        const auto wordsOnPage3 = [](const QString &file) {
            return run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("3"),
                                                     QStringLiteral("-l"), QStringLiteral("3"), file, QStringLiteral("-")})
                .count(QStringLiteral("<word"));
        };
        QCOMPARE(wordsOnPage3(pdf), wordsOnPage3(reference));
    }
};

QTEST_MAIN(TestPdfReportRenderer)
#include "tst_pdfreportrenderer.moc"
