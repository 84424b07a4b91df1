// The report sections of cost models: every figure the charts show is in a table, the chart
// blocks name the cost charts, a model that cannot be computed says why.
#include "common/testsupport.h"
#include "core/cost/costdefaults.h"
#include "core/cost/costmodelsections.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"

#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {

ProjectData sampleData()
{
    ProjectData data;
    data.project.id = QStringLiteral("p1");
    data.project.name = QStringLiteral("Checkout");
    CostModel latency = cost::defaultLatencyModel();
    latency.id = QStringLiteral("cm1");
    CostModel crossover = cost::defaultCrossoverModel();
    crossover.id = QStringLiteral("cm2");
    CostModel reserved = cost::defaultReservedModel();
    reserved.id = QStringLiteral("cm3");
    data.costModels = {latency, crossover, reserved};
    return data;
}

QList<ReportSection> sectionsOf(const ProjectData &data, const QString &id)
{
    ReportOptions options;
    options.itemId = id;
    options.generated = QDate(2026, 11, 28);
    return costModelSections(data, options);
}

template <typename T> QList<T> blocksOf(const QList<ReportSection> &sections)
{
    QList<T> out;
    for (const ReportSection &s : sections)
        for (const ReportBlock &b : s.blocks)
            if (const T *t = std::get_if<T>(&b))
                out << *t;
    return out;
}

QStringList column(const ReportTable &t, int c)
{
    QStringList out;
    for (const auto &row : t.rows)
        out << row.value(c).plainText();
    return out;
}

} // namespace

class TestCostModelSections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void latencyModel()
    {
        const auto sections = sectionsOf(sampleData(), QStringLiteral("cm1"));
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].level, 1);
        QCOMPARE(sections[0].anchor, QStringLiteral("costmodel-cm1"));
        QCOMPARE(sections[0].title, QStringLiteral("Checkout p99 latency"));
        const ReportTable t = blocksOf<ReportTable>(sections).first();
        QCOMPARE(column(t, 6), (QStringList{QStringLiteral("$1.18"), QStringLiteral("$8.89"), QStringLiteral("$26.67")}));
        QCOMPARE(column(t, 8).first(), QStringLiteral("42.5×"));
        QCOMPARE(column(t, 9), (QStringList{QStringLiteral("short of target"), QStringLiteral("✔ meets target"),
                                            QStringLiteral("beyond target")}));
        const auto charts = blocksOf<ReportChart>(sections);
        QCOMPARE(charts.size(), 1);
        QCOMPARE(charts[0].chartId, QString::fromLatin1(kLatencyCurveChart));
        QCOMPARE(charts[0].itemId, QStringLiteral("cm1"));
    }

    void crossoverModel()
    {
        const auto sections = sectionsOf(sampleData(), QStringLiteral("cm2"));
        QCOMPARE(sections.size(), 3);
        const auto tables = blocksOf<ReportTable>(sections);
        QCOMPARE(tables.size(), 2);
        QCOMPARE(column(tables[0], 0), (QStringList{QStringLiteral("Serverless"), QStringLiteral("Containers (reserved)")}));
        QCOMPARE(column(tables[1], 0), (QStringList{QStringLiteral("100 rps"), QStringLiteral("107.1 rps")}));
        QCOMPARE(column(tables[1], 2), (QStringList{QStringLiteral("Serverless"), QStringLiteral("Containers (reserved)")}));
        QCOMPARE(blocksOf<ReportChart>(sections).first().chartId, QString::fromLatin1(kLoadCrossoverChart));
        bool said = false;
        for (const auto &p : blocksOf<ReportParagraph>(sections))
            said = said || p.text.plainText() == QStringLiteral("The cheapest option changes at 107.1 rps.");
        QVERIFY(said);
    }

    void reservedModel()
    {
        const auto sections = sectionsOf(sampleData(), QStringLiteral("cm3"));
        const ReportTable t = blocksOf<ReportTable>(sections).first();
        QCOMPARE(column(t, 2), (QStringList{QStringLiteral("$1,050"), QStringLiteral("$672"), QStringLiteral("$388.50"),
                                            QStringLiteral("$630")}));
        QCOMPARE(column(t, 4).at(2), QStringLiteral("$7,938"));
        QCOMPARE(blocksOf<ReportChart>(sections).first().chartId, QString::fromLatin1(kReservedComparisonChart));
    }

    void invalidModelSaysWhy()
    {
        ProjectData data = sampleData();
        data.costModels[0].steps[1].monthlyCost = -5;
        const auto sections = sectionsOf(data, QStringLiteral("cm1"));
        QCOMPARE(sections.size(), 1);
        QVERIFY(blocksOf<ReportChart>(sections).isEmpty());
        const auto paragraphs = blocksOf<ReportParagraph>(sections);
        QCOMPARE(paragraphs.size(), 1);
        QCOMPARE(paragraphs[0].text.plainText(),
                 QStringLiteral("✖ The figures cannot be computed: steps[1].monthlyCost must be positive"));
        QCOMPARE(paragraphs[0].text.runs.first().tone, ReportTone::Problem);
    }

    void unknownIdGivesNothing()
    {
        QVERIFY(sectionsOf(sampleData(), QStringLiteral("nope")).isEmpty());
    }

    void wholeProjectMarkdown()
    {
        ReportOptions options;
        options.generated = QDate(2026, 11, 28);
        const auto report = buildReport(sampleData(), options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QString md = MarkdownWriter::write(*report);
        QVERIFY(md.contains(QStringLiteral("Cost models")));
        QVERIFY(md.contains(QStringLiteral("✔ Target met after step 2 (Multi-region with a CDN) for \\$1,000 a month.")));
        QVERIFY(md.contains(QStringLiteral("42.5×")));
        QVERIFY(md.contains(QStringLiteral("107.1 rps")));
    }
};

QTEST_GUILESS_MAIN(TestCostModelSections)
#include "tst_costmodelsections.moc"
