// core/portfolio: a folder of fired, due and clean projects plus a corrupt file and JSON that is
// not a project; the rows, the attention items by kind, metrics that fire and clear a trigger,
// the day boundaries (due today, overdue by one day), and every output format of `check`.
#include "common/testsupport.h"
#include "core/portfolio/portfolio.h"
#include "core/portfolio/portfoliooutput.h"
#include "core/storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace archbench;
using namespace archbench::core;

namespace {

const QDate kToday(2026, 12, 5);

ProjectData example()
{
    auto data = readProjectFile(test::dataPath(QStringLiteral("interchange/example.json")));
    if (!data)
        qFatal("example.json: %s", qPrintable(data.error().message));
    return *data;
}

/// The example project, accepted, without its drill and review (so only triggers speak).
ProjectData decisionsOnly(const QString &id, const QString &name)
{
    ProjectData d = example();
    d.project.id = id;
    d.project.name = name;
    d.drills.clear();
    d.reviews.clear();
    d.decisions[0].status = DecisionStatus::Accepted;
    // a complete ranking, so that an accepted decision passes its checks
    d.decisions[0].scores << Score{QStringLiteral("o2"), QStringLiteral("c2"), 3, {}};
    return d;
}

ProjectData fired()
{
    ProjectData d = decisionsOnly(QStringLiteral("p-fired"), QStringLiteral("Fired project"));
    d.decisions[0].revisitTriggers[0].currentValue = 12400; // rps > 10000
    return d;
}

ProjectData due()
{
    ProjectData d = decisionsOnly(QStringLiteral("p-due"), QStringLiteral("Due project"));
    d.decisions[0].revisitTriggers[1].reviewBy = kToday.addDays(10);
    return d;
}

ProjectData clean()
{
    ProjectData d;
    d.project.id = QStringLiteral("p-clean");
    d.project.name = QStringLiteral("Clean project");
    d.project.owner = QStringLiteral("Lee");
    return d;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

const PortfolioRow *rowById(const Portfolio &p, const QString &id)
{
    for (const PortfolioRow &r : p.rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

QList<AttentionKind> kinds(const PortfolioRow &row)
{
    QList<AttentionKind> out;
    for (const AttentionItem &i : row.attention)
        out << i.kind;
    return out;
}

} // namespace

class TestPortfolio : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.path();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/team-a/nested")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/.git")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/node_modules/x")));
        QVERIFY(writeProjectFile(fired(), root + QStringLiteral("/team-a/fired.archbench")));
        QVERIFY(writeProjectFile(due(), root + QStringLiteral("/team-a/nested/due.json")));
        QVERIFY(writeProjectFile(clean(), root + QStringLiteral("/clean.json")));
        write(root + QStringLiteral("/corrupt.archbench"), "SQLite format 3\0 but nothing after it");
        write(root + QStringLiteral("/package.json"), "{\"name\": \"not a project\"}");
        write(root + QStringLiteral("/broken.json"), "{\"format\": \"archbench-project\", \"version\": 1, ");
        // never searched: hidden folders and node_modules
        QVERIFY(writeProjectFile(fired(), root + QStringLiteral("/.git/copy.json")));
        QVERIFY(writeProjectFile(fired(), root + QStringLiteral("/node_modules/x/copy.json")));
    }

    void findsProjectsRecursively()
    {
        const auto files = PortfolioScan::findProjectFiles(m_dir.path());
        QVERIFY(files);
        QStringList names;
        for (const QString &f : *files)
            names << QDir(m_dir.path()).relativeFilePath(f);
        QCOMPARE(names, (QStringList{QStringLiteral("broken.json"), QStringLiteral("clean.json"), QStringLiteral("corrupt.archbench"),
                                     QStringLiteral("package.json"), QStringLiteral("team-a/fired.archbench"),
                                     QStringLiteral("team-a/nested/due.json")}));
        QVERIFY(!PortfolioScan::findProjectFiles(m_dir.filePath(QStringLiteral("missing"))));
    }

    void rowsAndUnreadable()
    {
        test::ExpectErrorLogs expected;
        const auto scanned = PortfolioScan::scan(m_dir.path(), kToday);
        QVERIFY(scanned);
        QCOMPARE(scanned->rows.size(), 3);
        // package.json is not a project and is passed over; the broken project JSON and the
        // corrupt database are listed with a reason, and the scan went on
        QCOMPARE(scanned->unreadable.size(), 2);
        QVERIFY(scanned->unreadable[0].source.endsWith(QStringLiteral("broken.json")));
        QVERIFY(scanned->unreadable[1].source.endsWith(QStringLiteral("corrupt.archbench")));
        for (const PortfolioProblem &p : scanned->unreadable)
            QVERIFY2(!p.reason.isEmpty(), qPrintable(p.source));

        const PortfolioRow *f = rowById(*scanned, QStringLiteral("p-fired"));
        QVERIFY(f);
        QCOMPARE(f->name, QStringLiteral("Fired project"));
        QCOMPARE(f->accepted, 1);
        QCOMPARE(f->proposed, 0);
        QCOMPARE(f->firedTriggers, 1);
        QCOMPARE(f->dueTriggers, 0);
        QVERIFY(kinds(*f).contains(AttentionKind::Trigger));
        const AttentionItem trigger = f->attention.first();
        QCOMPARE(trigger.kind, AttentionKind::Trigger);
        QCOMPARE(trigger.item, QStringLiteral("d1"));
        QCOMPARE(trigger.subId, QStringLiteral("t1"));
        QVERIFY2(trigger.message.contains(QStringLiteral("Primary database for orders")) && trigger.message.contains(QStringLiteral("fired")),
                 qPrintable(trigger.message));

        const PortfolioRow *d = rowById(*scanned, QStringLiteral("p-due"));
        QVERIFY(d);
        QCOMPARE(d->firedTriggers, 0);
        QCOMPARE(d->dueTriggers, 1);
        QCOMPARE(d->attention.first().kind, AttentionKind::Due);

        const PortfolioRow *c = rowById(*scanned, QStringLiteral("p-clean"));
        QVERIFY(c);
        QCOMPARE(c->owner, QStringLiteral("Lee"));
        QVERIFY(c->attention.isEmpty());
        QVERIFY(c->latestDrill.isEmpty());
        QVERIFY(!c->nextDrillDue.isValid());
    }

    void sameResultOnOneOrManyWorkers()
    {
        test::ExpectErrorLogs expected;
        const auto one = PortfolioScan::scan(m_dir.path(), kToday, {}, 1);
        const auto four = PortfolioScan::scan(m_dir.path(), kToday, {}, 4);
        QVERIFY(one && four);
        QCOMPARE(one->rows, four->rows);
        QCOMPARE(one->unreadable, four->unreadable);
    }

    void reviewAndDrillFigures()
    {
        const PortfolioRow row = PortfolioScan::summarise(example(), QStringLiteral("example.json"), kToday);
        QCOMPARE(row.latestDrill, QStringLiteral("x1"));
        QCOMPARE(row.latestDrillPass, std::optional<bool>(false)); // 32 min against 15
        QCOMPARE(row.nextDrillDue, QDate(2027, 2, 18));
        QVERIFY(!row.drillOverdue);
        QCOMPARE(row.drillMargins.size(), 1);
        QCOMPARE(row.drillMargins.first().rtoMarginMinutes, -17.0);
        QCOMPARE(row.overdueActions, 1); // a1 was due 2026-11-27
        QVERIFY(kinds(row).contains(AttentionKind::DrillFailed)); // missed, and not yet overdue
        QVERIFY(!kinds(row).contains(AttentionKind::Drill));
        QVERIFY(kinds(row).contains(AttentionKind::Action));
        // a missed target counts only when drills are asked for: it stays true until the next drill
        Portfolio one;
        one.rows << row;
        QVERIFY(!PortfolioOutput::counted(row, PortfolioScan::defaultFailOn()).contains(
            *std::find_if(row.attention.cbegin(), row.attention.cend(), [](const AttentionItem &i) { return i.kind == AttentionKind::DrillFailed; })));
        const auto withDrills = PortfolioOutput::parseFailOn(QStringLiteral("drills"));
        QVERIFY(withDrills && withDrills->contains(AttentionKind::DrillFailed));
        QCOMPARE(PortfolioOutput::checkExitCode(one, *withDrills), 1);
        int pillarHigh = 0;
        for (const PillarRiskCount &p : row.pillarRisks)
            pillarHigh += p.high;
        QCOMPARE(pillarHigh, row.highRisks);
        QCOMPARE(row.highRisks, 0);
        QCOMPARE(row.mediumRisks, 1); // rel-backup: automated backups, restores not tested
        QList<AttentionKind> k = kinds(row);
        QCOMPARE(int(std::count(k.cbegin(), k.cend(), AttentionKind::Risk)), 0);

        // nothing ticked: high risk, one attention item naming the question and its pillar
        ProjectData risky = example();
        risky.reviews[0].answers[0].selected = {QStringLiteral("rel-backup_no")};
        const PortfolioRow high = PortfolioScan::summarise(risky, {}, kToday);
        QCOMPARE(high.highRisks, 1);
        QCOMPARE(high.pillarRisks, (QList<PillarRiskCount>{{QStringLiteral("Reliability"), 1, 0}}));
        const auto risk = std::find_if(high.attention.cbegin(), high.attention.cend(),
                                       [](const AttentionItem &i) { return i.kind == AttentionKind::Risk; });
        QVERIFY(risk != high.attention.cend());
        QCOMPARE(risk->item, QStringLiteral("w1"));
        QCOMPARE(risk->subId, QStringLiteral("rel-backup"));
        QVERIFY2(risk->message.contains(QStringLiteral("How do you back up data?")) && risk->message.contains(QStringLiteral("Reliability")),
                 qPrintable(risk->message));
        // attention items come grouped by kind in a fixed order
        const auto rank = [](AttentionKind a) { return a == AttentionKind::DrillFailed ? int(AttentionKind::Drill) : int(a); };
        QVERIFY(std::is_sorted(k.cbegin(), k.cend(), [&](AttentionKind a, AttentionKind b) { return rank(a) < rank(b); }));
    }

    void dayBoundaries()
    {
        ProjectData d = decisionsOnly(QStringLiteral("p"), QStringLiteral("P"));
        RevisitTrigger &calendar = d.decisions[0].revisitTriggers[1];
        // due today: due, not fired
        calendar.reviewBy = kToday;
        PortfolioRow row = PortfolioScan::summarise(d, {}, kToday);
        QCOMPARE(row.firedTriggers, 0);
        QCOMPARE(row.dueTriggers, 1);
        // one day past: fired
        row = PortfolioScan::summarise(d, {}, kToday.addDays(1));
        QCOMPARE(row.firedTriggers, 1);
        QCOMPARE(row.dueTriggers, 0);

        // the next drill: due on its day is not overdue; the day after is, by one day
        ProjectData drills = example();
        drills.drills[0].actionItems.clear();
        const QDate nextDue = drills.drills[0].date.addDays(90);
        row = PortfolioScan::summarise(drills, {}, nextDue);
        QVERIFY(!row.drillOverdue);
        row = PortfolioScan::summarise(drills, {}, nextDue.addDays(1));
        QVERIFY(row.drillOverdue);
        const auto overdue = std::find_if(row.attention.cbegin(), row.attention.cend(), [](const AttentionItem &i) {
            return i.kind == AttentionKind::Drill && i.message.contains(QStringLiteral("overdue"));
        });
        QVERIFY(overdue != row.attention.cend());
        QVERIFY2(overdue->message.contains(QStringLiteral("overdue by 1 day")), qPrintable(overdue->message));

        // an action item due today is not overdue; the day after it is
        ProjectData actions = example();
        const QDate actionDue = actions.drills[0].actionItems[0].due;
        QCOMPARE(PortfolioScan::summarise(actions, {}, actionDue).overdueActions, 0);
        QCOMPARE(PortfolioScan::summarise(actions, {}, actionDue.addDays(1)).overdueActions, 1);
    }

    void metricsFireAndClear()
    {
        ProjectData d = decisionsOnly(QStringLiteral("p"), QStringLiteral("P"));
        QCOMPARE(PortfolioScan::summarise(d, {}, kToday).firedTriggers, 0); // 3200 rps
        ProjectData high = d;
        const QHash<QString, int> set = applyMetrics(high, {{QStringLiteral("RPS"), 12000}, {QStringLiteral("unused"), 1}});
        QCOMPARE(set.value(QStringLiteral("RPS")), 1);
        QCOMPARE(set.value(QStringLiteral("unused")), 0);
        QCOMPARE(PortfolioScan::summarise(high, {}, kToday).firedTriggers, 1);
        applyMetrics(high, {{QStringLiteral("rps"), 9000}});
        QCOMPARE(PortfolioScan::summarise(high, {}, kToday).firedTriggers, 0);

        // names match across case, unit and separators
        QCOMPARE(metricKey(QStringLiteral("Monthly cost ($)")), QStringLiteral("monthly_cost"));
        QCOMPARE(metricKey(QStringLiteral("monthly_cost")), QStringLiteral("monthly_cost"));
        QCOMPARE(metricKey(QStringLiteral("hit-rate %")), QStringLiteral("hit_rate"));

        // a scan with readings uses them for that scan only
        const auto withMetrics = PortfolioScan::scan(m_dir.filePath(QStringLiteral("team-a/nested/due.json")), kToday,
                                                     {{QStringLiteral("rps"), 50000}});
        QVERIFY(withMetrics);
        QCOMPARE(withMetrics->rows.size(), 1);
        QCOMPARE(withMetrics->rows.first().firedTriggers, 1);
        const auto without = PortfolioScan::scan(m_dir.filePath(QStringLiteral("team-a/nested/due.json")), kToday);
        QCOMPARE(without->rows.first().firedTriggers, 0);
    }

    void metricsFilesAndArguments()
    {
        const QString good = m_dir.filePath(QStringLiteral("metrics.txt"));
        write(good, "{\"rps\": 12000, \"monthly_cost\": 31000.5}");
        auto readings = readMetricsFile(good);
        QVERIFY(readings);
        QCOMPARE(readings->value(QStringLiteral("monthly_cost")), 31000.5);
        const QString bad = m_dir.filePath(QStringLiteral("bad-metrics.txt"));
        write(bad, "{\"rps\": \"lots\"}");
        auto refused = readMetricsFile(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("bad-metrics.txt"))
                     && refused.error().message.contains(QStringLiteral("\"rps\"")),
                 qPrintable(refused.error().message));
        write(bad, "[1, 2]");
        QVERIFY(!readMetricsFile(bad));
        QVERIFY(!readMetricsFile(m_dir.filePath(QStringLiteral("none.txt"))));

        QVERIFY(parseMetricArguments({QStringLiteral("rps=12000"), QStringLiteral("cost=1e3")}));
        for (const QString &wrong : {QStringLiteral("rps"), QStringLiteral("=3"), QStringLiteral("rps=fast"), QStringLiteral("rps=inf")}) {
            auto r = parseMetricArguments({wrong});
            QVERIFY2(!r, qPrintable(wrong));
            QVERIFY2(r.error().message.contains(wrong), qPrintable(r.error().message));
        }
        QVERIFY(!parseMetricArguments({QStringLiteral("rps=1"), QStringLiteral("rps=2")}));
        // two spellings of one metric: refused, never one picked at random
        QVERIFY(!parseMetricArguments({QStringLiteral("rps=1"), QStringLiteral("RPS=2")}));
        write(bad, "{\"monthly_cost\": 1, \"Monthly cost\": 2}");
        QVERIFY(!readMetricsFile(bad));
    }

    void failOnParsing()
    {
        auto all = PortfolioOutput::parseFailOn(QStringLiteral("triggers, due,checks,risks,drills,actions"));
        QVERIFY(all);
        QCOMPARE(*all, PortfolioScan::allKinds());
        QVERIFY(!PortfolioOutput::parseFailOn(QStringLiteral("triggers,nonsense")));
        QVERIFY(!PortfolioOutput::parseFailOn(QStringLiteral(",")));
    }

    void checkFormats()
    {
        test::ExpectErrorLogs expected;
        auto scanned = PortfolioScan::scan(m_dir.path(), kToday);
        QVERIFY(scanned);
        const QList<AttentionKind> failOn = PortfolioScan::defaultFailOn();
        // an unreadable file wins: 2
        QCOMPARE(PortfolioOutput::checkExitCode(*scanned, failOn), 2);
        Portfolio readable = *scanned;
        readable.unreadable.clear();
        QCOMPARE(PortfolioOutput::checkExitCode(readable, failOn), 1);
        // the due trigger alone does not count by default; with --fail-on due it does
        Portfolio dueOnly = readable;
        dueOnly.rows.removeIf([](const PortfolioRow &r) { return r.id != QStringLiteral("p-due"); });
        QCOMPARE(PortfolioOutput::checkExitCode(dueOnly, {AttentionKind::Trigger, AttentionKind::Drill, AttentionKind::Action}), 0);
        QCOMPARE(PortfolioOutput::checkExitCode(dueOnly, {AttentionKind::Due}), 1);

        // JSON: the INTERCHANGE shape
        const QJsonObject json = QJsonDocument::fromJson(PortfolioOutput::check(*scanned, failOn, CheckFormat::Json)).object();
        const QJsonArray attention = json.value(QStringLiteral("attention")).toArray();
        QVERIFY(!attention.isEmpty());
        for (const QJsonValue &v : attention) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"project", "source", "kind", "item", "message"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            QVERIFY(o.value(QStringLiteral("kind")).toString() != QStringLiteral("due"));
        }
        QCOMPARE(attention.first().toObject().value(QStringLiteral("project")).toString(), QStringLiteral("p-fired"));
        QCOMPARE(attention.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("trigger"));
        QCOMPARE(json.value(QStringLiteral("unreadable")).toArray().size(), 2);

        // GitHub: one workflow command per line
        const QString github = QString::fromUtf8(PortfolioOutput::check(*scanned, failOn, CheckFormat::GitHub));
        const QStringList lines = github.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        static const QRegularExpression command(QStringLiteral("^::(warning|error) file=[^,:]+(,line=\\d+)?,title=[^:]+::.+$"));
        for (const QString &line : lines)
            QVERIFY2(command.match(line).hasMatch(), qPrintable(line));
        QCOMPARE(lines.filter(QStringLiteral("::error ")).size(), 2);
        const QStringList firedLines = lines.filter(QStringLiteral("fired.archbench"));
        QVERIFY(!firedLines.isEmpty());
        QVERIFY(firedLines.first().startsWith(QStringLiteral("::warning file=")));
        QVERIFY(firedLines.first().contains(QStringLiteral("revisit trigger")));

        // JUnit: the elements and attributes CI servers require
        const QByteArray junit = PortfolioOutput::check(*scanned, failOn, CheckFormat::JUnit);
        QXmlStreamReader xml(junit);
        int suites = 0, cases = 0, failures = 0, errors = 0;
        QString rootName;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (rootName.isEmpty())
                rootName = name;
            const auto attrs = xml.attributes();
            if (name == QStringLiteral("testsuite")) {
                ++suites;
                QVERIFY(attrs.hasAttribute(QStringLiteral("name")) && attrs.hasAttribute(QStringLiteral("tests")));
            } else if (name == QStringLiteral("testcase")) {
                ++cases;
                QVERIFY(attrs.hasAttribute(QStringLiteral("name")) && attrs.hasAttribute(QStringLiteral("classname")));
            } else if (name == QStringLiteral("failure")) {
                ++failures;
                QVERIFY(attrs.hasAttribute(QStringLiteral("message")));
            } else if (name == QStringLiteral("error")) {
                ++errors;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rootName, QStringLiteral("testsuites"));
        QCOMPARE(suites, 3 + 2);
        QCOMPARE(cases, 3 * int(failOn.size()) + 2);
        QCOMPARE(errors, 2);
        // fired project: the trigger and the "accepted, but triggers fired" check; the due
        // trigger does not count by default
        QCOMPARE(failures, 2);

        // text: names each project that needs attention and ends with a count
        const QString text = QString::fromUtf8(PortfolioOutput::check(readable, failOn, CheckFormat::Text));
        QVERIFY2(text.contains(QStringLiteral("Fired project")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Due project")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 of 3 projects checked need attention: 2 items.")), qPrintable(text));
    }

    void portfolioJsonShape()
    {
        test::ExpectErrorLogs expected;
        auto scanned = PortfolioScan::scan(m_dir.path(), kToday);
        QVERIFY(scanned);
        const QJsonObject json = QJsonDocument::fromJson(PortfolioOutput::portfolioJson(*scanned)).object();
        const QJsonArray projects = json.value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 3);
        for (const QJsonValue &v : projects) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "name", "source", "owner", "decisions", "firedTriggers", "dueTriggers", "highRisks",
                                    "failedChecks", "overdueActions", "latestDrill", "nextDrillDue"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
        }
        QCOMPARE(json.value(QStringLiteral("unreadable")).toArray().size(), 2);
        const QString text = PortfolioOutput::portfolioText(*scanned);
        QVERIFY2(text.contains(QStringLiteral("3 projects read, 2 unreadable")), qPrintable(text));
    }

    void lineOfIdInJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("clean.json"));
        QVERIFY(PortfolioOutput::lineOfId(path, QStringLiteral("p-clean")) > 1);
        QCOMPARE(PortfolioOutput::lineOfId(path, QStringLiteral("nowhere")), 0);
        QCOMPARE(PortfolioOutput::lineOfId(m_dir.filePath(QStringLiteral("team-a/fired.archbench")), QStringLiteral("d1")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
