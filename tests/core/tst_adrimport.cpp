// Importing ADR folders (core/report/adrimport.h): folders written here in each flavour that
// teams keep (adr-tools' Nygard files, MADR 2 list metadata, MADR 3/4 front matter, log4brains
// date names, files without title, status or date, supersede chains both ways, broken files
// among good ones), the round trip with export on the sample and on generated projects, and a
// re-import after editing one file that changes exactly that decision.
#include "common/projectgenerator.h"
#include "common/testsupport.h"
#include "core/decision/weightedscore.h"
#include "core/interchange/interchange.h"
#include "core/report/adrfolder.h"
#include "core/report/adrimport.h"
#include "core/report/reportexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {

ProjectData sample()
{
    auto data = loadForExport(test::dataPath(QStringLiteral("../../resources/sample/checkout-platform.json")));
    if (!data.ok())
        qFatal("cannot read the sample");
    return *data;
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AdrFolder readFolder(const QString &path)
{
    auto folder = readAdrFolder(path);
    if (!folder)
        qFatal("%s", qPrintable(folder.error().message));
    return *folder;
}

const AdrRecord *record(const AdrFolder &folder, const QString &fileName)
{
    for (const AdrRecord &r : folder.records)
        if (r.fileName == fileName)
            return &r;
    return nullptr;
}

QStringList problemsOf(const AdrFolder &folder, const QString &fileName)
{
    QStringList out;
    for (const AdrProblem &p : folder.problems)
        if (p.file == fileName)
            out << p.reason;
    return out;
}

/// Scores compare as a set: a file lists them by criterion, a project in entry order.
Decision sortedScores(Decision d)
{
    std::sort(d.scores.begin(), d.scores.end(), [](const Score &a, const Score &b) {
        return std::pair(a.option, a.criterion) < std::pair(b.option, b.criterion);
    });
    return d;
}

/// What a Markdown file can hold of free text: whitespace runs as one space, names that are
/// empty written as their id, an untitled decision as the writer names it.
Decision normalised(Decision d)
{
    const auto s = [](QString &t) { t = t.simplified(); };
    s(d.title);
    if (d.title.isEmpty())
        d.title = QStringLiteral("(untitled decision)");
    for (QString *t : {&d.context, &d.problem, &d.constraintsText, &d.tradeoffsText, &d.recommendation, &d.notes})
        s(*t);
    for (QStringList *list : {&d.participants, &d.consulted, &d.informed, &d.tradeoffsAccepted}) {
        QStringList kept;
        for (QString t : *list)
            if (!(t = t.simplified()).isEmpty() || list == &d.tradeoffsAccepted)
                kept << t;
        *list = kept;
    }
    for (Criterion &c : d.criteria) {
        s(c.name);
        s(c.description);
    }
    for (Option &o : d.options) {
        s(o.name);
        if (o.name.isEmpty())
            o.name = o.id;
        s(o.description);
    }
    for (Score &sc : d.scores)
        s(sc.rationale);
    for (Risk &r : d.risks) {
        s(r.text);
        s(r.mitigation);
    }
    return sortedScores(d);
}

} // namespace

class TestAdrImport : public QObject {
    Q_OBJECT

private slots:
    void nygardAsAdrToolsWritesIt()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-record-architecture-decisions.md")),
              "# 1. Record architecture decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n"
              "We need to record the architectural decisions made on this project.\n\n## Decision\n\n"
              "We will use Architecture Decision Records.\n\n## Consequences\n\nSee Michael Nygard's article.\n");
        write(dir.filePath(QStringLiteral("0002-use-postgresql.md")),
              "# 2. Use PostgreSQL\n\nDate: 2020-02-01\n\n## Status\n\nAccepted\n\nSuperseded by [3. Use CockroachDB](0003-use-cockroachdb.md)\n\n"
              "## Context\n\nOrders need transactions.\n\n## Decision\n\nUse PostgreSQL \\*everywhere\\*.\n\n## Consequences\n\nOne writer.\n");
        write(dir.filePath(QStringLiteral("0003-use-cockroachdb.md")),
              "# 3. Use CockroachDB\n\nDate: 2021-03-04\n\n## Status\n\nAccepted\n\nSupersedes [2. Use PostgreSQL](0002-use-postgresql.md)\n\n"
              "## Context\n\nWe grew.\n\n## Decision\n\nMove.\n\n## Consequences\n\nNew skills.\n");
        const AdrFolder folder = readFolder(dir.path());
        QCOMPARE(folder.records.size(), 3);
        const AdrRecord *first = record(folder, QStringLiteral("0001-record-architecture-decisions.md"));
        QVERIFY(first);
        QCOMPARE(first->flavour, QStringLiteral("nygard"));
        QCOMPARE(first->number, 1);
        QCOMPARE(first->decision.title, QStringLiteral("Record architecture decisions"));
        QCOMPARE(first->decision.date, QDate(2020, 1, 1));
        QCOMPARE(first->decision.status, DecisionStatus::Accepted);
        QCOMPARE(first->decision.context, QStringLiteral("We need to record the architectural decisions made on this project."));
        QCOMPARE(first->decision.recommendation, QStringLiteral("We will use Architecture Decision Records."));
        QCOMPARE(first->decision.tradeoffsText, QStringLiteral("See Michael Nygard's article."));
        const AdrRecord *pg = record(folder, QStringLiteral("0002-use-postgresql.md"));
        const AdrRecord *crdb = record(folder, QStringLiteral("0003-use-cockroachdb.md"));
        QCOMPARE(pg->decision.status, DecisionStatus::Superseded);
        QCOMPARE(pg->decision.supersededBy, crdb->decision.id);
        QCOMPARE(crdb->decision.status, DecisionStatus::Accepted);
        QCOMPARE(pg->decision.recommendation, QStringLiteral("Use PostgreSQL *everywhere*.")); // escapes undone
        QVERIFY2(folder.problems.isEmpty(), qPrintable(folder.problems.value(0).reason));

        // into a project: numbers kept, and again: nothing duplicated, nothing changed
        ProjectData data = projectFromAdrFolder(folder);
        QCOMPARE(data.decisions.size(), 3);
        QCOMPARE(data.decisions[1].adrNumber, 2);
        QCOMPARE(data.project.lastAdrNumber, 3);
        QVERIFY(interchange::validate(data));
        const AdrSync again = syncAdrFolder(data, folder);
        QCOMPARE(again.added.size(), 0);
        QCOMPARE(again.updated.size(), 0);
        QCOMPARE(again.unchanged.size(), 3);
    }

    void supersededOnlyOneWay()
    {
        // only the newer record says it supersedes: the older one becomes superseded too
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-old.md")), "# 1. Old\n\n## Status\n\nAccepted\n");
        write(dir.filePath(QStringLiteral("0002-new.md")), "# 2. New\n\n## Status\n\nAccepted\n\nSupersedes [1. Old](0001-old.md)\n");
        const AdrFolder folder = readFolder(dir.path());
        const AdrRecord *old = record(folder, QStringLiteral("0001-old.md"));
        QCOMPARE(old->decision.status, DecisionStatus::Superseded);
        QCOMPARE(old->decision.supersededBy, record(folder, QStringLiteral("0002-new.md"))->decision.id);
    }

    void madr2ListMetadata()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0004-use-x.md")),
              "# Use X for messaging\n\n* Status: accepted\n* Deciders: Ana Silva, Bo Berg\n* Date: 2019-05-01\n\n"
              "Technical Story: https://example.org/issue/42\n\n"
              "## Context and Problem Statement\n\nServices need to talk.\n\n"
              "## Decision Drivers\n\n* Latency\n* Cost of operation\n\n"
              "## Considered Options\n\n* [X](https://x.example.org)\n* Y\n\n"
              "## Decision Outcome\n\nChosen option: \"X\", because it is the fastest.\n\n"
              "### Positive Consequences\n\n* fewer hops\n\n### Negative Consequences\n\n* one more broker\n\n"
              "## Pros and Cons of the Options\n\n### X\n\nThe broker we know.\n\n* Good, because fast\n* Bad, because new\n\n"
              "### Y\n\n* Good, because cheap\n\n"
              "## Links\n\n* Refines [ADR-0001](0001-start.md)\n");
        const AdrFolder folder = readFolder(dir.path());
        const AdrRecord *r = record(folder, QStringLiteral("0004-use-x.md"));
        QVERIFY(r);
        QCOMPARE(r->flavour, QStringLiteral("madr-2"));
        const Decision &d = r->decision;
        QCOMPARE(d.title, QStringLiteral("Use X for messaging"));
        QCOMPARE(d.status, DecisionStatus::Accepted);
        QCOMPARE(d.participants, (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Bo Berg")}));
        QCOMPARE(d.date, QDate(2019, 5, 1));
        QCOMPARE(d.context, QStringLiteral("Services need to talk."));
        QCOMPARE(d.criteria.size(), 2);
        QCOMPARE(d.criteria[1].name, QStringLiteral("Cost of operation"));
        QCOMPARE(d.criteria[1].weight, 0.0); // no weights in the file: none made up
        QCOMPARE(d.options.size(), 2);
        QCOMPARE(d.chosenOption, d.options[0].id);
        QCOMPARE(d.options[0].name, QStringLiteral("[X](https://x.example.org)")); // kept literally, matched by its label
        QVERIFY(d.recommendation.contains(QStringLiteral("it is the fastest.")));
        QVERIFY(d.options[0].description.contains(QStringLiteral("The broker we know.")));
        QVERIFY(d.options[0].description.contains(QStringLiteral("Good, because fast")));
        QVERIFY(d.options[0].description.contains(QStringLiteral("Bad, because new")));
        QVERIFY(d.options[1].description.contains(QStringLiteral("Good, because cheap")));
        QVERIFY(d.tradeoffsText.contains(QStringLiteral("fewer hops")));
        QVERIFY(d.tradeoffsText.contains(QStringLiteral("one more broker")));
        // what has no field of its own is kept, not dropped
        QVERIFY(d.notes.contains(QStringLiteral("Technical Story: https://example.org/issue/42")));
        QVERIFY(d.notes.contains(QStringLiteral("## Links")));
        QVERIFY(d.notes.contains(QStringLiteral("Refines [ADR-0001](0001-start.md)")));
    }

    void madr4FrontMatter()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-pick-a-queue.md")),
              "---\nstatus: \"superseded by ADR-0002\"\ndate: 2024-02-03\ndecision-makers: Ana, Bo\nconsulted: Cy\n"
              "informed: [Dee, Eli]\n---\n\n# Pick a queue\n\n## Context and Problem Statement\n\nWe need a queue.\n\n"
              "## Considered Options\n\n* SQS\n* RabbitMQ\n\n## Decision Outcome\n\nChosen option: \"SQS\", because managed.\n\n"
              "### Consequences\n\n* Good, because no servers\n\n### Confirmation\n\nA load test in CI.\n\n"
              "## Rollout Plan\n\nWeek 1: <b>pilot</b>.\n");
        write(dir.filePath(QStringLiteral("0002-pick-a-log.md")),
              "---\nstatus: accepted\ndate: 2024-06-01\n---\n\n# Pick a log\n\n## Context and Problem Statement\n\nReplay.\n");
        const AdrFolder folder = readFolder(dir.path());
        const AdrRecord *r = record(folder, QStringLiteral("0001-pick-a-queue.md"));
        QVERIFY(r);
        const Decision &d = r->decision;
        QCOMPARE(d.status, DecisionStatus::Superseded);
        QCOMPARE(d.supersededBy, record(folder, QStringLiteral("0002-pick-a-log.md"))->decision.id);
        QCOMPARE(d.date, QDate(2024, 2, 3));
        QCOMPARE(d.participants, (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo")}));
        QCOMPARE(d.consulted, QStringList{QStringLiteral("Cy")});
        QCOMPARE(d.informed, (QStringList{QStringLiteral("Dee"), QStringLiteral("Eli")}));
        QCOMPARE(d.options.size(), 2);
        QCOMPARE(d.chosenOption, d.options[0].id);
        QVERIFY(d.tradeoffsText.contains(QStringLiteral("Good, because no servers")));
        QVERIFY(d.notes.contains(QStringLiteral("A load test in CI.")));
        // unknown sections kept with their heading; HTML stays the characters it is
        QVERIFY(d.notes.contains(QStringLiteral("## Rollout Plan")));
        QVERIFY(d.notes.contains(QStringLiteral("Week 1: <b>pilot</b>.")));
    }

    void chosenOptionAsPeopleWriteIt()
    {
        // as MADR's own records write it: a link in the list, another quote style, a
        // shorter name; each names a listed option, none adds one
        const QList<std::pair<QByteArray, int>> cases{
            {"Chosen option: \"CC0\", because free.", 0},
            {"Chosen option: 'Dual \"MIT\" and CC0', because choice.", 1},
            {"Chosen option: \"`Dual 'MIT' and CC0`\", because choice.", 1},
            {"Chosen option: \"MADR 4.0.0\", because lean.", 2},
        };
        for (const auto &[line, expected] : cases) {
            QTemporaryDir dir;
            write(dir.filePath(QStringLiteral("0001-x.md")),
                  "# X\n\n## Considered Options\n\n* [CC0](https://example.org/cc0)\n* Dual \"MIT\" and CC0\n"
                  "* [MADR](https://adr.github.io/madr/) 4.0.0 – the template\n\n## Decision Outcome\n\n" + line + "\n");
            const AdrFolder folder = readFolder(dir.path());
            const Decision &d = folder.records.first().decision;
            QCOMPARE(d.options.size(), 3);
            QCOMPARE(d.chosenOption, d.options[expected].id);
        }
    }

    void codeAndCommentsAreNotStructure()
    {
        // a fenced block holds a heading and a comment opener; a comment holds a heading: none
        // of them starts a section, and the code stays in the text as written
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-x.md")),
              "# 1. X\n\n## Status\n\nAccepted\n\n## Context\n\nBefore.\n\n```sh\n## Decision\n<!-- open\n```\n\n"
              "<!--\n## Decision\n-->\n\nAfter.\n\n## Decision\n\nReal.\n");
        const Decision &d = readFolder(dir.path()).records.first().decision;
        QCOMPARE(d.context, QStringLiteral("Before.\n\n```sh\n## Decision\n<!-- open\n```\n\nAfter."));
        QCOMPARE(d.recommendation, QStringLiteral("Real."));
    }

    void log4brainsAndMissingFields()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("20201028-use-log4brains.md")),
              "# Use Log4brains to manage the ADRs\n\n- Status: draft\n- Date: 2020-10-28\n- Tags: doc\n\n"
              "## Context and Problem Statement\n\nWe want a knowledge base.\n");
        write(dir.filePath(QStringLiteral("20210105-bare-file.md")), "Just some words without a heading.\n");
        write(dir.filePath(QStringLiteral("README.md")), "# Decisions\n\nThis folder holds our ADRs.\n");
        const AdrFolder folder = readFolder(dir.path());
        QCOMPARE(folder.records.size(), 2); // the README is not a record
        const AdrRecord *l4b = record(folder, QStringLiteral("20201028-use-log4brains.md"));
        QCOMPARE(l4b->number, 0); // a date, not a number
        QCOMPARE(l4b->decision.status, DecisionStatus::Proposed); // draft
        QCOMPARE(l4b->decision.date, QDate(2020, 10, 28));
        QVERIFY(l4b->decision.notes.contains(QStringLiteral("Tags: doc")));
        const AdrRecord *bare = record(folder, QStringLiteral("20210105-bare-file.md"));
        QCOMPARE(bare->decision.title, QStringLiteral("Bare file")); // from the file name
        QCOMPARE(bare->decision.status, DecisionStatus::Accepted);    // no status: accepted
        QCOMPARE(bare->decision.date, QDate(2021, 1, 5));             // from the date in the name
        QCOMPARE(bare->decision.context, QStringLiteral("Just some words without a heading."));
        const QStringList said = problemsOf(folder, QStringLiteral("20210105-bare-file.md"));
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("no title")), qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY(said.join(QLatin1Char('\n')).contains(QStringLiteral("no status")));
        QCOMPARE(adrNumberFromFileName(QStringLiteral("0012-x.md")), 12);
        QCOMPARE(adrNumberFromFileName(QStringLiteral("20201028-x.md")), 0);
        QCOMPARE(adrNumberFromFileName(QStringLiteral("notes.md")), 0);
    }

    void brokenFilesAmongGoodOnes()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-good.md")), "# 1. Good\n\n## Status\n\nAccepted\n");
        write(dir.filePath(QStringLiteral("0002-latin1.md")), "# 2. Caf\xe9\n");
        write(dir.filePath(QStringLiteral("0003-unclosed.md")), "---\nstatus: accepted\n# 3. Never closed\n");
        write(dir.filePath(QStringLiteral("0004-bad-yaml.md")), "---\nstatus: [accepted\n---\n# Bad\n");
        write(dir.filePath(QStringLiteral("0005-deep.md")), "---\nstatus: " + QByteArray(5000, '[') + "\n---\n# Deep\n");
        write(dir.filePath(QStringLiteral("0006-binary.md")), QByteArray("# 6. Bin\0ary\n", 14));
        const AdrFolder folder = readFolder(dir.path());
        QCOMPARE(folder.records.size(), 1);
        QCOMPARE(folder.records[0].fileName, QStringLiteral("0001-good.md"));
        QVERIFY(problemsOf(folder, QStringLiteral("0002-latin1.md")).join(QString()).contains(QStringLiteral("UTF-8")));
        QVERIFY(problemsOf(folder, QStringLiteral("0003-unclosed.md")).join(QString()).contains(QStringLiteral("never closed")));
        QVERIFY(problemsOf(folder, QStringLiteral("0004-bad-yaml.md")).join(QString()).contains(QStringLiteral("YAML")));
        QVERIFY(problemsOf(folder, QStringLiteral("0005-deep.md")).join(QString()).contains(QStringLiteral("deeper")));
        QVERIFY(problemsOf(folder, QStringLiteral("0006-binary.md")).join(QString()).contains(QStringLiteral("binary")));
        QVERIFY(!readAdrFolder(dir.filePath(QStringLiteral("missing"))));
    }

    void nothingOutsideTheFolder()
    {
        QTemporaryDir outside;
        write(outside.filePath(QStringLiteral("0009-secret.md")), "# 9. Secret\n");
        QTemporaryDir dir;
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("0009-secret.md")), dir.filePath(QStringLiteral("0009-secret.md"))));
        write(dir.filePath(QStringLiteral("0001-a.md")),
              "# 1. A\n\n## Status\n\nSuperseded by [9. Secret](../" + QFileInfo(outside.path()).fileName().toUtf8() + "/0009-secret.md)\n");
        const AdrFolder folder = readFolder(dir.path());
        QCOMPARE(folder.records.size(), 1);
        QVERIFY(problemsOf(folder, QStringLiteral("0009-secret.md")).join(QString()).contains(QStringLiteral("outside the folder")));
        QVERIFY(problemsOf(folder, QStringLiteral("0001-a.md")).join(QString()).contains(QStringLiteral("leaves the folder")));
        QVERIFY(folder.records[0].decision.supersededBy.isEmpty());
    }

    void roundTripOfTheSample_data()
    {
        QTest::addColumn<AdrFlavour>("flavour");
        QTest::newRow("MADR") << AdrFlavour::Madr;
        QTest::newRow("Nygard") << AdrFlavour::Nygard;
    }

    void roundTripOfTheSample()
    {
        QFETCH(AdrFlavour, flavour);
        ProjectData data = sample();
        // the meeting's record (attendees, named dissent) travels in the ADR; the ballots and
        // judgments stay in the project and survive a re-import
        Decision &first = data.decisions.first();
        first.attendees = {QStringLiteral("Dana Reyes"), QStringLiteral("Sam \"Sparky\" Okafor")};
        first.dissent = {Dissent{QStringLiteral("Sam \"Sparky\" Okafor"), QStringLiteral("Would rather pay for *Aurora* -- later")}};
        first.consulted << QStringLiteral("Sam \"Sparky\" Okafor");
        first.ballots = {Ballot{QStringLiteral("Dana Reyes"), {}, {}, {Score{first.options[0].id, first.criteria[0].id, 2, {}}}}};
        for (qsizetype i = 0; i < first.criteria.size(); ++i)
            for (qsizetype k = i + 1; k < first.criteria.size(); ++k)
                first.pairwise << PairwiseJudgment{{}, first.criteria[i].id, first.criteria[k].id, double(k - i + 1)};
        QTemporaryDir dir;
        auto written = exportAdrFolder(data, dir.path(), flavour);
        QVERIFY(written);
        keepAdrNumbers(data, *written);
        const AdrFolder folder = readFolder(dir.path());
        QVERIFY2(folder.problems.isEmpty(), qPrintable(folder.problems.value(0).reason));
        const ProjectData back = projectFromAdrFolder(folder);
        QCOMPARE(back.project.id, data.project.id);
        QCOMPARE(back.decisions.size(), data.decisions.size());
        for (qsizetype i = 0; i < data.decisions.size(); ++i) {
            Decision expected = sortedScores(data.decisions[i]);
            expected.ballots.clear(); // not in an ADR
            expected.pairwise.clear();
            QCOMPARE(sortedScores(back.decisions[i]), expected);
        }
        QCOMPARE(back.decisions.first().attendees, first.attendees);
        QCOMPARE(back.decisions.first().dissent, first.dissent);
        QString text;
        for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("*.md")}))
            if (QFile f(dir.filePath(name)); f.open(QIODevice::ReadOnly) && f.peek(20000).contains("Would rather"))
                text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(flavour == AdrFlavour::Madr ? QStringLiteral("### Dissent") : QStringLiteral("## Dissent")));
        QVERIFY(text.contains(QStringLiteral("scored the options on their own ballots")));
        QVERIFY(text.contains(QStringLiteral("consistency ratio")));
        // into the project it came from: nothing changes
        ProjectData same = data;
        const AdrSync sync = syncAdrFolder(same, folder);
        QCOMPARE(sync.unchanged.size(), data.decisions.size());
        QCOMPARE(same, data);
    }

    void roundTripOfGeneratedProjects()
    {
        for (quint32 seed = 1; seed <= 6; ++seed) {
            ProjectData data = test::generateProject(seed, {12, 6, 5, 0, 0, 0});
            QTemporaryDir dir;
            auto written = exportAdrFolder(data, dir.path(), seed % 2 ? AdrFlavour::Madr : AdrFlavour::Nygard);
            QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
            keepAdrNumbers(data, *written);
            const AdrFolder folder = readFolder(dir.path());
            const ProjectData back = projectFromAdrFolder(folder);
            QVERIFY2(interchange::validate(back), qPrintable(QStringLiteral("seed %1").arg(seed)));
            QCOMPARE(back.decisions.size(), data.decisions.size());
            for (qsizetype i = 0; i < data.decisions.size(); ++i) {
                const Decision expected = normalised(data.decisions[i]);
                const Decision actual = normalised(back.decisions[i]);
                if (actual != expected) {
                    qWarning("seed %u, decision %s", seed, qPrintable(expected.id));
                    for (qsizetype c = 0; c < std::max(actual.criteria.size(), expected.criteria.size()); ++c) {
                        const Criterion a = actual.criteria.value(c), e = expected.criteria.value(c);
                        if (!(a == e))
                            qWarning("criterion %lld: [%s|%s|%g|%s] vs [%s|%s|%g|%s]", qlonglong(c), qPrintable(a.id), qPrintable(a.name), a.weight,
                                     qPrintable(a.description), qPrintable(e.id), qPrintable(e.name), e.weight, qPrintable(e.description));
                    }
                    for (qsizetype c = 0; c < std::max(actual.scores.size(), expected.scores.size()); ++c) {
                        const Score a = actual.scores.value(c), e = expected.scores.value(c);
                        if (!(a == e))
                            qWarning("score %lld: [%s|%s|%g|%s] vs [%s|%s|%g|%s]", qlonglong(c), qPrintable(a.option), qPrintable(a.criterion), a.value,
                                     qPrintable(a.rationale), qPrintable(e.option), qPrintable(e.criterion), e.value, qPrintable(e.rationale));
                    }
                }
                QCOMPARE(actual.title, expected.title);
                QCOMPARE(actual.status, expected.status);
                QCOMPARE(actual.supersededBy, expected.supersededBy);
                QCOMPARE(actual.date, expected.date);
                QCOMPARE(actual.participants, expected.participants);
                QCOMPARE(actual.options, expected.options);
                QCOMPARE(actual.chosenOption, expected.chosenOption);
                QCOMPARE(actual.criteria, expected.criteria);
                QCOMPARE(actual.scores, expected.scores);
                QCOMPARE(actual.revisitTriggers, expected.revisitTriggers);
                QCOMPARE(actual, expected);
            }
        }
    }

    void manyFilesReadInParallelInOrder()
    {
        // enough files for several readers: the records still come in file name order, each
        // the decision of its own file
        ProjectData data = test::generateProject(7, {150, 2, 2, 0, 0, 0});
        QTemporaryDir dir;
        auto written = exportAdrFolder(data, dir.path());
        QVERIFY(written);
        keepAdrNumbers(data, *written);
        const AdrFolder folder = readFolder(dir.path());
        QCOMPARE(folder.records.size(), 150);
        for (qsizetype i = 0; i < folder.records.size(); ++i) {
            QCOMPARE(folder.records[i].number, int(i + 1));
            QCOMPARE(folder.records[i].decision.id, data.decisions[i].id);
        }
        // each record finds its own decision (texts with line breaks come back with spaces, so
        // some count as updated; none is added)
        ProjectData same = data;
        const AdrSync sync = syncAdrFolder(same, folder);
        QVERIFY(sync.added.isEmpty());
        QStringList ids;
        for (const Decision &d : std::as_const(data.decisions))
            ids << d.id;
        QCOMPARE(sync.records, ids);
    }

    void reimportAfterEditingOneFile()
    {
        ProjectData data = sample();
        QTemporaryDir dir;
        auto written = exportAdrFolder(data, dir.path());
        QVERIFY(written);
        keepAdrNumbers(data, *written);
        // someone changes one score in the matrix of the first record, in a text editor
        const Decision &first = data.decisions[0];
        const Criterion &c = first.criteria[0];
        const Option &o = first.options[1];
        const Score *before = findScore(first, o.id, c.id);
        QVERIFY(before);
        const double changed = before->value == first.scale.max ? first.scale.min : first.scale.max;
        const QString path = written->written.first();
        QStringList lines = QString::fromUtf8(read(path)).split(QLatin1Char('\n'));
        bool edited = false;
        for (QString &line : lines) {
            if (!line.startsWith(QStringLiteral("| ") + c.name + QStringLiteral(" |")))
                continue;
            QStringList cells = line.split(QStringLiteral(" | "));
            cells[3] = QString::number(changed); // Criterion, Weight, first option, second option
            line = cells.join(QStringLiteral(" | "));
            edited = true;
            break;
        }
        QVERIFY(edited);
        write(path, lines.join(QLatin1Char('\n')).toUtf8());

        ProjectData target = data;
        const AdrSync sync = syncAdrFolder(target, readFolder(dir.path()));
        QCOMPARE(sync.updated, QStringList{first.id});
        QCOMPARE(sync.unchanged.size(), data.decisions.size() - 1);
        QCOMPARE(sync.added.size(), 0);
        QCOMPARE(sync.changes.size(), 1);
        QVERIFY2(sync.changes[0].contains(o.name + QStringLiteral(" × ") + c.name), qPrintable(sync.changes[0]));
        QCOMPARE(findScore(target.decisions[0], o.id, c.id)->value, changed);
        Decision expected = first;
        for (Score &s : expected.scores)
            if (s.option == o.id && s.criterion == c.id)
                s.value = changed;
        QCOMPARE(target.decisions[0], expected);
        for (qsizetype i = 1; i < data.decisions.size(); ++i)
            QCOMPARE(target.decisions[i], data.decisions[i]);
    }

    void foreignRecordsScoredThenExportedBack()
    {
        // a team's adr-tools folder: import, score in Archbench, export into the same folder
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-record-architecture-decisions.md")),
              "# 1. Record architecture decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n");
        write(dir.filePath(QStringLiteral("0002-pick-a-database.md")),
              "# 2. Pick a database\n\nDate: 2020-02-01\n\n## Status\n\nProposed\n\n## Context\n\nOrders.\n");
        ProjectData data = projectFromAdrFolder(readFolder(dir.path()));
        Decision &d = data.decisions[1];
        d.criteria = {{QStringLiteral("c1"), QStringLiteral("Fit"), 60, {}}, {QStringLiteral("c2"), QStringLiteral("Cost"), 40, {}}};
        d.options = {{QStringLiteral("o1"), QStringLiteral("PostgreSQL"), {}, false}, {QStringLiteral("o2"), QStringLiteral("DynamoDB"), {}, false}};
        d.scores = {{QStringLiteral("o1"), QStringLiteral("c1"), 5, QStringLiteral("joins")}, {QStringLiteral("o1"), QStringLiteral("c2"), 3, {}},
                    {QStringLiteral("o2"), QStringLiteral("c1"), 3, {}}, {QStringLiteral("o2"), QStringLiteral("c2"), 4, {}}};
        auto written = exportAdrFolder(data, dir.path());
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        keepAdrNumbers(data, *written);
        // the same numbers, no second file per decision
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("0001-record-architecture-decisions.md"), QStringLiteral("0002-pick-a-database.md")}));
        // and reading it again gives the scored decision back, unchanged
        ProjectData again = data;
        const AdrSync sync = syncAdrFolder(again, readFolder(dir.path()));
        QCOMPARE(sync.added.size(), 0);
        QCOMPARE(sync.updated.size(), 0);
        QCOMPARE(sortedScores(again.decisions[1]), sortedScores(data.decisions[1]));
    }

    void exportBackChangesOnlyWhatChanged()
    {
        // a team's folder in three tools' shapes; imported and exported back untouched, every
        // file keeps its bytes; one decision scored, only its file changes (and keeps its name)
        QTemporaryDir dir;
        const QList<std::pair<QString, QByteArray>> originals{
            {QStringLiteral("0000-use-madr.md"), "# Use MADR\n\n## Context and Problem Statement\n\nWe want records.\n"},
            {QStringLiteral("0001-record-architecture-decisions.md"),
             "# 1. Record architecture decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe\nwrap `lines`.\n"},
            {QStringLiteral("0002-a-rather-long-title-that-the-slug-of-archbench-would-cut-somewhere-in-the-middle.md"),
             "# 2. A rather long title that the slug of Archbench would cut somewhere in the middle\n\n## Status\n\nProposed\n"},
            {QStringLiteral("20201028-use-log4brains.md"), "# Use Log4brains\n\n- Status: draft\n- Date: 2020-10-28\n"},
        };
        for (const auto &[name, text] : originals)
            write(dir.filePath(name), text);
        ProjectData data = projectFromAdrFolder(readFolder(dir.path()));
        auto first = exportAdrFolder(data, dir.path(), folderAdrFlavour(dir.path()));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->written, QStringList());
        QCOMPARE(first->unchanged.size(), 4);
        keepAdrNumbers(data, *first);
        for (const auto &[name, text] : originals)
            QCOMPARE(read(dir.filePath(name)), text);

        Decision &d = data.decisions[2];
        d.criteria = {{QStringLiteral("c1"), QStringLiteral("Fit"), 1, {}}};
        d.options = {{QStringLiteral("o1"), QStringLiteral("Keep"), {}, false}};
        d.scores = {{QStringLiteral("o1"), QStringLiteral("c1"), 4, {}}};
        auto second = exportAdrFolder(data, dir.path(), folderAdrFlavour(dir.path()));
        QVERIFY(second);
        QCOMPARE(second->written.size(), 1);
        QCOMPARE(QFileInfo(second->written.first()).fileName(), originals[2].first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4);
        for (qsizetype i : {0, 1, 3})
            QCOMPARE(read(dir.filePath(originals[i].first)), originals[i].second);
        QVERIFY(read(dir.filePath(originals[2].first)).startsWith("# 2. A rather long title")); // adr-tools' shape kept
    }

    void foreignReimportKeepsWhatTheFileCannotSay()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("0001-pick.md")),
              "# Pick\n\n* Status: proposed\n\n## Considered Options\n\n* A\n* B\n");
        ProjectData data = projectFromAdrFolder(readFolder(dir.path()));
        Decision &d = data.decisions[0];
        d.criteria = {{QStringLiteral("c1"), QStringLiteral("Fit"), 10, {}}};
        d.scores = {{d.options[0].id, QStringLiteral("c1"), 4, {}}};
        const ProjectData scored = data;
        // the file changes its status by hand; the scores made in Archbench stay
        write(dir.filePath(QStringLiteral("0001-pick.md")), "# Pick\n\n* Status: accepted\n\n## Considered Options\n\n* A\n* B\n");
        const AdrSync sync = syncAdrFolder(data, readFolder(dir.path()));
        QCOMPARE(sync.updated.size(), 1);
        QCOMPARE(data.decisions[0].status, DecisionStatus::Accepted);
        QCOMPARE(data.decisions[0].scores, scored.decisions[0].scores);
        QCOMPARE(data.decisions[0].criteria, scored.decisions[0].criteria);
        QVERIFY(sync.changes.join(QLatin1Char('\n')).contains(QStringLiteral("status proposed → accepted")));
    }
};

QTEST_GUILESS_MAIN(TestAdrImport)
#include "tst_adrimport.moc"
