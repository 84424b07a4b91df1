// The `archbench score --json` object has exactly the INTERCHANGE.md shape; the text form is
// an aligned table.
#include "common/testsupport.h"
#include "core/decision/scorereport.h"
#include "decisionbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {
QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

ProjectData sampleData()
{
    ProjectData data;
    Decision db = test::databaseDecision();
    db.options << Option{QStringLiteral("o4"), QStringLiteral("Cassandra"), {}, false};
    db.scores << Score{QStringLiteral("o4"), QStringLiteral("c1"), 2, {}};
    db.options << Option{QStringLiteral("o5"), QStringLiteral("Spreadsheet"), {}, false};
    for (int c = 1; c <= 5; ++c)
        db.scores << Score{QStringLiteral("o5"), QStringLiteral("c%1").arg(c), 5, {}};
    test::eliminate(db, QStringLiteral("o5"));
    data.decisions << db;
    Decision empty;
    empty.id = QStringLiteral("d2");
    empty.title = QStringLiteral("Empty");
    data.decisions << empty;
    return data;
}
} // namespace

class TestScoreReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void jsonShape()
    {
        const ProjectData data = sampleData();
        const QJsonObject root = ScoreReport::toJson(ScoreReport::analyse(data));
        QCOMPARE(keys(root), QStringList{QStringLiteral("decisions")});
        const QJsonArray decisions = root.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 2);

        const QJsonObject d = decisions[0].toObject();
        QCOMPARE(keys(d), (QStringList{QStringLiteral("id"), QStringLiteral("leader"), QStringLiteral("ranking"),
                                       QStringLiteral("robustness"), QStringLiteral("sensitivity"),
                                       QStringLiteral("title")}));
        QCOMPARE(d.value(QStringLiteral("id")).toString(), QStringLiteral("d1"));
        QCOMPARE(d.value(QStringLiteral("title")).toString(), QStringLiteral("Primary database for orders"));
        QCOMPARE(d.value(QStringLiteral("leader")).toString(), QStringLiteral("o1"));
        QVERIFY(d.value(QStringLiteral("robustness")).isDouble());

        const QJsonArray ranking = d.value(QStringLiteral("ranking")).toArray();
        QCOMPARE(ranking.size(), 5);
        const QStringList rankingKeys{QStringLiteral("complete"), QStringLiteral("eliminated"), QStringLiteral("name"),
                                      QStringLiteral("option"), QStringLiteral("percent"), QStringLiteral("rank"),
                                      QStringLiteral("weighted")};
        for (const QJsonValue &v : ranking)
            QCOMPARE(keys(v.toObject()), rankingKeys);
        // ranked first, by rank; then the unranked in option order
        const QJsonObject first = ranking[0].toObject();
        QCOMPARE(first.value(QStringLiteral("option")).toString(), QStringLiteral("o1"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("PostgreSQL"));
        QCOMPARE(first.value(QStringLiteral("weighted")).toDouble(), 4.65);
        QCOMPARE(first.value(QStringLiteral("percent")).toDouble(), 91.25);
        QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("eliminated")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(ranking[1].toObject().value(QStringLiteral("weighted")).toDouble(), 3.6);
        QCOMPARE(ranking[2].toObject().value(QStringLiteral("rank")).toInt(), 3);

        const QJsonObject incomplete = ranking[3].toObject();
        QCOMPARE(incomplete.value(QStringLiteral("option")).toString(), QStringLiteral("o4"));
        QVERIFY(incomplete.value(QStringLiteral("weighted")).isNull());
        QVERIFY(incomplete.value(QStringLiteral("percent")).isNull());
        QVERIFY(incomplete.value(QStringLiteral("rank")).isNull());
        QCOMPARE(incomplete.value(QStringLiteral("complete")).toBool(), false);

        const QJsonObject eliminated = ranking[4].toObject();
        QCOMPARE(eliminated.value(QStringLiteral("option")).toString(), QStringLiteral("o5"));
        QCOMPARE(eliminated.value(QStringLiteral("eliminated")).toBool(), true);
        QVERIFY(eliminated.value(QStringLiteral("rank")).isNull());
        QCOMPARE(eliminated.value(QStringLiteral("weighted")).toDouble(), 5.0);

        const QJsonArray sensitivity = d.value(QStringLiteral("sensitivity")).toArray();
        QCOMPARE(sensitivity.size(), 5);
        for (const QJsonValue &v : sensitivity)
            QCOMPARE(keys(v.toObject()), (QStringList{QStringLiteral("criterion"), QStringLiteral("flipShare"),
                                                      QStringLiteral("share")}));
        QCOMPARE(sensitivity[0].toObject().value(QStringLiteral("criterion")).toString(), QStringLiteral("c1"));
        QCOMPARE(sensitivity[0].toObject().value(QStringLiteral("share")).toDouble(), 0.3);

        const QJsonObject none = decisions[1].toObject();
        QVERIFY(none.value(QStringLiteral("leader")).isNull());
        QVERIFY(none.value(QStringLiteral("robustness")).isNull());
        QVERIFY(none.value(QStringLiteral("ranking")).toArray().isEmpty());
    }

    void numbersWithoutNoise()
    {
        // 3.65 / 4 × 100 is 91.25000000000001 in doubles; the report prints 91.25.
        const QByteArray json = QJsonDocument(ScoreReport::toJson(ScoreReport::analyse(sampleData()))).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("\"percent\":91.25"));
        QVERIFY(json.contains("\"weighted\":4.65"));
    }

    void onlyOneDecision()
    {
        const QList<DecisionAnalysis> one = ScoreReport::analyse(sampleData(), QStringLiteral("d2"));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().id, QStringLiteral("d2"));
        QVERIFY(ScoreReport::analyse(sampleData(), QStringLiteral("nope")).isEmpty());
    }

    void textTable()
    {
        const ProjectData data = sampleData();
        const QString text = ScoreReport::toText(data, ScoreReport::analyse(data), QLocale::c());
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY(lines[0].startsWith(QStringLiteral("Primary database for orders")));
        QVERIFY(lines[1].startsWith(QStringLiteral("Leader: PostgreSQL, first under ")));
        const int header = int(lines.indexOf(QRegularExpression(QStringLiteral("^\\s+Rank\\s+Option.*"))));
        QVERIFY(header > 0);
        // every number column lines up: the "Weighted" header ends where the values end
        const qsizetype end = lines[header].indexOf(QStringLiteral("Weighted")) + 8;
        QCOMPARE(lines[header + 1].mid(end - 4, 4), QStringLiteral("4.65"));
        QCOMPARE(lines[header + 2].mid(end - 4, 4), QStringLiteral("3.60"));
        QVERIFY(lines[header + 1].contains(QStringLiteral("91 %")));
        QVERIFY(lines[header + 4].contains(QStringLiteral("incomplete: scores missing for 4 of 5 criteria")));
        QVERIFY(lines[header + 5].contains(QStringLiteral("eliminated: fails Must support ACID transactions")));
        QVERIFY(text.contains(QStringLiteral("Data model fit")));
        QVERIFY(text.contains(QStringLiteral("30 %")));
        QVERIFY(text.contains(QStringLiteral("Empty  [d2]")));
        QVERIFY(text.contains(QStringLiteral("No leader")));
        QVERIFY(text.endsWith(QStringLiteral("No options yet.\n")));
    }

    void formatting()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(ScoreReport::formatNumber(30, c), QStringLiteral("30"));
        QCOMPARE(ScoreReport::formatNumber(100.0 / 3.0, c), QStringLiteral("33.33"));
        QCOMPARE(ScoreReport::formatNumber(12.5, c), QStringLiteral("12.5"));
        QCOMPARE(ScoreReport::formatShare(0.3, c), QStringLiteral("30 %"));
        QCOMPARE(ScoreReport::formatShare(0.296, c, 0.3), QStringLiteral("29.6 %"));
        QCOMPARE(ScoreReport::formatShare(0.12, c, 0.3), QStringLiteral("12 %"));
    }
};

QTEST_GUILESS_MAIN(TestScoreReport)
#include "tst_scorereport.moc"
