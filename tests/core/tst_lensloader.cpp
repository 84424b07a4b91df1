// Lens import: a valid AWS-format lens loads with everything in it; broken lenses are refused
// whole, with the place (question id, JSON path, character) and the reason. A question without
// a `default` rule is not broken (AWS accepts it); its unmatched answers are unrated.
#include "common/testsupport.h"
#include "core/review/builtinlens.h"
#include "core/review/lensloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {
QJsonObject smallLens()
{
    return QJsonDocument::fromJson(test::readData(QStringLiteral("lenses/small-lens.json"))).object();
}

/// Replaces the value at a path like "pillars/0/questions/1/riskRules" in a JSON tree.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = setAt(object.value(key), path, value);
    return object;
}
} // namespace

class TestLensLoader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void loadsValidLens()
    {
        auto lens = LensLoader::fromJson(test::readData(QStringLiteral("lenses/small-lens.json")));
        QVERIFY2(lens.ok(), qPrintable(lens.error().message));
        QCOMPARE(lens->schemaVersion, QStringLiteral("2021-11-01"));
        QCOMPARE(lens->name, QStringLiteral("Team delivery lens"));
        QCOMPARE(lens->pillars.size(), 2);
        QCOMPARE(lens->pillars.at(0).id, QStringLiteral("delivery"));
        QCOMPARE(lens->pillars.at(1).name, QStringLiteral("Data"));
        QCOMPARE(lens->questionCount(), 3);

        const LensQuestion *q = lens->question(QStringLiteral("dlv-tests"));
        QVERIFY(q);
        QCOMPARE(q->helpfulResource.url, QStringLiteral("https://example.org/tests"));
        QCOMPARE(q->choices.size(), 4);
        QCOMPARE(q->noneOfTheseId(), QStringLiteral("dlv-tests_no"));
        QVERIFY(q->choice(QStringLiteral("dlv-tests_no"))->isNoneOfThese());
        QVERIFY(!q->choice(QStringLiteral("dlv-tests-unit"))->isNoneOfThese());
        const LensChoice *unit = q->choice(QStringLiteral("dlv-tests-unit"));
        QCOMPARE(unit->helpfulResource.displayText, QStringLiteral("Fast feedback on logic."));
        QCOMPARE(unit->improvementPlan.displayText, QStringLiteral("Add a unit test stage to the pipeline."));
        QCOMPARE(unit->additionalResources.size(), 1);
        QCOMPARE(unit->additionalResources.at(0).type, QStringLiteral("HELPFUL_RESOURCE"));
        QCOMPARE(unit->additionalResources.at(0).content.at(0).url, QStringLiteral("https://example.org/pyramid"));

        QCOMPARE(q->riskRules.size(), 3);
        QCOMPARE(q->riskRules.at(0).risk, RiskLevel::None);
        QCOMPARE(q->riskRules.at(1).risk, RiskLevel::Medium);
        QCOMPARE(q->riskRules.at(2).risk, RiskLevel::High);
        QVERIFY(q->riskRules.at(2).condition.isDefault());
        QCOMPARE(lens->pillarOf(QStringLiteral("dat-backup"))->id, QStringLiteral("data"));
        QVERIFY(!lens->pillarOf(QStringLiteral("nope")));
    }

    void loadsLensWithoutDefaultRule_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("question");
        QTest::newRow("gap in dlv-release") << QStringLiteral("no-default-gap.json") << QStringLiteral("dlv-release");
        QTest::newRow("shaped like ECS NET3") << QStringLiteral("net-mode-gap.json") << QStringLiteral("net-mode");
        QTest::newRow("covered without default") << QStringLiteral("no-default-covered.json") << QStringLiteral("ops-alerts");
    }

    void loadsLensWithoutDefaultRule()
    {
        // these were refused with "missing default rule" before; the WA Tool accepts them
        QFETCH(QString, file);
        QFETCH(QString, question);
        auto lens = LensLoader::fromJson(test::readData(QStringLiteral("lenses/") + file));
        QVERIFY2(lens.ok(), qPrintable(lens.error().message));
        const LensQuestion *q = lens->question(question);
        QVERIFY(q);
        QVERIFY(!q->hasDefaultRule());
        QVERIFY(lens->canLeaveUnrated());
        for (const RiskRule &rule : q->riskRules)
            QVERIFY(!rule.condition.isDefault());
    }

    void lensWithDefaultEverywhereCannotLeaveUnrated()
    {
        auto lens = LensLoader::fromJson(test::readData(QStringLiteral("lenses/small-lens.json")));
        QVERIFY(lens.ok());
        QVERIFY(!lens->canLeaveUnrated());
        QVERIFY(lens->question(QStringLiteral("dlv-tests"))->hasDefaultRule());
        auto builtIn = LensLoader::fromRecord(BuiltInLens::record());
        QVERIFY(builtIn.ok());
        QVERIFY(!builtIn->canLeaveUnrated());
    }

    void refusesBrokenFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unknown choice id")
            << QStringLiteral("broken-unknown-choice.json")
            << QStringList{QStringLiteral("question \"dat-backup\" (pillars[1].questions[0])"),
                           QStringLiteral("riskRules[0].condition, character 21"),
                           QStringLiteral("unknown choice id \"dat-backup-tape\"")};
        QTest::newRow("condition syntax")
            << QStringLiteral("broken-condition-syntax.json")
            << QStringList{QStringLiteral("question \"dlv-tests\""),
                           QStringLiteral("riskRules[0].condition, character 58"),
                           QStringLiteral("missing ')' for the '(' at character 19")};
        QTest::newRow("duplicate question id")
            << QStringLiteral("broken-duplicate-question.json")
            << QStringList{QStringLiteral("pillars[1].questions[0]"),
                           QStringLiteral("duplicate question id \"dlv-tests\"")};
        QTest::newRow("truncated file")
            << QStringLiteral("broken-truncated.json")
            << QStringList{QStringLiteral("not valid JSON at byte")};
    }

    void refusesBrokenFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        auto lens = LensLoader::fromJson(test::readData(QStringLiteral("lenses/") + file));
        QVERIFY(!lens.ok());
        QCOMPARE(lens.error().code, ErrorCode::Invalid);
        for (const QString &part : expected)
            QVERIFY2(lens.error().message.contains(part), qPrintable(lens.error().message));
    }

    void refusesMutations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");

        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("no name") << QStringLiteral("name") << removed << QStringLiteral("name: missing");
        QTest::newRow("no schemaVersion") << QStringLiteral("schemaVersion") << removed << QStringLiteral("schemaVersion: missing");
        QTest::newRow("pillars not a list") << QStringLiteral("pillars") << QJsonValue(3) << QStringLiteral("pillars: must be a list");
        QTest::newRow("no pillars") << QStringLiteral("pillars") << QJsonValue(QJsonArray()) << QStringLiteral("pillars: must not be empty");
        QTest::newRow("pillar without id") << QStringLiteral("pillars/0/id") << removed << QStringLiteral("pillars[0].id: missing");
        QTest::newRow("duplicate pillar id") << QStringLiteral("pillars/1/id") << QJsonValue(QStringLiteral("delivery"))
                                             << QStringLiteral("pillars[1].id: duplicate pillar id \"delivery\"");
        QTest::newRow("question title a number") << QStringLiteral("pillars/0/questions/0/title") << QJsonValue(7)
                                                 << QStringLiteral("question \"dlv-tests\" (pillars[0].questions[0]): title: must be a string");
        QTest::newRow("no choices") << QStringLiteral("pillars/0/questions/1/choices") << QJsonValue(QJsonArray())
                                    << QStringLiteral("choices: must not be empty");
        QTest::newRow("duplicate choice id") << QStringLiteral("pillars/0/questions/0/choices/1/id")
                                             << QJsonValue(QStringLiteral("dlv-tests-unit"))
                                             << QStringLiteral("choices[1].id: duplicate choice id \"dlv-tests-unit\"");
        QTest::newRow("two none choices") << QStringLiteral("pillars/0/questions/0/choices/2/id")
                                          << QJsonValue(QStringLiteral("dlv-tests-e2e_no"))
                                          << QStringLiteral("a second \"None of these\" choice");
        QTest::newRow("bad risk spelling") << QStringLiteral("pillars/1/questions/0/riskRules/1/risk")
                                           << QJsonValue(QStringLiteral("LOW_RISK"))
                                           << QStringLiteral("riskRules[1].risk: \"LOW_RISK\" is not one of");
        QTest::newRow("two defaults") << QStringLiteral("pillars/1/questions/0/riskRules/0/condition")
                                      << QJsonValue(QStringLiteral("default"))
                                      << QStringLiteral("riskRules[2].condition: a second default rule (the first is riskRules[0])");
        QTest::newRow("no rules") << QStringLiteral("pillars/1/questions/0/riskRules") << removed
                                  << QStringLiteral("question \"dat-backup\" (pillars[1].questions[0]): riskRules: missing");
        QTest::newRow("negated unknown id") << QStringLiteral("pillars/0/questions/1/riskRules/0/condition")
                                            << QJsonValue(QStringLiteral("!dlv-release-rolback"))
                                            << QStringLiteral("riskRules[0].condition, character 2: unknown choice id \"dlv-release-rolback\"");
        QTest::newRow("resource not an object") << QStringLiteral("pillars/0/questions/0/choices/0/helpfulResource")
                                                << QJsonValue(QStringLiteral("text"))
                                                << QStringLiteral("choices[0].helpfulResource: must be an object");
    }

    void refusesMutations()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject lens = setAt(smallLens(), path.split(u'/'), value).toObject();
        auto loaded = LensLoader::fromObject(lens);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    }

    void recordErrorNamesLens()
    {
        LensRecord record;
        record.id = QStringLiteral("l7");
        record.definition = setAt(smallLens(), {QStringLiteral("pillars")}, QJsonValue(1)).toObject();
        auto loaded = LensLoader::fromRecord(record);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.startsWith(QStringLiteral("lens \"l7\" (\"Team delivery lens\"): pillars")),
                 qPrintable(loaded.error().message));
    }

    void builtInLensIsValidAndComplete()
    {
        const LensRecord record = BuiltInLens::record();
        QCOMPARE(record.id, BuiltInLens::id());
        QVERIFY(!record.definition.isEmpty());
        auto lens = LensLoader::fromRecord(record);
        QVERIFY2(lens.ok(), qPrintable(lens.error().message));
        QCOMPARE(lens->name, QStringLiteral("Archbench Well-Architected"));
        const QStringList pillars{QStringLiteral("operational-excellence"), QStringLiteral("security"),
                                  QStringLiteral("reliability"), QStringLiteral("performance-efficiency"),
                                  QStringLiteral("cost-optimization"), QStringLiteral("sustainability")};
        QCOMPARE(lens->pillars.size(), pillars.size());
        for (int p = 0; p < pillars.size(); ++p) {
            const LensPillar &pillar = lens->pillars.at(p);
            QCOMPARE(pillar.id, pillars.at(p));
            QVERIFY2(pillar.questions.size() >= 5 && pillar.questions.size() <= 8, qPrintable(pillar.id));
            for (const LensQuestion &q : pillar.questions) {
                const QString none = q.noneOfTheseId();
                QVERIFY2(!none.isEmpty(), qPrintable(q.id));
                const int practices = int(q.choices.size()) - 1;
                QVERIFY2(practices >= 3 && practices <= 6, qPrintable(q.id));
                for (const LensChoice &c : q.choices) {
                    QVERIFY2(!c.helpfulResource.displayText.isEmpty(), qPrintable(c.id));
                    if (!c.isNoneOfThese())
                        QVERIFY2(!c.improvementPlan.displayText.isEmpty(), qPrintable(c.id));
                }
                // every practice ticked is never high risk; "None of these" is always a risk
                QSet<QString> all;
                for (const LensChoice &c : q.choices)
                    if (!c.isNoneOfThese())
                        all.insert(c.id);
                RiskLevel allRisk = RiskLevel::High;
                RiskLevel noneRisk = RiskLevel::None;
                for (const RiskRule &rule : q.riskRules)
                    if (rule.condition.evaluate(all)) {
                        allRisk = rule.risk;
                        break;
                    }
                for (const RiskRule &rule : q.riskRules)
                    if (rule.condition.evaluate({none})) {
                        noneRisk = rule.risk;
                        break;
                    }
                QVERIFY2(allRisk == RiskLevel::None, qPrintable(q.id));
                QVERIFY2(noneRisk == RiskLevel::High || noneRisk == RiskLevel::Medium, qPrintable(q.id));
            }
        }
        // the interchange example question exists with its choices
        const LensQuestion *backup = lens->question(QStringLiteral("rel-backup"));
        QVERIFY(backup);
        QVERIFY(backup->choice(QStringLiteral("rel-backup-auto")));
        QVERIFY(backup->choice(QStringLiteral("rel-backup-test")));
    }
};

QTEST_GUILESS_MAIN(TestLensLoader)
#include "tst_lensloader.moc"
