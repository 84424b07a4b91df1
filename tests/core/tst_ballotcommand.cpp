// Ballots from files (issue 16): `archbench ballot export` writes a form for one participant,
// `archbench ballot import` brings filled forms back all or nothing. Every refusal leaves the
// project file byte for byte as it was; the group figures then reach `score --json`, and
// `convert` keeps ballots, judgments and dissent.
#include "common/testsupport.h"
#include "core/interchange/ballotfile.h"
#include "core/interchange/interchange.h"
#include "core/storage/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench;
using namespace archbench::core;
using interchange::BallotFile;
using interchange::BallotForm;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runArchbench(const QStringList &arguments)
{
    QProcess p;
    p.start(test::archbenchExecutable(), arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(bytes(path)).object();
}

/// Fills every cell of a ballot form: value = base + (cell index mod 3), within 1..5.
QJsonObject filled(QJsonObject form, int base)
{
    QJsonArray scores = form.value(QStringLiteral("scores")).toArray();
    for (qsizetype i = 0; i < scores.size(); ++i) {
        QJsonObject cell = scores[i].toObject();
        cell.insert(QStringLiteral("value"), base + int(i % 3));
        scores[i] = cell;
    }
    form.insert(QStringLiteral("scores"), scores);
    return form;
}
} // namespace

class TestBallotCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Exports a form for `participant` and returns it parsed.
    QJsonObject exportForm(const QString &participant)
    {
        const QString out = path(participant + QStringLiteral(".ballot.json"));
        const Run r = runArchbench({QStringLiteral("ballot"), QStringLiteral("export"), m_project, QStringLiteral("--decision"),
                                 QStringLiteral("dec-orders-db"), QStringLiteral("--participant"), participant,
                                 QStringLiteral("-o"), out});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return readJson(out);
    }

private slots:
    void initTestCase()
    {
        test::failOnErrorLogs();
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("project.archbench"));
        auto data = interchange::fromJson(test::readData(QStringLiteral("decision/score.json")));
        QVERIFY(data);
        QVERIFY(writeProjectFile(*data, m_project));
    }

    void exportWritesAnEmptyForm()
    {
        const QJsonObject form = exportForm(QStringLiteral("Sam Okafor"));
        QCOMPARE(form.value(QStringLiteral("format")).toString(), QStringLiteral("archbench-ballot"));
        QCOMPARE(form.value(QStringLiteral("project")).toString(), QStringLiteral("score-fixture"));
        QCOMPARE(form.value(QStringLiteral("decision")).toString(), QStringLiteral("dec-orders-db"));
        QCOMPARE(form.value(QStringLiteral("participant")).toString(), QStringLiteral("Sam Okafor"));
        QCOMPARE(form.value(QStringLiteral("options")).toArray().size(), 3);
        QCOMPARE(form.value(QStringLiteral("criteria")).toArray().size(), 5);
        const QJsonArray scores = form.value(QStringLiteral("scores")).toArray();
        QCOMPARE(scores.size(), 15); // every cell, each empty
        for (const QJsonValue &cell : scores)
            QVERIFY(cell.toObject().value(QStringLiteral("value")).isNull());
        // by title too, and to standard output
        const Run r = runArchbench({QStringLiteral("ballot"), QStringLiteral("export"), m_project, QStringLiteral("--decision"),
                                 QStringLiteral("primary DATABASE for orders"), QStringLiteral("--participant"),
                                 QStringLiteral("Ana"), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\"Ana\""));
        // an unknown decision is a clear failure
        const Run missing = runArchbench({QStringLiteral("ballot"), QStringLiteral("export"), m_project, QStringLiteral("--decision"),
                                       QStringLiteral("nope"), QStringLiteral("--participant"), QStringLiteral("Ana"),
                                       QStringLiteral("-o"), path(QStringLiteral("x.json"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("\"nope\"")), qPrintable(missing.err));
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << QStringLiteral("option") << QStringLiteral("is not an option");
        QTest::newRow("unknown criterion") << QStringLiteral("criterion") << QStringLiteral("is not a criterion");
        QTest::newRow("out of scale") << QStringLiteral("value") << QStringLiteral("outside the scale 1 to 5");
        QTest::newRow("other decision") << QStringLiteral("decision") << QStringLiteral("has no decision");
        QTest::newRow("other project") << QStringLiteral("project") << QStringLiteral("another project");
        QTest::newRow("duplicate participant") << QStringLiteral("twice") << QStringLiteral("a second ballot from Sam Okafor");
        QTest::newRow("not a ballot") << QStringLiteral("format") << QStringLiteral("not a ballot");
        QTest::newRow("cell twice") << QStringLiteral("cell") << QStringLiteral("scored twice");
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QJsonObject form = filled(exportForm(QStringLiteral("Sam Okafor")), 2);
        QJsonArray scores = form.value(QStringLiteral("scores")).toArray();
        QJsonObject cell = scores[4].toObject();
        if (field == QStringLiteral("option"))
            cell.insert(QStringLiteral("option"), QStringLiteral("db-oracle"));
        else if (field == QStringLiteral("criterion"))
            cell.insert(QStringLiteral("criterion"), QStringLiteral("db-vibes"));
        else if (field == QStringLiteral("value"))
            cell.insert(QStringLiteral("value"), 6);
        else if (field == QStringLiteral("decision"))
            form.insert(QStringLiteral("decision"), QStringLiteral("dec-queue"));
        else if (field == QStringLiteral("project"))
            form.insert(QStringLiteral("project"), QStringLiteral("someone-else"));
        else if (field == QStringLiteral("format"))
            form.insert(QStringLiteral("format"), QStringLiteral("archbench-project"));
        else if (field == QStringLiteral("cell"))
            scores.append(scores[0]);
        scores[4] = cell;
        form.insert(QStringLiteral("scores"), scores);
        const QString ballot = path(QStringLiteral("bad.json"));
        writeJson(ballot, form);
        const QString good = path(QStringLiteral("good.json"));
        writeJson(good, filled(exportForm(QStringLiteral("Lee Park")), 1));

        const QByteArray before = bytes(m_project);
        QStringList arguments{QStringLiteral("ballot"), QStringLiteral("import"), m_project, good, ballot};
        if (field == QStringLiteral("twice"))
            arguments = {QStringLiteral("ballot"), QStringLiteral("import"), m_project, good, ballot, ballot};
        const Run r = runArchbench(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing imported")), qPrintable(r.err));
        if (field != QStringLiteral("twice"))
            QVERIFY2(r.err.contains(QStringLiteral("bad.json")), qPrintable(r.err)); // names the file
        QCOMPARE(bytes(m_project), before); // the good ballot did not land either
    }

    void importThenReplaceOnlyWhenAsked()
    {
        const QString sam = path(QStringLiteral("sam.json")), lee = path(QStringLiteral("lee.json"));
        writeJson(sam, filled(exportForm(QStringLiteral("Sam Okafor")), 3));
        writeJson(lee, filled(exportForm(QStringLiteral("Lee Park")), 1));
        Run r = runArchbench({QStringLiteral("ballot"), QStringLiteral("import"), m_project, sam, lee});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Imported Sam Okafor's ballot (15 scores)"), r.out.constData());

        auto data = readProjectFile(m_project);
        QVERIFY(data);
        const Decision &d = data->decisions.first();
        QCOMPARE(d.ballots.size(), 2);
        QCOMPARE(d.ballots[0].participant, QStringLiteral("Sam Okafor"));
        QVERIFY(d.ballots[0].submitted.isValid());
        QVERIFY(d.consulted.contains(QStringLiteral("Lee Park"))); // added to the decision's people

        // the group reaches score --json: Sam 3,4,5,3,4,… and Lee 1,2,3,1,2,…: every cell spread 2
        r = runArchbench({QStringLiteral("score"), m_project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject group = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("decisions")).toArray()[0]
                                      .toObject().value(QStringLiteral("group")).toObject();
        QCOMPARE(group.value(QStringLiteral("ballots")).toInt(), 2);
        QCOMPARE(group.value(QStringLiteral("contested")).toArray().size(), 15);
        QCOMPARE(group.value(QStringLiteral("contested")).toArray()[0].toObject().value(QStringLiteral("spread")).toDouble(), 2.0);
        QCOMPARE(group.value(QStringLiteral("participantLeaders")).toArray().size(), 2);

        // a second ballot from Sam: refused without --replace, taken with it
        const QByteArray before = bytes(m_project);
        writeJson(sam, filled(exportForm(QStringLiteral("Sam Okafor")), 1));
        r = runArchbench({QStringLiteral("ballot"), QStringLiteral("import"), m_project, sam});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--replace")), qPrintable(r.err));
        QCOMPARE(bytes(m_project), before);
        r = runArchbench({QStringLiteral("ballot"), QStringLiteral("import"), m_project, sam, QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Replaced the earlier ballot of Sam Okafor"));
        data = readProjectFile(m_project);
        QCOMPARE(data->decisions.first().ballots.size(), 2);
        QCOMPARE(data->decisions.first().ballots[0].scores.first().value, 1.0);
        // the exported form of a participant with a ballot comes prefilled
        QCOMPARE(exportForm(QStringLiteral("Lee Park")).value(QStringLiteral("scores")).toArray()[1].toObject()
                     .value(QStringLiteral("value")).toDouble(), 2.0);
    }

    void convertKeepsTheGroup()
    {
        ProjectData data = *readProjectFile(m_project);
        Decision &d = data.decisions.first();
        d.pairwise = {PairwiseJudgment{QStringLiteral("Sam Okafor"), QStringLiteral("db-fit"), QStringLiteral("db-ops"), 3}};
        d.dissent = {Dissent{QStringLiteral("Lee Park"), QStringLiteral("Would rather pay for Aurora")}};
        d.attendees = {QStringLiteral("Sam Okafor"), QStringLiteral("Lee Park")};
        d.aggregation = Aggregation::GeometricMean;
        const QString json = path(QStringLiteral("group.json")), back = path(QStringLiteral("group.archbench"));
        QVERIFY(writeProjectFile(data, json));
        QCOMPARE(runArchbench({QStringLiteral("convert"), json, back}).exitCode, 0);
        auto round = readProjectFile(back);
        QVERIFY(round);
        QCOMPARE(round->decisions.first(), d);
        // the JSON holds the shapes INTERCHANGE.md fixes
        const QJsonObject decision = readJson(json).value(QStringLiteral("decisions")).toArray()[0].toObject();
        QCOMPARE(decision.value(QStringLiteral("aggregation")).toString(), QStringLiteral("geometric-mean"));
        QCOMPARE(decision.value(QStringLiteral("ballots")).toArray()[0].toObject().value(QStringLiteral("participant")).toString(),
                 QStringLiteral("Sam Okafor"));
        QCOMPARE(decision.value(QStringLiteral("pairwise")).toArray()[0].toObject().value(QStringLiteral("value")).toDouble(), 3.0);
        QCOMPARE(decision.value(QStringLiteral("dissent")).toArray()[0].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Would rather pay for Aurora"));
    }

    void fileRulesForTheGroup()
    {
        ProjectData data = *readProjectFile(m_project);
        Decision &d = data.decisions.first();
        // a ballot from someone who is not one of the decision's people
        ProjectData stranger = data;
        stranger.decisions.first().ballots.first().participant = QStringLiteral("Mallory");
        QVERIFY(!interchange::validate(stranger));
        QVERIFY(interchange::validate(stranger).error().message.contains(QStringLiteral("decisions[0].ballots[0].participant")));
        // a judgment outside Saaty's scale, and one given in both directions
        d.pairwise = {PairwiseJudgment{{}, QStringLiteral("db-fit"), QStringLiteral("db-ops"), 12}};
        QVERIFY(interchange::validate(data).error().message.contains(QStringLiteral("Saaty")));
        d.pairwise = {PairwiseJudgment{{}, QStringLiteral("db-fit"), QStringLiteral("db-ops"), 3},
                      PairwiseJudgment{{}, QStringLiteral("db-ops"), QStringLiteral("db-fit"), 1.0 / 3.0}};
        QVERIFY(interchange::validate(data).error().message.contains(QStringLiteral("compared twice")));
        // a version 1 file (participants as names) still reads
        QVERIFY(interchange::fromJson(test::readData(QStringLiteral("storage/schema-v1.json"))));
    }
};

QTEST_GUILESS_MAIN(TestBallotCommand)
#include "tst_ballotcommand.moc"
