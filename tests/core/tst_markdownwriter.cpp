// Markdown output: escaping rules one by one, literal rendering of hostile text checked with
// a real GFM renderer (cmark-gfm), document structure (front matter, contents, slugs, links)
// and golden files for the sample project.
#include "common/projectgenerator.h"
#include "common/gfm.h"
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/document/markdownescape.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace archbench::core;
using archbench::test::renderGfm;
using archbench::test::textContent;
using archbench::test::unexpectedTags;
namespace md = archbench::core::markdown;

namespace {

ProjectData sample()
{
    const auto data = interchange::fromJson(archbench::test::readData(QStringLiteral("../../resources/sample/checkout-platform.json")));
    if (!data.ok())
        qFatal("sample does not import");
    return *data;
}

/// Compares with tests/data/reports/<name>; ARCHBENCH_UPDATE_GOLDEN=1 rewrites the file.
void compareGolden(const QString &actual, const QString &name)
{
    const QString path = archbench::test::dataPath(QStringLiteral("reports/") + name);
    if (qEnvironmentVariableIsSet("ARCHBENCH_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual.toUtf8());
        return;
    }
    const QString expected = QString::fromUtf8(archbench::test::readData(QStringLiteral("reports/") + name));
    if (actual != expected) {
        const QStringList a = actual.split(QLatin1Char('\n')), e = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
            if (a.value(i) != e.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  got:      %3\n  expected: %4")
                                     .arg(name).arg(i + 1).arg(a.value(i), e.value(i))));
    }
}

const QStringList &hostileTexts()
{
    static const QStringList texts = {
        QStringLiteral("Pipes | hash # lt < gt > amp & star * backslash \\ tick ` under _ brackets [ ]"),
        QStringLiteral("# Not a heading"),
        QStringLiteral("<img src=\"file:///etc/passwd\"> <script>alert(1)</script> <!-- c -->"),
        QStringLiteral("[link](http://evil.example) ![img](x.png) <http://auto.example>"),
        QStringLiteral("**bold** _em_ *it* ~~strike~~ `code` $x^2$ &amp; &#60; R&D"),
        QStringLiteral("- dash\n+ plus\n1. one\n2) two\n> quote\n===\n---\n    indented code\n* star"),
        QStringLiteral("| a | b |\n|---|---|\n| c | d |"),
        QStringLiteral("trailing hash #"),
        QStringLiteral("snake_case_name, _lead and trail_ and __dunder__"),
        QStringLiteral("[^note] and [x] task \\\\ double"),
        QStringLiteral("```\nfence\n```\n~~~\ntilde"),
    };
    return texts;
}

Report hostileReport(const QString &text)
{
    Report r;
    r.title = text;
    r.subtitle = text;
    r.meta << std::pair{QStringLiteral("Owner"), text};
    ReportSection s(text, QStringLiteral("s1"), 1);
    s.blocks << ReportParagraph{text} << ReportParagraph{text, true};
    ReportKeyValues kv;
    kv.entries << std::pair{text, ReportText(text)};
    s.blocks << kv;
    s.blocks << ReportList{{ReportText(text), ReportText::strong(text), ReportText::code(text)}, false};
    ReportTable t;
    t.header = QStringList{text, QStringLiteral("B")};
    t.rows << QList<ReportText>{ReportText(text), ReportText::emphasis(text)};
    s.blocks << t;
    r.sections << s;
    return r;
}

} // namespace

class TestMarkdownWriter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        archbench::test::failOnErrorLogs();
        // The golden files are what `archbench export` writes under LC_ALL=C.UTF-8
        // (tst_exportcommand): the C locale as the system locale, which groups thousands
        // ("20,000"), unlike QLocale::c() with its OmitGroupSeparator.
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::DefaultNumberOptions);
        QLocale::setDefault(c);
    }

    void escapeLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("context");
        QTest::addColumn<bool>("lineStart");
        QTest::addColumn<QString>("expected");
        const int block = int(md::Context::Block), cell = int(md::Context::TableCell), head = int(md::Context::Heading);
        QTest::newRow("plain") << QStringLiteral("Plain words, 100 ms.") << block << true << QStringLiteral("Plain words, 100 ms.");
        QTest::newRow("pipe") << QStringLiteral("a|b") << cell << false << QStringLiteral("a\\|b");
        QTest::newRow("backslash-pipe") << QStringLiteral("a\\|b") << cell << false << QStringLiteral("a\\\\\\|b");
        QTest::newRow("hash at start") << QStringLiteral("# x") << block << true << QStringLiteral("\\# x");
        QTest::newRow("hash inside") << QStringLiteral("issue #4") << block << true << QStringLiteral("issue #4");
        QTest::newRow("hash in heading") << QStringLiteral("Fix #") << head << false << QStringLiteral("Fix \\#");
        QTest::newRow("indent dropped") << QStringLiteral("    code") << block << true << QStringLiteral("code");
        QTest::newRow("tag") << QStringLiteral("<b>x</b>") << block << false << QStringLiteral("\\<b>x\\</b>");
        QTest::newRow("comment") << QStringLiteral("<!-- x -->") << block << false << QStringLiteral("\\<!-- x -->");
        QTest::newRow("less than number") << QStringLiteral("p99 < 100 ms") << block << false << QStringLiteral("p99 < 100 ms");
        QTest::newRow("entity") << QStringLiteral("&amp; &#60; &#x3C;") << block << false << QStringLiteral("\\&amp; \\&#60; \\&#x3C;");
        QTest::newRow("ampersand") << QStringLiteral("R&D & ops") << block << false << QStringLiteral("R&D & ops");
        QTest::newRow("emphasis") << QStringLiteral("*a* **b**") << block << false << QStringLiteral("\\*a\\* \\*\\*b\\*\\*");
        QTest::newRow("underscore intraword") << QStringLiteral("snake_case") << block << false << QStringLiteral("snake_case");
        QTest::newRow("underscore edges") << QStringLiteral("_a_") << block << false << QStringLiteral("\\_a\\_");
        QTest::newRow("backtick") << QStringLiteral("`x`") << block << false << QStringLiteral("\\`x\\`");
        QTest::newRow("brackets") << QStringLiteral("[a](b)") << block << false << QStringLiteral("\\[a\\](b)");
        QTest::newRow("dash list") << QStringLiteral("- a") << block << true << QStringLiteral("\\- a");
        QTest::newRow("dash mid") << QStringLiteral("a - b") << block << true << QStringLiteral("a - b");
        QTest::newRow("plus list") << QStringLiteral("+ a") << block << true << QStringLiteral("\\+ a");
        QTest::newRow("ordered") << QStringLiteral("12. a") << block << true << QStringLiteral("12\\. a");
        QTest::newRow("ordered paren") << QStringLiteral("3) a") << block << true << QStringLiteral("3\\) a");
        QTest::newRow("number not list") << QStringLiteral("2026 plan") << block << true << QStringLiteral("2026 plan");
        QTest::newRow("decimal not list") << QStringLiteral("99.95 %") << block << true << QStringLiteral("99.95 %");
        QTest::newRow("ordered at end") << QStringLiteral("7.") << block << true << QStringLiteral("7\\.");
        QTest::newRow("quote") << QStringLiteral("> a") << block << true << QStringLiteral("\\> a");
        QTest::newRow("setext") << QStringLiteral("===") << block << true << QStringLiteral("\\===");
        QTest::newRow("list marker mid-line") << QStringLiteral("- a") << block << false << QStringLiteral("- a");
        QTest::newRow("cell ignores line start") << QStringLiteral("- a") << cell << true << QStringLiteral("- a");
        QTest::newRow("strike") << QStringLiteral("~~x~~") << block << false << QStringLiteral("\\~\\~x\\~\\~");
        QTest::newRow("math") << QStringLiteral("$200-$800") << block << false << QStringLiteral("\\$200-\\$800");
        QTest::newRow("newline in cell") << QStringLiteral("a\nb") << cell << false << QStringLiteral("a b");
    }

    void escapeLine()
    {
        QFETCH(QString, text);
        QFETCH(int, context);
        QFETCH(bool, lineStart);
        QFETCH(QString, expected);
        QCOMPARE(md::escapeLine(text, md::Context(context), lineStart), expected);
    }

    void codeSpan()
    {
        QCOMPARE(md::codeSpan(QStringLiteral("a")), QStringLiteral("`a`"));
        QCOMPARE(md::codeSpan(QStringLiteral("a`b")), QStringLiteral("``a`b``"));
        QCOMPARE(md::codeSpan(QStringLiteral("`x`")), QStringLiteral("`` `x` ``"));
        QCOMPARE(md::codeSpan(QStringLiteral("a|b")), QStringLiteral("`a\\|b`"));
    }

    void slugs()
    {
        QCOMPARE(md::githubSlug(QStringLiteral("Where the review stands")), QStringLiteral("where-the-review-stands"));
        QCOMPARE(md::githubSlug(QStringLiteral("Durability (RPO) & more!")), QStringLiteral("durability-rpo--more"));
        QCOMPARE(md::githubSlug(QStringLiteral("Größe_2")), QStringLiteral("größe_2"));
        md::SlugRegistry reg;
        QCOMPARE(reg.unique(QStringLiteral("Context")), QStringLiteral("context"));
        QCOMPARE(reg.unique(QStringLiteral("Context")), QStringLiteral("context-1"));
        QCOMPARE(reg.unique(QStringLiteral("Context")), QStringLiteral("context-2"));
        QCOMPARE(reg.unique(QStringLiteral("Context 1")), QStringLiteral("context-1-1"));
    }

    void yaml()
    {
        QCOMPARE(md::yamlScalar(QStringLiteral("accepted")), QStringLiteral("accepted"));
        QCOMPARE(md::yamlScalar(QStringLiteral("2026-11-28")), QStringLiteral("2026-11-28"));
        QCOMPARE(md::yamlScalar(QStringLiteral("Dana Reyes, Sam Lee")), QStringLiteral("Dana Reyes, Sam Lee"));
        QCOMPARE(md::yamlScalar(QStringLiteral("a: b")), QStringLiteral("\"a: b\""));
        QCOMPARE(md::yamlScalar(QStringLiteral("yes")), QStringLiteral("\"yes\""));
        QCOMPARE(md::yamlScalar(QStringLiteral("say \"hi\"\n---")), QStringLiteral("\"say \\\"hi\\\"\\n---\""));
        QCOMPARE(md::yamlScalar(QString()), QStringLiteral("\"\""));
    }

    void hostileTextRendersLiterally_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &t : hostileTexts())
            QTest::newRow(qPrintable(QString(t.left(24)).replace(QLatin1Char('\n'), QLatin1Char(' ')))) << t;
    }

    void hostileTextRendersLiterally()
    {
        QFETCH(QString, text);
        if (QStandardPaths::findExecutable(QStringLiteral("cmark-gfm")).isEmpty())
            QFAIL("cmark-gfm is needed (scripts/install-deps.sh installs it)");
        const QString markdown = MarkdownWriter::write(hostileReport(text));
        const QString html = renderGfm(markdown);
        QVERIFY(!html.isEmpty());
        const QStringList bad = unexpectedTags(html);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char(' ')) + QStringLiteral("\n") + markdown));
        // Every occurrence shows the words as typed (line breaks become spaces in cells).
        const QString content = textContent(html);
        const QString wanted = text.simplified();
        const qsizetype occurrences = content.count(wanted);
        QVERIFY2(occurrences >= 10, qPrintable(QStringLiteral("found %1 times in: %2\n%3").arg(occurrences).arg(content, markdown)));
        // Headings stay the only headings.
        QCOMPARE(html.count(QStringLiteral("<h1>")), 1);
        QCOMPARE(html.count(QStringLiteral("<h2>")), 2); // "Contents" and the section
        QCOMPARE(html.count(QStringLiteral("<table>")), 1);
        QCOMPARE(html.count(QStringLiteral("<blockquote>")), 0);
        QCOMPARE(html.count(QStringLiteral("<pre>")), 0);
    }

    void generatedProjectsRenderSafely()
    {
        for (quint32 seed = 1; seed <= 12; ++seed) {
            const ProjectData data = archbench::test::generateProject(seed);
            const auto report = buildReport(data, ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)});
            QVERIFY(report.ok());
            const QString html = renderGfm(MarkdownWriter::write(*report));
            const QStringList bad = unexpectedTags(html);
            QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(bad.join(QLatin1Char(' ')))));
            const QString content = textContent(html);
            for (const Requirement &r : data.project.requirements)
                if (!r.text.trimmed().isEmpty())
                    QVERIFY2(content.contains(r.text.simplified()), qPrintable(r.text));
        }
    }

    void hardBreaksAndParagraphs()
    {
        Report r;
        r.scope = ReportScope::Item;
        ReportSection s(QStringLiteral("T"), QStringLiteral("t"), 1);
        s.blocks << ReportParagraph{QStringLiteral("line one\nline two\n\n\nnext paragraph")};
        s.blocks << ReportList{{ReportText(QStringLiteral("item\n- not a list"))}, false};
        r.sections << s;
        QCOMPARE(MarkdownWriter::write(r), QStringLiteral("# T\n\nline one\\\nline two\n\nnext paragraph\n\n"
                                                          "- item\\\n  \\- not a list\n"));
    }

    void styledRunsAndLinks()
    {
        Report r;
        r.scope = ReportScope::Item;
        ReportSection a(QStringLiteral("Primary database"), QStringLiteral("decision-d1"), 1);
        ReportText t = ReportText::strong(QStringLiteral(" Status: "));
        t.append(QStringLiteral("superseded by ")).append(ReportText::link(QStringLiteral("Event store"), QStringLiteral("decision-d2")));
        t.append(QStringLiteral(", see ")).append(ReportText::link(QStringLiteral("elsewhere"), QStringLiteral("missing")));
        a.blocks << ReportParagraph{t};
        ReportSection b(QStringLiteral("Event store"), QStringLiteral("decision-d2"), 1);
        r.sections << a << b;
        QCOMPARE(MarkdownWriter::write(r),
                 QStringLiteral("# Primary database\n\n**Status:** superseded by [Event store](#event-store), see elsewhere\n\n"
                                "# Event store\n"));
    }

    void tableShape()
    {
        Report r;
        r.scope = ReportScope::Item;
        ReportSection s(QStringLiteral("T"), QStringLiteral("t"), 1);
        ReportTable t;
        t.header = QStringList{QStringLiteral("Option"), QStringLiteral("Score")};
        t.align = {ReportAlign::Left, ReportAlign::Right};
        t.rows << QList<ReportText>{QStringLiteral("Postgre|SQL"), QStringLiteral("4.65")};
        t.rows << QList<ReportText>{QStringLiteral("Two\nlines")}; // short row padded
        s.blocks << t;
        r.sections << s;
        QCOMPARE(MarkdownWriter::write(r), QStringLiteral("# T\n\n| Option | Score |\n| --- | ---: |\n"
                                                          "| Postgre\\|SQL | 4.65 |\n| Two lines |  |\n"));
    }

    void frontMatterComesFirst()
    {
        Report r;
        r.scope = ReportScope::Item;
        r.frontMatter = {{QStringLiteral("status"), QStringLiteral("accepted")},
                         {QStringLiteral("date"), QStringLiteral("2026-11-28")},
                         {QStringLiteral("decision-makers"), QStringLiteral("Dana: lead")}};
        r.sections << ReportSection(QStringLiteral("Use PostgreSQL"), QStringLiteral("d1"), 1);
        QCOMPARE(MarkdownWriter::write(r), QStringLiteral("---\nstatus: accepted\ndate: 2026-11-28\n"
                                                          "decision-makers: \"Dana: lead\"\n---\n\n# Use PostgreSQL\n"));
    }

    void adjacentListsStayApart()
    {
        Report r;
        r.scope = ReportScope::Item;
        ReportSection s(QStringLiteral("T"), QStringLiteral("t"), 1);
        s.blocks << ReportList{{ReportText(QStringLiteral("a"))}, false}
                 << ReportKeyValues{{{QStringLiteral("K"), ReportText(QStringLiteral("v"))}}}
                 << ReportList{{ReportText(QStringLiteral("b"))}, false} << ReportList{{ReportText(QStringLiteral("1"))}, true}
                 << ReportList{{ReportText(QStringLiteral("2"))}, true} << ReportParagraph{QStringLiteral("p")}
                 << ReportList{{ReportText(QStringLiteral("c"))}, false};
        r.sections << s;
        const QString md = MarkdownWriter::write(r);
        QCOMPARE(md, QStringLiteral("# T\n\n- a\n\n* **K:** v\n\n- b\n\n1. 1\n\n1) 2\n\np\n\n- c\n"));
        const QString html = renderGfm(md);
        QCOMPARE(html.count(QStringLiteral("<ul>")), 4);
        QCOMPARE(html.count(QStringLiteral("<ol>")), 2);
    }

    void chartsAreLeftOut()
    {
        Report r;
        r.scope = ReportScope::Item;
        ReportSection s(QStringLiteral("T"), QStringLiteral("t"), 1);
        s.blocks << ReportChart{QStringLiteral("x"), QStringLiteral("i"), QStringLiteral("Q?")};
        r.sections << s;
        QCOMPARE(MarkdownWriter::write(r), QStringLiteral("# T\n"));
    }

    void goldenSample()
    {
        const auto report = buildReport(sample(), ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)});
        QVERIFY(report.ok());
        compareGolden(MarkdownWriter::write(*report), QStringLiteral("checkout-platform.md"));
    }

    void goldenSampleOverviewOnly()
    {
        const auto report = buildReport(sample(), ReportOptions{ReportScope::Item, QStringLiteral("sample-checkout"),
                                                                QDate(2026, 11, 28)});
        QVERIFY(report.ok());
        compareGolden(MarkdownWriter::write(*report), QStringLiteral("checkout-platform-overview.md"));
    }

    void goldenEmptyProject()
    {
        const auto report = buildReport(ProjectData{}, ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)});
        QVERIFY(report.ok());
        compareGolden(MarkdownWriter::write(*report), QStringLiteral("empty-project.md"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownWriter)
#include "tst_markdownwriter.moc"
