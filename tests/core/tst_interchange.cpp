// The JSON interchange contract: the documented example imports, every refusal names its JSON
// path, newer versions are refused, and generated projects survive export -> import intact.
#include "common/projectgenerator.h"
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/interchange/jsonsplit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace archbench;
using namespace archbench::core;

namespace {
QJsonObject example()
{
    return QJsonDocument::fromJson(test::readData(QStringLiteral("interchange/example.json"))).object();
}

/// Sets the value at a dotted path with [i] indexes, e.g. "decisions[0].scores[1].option".
QJsonValue setAt(QJsonValue node, QStringList parts, const QJsonValue &value)
{
    if (parts.isEmpty())
        return value;
    QString head = parts.takeFirst();
    int index = -1;
    if (head.endsWith(QLatin1Char(']'))) {
        const qsizetype open = head.indexOf(QLatin1Char('['));
        index = head.mid(open + 1, head.size() - open - 2).toInt();
        head = head.left(open);
    }
    QJsonObject obj = node.toObject();
    if (index < 0) {
        obj.insert(head, setAt(obj.value(head), parts, value));
    } else {
        QJsonArray arr = obj.value(head).toArray();
        arr.replace(index, setAt(arr.at(index), parts, value));
        obj.insert(head, arr);
    }
    return obj;
}

QByteArray withChange(const QString &path, const QJsonValue &value)
{
    const QJsonObject root = setAt(example(), path.split(QLatin1Char('.')), value).toObject();
    return QJsonDocument(root).toJson();
}
} // namespace

class TestInterchange : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::failOnErrorLogs(); }

    void importsDocumentedExample()
    {
        const auto data = interchange::fromJson(test::readData(QStringLiteral("interchange/example.json")));
        QVERIFY2(data.ok(), qPrintable(data.error().message));
        QCOMPARE(data->project.name, QStringLiteral("Checkout platform review"));
        QCOMPARE(data->project.created, QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
        QCOMPARE(data->project.requirements.first().kind, RequirementKind::Performance);
        const Decision &d = data->decisions.first();
        QCOMPARE(d.doorType, DoorType::OneWay);
        QCOMPARE(d.criteria.size(), 2);
        QCOMPARE(d.criteria[0].weight, 30.0);
        QVERIFY(d.options[2].doNothing);
        QCOMPARE(d.constraints[0].failedBy, QStringList{QStringLiteral("o3")});
        QCOMPARE(d.scores.size(), 3);
        QCOMPARE(d.revisitTriggers[0].comparator, Comparator::Greater);
        QCOMPARE(d.revisitTriggers[0].threshold, std::optional(10000.0));
        QVERIFY(!d.revisitTriggers[1].threshold.has_value());
        QCOMPARE(d.revisitTriggers[1].reviewBy, QDate(2027, 5, 28));
        QCOMPARE(data->reviews[0].milestones[0].answers.size(), 1);
        QCOMPARE(data->drills[0].measured.recoverMinutes, std::optional(22.0));
        QCOMPARE(data->drills[0].traffic, DrillTraffic::PartialProduction);
        QCOMPARE(data->costModels[1].options[0].pricing, PricingKind::PerRequest);
        QCOMPARE(data->costModels[1].options[1].minInstances, 2);
        QCOMPARE(data->costModels[1].loadTo, 100000.0);
        // unknown fields are ignored and kept out of the export
        QVERIFY(!interchange::toJson(*data).contains("someFutureField"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringLiteral("format") << QJsonValue(QStringLiteral("x")) << QStringLiteral("format: \"x\" is not an Archbench project");
        QTest::newRow("version type") << QStringLiteral("version") << QJsonValue(QStringLiteral("1")) << QStringLiteral("version: must be a whole number");
        QTest::newRow("project id") << QStringLiteral("project.id") << QJsonValue(QString()) << QStringLiteral("project.id: must not be empty");
        QTest::newRow("bad score option") << QStringLiteral("decisions[0].scores[1].option") << QJsonValue(QStringLiteral("o9"))
                                          << QStringLiteral("decisions[0].scores[1].option: unknown id \"o9\"");
        QTest::newRow("bad criterion") << QStringLiteral("decisions[0].scores[2].criterion") << QJsonValue(QStringLiteral("c7"))
                                       << QStringLiteral("decisions[0].scores[2].criterion: unknown id \"c7\"");
        QTest::newRow("negative weight") << QStringLiteral("decisions[0].criteria[1].weight") << QJsonValue(-1)
                                         << QStringLiteral("decisions[0].criteria[1].weight: must not be negative");
        QTest::newRow("weight string") << QStringLiteral("decisions[0].criteria[0].weight") << QJsonValue(QStringLiteral("30"))
                                       << QStringLiteral("decisions[0].criteria[0].weight: must be a number");
        QTest::newRow("score outside scale") << QStringLiteral("decisions[0].scores[0].value") << QJsonValue(6)
                                             << QStringLiteral("decisions[0].scores[0].value: 6 is outside the scale 1 to 5");
        QTest::newRow("status spelling") << QStringLiteral("decisions[0].status") << QJsonValue(QStringLiteral("done"))
                                         << QStringLiteral("decisions[0].status: \"done\" is not one of proposed, accepted");
        QTest::newRow("failedBy") << QStringLiteral("decisions[0].constraints[0].failedBy") << QJsonValue(QJsonArray{QStringLiteral("o4")})
                                  << QStringLiteral("decisions[0].constraints[0].failedBy[0]: unknown id \"o4\"");
        QTest::newRow("chosen") << QStringLiteral("decisions[0].chosenOption") << QJsonValue(QStringLiteral("nope"))
                                << QStringLiteral("decisions[0].chosenOption: unknown id \"nope\"");
        QTest::newRow("superseded by self") << QStringLiteral("decisions[0].supersededBy") << QJsonValue(QStringLiteral("d1"))
                                            << QStringLiteral("decisions[0].supersededBy: unknown id \"d1\"");
        QTest::newRow("date") << QStringLiteral("decisions[0].date") << QJsonValue(QStringLiteral("28/11/2026"))
                              << QStringLiteral("decisions[0].date: \"28/11/2026\" is not a date");
        QTest::newRow("timestamp without zone") << QStringLiteral("project.created") << QJsonValue(QStringLiteral("2026-11-28T09:00:00"))
                                                << QStringLiteral("project.created: \"2026-11-28T09:00:00\" is not a timestamp with zone");
        QTest::newRow("duplicate option id") << QStringLiteral("decisions[0].options[1].id") << QJsonValue(QStringLiteral("o1"))
                                             << QStringLiteral("decisions[0].options[1].id: \"o1\" is used twice");
        QTest::newRow("duplicate top-level id") << QStringLiteral("drills[0].id") << QJsonValue(QStringLiteral("d1"))
                                                << QStringLiteral("drills[0].id: \"d1\" is used twice");
        QTest::newRow("review lens") << QStringLiteral("reviews[0].lens") << QJsonValue(QStringLiteral("l9"))
                                     << QStringLiteral("reviews[0].lens: unknown id \"l9\"");
        QTest::newRow("answer question") << QStringLiteral("reviews[0].answers[0].question") << QJsonValue(QStringLiteral("nope"))
                                         << QStringLiteral("reviews[0].answers[0].question: unknown id \"nope\"");
        QTest::newRow("answer choice") << QStringLiteral("reviews[0].answers[0].selected") << QJsonValue(QJsonArray{QStringLiteral("zz")})
                                       << QStringLiteral("reviews[0].answers[0].selected[0]: unknown id \"zz\"");
        QTest::newRow("milestone choice") << QStringLiteral("reviews[0].milestones[0].answers[0].selected") << QJsonValue(QJsonArray{QStringLiteral("zz")})
                                          << QStringLiteral("reviews[0].milestones[0].answers[0].selected[0]: unknown id \"zz\"");
        QTest::newRow("traffic percent") << QStringLiteral("drills[0].trafficPercent") << QJsonValue(140)
                                         << QStringLiteral("drills[0].trafficPercent: must be between 0 and 100");
        QTest::newRow("negative phase") << QStringLiteral("drills[0].measured.recoverMinutes") << QJsonValue(-3)
                                        << QStringLiteral("drills[0].measured.recoverMinutes: must not be negative");
        QTest::newRow("cost kind") << QStringLiteral("costModels[0].kind") << QJsonValue(QStringLiteral("magic"))
                                   << QStringLiteral("costModels[0].kind: \"magic\" is not one of latency, crossover, reserved");
        QTest::newRow("min instances") << QStringLiteral("costModels[1].options[1].minInstances") << QJsonValue(1.5)
                                       << QStringLiteral("costModels[1].options[1].minInstances: must be a whole number");
        QTest::newRow("load scale") << QStringLiteral("costModels[1].loadScale") << QJsonValue(QStringLiteral("ln"))
                                    << QStringLiteral("costModels[1].loadScale: \"ln\" is not one of linear, log");
        QTest::newRow("adr number zero") << QStringLiteral("decisions[0].adrNumber") << QJsonValue(0)
                                         << QStringLiteral("decisions[0].adrNumber: must be a whole number of at least 1");
        QTest::newRow("adr number fraction") << QStringLiteral("decisions[0].adrNumber") << QJsonValue(2.5)
                                             << QStringLiteral("decisions[0].adrNumber: must be a whole number of at least 1");
        QTest::newRow("adr number text") << QStringLiteral("decisions[0].adrNumber") << QJsonValue(QStringLiteral("0002"))
                                         << QStringLiteral("decisions[0].adrNumber: must be a number");
        QTest::newRow("last adr number negative") << QStringLiteral("project.lastAdrNumber") << QJsonValue(-1)
                                                  << QStringLiteral("project.lastAdrNumber: must be a whole number of at least 0");
        QTest::newRow("decisions not array") << QStringLiteral("decisions") << QJsonValue(QStringLiteral("x"))
                                             << QStringLiteral("decisions: must be an array");
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const auto data = interchange::fromJson(withChange(path, value));
        QVERIFY(!data.ok());
        QVERIFY2(data.error().message.startsWith(message), qPrintable(data.error().message));
    }

    // The cutting of a document for the streaming import: exact pieces for documents of any
    // spacing, nothing for a shape it does not know (the import then reads the whole).
    void splitCutsAtDecisions()
    {
        const QByteArray json = " {\"format\":\"archbench-project\" ,\n \"decisions\" : [ {\"id\":\"a\",\"t\":\"}]\\\"\"} ,"
                                "{\"id\":\"b\",\"x\":[{},[]]}\n] , \"project\":{\"id\":\"p\"} }\n";
        const auto split = interchange::splitDecisions(json);
        QVERIFY(split);
        QCOMPARE(split->decisions.size(), 2);
        const auto piece = [&](int i) { return json.mid(split->decisions[i].begin, split->decisions[i].size); };
        QCOMPARE(piece(0), QByteArray("{\"id\":\"a\",\"t\":\"}]\\\"\"}"));
        QCOMPARE(piece(1), QByteArray("{\"id\":\"b\",\"x\":[{},[]]}"));
        const QJsonObject skeleton = QJsonDocument::fromJson(split->skeleton).object();
        QCOMPARE(skeleton.value(QStringLiteral("decisions")).toArray().size(), 0);
        QCOMPARE(skeleton.value(QStringLiteral("project")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("p"));
        QCOMPARE(skeleton.value(QStringLiteral("format")).toString(), QStringLiteral("archbench-project"));

        const auto decision = interchange::decodeDecision(piece(1), 7);
        QVERIFY2(decision, qPrintable(decision.error().message));
        QCOMPARE(decision->id, QStringLiteral("b"));
        const auto refused = interchange::decodeDecision("{\"id\": 5}", 7);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("decisions[7].id")), qPrintable(refused.error().message));

        for (const char *odd : {
                 "[{\"decisions\": []}]",                              // not an object
                 "{\"decisions\": [{}] {}}",                            // no comma between members
                 "{\"decisions\": [{} {}]}",                            // no comma between decisions
                 "{\"decisions\": [{}, 3]}",                            // a decision that is not an object
                 "{\"decisions\": [{}], \"decisions\": []}",            // twice
                 "{\"decisi\\u006fns\": [{}]}",                         // an escaped key
                 "{\"decisions\": [{}]} trailing",                     // something after the end
                 "{\"decisions\": [{\"a\": \"unterminated}]}",          // a string that never ends
                 "{\"project\": {}}",                                   // no decisions at all
             })
            QVERIFY2(!interchange::splitDecisions(QByteArray(odd)), odd);
    }

    void scoreChecksOnWideDecisions()
    {
        // Past 16 options the option of a score is found through the id set, below by a scan:
        // both must refuse an unknown id and a second score for one cell, and name the score.
        for (const int width : {3, 20}) {
            auto data = interchange::fromJson(test::readData(QStringLiteral("interchange/example.json")));
            QVERIFY(data.ok());
            Decision &d = data->decisions[0];
            d.options.clear();
            d.scores.clear();
            d.constraints.clear();
            d.chosenOption.clear();
            for (int i = 0; i < width; ++i)
                d.options << Option{QStringLiteral("o%1").arg(i), QStringLiteral("Option %1").arg(i), {}, false};
            for (const Option &o : std::as_const(d.options))
                for (const Criterion &c : std::as_const(d.criteria))
                    d.scores << Score{o.id, c.id, 3, {}};
            QVERIFY2(interchange::validate(*data).ok(), qPrintable(QString::number(width)));

            ProjectData twice = *data;
            twice.decisions[0].scores[5] = twice.decisions[0].scores[2];
            auto refused = interchange::validate(twice);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.startsWith(QStringLiteral("decisions[0].scores[5]: a second score for option")),
                     qPrintable(refused.error().message));

            ProjectData unknown = *data;
            unknown.decisions[0].scores[4].option = QStringLiteral("o99");
            refused = interchange::validate(unknown);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().message, QStringLiteral("decisions[0].scores[4].option: unknown id \"o99\""));
        }
    }

    void longListsReportTheFirstRefusal()
    {
        // 100 decisions are read in two halves on two cores; the refusal must still be the
        // first in document order, wherever the other half stopped.
        QJsonObject root = example();
        const QJsonObject decision = root.value(QStringLiteral("decisions")).toArray().first().toObject();
        QJsonArray decisions;
        for (int i = 0; i < 100; ++i) {
            QJsonObject d = decision;
            d[QStringLiteral("id")] = QStringLiteral("dd%1").arg(i);
            d.remove(QStringLiteral("supersededBy"));
            decisions.append(d);
        }
        const auto withDecisions = [&](const QJsonArray &list) {
            QJsonObject r = root;
            r[QStringLiteral("decisions")] = list;
            return QJsonDocument(r).toJson();
        };
        const auto parsed = interchange::fromJson(withDecisions(decisions));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->decisions.size(), 100);
        QCOMPARE(parsed->decisions[73].id, QStringLiteral("dd73"));
        QCOMPARE(parsed->decisions[73].criteria, parsed->decisions[0].criteria);

        const auto spoil = [](QJsonArray &list, int i) {
            QJsonObject d = list[i].toObject();
            d[QStringLiteral("status")] = QStringLiteral("done");
            list[i] = d;
        };
        QJsonArray late = decisions;
        spoil(late, 80);
        auto refused = interchange::fromJson(withDecisions(late));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("decisions[80].status")), qPrintable(refused.error().message));
        QJsonArray both = late;
        spoil(both, 30);
        refused = interchange::fromJson(withDecisions(both));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("decisions[30].status")), qPrintable(refused.error().message));
        // a refusal in the second half comes before one in a later list
        QJsonObject r = root;
        r[QStringLiteral("decisions")] = late;
        QJsonArray drills = r.value(QStringLiteral("drills")).toArray();
        QJsonObject drill = drills.first().toObject();
        drill[QStringLiteral("scenario")] = QStringLiteral("meteor");
        drills[0] = drill;
        r[QStringLiteral("drills")] = drills;
        refused = interchange::fromJson(QJsonDocument(r).toJson());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("decisions[80].status")), qPrintable(refused.error().message));
        r[QStringLiteral("decisions")] = decisions;
        refused = interchange::fromJson(QJsonDocument(r).toJson());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("drills[0].scenario")), qPrintable(refused.error().message));
    }

    void refusesBrokenJsonAndNewerVersions()
    {
        auto broken = interchange::fromJson("{ \"format\": ");
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.startsWith(QStringLiteral("not valid JSON at byte")));
        QVERIFY(!interchange::fromJson("[1,2]").ok());
        auto newer = interchange::fromJson(withChange(QStringLiteral("version"), 7));
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, ErrorCode::Refused);
        QVERIFY(newer.error().message.contains(QStringLiteral("newer Archbench")));
    }

    void adrNumbers()
    {
        // Optional: absent means "not exported as an ADR yet"; written only when given.
        const auto none = interchange::fromJson(test::readData(QStringLiteral("interchange/example.json")));
        QVERIFY(none.ok());
        QCOMPARE(none->decisions[0].adrNumber, 0);
        QCOMPARE(none->project.lastAdrNumber, 0);
        const QJsonObject plain = interchange::toJsonObject(*none);
        QVERIFY(!plain[QStringLiteral("decisions")][0].toObject().contains(QStringLiteral("adrNumber")));
        QVERIFY(!plain[QStringLiteral("project")].toObject().contains(QStringLiteral("lastAdrNumber")));

        ProjectData data = *none;
        data.decisions[0].adrNumber = 7;
        data.project.lastAdrNumber = 9;
        const auto back = interchange::fromJson(interchange::toJson(data));
        QVERIFY(back.ok());
        QCOMPARE(back->decisions[0].adrNumber, 7);
        QCOMPARE(back->project.lastAdrNumber, 9);

        // a number belongs to one decision
        Decision second = data.decisions[0];
        second.id = QStringLiteral("d2");
        data.decisions << second;
        const auto twice = interchange::fromJson(interchange::toJson(data));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().message, QStringLiteral("decisions[1].adrNumber: 7 is already the ADR number of decisions[0] (\"d1\")"));
    }

    void loadScale()
    {
        // Optional, linear when absent; written only when logarithmic.
        const auto linear = interchange::fromJson(test::readData(QStringLiteral("interchange/example.json")));
        QVERIFY(linear.ok());
        QVERIFY(!linear->costModels[1].logLoadScale);
        QVERIFY(!interchange::toJsonObject(*linear)[QStringLiteral("costModels")][1].toObject().contains(QStringLiteral("loadScale")));
        const auto log = interchange::fromJson(withChange(QStringLiteral("costModels[1].loadScale"), QStringLiteral("log")));
        QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().message));
        QVERIFY(log->costModels[1].logLoadScale);
        QCOMPARE(interchange::toJsonObject(*log)[QStringLiteral("costModels")][1][QStringLiteral("loadScale")].toString(),
                 QStringLiteral("log"));
        const auto explicitLinear = interchange::fromJson(withChange(QStringLiteral("costModels[1].loadScale"), QStringLiteral("linear")));
        QVERIFY(explicitLinear.ok());
        QVERIFY(!explicitLinear->costModels[1].logLoadScale);
    }

    void absentOptionalsStayAbsent()
    {
        const auto data = interchange::fromJson(test::readData(QStringLiteral("interchange/example.json")));
        QVERIFY(data.ok());
        const QJsonObject out = interchange::toJsonObject(*data);
        const QJsonObject trigger = out[QStringLiteral("decisions")][0][QStringLiteral("revisitTriggers")][1].toObject();
        QVERIFY(!trigger.contains(QStringLiteral("threshold")));
        QVERIFY(!trigger.contains(QStringLiteral("comparator")));
        QCOMPARE(out[QStringLiteral("format")].toString(), QStringLiteral("archbench-project"));
        QCOMPARE(out[QStringLiteral("version")].toInt(), 1);
    }

    void generatedProjectsRoundTrip_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void generatedProjectsRoundTrip()
    {
        QFETCH(quint32, seed);
        const ProjectData original = test::generateProject(seed);
        QVERIFY2(interchange::validate(original).ok(), qPrintable(interchange::validate(original).error().message));
        const QByteArray json = interchange::toJson(original);
        const auto back = interchange::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(*back == original);
        QCOMPARE(interchange::toJson(*back), json);
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
