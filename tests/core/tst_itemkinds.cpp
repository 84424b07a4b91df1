// The kind registry (core/model/itemkinds.h): visiting a kind reaches its own type, every kind
// has its JSON key, table, report anchor and words, and the generic look-ups (ids, position, title)
// agree with the project's lists. The JSON form and the project file are written and read
// through it, so a kind missing here would be missing from both.
#include "common/projectgenerator.h"
#include "common/testsupport.h"
#include "core/interchange/interchange.h"
#include "core/model/itemkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace archbench;
using namespace archbench::core;

class TestItemKinds : public QObject {
    Q_OBJECT
private slots:
    void eachKindVisitsItsOwnType()
    {
        QSet<QString> keys, tables, anchors;
        for (ItemKind kind : kAllKinds) {
            const bool same = visitKind(kind, [&](auto type) { return ItemTraits<typename decltype(type)::type>::kind == kind; });
            QVERIFY2(same, qPrintable(QString::number(int(kind))));
            visitKind(kind, [&](auto type) {
                using T = typename decltype(type)::type;
                keys.insert(QString::fromLatin1(ItemTraits<T>::jsonKey));
                tables.insert(QString::fromLatin1(ItemTraits<T>::table));
                if (ItemTraits<T>::reportAnchor)
                    anchors.insert(QString::fromLatin1(ItemTraits<T>::reportAnchor));
            });
            QCOMPARE(kindOfJsonKey(QString::fromLatin1(visitKind(kind, [](auto type) {
                         return ItemTraits<typename decltype(type)::type>::jsonKey;
                     }))),
                     std::optional<ItemKind>(kind));
        }
        // one of each per kind, none shared
        QCOMPARE(keys.size(), qsizetype(kAllKinds.size()));
        QCOMPARE(tables.size(), qsizetype(kAllKinds.size()));
        QCOMPARE(anchors.size(), qsizetype(kAllKinds.size() - 1)); // lenses are shown in their reviews
        QVERIFY(!kindOfJsonKey(u"project"));
        QVERIFY(!kindOfJsonKey(u"Decisions"));
        int visited = 0;
        forEachKind([&](auto) { ++visited; });
        QCOMPARE(visited, int(kAllKinds.size()));
        // every value of ItemKind is a registered kind
        QCOMPARE(kAllKinds.size(), kItemKindCount);
        for (int k = 0; k < int(kItemKindCount); ++k)
            QVERIFY2(std::find(kAllKinds.begin(), kAllKinds.end(), ItemKind(k)) != kAllKinds.end(), qPrintable(QString::number(k)));
    }

    void eachKindHasItsOwnWords()
    {
        // the report's parts, a one-item document's title and the merge's sentences read them
        QSet<QString> nouns, parts, documents, partAnchors;
        forEachKind([&](auto type) {
            using T = typename decltype(type)::type;
            nouns.insert(kindText(ItemTraits<T>::noun));
            parts.insert(kindText(ItemTraits<T>::partTitle));
            documents.insert(kindText(ItemTraits<T>::documentName));
            if (ItemTraits<T>::reportPart)
                partAnchors.insert(QString::fromLatin1(ItemTraits<T>::reportPart));
            else
                QVERIFY(!ItemTraits<T>::reportAnchor); // no part of its own, so no section of its own
        });
        nouns.remove(QString());
        parts.remove(QString());
        documents.remove(QString());
        QCOMPARE(nouns.size(), qsizetype(kAllKinds.size()));
        QCOMPARE(parts.size(), qsizetype(kAllKinds.size()));
        QCOMPARE(documents.size(), qsizetype(kAllKinds.size()));
        QCOMPARE(partAnchors.size(), qsizetype(kAllKinds.size() - 1)); // lenses have no part
        QCOMPARE(kindText(ItemTraits<CostModel>::noun), QStringLiteral("cost model"));
        QCOMPARE(visitKind(ItemKind::Drill, [](auto type) { return QString::fromLatin1(ItemTraits<typename decltype(type)::type>::reportPart); }),
                 QStringLiteral("drills"));
    }

    // every list of entries with an id inside an item's JSON form has its word in the kind's
    // childLists, at any depth: a diff names what was added or removed by it
    void everyInnerListHasItsWord()
    {
        const ProjectData data = test::generateProject(7);
        const QJsonObject json = interchange::toJsonObject(data);
        QSet<QString> seen;
        forEachKind([&](auto type) {
            using T = typename decltype(type)::type;
            const ItemKind kind = ItemTraits<T>::kind;
            std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &value, const QString &at) {
                if (value.isObject()) {
                    const QJsonObject o = value.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it)
                        walk(it.value(), it.key());
                } else if (value.isArray()) {
                    const QJsonArray a = value.toArray();
                    if (!a.isEmpty() && a.first().toObject().contains(QStringLiteral("id")) && !at.isEmpty()) {
                        seen.insert(at);
                        QVERIFY2(!childNoun(kind, at).isEmpty(),
                                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(ItemTraits<T>::jsonKey), at)));
                    }
                    for (const QJsonValue &e : a)
                        walk(e, at);
                }
            };
            if (kind == ItemKind::Lens)
                return; // a lens's definition is the lens file's own form, not a diffed list
            for (const QJsonValue &item : json.value(QLatin1String(ItemTraits<T>::jsonKey)).toArray())
                walk(item.toObject(), {});
        });
        // the generated project reaches the lists that matter
        for (const char *list : {"criteria", "options"})
            QVERIFY2(seen.contains(QLatin1String(list)), list);
        // and the lists the merge keys otherwise (INTERCHANGE.md's diff paths) have theirs
        for (const char16_t *list : {u"scores", u"ballots", u"weights", u"pairwise", u"dissent"})
            QVERIFY(!childNoun(ItemKind::Decision, list).isEmpty());
        QVERIFY(!childNoun(ItemKind::Review, u"answers").isEmpty());
        QCOMPARE(childNoun(ItemKind::Drill, u"actionItems"), QStringLiteral("action item"));
        QCOMPARE(childNoun(ItemKind::Decision, u"options"), QStringLiteral("option"));
        QVERIFY(childNoun(ItemKind::CostModel, u"options").isEmpty()); // compared whole
        QVERIFY(childNoun(ItemKind::Lens, u"options").isEmpty());
    }

    void everyKeyedListTellsItsEntriesApart()
    {
        // a key declared by two kinds (or twice) is declared alike; each key field's reference
        // list, if any, is named once per field
        QHash<QString, QPair<QString, QString>> declared;
        forEachKind([&](auto type) {
            for (const ChildList &child : ItemTraits<typename decltype(type)::type>::childLists) {
                const QString list = QString::fromLatin1(child.jsonKey);
                const QPair<QString, QString> key{QString::fromLatin1(child.key), QString::fromLatin1(child.names)};
                QVERIFY2(!declared.contains(list) || declared.value(list) == key, qPrintable(list));
                declared.insert(list, key);
                QVERIFY2(!key.first.isEmpty(), qPrintable(list));
                QVERIFY2(key.second.isEmpty() || key.second.count(QLatin1Char(',')) == key.first.count(QLatin1Char(',')),
                         qPrintable(list));
                QCOMPARE(childKey(list).fields.size(), childKey(list).refersTo.size());
            }
        });
        const auto json = [](const char *text) { return QJsonDocument::fromJson(text).object(); };
        QCOMPARE(childKey(QStringLiteral("scores")).fields, (QStringList{QStringLiteral("option"), QStringLiteral("criterion")}));
        QCOMPARE(childKey(QStringLiteral("requirements")).fields, QStringList{QStringLiteral("id")}); // declared by no kind
        QCOMPARE(childEntryKey(QStringLiteral("scores"), json(R"({"option": "o1", "criterion": "c1", "value": 3})")), QStringLiteral("o1,c1"));
        QCOMPARE(childEntryKey(QStringLiteral("pairwise"), json(R"({"a": "c1", "b": "c2"})")), QStringLiteral(",c1,c2"));
        QCOMPARE(childEntryKey(QStringLiteral("options"), json(R"({"name": "No id"})")), QString());

        // on a decision that has every list: each entry has a key of its own, and each field
        // that refers to a sibling list names an entry of it
        Decision d = test::generateProject(3).decisions.first();
        QVERIFY(d.options.size() >= 2 && d.criteria.size() >= 2);
        const QString o1 = d.options[0].id, o2 = d.options[1].id, c1 = d.criteria[0].id, c2 = d.criteria[1].id;
        d.ballots = {Ballot{QStringLiteral("Sam"), {}, {BallotWeight{c1, 60}, BallotWeight{c2, 40}}, {Score{o1, c1, 3, {}}, Score{o2, c1, 4, {}}}},
                     Ballot{QStringLiteral("Dana"), {}, {}, {Score{o1, c1, 2, {}}}}};
        d.pairwise = {PairwiseJudgment{{}, c1, c2, 3}, PairwiseJudgment{QStringLiteral("Sam"), c1, c2, 5}};
        d.dissent = {Dissent{QStringLiteral("Sam"), QStringLiteral("Rather pay for Aurora")}, Dissent{QStringLiteral("Dana"), QStringLiteral("Too early")}};
        ProjectData data;
        data.decisions << d;
        const QJsonObject decision = interchange::toJsonObject(data).value(QStringLiteral("decisions")).toArray().first().toObject();
        QSet<QString> keyedLists;
        std::function<void(const QJsonObject &)> walk = [&](const QJsonObject &object) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isArray() || !declared.contains(it.key()))
                    continue;
                keyedLists.insert(it.key());
                const ChildKey &key = childKey(it.key());
                QSet<QString> keys;
                for (const QJsonValue &e : it.value().toArray()) {
                    const QString k = childEntryKey(it.key(), e.toObject());
                    QVERIFY2(!k.isEmpty() && !keys.contains(k), qPrintable(it.key() + QLatin1Char('[') + k + QLatin1Char(']')));
                    keys.insert(k);
                    for (qsizetype i = 0; i < key.fields.size(); ++i) {
                        if (key.refersTo[i].isEmpty() || !e.toObject().contains(key.fields[i]))
                            continue;
                        QStringList ids;
                        for (const QJsonValue &r : decision.value(key.refersTo[i]).toArray())
                            ids << r.toObject().value(QStringLiteral("id")).toString();
                        QVERIFY2(ids.contains(e.toObject().value(key.fields[i]).toString()), qPrintable(it.key() + QLatin1Char('.') + key.fields[i]));
                    }
                    walk(e.toObject());
                }
            }
        };
        walk(decision);
        for (const char *list : {"criteria", "options", "scores", "ballots", "weights", "pairwise", "dissent"})
            QVERIFY2(keyedLists.contains(QLatin1String(list)), list);
    }

    void kindsReferredToComeFirst()
    {
        // every kind once, each after the other kinds it refers to
        QCOMPARE(kKindsReferredFirst.size(), kAllKinds.size());
        for (ItemKind kind : kAllKinds)
            QCOMPARE(std::count(kKindsReferredFirst.cbegin(), kKindsReferredFirst.cend(), kind), 1);
        const auto position = [](ItemKind kind) {
            return std::find(kKindsReferredFirst.cbegin(), kKindsReferredFirst.cend(), kind) - kKindsReferredFirst.cbegin();
        };
        forEachKind([&](auto type) {
            using T = typename decltype(type)::type;
            for (ItemKind other : kAllKinds)
                if (other != ItemTraits<T>::kind && (ItemTraits<T>::refersTo & kindBit(other)))
                    QVERIFY2(position(other) < position(ItemTraits<T>::kind), ItemTraits<T>::jsonKey);
        });
        QVERIFY(position(ItemKind::Lens) < position(ItemKind::Review)); // a review names its lens
        // the order of kinds without references stays the project's
        QVERIFY(position(ItemKind::Decision) < position(ItemKind::Drill));
        QVERIFY(position(ItemKind::Drill) < position(ItemKind::CostModel));
        // a circle is found
        constexpr auto circle = detail::referredFirst(std::array{ItemKind::Decision, ItemKind::Review},
                                                      std::array{kindBit(ItemKind::Review), kindBit(ItemKind::Decision)});
        static_assert(circle.placed == 0);
    }

    void countsSayHowMany()
    {
        QCOMPARE(kindCount(ItemKind::Decision, 1), QStringLiteral("1 decision"));
        QCOMPARE(kindCount(ItemKind::Lens, 3), QStringLiteral("3 lenses"));
        QCOMPARE(kindCount(ItemKind::CostModel, 0), QStringLiteral("0 cost models"));
    }

    void theJsonFormListsEveryKindUnderItsKey()
    {
        const ProjectData data = test::generateProject(7);
        const QJsonObject json = interchange::toJsonObject(data);
        QStringList lists = json.keys();
        lists.removeAll(QStringLiteral("format"));
        lists.removeAll(QStringLiteral("version"));
        lists.removeAll(QStringLiteral("project"));
        QStringList expected;
        forEachKind([&](auto type) { expected << QString::fromLatin1(ItemTraits<typename decltype(type)::type>::jsonKey); });
        lists.sort();
        expected.sort();
        QCOMPARE(lists, expected);
        forEachKind([&](auto type) {
            using T = typename decltype(type)::type;
            QCOMPARE(json.value(QString::fromLatin1(ItemTraits<T>::jsonKey)).toArray().size(),
                     ItemTraits<T>::list(data).size());
        });
        // and it reads back whole
        const auto back = interchange::fromJsonObject(json);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, data);
    }

    void lookUpsAgreeWithTheLists()
    {
        ProjectData data = test::generateProject(11);
        QVERIFY(!data.lenses.isEmpty());
        data.decisions.first().title = QStringLiteral("  Orders database  ");
        data.lenses.first().definition.insert(QStringLiteral("name"), QStringLiteral("Serverless lens"));
        for (ItemKind kind : kAllKinds) {
            const QStringList ids = idsOfKind(data, kind);
            visitKind(kind, [&](auto type) {
                using T = typename decltype(type)::type;
                QCOMPARE(ids.size(), ItemTraits<T>::list(data).size());
                for (qsizetype i = 0; i < ids.size(); ++i) {
                    QCOMPARE(ids[i], ItemTraits<T>::list(data)[i].id);
                    QCOMPARE(indexOfKind(data, kind, ids[i]), int(i));
                }
            });
            bool found = true;
            QVERIFY(titleOfKind(data, kind, QStringLiteral("no-such-id"), &found).isEmpty());
            QVERIFY(!found);
            QCOMPARE(indexOfKind(data, kind, QStringLiteral("no-such-id")), -1);
        }
        bool found = false;
        QCOMPARE(titleOfKind(data, ItemKind::Decision, data.decisions.first().id, &found), QStringLiteral("Orders database"));
        QVERIFY(found);
        QCOMPARE(titleOfKind(data, ItemKind::Lens, data.lenses.first().id), QStringLiteral("Serverless lens"));
        // a decision's id is not a review's
        QCOMPARE(indexOfKind(data, ItemKind::Review, data.decisions.first().id), -1);
    }
};

QTEST_GUILESS_MAIN(TestItemKinds)
#include "tst_itemkinds.moc"
