// `archbench convert` and `archbench validate` through the real executable, and the round-trip
// property over generated projects: file -> JSON -> file -> JSON gives identical JSON and the
// same ProjectData, whatever the project holds.
#include "common/projectgenerator.h"
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/interchange/jsonsplit.h"
#include "core/storage/projectconversion.h"
#include "core/storage/projectfile.h"
#include "storagesample.h"
#include "storagetestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace archbench::core;
using namespace archbench::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runArchbench(const QStringList &arguments)
{
    QProcess process;
    process.start(archbenchExecutable(), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestConvert : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

private slots:
    void initTestCase()
    {
        failOnErrorLogs();
        QVERIFY(m_dir.isValid());
    }

    void cliRoundTripIsIdentical()
    {
        QVERIFY(writeProjectFile(fullSampleProject(), path("start.json")));
        const QStringList chain = {path("start.json"), path("a.archbench"), path("a.json"), path("b.archbench"),
                                   path("b.json")};
        for (int i = 0; i + 1 < chain.size(); ++i) {
            const Run run = runArchbench({QStringLiteral("convert"), chain[i], chain[i + 1]});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(run.err.isEmpty());
        }
        QCOMPARE(fileBytes(path("a.json")), fileBytes(path("b.json")));
        QCOMPARE(fileBytes(path("start.json")), fileBytes(path("a.json")));
        auto back = readProjectFile(path("b.archbench"));
        QVERIFY(back);
        QCOMPARE(*back, fullSampleProject());
    }

    void sampleProjectConverts()
    {
        const QString sample = QFINDTESTDATA("../../resources/sample/checkout-platform.json");
        if (sample.isEmpty())
            QSKIP("the sample project is not in this tree");
        QCOMPARE(runArchbench({QStringLiteral("convert"), sample, path("sample.archbench")}).exitCode, 0);
        QCOMPARE(runArchbench({QStringLiteral("convert"), path("sample.archbench"), path("sample.json")}).exitCode, 0);
        QCOMPARE(runArchbench({QStringLiteral("convert"), path("sample.json"), path("sample2.archbench")}).exitCode, 0);
        QCOMPARE(runArchbench({QStringLiteral("convert"), path("sample2.archbench"), path("sample2.json")}).exitCode, 0);
        QCOMPARE(fileBytes(path("sample.json")), fileBytes(path("sample2.json")));
    }

    void validateReports()
    {
        writeValidFile(path("ok.archbench"), fullSampleProject());
        const Run ok = runArchbench({QStringLiteral("validate"), path("ok.archbench")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QStringLiteral(": OK (2 decisions")), qPrintable(ok.out));
        // one of a kind in the singular (issue 15: "1 reviews, 1 lenses")
        QVERIFY2(!ok.out.contains(QRegularExpression(QStringLiteral("\\b1 (decisions|reviews|lenses|drills|cost models)\\b"))), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(QRegularExpression(QStringLiteral("\\b1 (review|lens|drill|cost model)\\b"))), qPrintable(ok.out));
        QCOMPARE(ok.out.count(QLatin1Char('\n')), 1);

        writeBytes(path("bad-ref.json"),
                   R"({"format": "archbench-project", "version": 1, "project": {"id": "p"},
                       "decisions": [{"id": "d1", "title": "t", "options": [{"id": "o1", "name": "A"}],
                       "criteria": [{"id": "c1", "name": "C", "weight": 1}],
                       "scores": [{"option": "o1", "criterion": "c1", "value": 3},
                                  {"option": "o9", "criterion": "c1", "value": 3}]}]})");
        const Run badRef = runArchbench({QStringLiteral("validate"), path("bad-ref.json")});
        QCOMPARE(badRef.exitCode, 2);
        QVERIFY2(badRef.err.contains(QStringLiteral("decisions[0].scores[1].option: unknown id \"o9\"")),
                 qPrintable(badRef.err));
        QVERIFY2(badRef.err.contains(QStringLiteral("bad-ref.json")), qPrintable(badRef.err));

        writeBytes(path("junk.archbench"), "junk");
        const Run junk = runArchbench({QStringLiteral("validate"), path("junk.archbench")});
        QCOMPARE(junk.exitCode, 2);
        QVERIFY2(junk.err.contains(QStringLiteral("junk.archbench")) && junk.err.contains(QStringLiteral("not an Archbench project")),
                 qPrintable(junk.err));

        const Run missing = runArchbench({QStringLiteral("validate"), path("missing.archbench")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));

        const Run usage = runArchbench({QStringLiteral("validate")});
        QCOMPARE(usage.exitCode, 1);
    }

    void convertRefusalsWriteNothing()
    {
        writeBytes(path("broken.archbench"), QByteArray(4096, 'x'));
        writeBytes(path("keep.json"), "previous content");
        const Run refused = runArchbench({QStringLiteral("convert"), path("broken.archbench"), path("keep.json")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("broken.archbench")));
        QCOMPARE(fileBytes(path("keep.json")), QByteArray("previous content"));

        // .json to .archbench checks references beside the inserts: a refusal still names the
        // input and its JSON path, exits 2 and leaves the target as it was.
        writeBytes(path("keep.archbench"), "previous content");
        writeBytes(path("bad-ref.json"),
                   R"({"format": "archbench-project", "version": 1, "project": {"id": "p"},
                       "decisions": [{"id": "d1", "title": "t", "options": [{"id": "o1", "name": "A"}],
                       "criteria": [{"id": "c1", "name": "C", "weight": 1}],
                       "scores": [{"option": "o1", "criterion": "c1", "value": 3},
                                  {"option": "o1", "criterion": "c1", "value": 4}]}]})");
        const Run badRef = runArchbench({QStringLiteral("convert"), path("bad-ref.json"), path("keep.archbench")});
        QCOMPARE(badRef.exitCode, 2);
        QVERIFY2(badRef.err.contains(QStringLiteral("bad-ref.json")) &&
                     badRef.err.contains(QStringLiteral("decisions[0].scores[1]: a second score")),
                 qPrintable(badRef.err));
        QCOMPARE(fileBytes(path("keep.archbench")), QByteArray("previous content"));
        writeBytes(path("cut.json"), R"({"format": "archbench-project", "version": 1, "project": {)");
        const Run cut = runArchbench({QStringLiteral("convert"), path("cut.json"), path("keep.archbench")});
        QCOMPARE(cut.exitCode, 2);
        QVERIFY2(cut.err.contains(QStringLiteral("cut.json")) && cut.err.contains(QStringLiteral("not valid JSON")),
                 qPrintable(cut.err));
        QCOMPARE(fileBytes(path("keep.archbench")), QByteArray("previous content"));

        writeValidFile(path("fine.archbench"), fullSampleProject());
        const Run badOut = runArchbench({QStringLiteral("convert"), path("fine.archbench"), path("out.txt")});
        QCOMPARE(badOut.exitCode, 1);
        QVERIFY(badOut.err.contains(QStringLiteral(".archbench or .json")));
        QVERIFY(!QFile::exists(path("out.txt")));

        const Run same = runArchbench({QStringLiteral("convert"), path("fine.archbench"), path("fine.archbench")});
        QCOMPARE(same.exitCode, 1);

        const Run noDir = runArchbench({QStringLiteral("convert"), path("fine.archbench"), path("nowhere/x.json")});
        QCOMPARE(noDir.exitCode, 1);
        QCOMPARE(runArchbench({QStringLiteral("convert"), path("fine.archbench"), path("fine.json")}).exitCode, 0);
        const Run noDirJson = runArchbench({QStringLiteral("convert"), path("fine.json"), path("nowhere/x.archbench")});
        QCOMPARE(noDirJson.exitCode, 1);
        QVERIFY2(noDirJson.err.contains(QStringLiteral("x.archbench")), qPrintable(noDirJson.err));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.saving"), QStringLiteral("*.json.*")},
                                              QDir::Files | QDir::Hidden),
                 QStringList());
    }

    // A long decisions list is decoded on one core while the other inserts it: the result
    // is the same project as reading the document whole, whatever the JSON's layout.
    void streamingImportEqualsTheDocument_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("layout");
        for (quint32 seed = 1; seed <= 3; ++seed)
            for (int layout = 0; layout < 3; ++layout)
                QTest::addRow("seed %u layout %d", seed, layout) << seed << layout;
    }

    void streamingImportEqualsTheDocument()
    {
        QFETCH(quint32, seed);
        QFETCH(int, layout);
        GeneratorSize size;
        size.decisions = 90;
        const ProjectData generated = generateProject(seed, size);
        QByteArray json = interchange::toJson(generated); // indented, decisions after project
        if (layout == 1)
            json = QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
        if (layout == 2) { // decisions first, then the rest, oddly spaced
            const QJsonObject root = QJsonDocument::fromJson(json).object();
            QJsonObject rest = root;
            rest.remove(QStringLiteral("decisions"));
            const QByteArray decisions = QJsonDocument(root.value(QStringLiteral("decisions")).toArray()).toJson();
            const QByteArray others = QJsonDocument(rest).toJson(QJsonDocument::Compact);
            json = "\n { \"decisions\" :\t" + decisions + " ,\r\n" + others.mid(1) + "\n\n";
        }
        QVERIFY(interchange::splitDecisions(json)); // this layout takes the streaming path
        writeBytes(path("stream.json"), json);
        QFile::remove(path("stream.archbench"));
        const auto failed = convertProjectFile(path("stream.json"), path("stream.archbench"));
        QVERIFY2(!failed, failed ? qPrintable(failed->error.message) : "");
        auto back = readProjectFile(path("stream.archbench"));
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(*back, generated);
    }

    // A refusal reads the same whichever path the import took, names the input and leaves
    // the target as it was.
    void streamingRefusalsMatchTheDocument_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addRow("bad value in decision 70") << 0;
        QTest::addRow("broken JSON in decision 75") << 1;
        QTest::addRow("unknown reference in decision 72") << 2;
        QTest::addRow("bad project after the decisions") << 3;
    }

    void streamingRefusalsMatchTheDocument()
    {
        QFETCH(int, fault);
        GeneratorSize size;
        size.decisions = 80;
        QByteArray json = interchange::toJson(generateProject(7, size));
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray decisions = root.value(QStringLiteral("decisions")).toArray();
        if (fault == 0 || fault == 2) {
            const int i = fault == 0 ? 70 : 72;
            QJsonObject d = decisions[i].toObject();
            if (fault == 0)
                d.insert(QStringLiteral("title"), 42);
            else
                d.insert(QStringLiteral("supersededBy"), QStringLiteral("no-such-decision"));
            decisions[i] = d;
            root.insert(QStringLiteral("decisions"), decisions);
            json = QJsonDocument(root).toJson();
        } else if (fault == 1) {
            const auto split = interchange::splitDecisions(json);
            QVERIFY(split);
            json.insert(split->decisions[75].begin + 1, "@");
        } else {
            QJsonObject project = root.value(QStringLiteral("project")).toObject();
            project.insert(QStringLiteral("tags"), QStringLiteral("not a list"));
            root.insert(QStringLiteral("project"), project);
            json = QJsonDocument(root).toJson();
        }
        const auto whole = interchange::fromJson(json);
        QVERIFY(!whole);
        writeBytes(path("refused.json"), json);
        writeBytes(path("keep.archbench"), "previous content");
        const auto failed = convertProjectFile(path("refused.json"), path("keep.archbench"));
        QVERIFY(failed);
        QCOMPARE(int(failed->stage), int(ConversionStage::Input));
        QVERIFY2(failed->error.message.contains(QStringLiteral("refused.json")), qPrintable(failed->error.message));
        QVERIFY2(failed->error.message.endsWith(whole.error().message),
                 qPrintable(failed->error.message + QStringLiteral(" / ") + whole.error().message));
        QCOMPARE(fileBytes(path("keep.archbench")), QByteArray("previous content"));
    }

    void roundTripProperty_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void roundTripProperty()
    {
        QFETCH(quint32, seed);
        const ProjectData generated = generateProject(seed);
        QVERIFY(interchange::validate(generated));
        const QString file1 = path("p1.archbench"), json1 = path("p1.json");
        const QString file2 = path("p2.archbench"), json2 = path("p2.json");

        QVERIFY(writeProjectFile(generated, file1));
        auto fromFile = readProjectFile(file1);
        QVERIFY2(fromFile, qPrintable(fromFile.error().message));
        QCOMPARE(*fromFile, generated); // the SQLite format keeps everything

        QVERIFY(!convertProjectFile(file1, json1));
        QVERIFY(!convertProjectFile(json1, file2));
        QVERIFY(!convertProjectFile(file2, json2));
        QCOMPARE(fileBytes(json1), fileBytes(json2));
        QCOMPARE(fileBytes(json1), interchange::toJson(generated));
    }
};

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
