#include "itemkinds.h"

#include <QHash>
#include <QJsonObject>

namespace archbench::core {

std::optional<ItemKind> kindOfJsonKey(QStringView key)
{
    for (ItemKind kind : kAllKinds)
        if (visitKind(kind, [&](auto type) {
                return key == QLatin1String(ItemTraits<typename decltype(type)::type>::jsonKey);
            }))
            return kind;
    return std::nullopt;
}

QString kindCount(ItemKind kind, qsizetype n)
{
    return visitKind(kind, [&](auto type) {
        using Traits = ItemTraits<typename decltype(type)::type>;
        return n == 1 ? kindText(Traits::countOne) : kindText(Traits::countMany).arg(n);
    });
}

QString childNoun(ItemKind kind, QStringView list)
{
    return visitKind(kind, [&](auto type) {
        for (const ChildList &child : ItemTraits<typename decltype(type)::type>::childLists)
            if (list == QLatin1String(child.jsonKey))
                return kindText(child.noun);
        return QString();
    });
}

namespace {

QStringList fieldList(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(','));
}

QHash<QString, ChildKey> declaredKeys()
{
    QHash<QString, ChildKey> keys;
    forEachKind([&](auto type) {
        for (const ChildList &child : ItemTraits<typename decltype(type)::type>::childLists) {
            ChildKey key{fieldList(child.key), QString::fromLatin1(child.names).isEmpty() ? QStringList() : fieldList(child.names),
                         child.nameFormat};
            while (key.refersTo.size() < key.fields.size())
                key.refersTo << QString();
            keys.insert(QString::fromLatin1(child.jsonKey), key);
        }
    });
    return keys;
}

} // namespace

const ChildKey &childKey(const QString &list)
{
    static const QHash<QString, ChildKey> declared = declaredKeys();
    static const ChildKey byId{{QStringLiteral("id")}, {QString()}, nullptr};
    const auto it = declared.constFind(list);
    return it == declared.cend() ? byId : *it;
}

QString childEntryKey(const QString &list, const QJsonObject &entry)
{
    const QStringList &fields = childKey(list).fields;
    if (fields.size() == 1)
        return entry.value(fields.first()).toString();
    QString key;
    bool any = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonValue value = entry.value(fields[i]);
        any = any || !value.isUndefined();
        if (i > 0)
            key += QLatin1Char(',');
        key += value.toString();
    }
    return any ? key : QString();
}

QStringList idsOfKind(const ProjectData &data, ItemKind kind)
{
    return visitKind(kind, [&](auto type) {
        using T = typename decltype(type)::type;
        QStringList ids;
        ids.reserve(ItemTraits<T>::list(data).size());
        for (const T &item : ItemTraits<T>::list(data))
            ids << item.id;
        return ids;
    });
}

int indexOfKind(const ProjectData &data, ItemKind kind, const QString &id)
{
    return visitKind(kind, [&](auto type) {
        using T = typename decltype(type)::type;
        const QList<T> &list = ItemTraits<T>::list(data);
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return int(i);
        return -1;
    });
}

QString titleOfKind(const ProjectData &data, ItemKind kind, const QString &id, bool *found)
{
    const int i = indexOfKind(data, kind, id);
    if (found)
        *found = i >= 0;
    if (i < 0)
        return {};
    return visitKind(kind, [&](auto type) {
        using T = typename decltype(type)::type;
        return ItemTraits<T>::title(ItemTraits<T>::list(data)[i]);
    });
}

} // namespace archbench::core
