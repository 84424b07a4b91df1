// Assembling reports from providers: scopes, the per-item calling convention, level shifts,
// anchors, page breaks, front matter, the fallback for kinds without a provider, refusals,
// and the project-level sections of the sample.
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/report/projectsections.h"
#include "core/report/reportbuilder.h"

#include <QLocale>
#include <QTest>

using namespace archbench::core;

namespace {

ProjectData sample()
{
    return *interchange::fromJson(archbench::test::readData(QStringLiteral("../../resources/sample/checkout-platform.json")));
}

ProjectData twoDecisions()
{
    ProjectData data;
    data.project.id = QStringLiteral("p1");
    data.project.name = QStringLiteral("Demo");
    for (const char *id : {"d1", "d2"}) {
        Decision d;
        d.id = QString::fromLatin1(id);
        d.title = QStringLiteral("Decision ") + d.id;
        d.participants = {QStringLiteral("Dana")};
        data.decisions << d;
    }
    Drill x;
    x.id = QStringLiteral("x1");
    x.title = QStringLiteral("Failover drill");
    data.drills << x;
    return data;
}

/// A decision provider as a domain would write it: one item per call, sub-sections below.
QList<ReportSection> fakeDecisionSections(const ProjectData &data, const ReportOptions &options)
{
    QList<ReportSection> out;
    for (const Decision &d : data.decisions) {
        if (d.id != options.itemId)
            continue;
        ReportSection top(d.title, QStringLiteral("decision-") + d.id, 1);
        top.frontMatter = {{QStringLiteral("status"), enumToString(d.status)},
                           {QStringLiteral("decision-makers"), d.participants.join(QStringLiteral(", "))}};
        out << top;
        ReportSection context(QStringLiteral("Context"), {}, 2); // anchor left to the builder
        context.blocks << ReportParagraph{QStringLiteral("Generated on ") + options.generated.toString(Qt::ISODate)};
        out << context;
    }
    return out;
}

ReportRegistry registryWithDecisions()
{
    ReportRegistry r;
    r.setProjectProvider(&projectSections);
    r.add(ItemKind::Decision, &fakeDecisionSections);
    return r;
}

QStringList titles(const Report &r)
{
    QStringList out;
    for (const ReportSection &s : r.sections)
        out << QStringLiteral("%1:%2%3").arg(s.level).arg(s.title, s.pageBreak ? QStringLiteral(" |") : QString());
    return out;
}

} // namespace

class TestReportBuilder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        archbench::test::failOnErrorLogs();
        QLocale::setDefault(QLocale::c());
    }

    void wholeProjectShiftsItemsUnderParts()
    {
        const auto r = buildReport(twoDecisions(), ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)},
                                   registryWithDecisions());
        QVERIFY(r.ok());
        QCOMPARE(titles(*r), (QStringList{
                                 QStringLiteral("1:Project overview |"), QStringLiteral("2:Where the review stands"),
                                 QStringLiteral("2:Framing"), QStringLiteral("2:Requirements"),
                                 QStringLiteral("1:Decisions |"), QStringLiteral("2:Decision d1 |"),
                                 QStringLiteral("3:Context"), QStringLiteral("2:Decision d2 |"),
                                 QStringLiteral("3:Context"),
                                 // drills have no provider yet: their titles are still listed
                                 QStringLiteral("1:Disaster-recovery drills |"), QStringLiteral("2:Failover drill |")}));
        QCOMPARE(r->sections[5].anchor, QStringLiteral("decision-d1"));
        QCOMPARE(r->sections[6].anchor, QStringLiteral("decision-d1-context"));
        QCOMPARE(r->sections[8].anchor, QStringLiteral("decision-d2-context"));
        QVERIFY(r->frontMatter.isEmpty()); // front matter only for a single item
        QCOMPARE(r->title, QStringLiteral("Demo"));
        QCOMPARE(r->generated, QDate(2026, 11, 28));
        // The provider saw the generated date.
        const auto &p = std::get<ReportParagraph>(r->sections[6].blocks.first());
        QCOMPARE(p.text.plainText(), QStringLiteral("Generated on 2026-11-28"));
    }

    void singleItemKeepsLevelsAndFrontMatter()
    {
        const auto r = buildReport(twoDecisions(), ReportOptions{ReportScope::Item, QStringLiteral("d2"), QDate(2026, 11, 28)},
                                   registryWithDecisions());
        QVERIFY(r.ok());
        QCOMPARE(titles(*r), (QStringList{QStringLiteral("1:Decision d2 |"), QStringLiteral("2:Context")}));
        QCOMPARE(r->frontMatter.size(), 2);
        QCOMPARE(r->frontMatter[1].second, QStringLiteral("Dana"));
        QCOMPARE(r->title, QStringLiteral("Decision d2"));
        QCOMPARE(r->subtitle, QStringLiteral("Architecture decision record"));
        QCOMPARE(r->meta.first().second, QStringLiteral("Demo"));
    }

    void projectIdGivesTheProjectPart()
    {
        const auto r = buildReport(sample(), ReportOptions{ReportScope::Item, QStringLiteral("sample-checkout"), QDate(2026, 11, 28)});
        QVERIFY(r.ok());
        QCOMPARE(r->sections.size(), 4);
        QCOMPARE(r->sections.first().title, QStringLiteral("Project overview"));
        // Alone, the overview names the owner itself.
        const auto &kv = std::get<ReportKeyValues>(r->sections.first().blocks.at(1));
        QCOMPARE(kv.entries.first().first, QStringLiteral("Owner"));
    }

    void refusals()
    {
        const auto missing = buildReport(twoDecisions(), ReportOptions{ReportScope::Item, QStringLiteral("nope"), {}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("\"nope\"")));
        ReportRegistry bare;
        const auto noProvider = buildReport(twoDecisions(), ReportOptions{ReportScope::Item, QStringLiteral("x1"), {}}, bare);
        QVERIFY(!noProvider.ok());
        QCOMPARE(noProvider.error().code, ErrorCode::Invalid);
        QVERIFY(noProvider.error().message.contains(QStringLiteral("drill \"x1\"")));
    }

    void duplicateAnchorsAreMadeUnique()
    {
        ReportRegistry r;
        r.setProjectProvider([](const ProjectData &, const ReportOptions &) {
            return QList<ReportSection>{ReportSection(QStringLiteral("A"), QStringLiteral("same"), 1),
                                        ReportSection(QStringLiteral("B"), QStringLiteral("same"), 2),
                                        ReportSection(QStringLiteral("!!!"), {}, 2)};
        });
        const auto rep = buildReport(ProjectData{}, ReportOptions{}, r);
        QVERIFY(rep.ok());
        QCOMPARE(rep->sections[0].anchor, QStringLiteral("same"));
        QCOMPARE(rep->sections[1].anchor, QStringLiteral("same-2"));
        QCOMPARE(rep->sections[2].anchor, QStringLiteral("same-section"));
        QVERIFY(rep->generated.isValid()); // defaults to today
    }

    void emptyProject()
    {
        const auto r = buildReport(ProjectData{}, ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)});
        QVERIFY(r.ok());
        QCOMPARE(r->title, QStringLiteral("Untitled project"));
        QCOMPARE(r->sections.size(), 4);
        const auto &req = r->sections[3];
        QCOMPARE(req.blocks.size(), 1);
        QVERIFY(std::get<ReportParagraph>(req.blocks.first()).note);
    }

    void sampleProjectSections()
    {
        const auto r = buildReport(sample(), ReportOptions{ReportScope::Project, {}, QDate(2026, 11, 28)});
        QVERIFY(r.ok());
        // Framing: unanswered questions are said so, muted.
        const auto &framing = r->sections[2];
        const auto &kv = std::get<ReportKeyValues>(framing.blocks.at(1));
        QCOMPARE(kv.entries.size(), 12);
        const auto timeline = std::find_if(kv.entries.cbegin(), kv.entries.cend(),
                                           [](const auto &e) { return e.first == QStringLiteral("Timeline"); });
        QCOMPARE(timeline->second.plainText(), QStringLiteral("Not answered yet"));
        QCOMPARE(timeline->second.runs.first().tone, ReportTone::Muted);
        QCOMPARE(std::get<ReportParagraph>(framing.blocks.at(0)).text.plainText(),
                 QStringLiteral("10 of 12 framing questions answered."));
        // Requirements: table, availability arithmetic, gaps, chart.
        const auto &req = r->sections[3];
        const auto &table = std::get<ReportTable>(req.blocks.at(0));
        QCOMPARE(table.rows.size(), 9);
        QCOMPARE(table.rows[4][0].plainText(), QStringLiteral("Durability (RPO)"));
        QCOMPARE(std::get<ReportParagraph>(req.blocks.at(1)).text.plainText(),
                 QStringLiteral("Order placement availability (99.95 %) allows at most 4.38 h of downtime a year, "
                                "21.9 min a month."));
        QCOMPARE(std::get<ReportParagraph>(req.blocks.at(2)).text.plainText(),
                 QStringLiteral("No requirement yet for: Security, Maintainability."));
        const auto &chart = std::get<ReportChart>(req.blocks.at(3));
        QCOMPARE(chart.chartId, QString::fromLatin1(kRequirementsByKindChart));
        // The dashboard lines carry a marker with their severity.
        const auto &status = std::get<ReportList>(r->sections[1].blocks.first());
        QCOMPARE(status.items.first().runs.first().text, QStringLiteral("▲ "));
        QCOMPARE(status.items.first().runs.first().tone, ReportTone::Attention);
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
