#include "projectmerge.h"

#include "core/interchange/interchange.h"
#include "core/model/itemkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

#include <thread>

namespace archbench::core {

namespace {

enum class ListKind { Keyed, Strings, Atomic };

bool absent(const QJsonValue &v)
{
    return v.isUndefined();
}

QJsonValue shown(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

/// The key of an element of list `list`: its id, or the fields the list's ChildList names
/// (scores by option and criterion, answers by question, ballots by participant...). Empty
/// when it has none.
QString keyOf(const QString &list, const QJsonValue &value)
{
    return value.isObject() ? childEntryKey(list, value.toObject()) : QString();
}

ListKind kindOf(const QString &list, std::initializer_list<const QJsonValue *> sides)
{
    bool strings = true, keyed = true, any = false;
    for (const QJsonValue *side : sides) {
        if (!side->isArray())
            continue;
        QSet<QString> keys;
        for (const QJsonValue &e : side->toArray()) {
            any = true;
            if (!e.isString())
                strings = false;
            const QString key = keyOf(list, e);
            if (key.isEmpty() || keys.contains(key))
                keyed = false;
            keys.insert(key);
        }
    }
    if (!any)
        return ListKind::Keyed; // empty on every side: nothing to tell apart
    if (strings)
        return ListKind::Strings;
    return keyed ? ListKind::Keyed : ListKind::Atomic;
}

struct Keyed {
    QStringList order;
    QHash<QString, QJsonValue> items;
};

/// The element of `k` with `key`, or undefined (QHash::value would give null, a value).
QJsonValue item(const struct Keyed &k, const QString &key);

Keyed keyed(const QString &list, const QJsonValue &array)
{
    Keyed k;
    for (const QJsonValue &e : array.toArray()) {
        const QString key = keyOf(list, e);
        k.order << key;
        k.items.insert(key, e);
    }
    return k;
}

QJsonValue item(const Keyed &k, const QString &key)
{
    const auto it = k.items.constFind(key);
    return it == k.items.cend() ? QJsonValue(QJsonValue::Undefined) : *it;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/// The name of an entity for the diff's words: its title, name, text or participant, else its
/// key with each key field that refers to a list (ChildList::names) shown by that entry's
/// name, found in the nearest of the enclosing objects (innermost last) that has the list: a
/// score as "Option × Criterion" from its decision, also a ballot's score or weight.
QString entityName(const QString &list, const QJsonObject &entity, const QList<QJsonObject> &enclosing)
{
    for (const char *field : {"title", "name", "text", "participant"}) {
        const QString value = entity.value(QLatin1StringView(field)).toString();
        if (!value.isEmpty())
            return value.size() > 60 ? value.left(57) + QStringLiteral("…") : value;
    }
    const ChildKey &key = childKey(list);
    QStringList parts;
    for (qsizetype i = 0; i < key.fields.size(); ++i) {
        const QString value = entity.value(key.fields[i]).toString();
        QString shown = value;
        for (auto outer = enclosing.crbegin(); !key.refersTo[i].isEmpty() && outer != enclosing.crend(); ++outer) {
            if (!outer->contains(key.refersTo[i]))
                continue;
            for (const QJsonValue &e : outer->value(key.refersTo[i]).toArray())
                if (e.toObject().value(QStringLiteral("id")).toString() == value) {
                    const QString name = e.toObject().value(QStringLiteral("name")).toString();
                    if (!name.isEmpty())
                        shown = name;
                    break;
                }
            break;
        }
        if (!shown.isEmpty())
            parts << shown;
    }
    if (parts.isEmpty())
        return {};
    // "Option × Criterion"; a single value as its list words it ("question SEC01")
    QString name = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        name = ProjectMerge::tr("%1 × %2").arg(name, parts[i]);
    return key.nameFormat ? kindText(key.nameFormat).arg(name) : name;
}

/// The word for one entry of the list `list` at `path` ("decisions", "decisions[d1].options"):
/// an item kind's noun, the word the item's kind gives its inner list (ItemTraits), or the
/// project's; the list's key when none has a word for it.
QString listWord(const QString &path, const QString &list)
{
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != QLatin1Char('[') && path.at(end) != QLatin1Char('.'))
        ++end;
    const std::optional<ItemKind> kind = kindOfJsonKey(QStringView(path).left(end));
    if (kind && end == path.size())
        return visitKind(*kind, [](auto type) { return kindText(ItemTraits<typename decltype(type)::type>::noun); });
    if (kind) {
        const QString noun = childNoun(*kind, list);
        if (!noun.isEmpty())
            return noun;
    }
    if (list == QStringLiteral("requirements"))
        return ProjectMerge::tr("requirement");
    return list;
}

// ---------------------------------------------------------------- diff

struct Differ {
    QList<ProjectChange> out;
    QList<QJsonObject> enclosing; ///< the objects being compared, outermost first

    void change(const QString &path, const QStringList &names, const QString &what, const QJsonValue &from, const QJsonValue &to)
    {
        // "Primary database: PostgreSQL × Data model fit 4 → 5", "Primary database: title … → …"
        QString words = names.join(QStringLiteral(": "));
        if (!what.isEmpty())
            words += words.isEmpty() ? what : (path.endsWith(QStringLiteral("].value")) ? QStringLiteral(" ") : QStringLiteral(": ")) + what;
        out << ProjectChange{path, shown(from), shown(to), words};
    }

    void value(const QString &path, const QString &key, const QStringList &names, const QJsonValue &a,
               const QJsonValue &b)
    {
        if (a == b)
            return;
        if (a.isObject() && b.isObject()) {
            object(path, names, a.toObject(), b.toObject());
            return;
        }
        if (a.isArray() && b.isArray() && kindOf(key, {&a, &b}) == ListKind::Keyed) {
            list(path, key, names, a, b);
            return;
        }
        const QString field = key == QStringLiteral("value") && path.contains(QStringLiteral(".scores[")) ? QString() : key;
        change(path, names,
               (field.isEmpty() ? QString() : field + QLatin1Char(' '))
                   + ProjectMerge::tr("%1 → %2").arg(ProjectMerge::valueText(a), ProjectMerge::valueText(b)),
               a, b);
    }

    void object(const QString &path, const QStringList &names, const QJsonObject &a, const QJsonObject &b)
    {
        enclosing << (b.isEmpty() ? a : b);
        const auto leave = qScopeGuard([this] { enclosing.removeLast(); });
        QStringList keys = a.keys();
        for (const QString &k : b.keys())
            if (!keys.contains(k))
                keys << k;
        for (const QString &k : std::as_const(keys)) {
            if ((k == QStringLiteral("format") || k == QStringLiteral("version")) && path.isEmpty())
                continue;
            if ((k == QStringLiteral("modified") || k == QStringLiteral("mergeConflicts")) && path == QStringLiteral("project"))
                continue; // when it was saved, and what a merge left to resolve, are no one's edits
            const QStringList inner = path.isEmpty() && k == QStringLiteral("project") ? QStringList{ProjectMerge::tr("Project")} : names;
            value(join(path, k), k, inner, a.value(k), b.value(k));
        }
    }

    void list(const QString &path, const QString &key, const QStringList &names, const QJsonValue &a,
              const QJsonValue &b)
    {
        const Keyed ka = keyed(key, a), kb = keyed(key, b);
        QStringList order = ka.order;
        for (const QString &k : kb.order)
            if (!ka.items.contains(k))
                order << k;
        for (const QString &k : std::as_const(order)) {
            const QString at = QStringLiteral("%1[%2]").arg(path, k);
            const QJsonValue x = item(ka, k), y = item(kb, k);
            const QJsonObject entity = (y.isObject() ? y : x).toObject();
            const QStringList inner = names + QStringList{entityName(key, entity, enclosing)};
            if (absent(x))
                change(at, names, ProjectMerge::tr("%1 \"%2\" added").arg(listWord(path, key), inner.last()), x, y);
            else if (absent(y))
                change(at, names, ProjectMerge::tr("%1 \"%2\" removed").arg(listWord(path, key), inner.last()), x, y);
            else if (x != y)
                object(at, inner, x.toObject(), y.toObject());
        }
        // the same entities in another order: one change of the list's order
        QStringList before, after;
        for (const QString &k : ka.order)
            if (kb.items.contains(k))
                before << k;
        for (const QString &k : kb.order)
            if (ka.items.contains(k))
                after << k;
        if (before != after)
            change(path, names, ProjectMerge::tr("order of the %1 list changed").arg(key), QJsonArray::fromStringList(before),
                   QJsonArray::fromStringList(after));
    }
};

// ---------------------------------------------------------------- merge

struct Merger {
    /// Entities dropped because one side deleted them and the other left them alone: kept
    /// again when the merge still refers to them (a dangling reference).
    struct Deleted {
        QString at;         ///< the entity's path
        QJsonValue entity;  ///< as base had it
        bool byOurs = false;
    };
    QList<Deleted> deleted;
    QList<MergeConflict> conflicts;
    int taken = 0;

    QJsonValue conflict(const QString &path, const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
    {
        conflicts << MergeConflict{path, shown(base), shown(ours), shown(theirs)};
        return ours;
    }

    QJsonValue value(const QString &path, const QString &key, const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
    {
        if (ours == theirs)
            return ours;
        if (ours == base) {
            ++taken;
            if (base.isArray() && theirs.isArray())
                noteDeletions(path, key, base, theirs, false); // theirs may have deleted what ours refers to
            return theirs;
        }
        if (theirs == base) {
            if (base.isArray() && ours.isArray())
                noteDeletions(path, key, base, ours, true);
            return ours;
        }
        if (ours.isObject() && theirs.isObject() && (base.isObject() || absent(base)))
            return object(path, base.toObject(), ours.toObject(), theirs.toObject());
        if (ours.isArray() && theirs.isArray() && (base.isArray() || absent(base))) {
            switch (kindOf(key, {&base, &ours, &theirs})) {
            case ListKind::Keyed: return list(path, key, base, ours, theirs);
            case ListKind::Strings: return strings(base, ours, theirs);
            case ListKind::Atomic: break;
            }
        }
        return conflict(path, base, ours, theirs);
    }

    /// A keyed list one side left alone and the other changed: note what the changing side
    /// deleted (in nested lists too), in case the merge still refers to it.
    void noteDeletions(const QString &path, const QString &key, const QJsonValue &base, const QJsonValue &changed, bool byOurs)
    {
        if (kindOf(key, {&base, &changed}) != ListKind::Keyed)
            return;
        const Keyed kb = keyed(key, base), kc = keyed(key, changed);
        for (const QString &k : kb.order) {
            const QJsonValue b = item(kb, k), c = item(kc, k);
            const QString at = QStringLiteral("%1[%2]").arg(path, k);
            if (absent(c)) {
                deleted << Deleted{at, b, byOurs};
                continue;
            }
            if (b == c || !b.isObject() || !c.isObject())
                continue;
            const QJsonObject bo = b.toObject(), co = c.toObject();
            for (auto it = bo.constBegin(); it != bo.constEnd(); ++it)
                if (it.value().isArray() && co.value(it.key()).isArray())
                    noteDeletions(join(at, it.key()), it.key(), it.value(), co.value(it.key()), byOurs);
        }
    }

    QJsonObject object(const QString &path, const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs)
    {
        QStringList keys = ours.keys();
        for (const QJsonObject *side : {&theirs, &base})
            for (const QString &k : side->keys())
                if (!keys.contains(k))
                    keys << k;
        QJsonObject out;
        for (const QString &k : std::as_const(keys)) {
            const QJsonValue merged = value(join(path, k), k, base.value(k), ours.value(k), theirs.value(k));
            if (!absent(merged))
                out.insert(k, merged);
        }
        return out;
    }

    /// A set of strings: what either side added is in, what either side removed is out; ours'
    /// order, then theirs' additions.
    QJsonArray strings(const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
    {
        QSet<QString> b, t;
        for (const QJsonValue &v : base.toArray())
            b.insert(v.toString());
        for (const QJsonValue &v : theirs.toArray())
            t.insert(v.toString());
        QJsonArray out;
        QSet<QString> in;
        for (const QJsonValue &v : ours.toArray()) {
            const QString s = v.toString();
            if (b.contains(s) && !t.contains(s)) {
                ++taken; // removed by theirs
                continue;
            }
            if (!in.contains(s))
                out.append(s);
            in.insert(s);
        }
        for (const QJsonValue &v : theirs.toArray()) {
            const QString s = v.toString();
            if (!in.contains(s) && !b.contains(s)) {
                out.append(s);
                in.insert(s);
                ++taken;
            }
        }
        return out;
    }

    QJsonArray list(const QString &path, const QString &key, const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
    {
        const Keyed kb = keyed(key, base), ko = keyed(key, ours), kt = keyed(key, theirs);
        QHash<QString, QJsonValue> result;
        QStringList all = ko.order;
        for (const Keyed *side : {&kt, &kb})
            for (const QString &k : side->order)
                if (!all.contains(k))
                    all << k;
        for (const QString &k : std::as_const(all)) {
            const QString at = QStringLiteral("%1[%2]").arg(path, k);
            const QJsonValue b = item(kb, k), o = item(ko, k), t = item(kt, k);
            if (absent(o) && absent(t))
                continue; // deleted on both sides
            if (absent(o)) {
                if (absent(b)) { // added by theirs
                    ++taken;
                    result.insert(k, t);
                } else if (t == b) {
                    deleted << Deleted{at, b, true}; // deleted by ours, untouched by theirs: stays deleted
                } else {
                    conflict(at, b, o, t); // deleted by ours, changed by theirs: ours wins (deleted)
                }
                continue;
            }
            if (absent(t)) {
                if (absent(b)) {
                    result.insert(k, o); // added by ours
                } else if (o == b) {
                    ++taken; // deleted by theirs
                    deleted << Deleted{at, b, false};
                } else {
                    conflict(at, b, o, t); // changed by ours, deleted by theirs: ours
                    result.insert(k, o);
                }
                continue;
            }
            result.insert(k, value(at, key, b, o, t));
        }
        // ours' order; theirs' new entities after the entity they follow in theirs. When ours
        // left the order of what both have as base had it and theirs changed it, theirs' order.
        const auto sharedOrder = [](const Keyed &side, const Keyed &other) {
            QStringList out;
            for (const QString &k : side.order)
                if (other.items.contains(k))
                    out << k;
            return out;
        };
        const bool theirsReordered = sharedOrder(ko, kb) == sharedOrder(kb, ko) && sharedOrder(kt, kb) != sharedOrder(kb, kt);
        const Keyed &leading = theirsReordered ? kt : ko;
        QStringList order;
        for (const QString &k : leading.order)
            if (result.contains(k))
                order << k;
        for (const QString &k : ko.order) // ours' additions when theirs leads
            if (result.contains(k) && !order.contains(k)) {
                const qsizetype at = ko.order.indexOf(k);
                qsizetype place = 0;
                for (qsizetype j = at - 1; j >= 0; --j)
                    if (const qsizetype p = order.indexOf(ko.order[j]); p >= 0) {
                        place = p + 1;
                        break;
                    }
                order.insert(place, k);
            }
        for (qsizetype i = 0; i < kt.order.size(); ++i) {
            const QString &k = kt.order[i];
            if (!result.contains(k) || order.contains(k))
                continue;
            qsizetype at = 0;
            for (qsizetype j = i - 1; j >= 0; --j)
                if (const qsizetype p = order.indexOf(kt.order[j]); p >= 0) {
                    at = p + 1;
                    break;
                }
            order.insert(at, k);
        }
        QJsonArray out;
        for (const QString &k : std::as_const(order))
            out.append(result.value(k));
        return out;
    }
};

} // namespace

namespace {

/// Sets `value` at the path's remaining `segments` inside `node`; false when a segment does not
/// name anything there. Segments: a field name, or "[key]" for an element of a keyed list.
bool setAt(QJsonValue &node, QStringList segments, const QString &list, const QJsonValue &value)
{
    if (segments.isEmpty()) {
        node = value;
        return true;
    }
    const QString head = segments.takeFirst();
    if (head.startsWith(QLatin1Char('['))) {
        if (!node.isArray())
            return false;
        const QString key = head.mid(1).chopped(1);
        QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (keyOf(list, array[i]) == key) {
                QJsonValue element = array[i];
                if (segments.isEmpty() && value.isNull())
                    array.removeAt(i); // theirs deleted it
                else if (!setAt(element, segments, list, value))
                    return false;
                else
                    array[i] = element;
                node = array;
                return true;
            }
        if (!segments.isEmpty() || value.isNull())
            return false;
        array.append(value); // theirs has it, ours deleted it
        node = array;
        return true;
    }
    if (!node.isObject())
        return false;
    QJsonObject object = node.toObject();
    QJsonValue child = object.value(head);
    if (child.isUndefined() && !segments.isEmpty())
        return false;
    if (!setAt(child, segments, head, value))
        return false;
    object.insert(head, child);
    node = object;
    return true;
}

/// "decisions[d1].scores[o1,c1].value" -> decisions, [d1], scores, [o1,c1], value; empty when
/// a bracket is not closed.
QStringList pathSegments(const QString &path)
{
    QStringList segments;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path[i];
        if (c == QLatin1Char('.')) {
            if (!current.isEmpty())
                segments << current;
            current.clear();
        } else if (c == QLatin1Char('[')) {
            if (!current.isEmpty())
                segments << current;
            const qsizetype end = path.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                return {};
            segments << path.mid(i, end - i + 1);
            current.clear();
            i = end;
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        segments << current;
    return segments;
}

/// The ids the document refers to (an option scored, a lens reviewed against, a decision
/// superseded by): the values of the interchange's reference fields.
QSet<QString> references(const QJsonValue &node)
{
    static const QSet<QString> fields{QStringLiteral("option"),   QStringLiteral("criterion"), QStringLiteral("chosenOption"),
                                      QStringLiteral("supersededBy"), QStringLiteral("lens"),  QStringLiteral("failedBy"),
                                      QStringLiteral("a"),        QStringLiteral("b")};
    QSet<QString> out;
    if (node.isArray())
        for (const QJsonValue &v : node.toArray())
            out.unite(references(v));
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (fields.contains(it.key())) {
                if (it.value().isString())
                    out.insert(it.value().toString());
                for (const QJsonValue &v : it.value().toArray())
                    out.insert(v.toString());
            } else if (it.value().isObject() || it.value().isArray()) {
                out.unite(references(it.value()));
            }
        }
    }
    return out;
}

/// ADR numbers are handed out on each side: the project's highest is the larger of the two,
/// and a number two decisions now share stays with the decision ours numbered; the other gets
/// the next free number.
void settleAdrNumbers(QJsonObject &merged, const QJsonObject &ours, const QJsonObject &theirs)
{
    const QString last = QStringLiteral("lastAdrNumber");
    QJsonObject project = merged.value(QStringLiteral("project")).toObject();
    int highest = std::max(ours.value(QStringLiteral("project")).toObject().value(last).toInt(),
                           theirs.value(QStringLiteral("project")).toObject().value(last).toInt());
    QJsonArray decisions = merged.value(QStringLiteral("decisions")).toArray();
    QSet<QString> oursNumbered;
    for (const QJsonValue &d : ours.value(QStringLiteral("decisions")).toArray())
        if (d.toObject().contains(QStringLiteral("adrNumber")))
            oursNumbered.insert(d.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('#')
                                + QString::number(d.toObject().value(QStringLiteral("adrNumber")).toInt()));
    QHash<int, qsizetype> holder;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        const QJsonObject d = decisions[i].toObject();
        if (d.contains(QStringLiteral("adrNumber")))
            highest = std::max(highest, d.value(QStringLiteral("adrNumber")).toInt());
    }
    bool changed = false;
    // ours' numbers first, so that a clash moves theirs
    for (int pass = 0; pass < 2; ++pass)
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            QJsonObject d = decisions[i].toObject();
            if (!d.contains(QStringLiteral("adrNumber")))
                continue;
            const int n = d.value(QStringLiteral("adrNumber")).toInt();
            const bool oursNumber = oursNumbered.contains(d.value(QStringLiteral("id")).toString() + QLatin1Char('#') + QString::number(n));
            if ((pass == 0) != oursNumber)
                continue;
            if (!holder.contains(n)) {
                holder.insert(n, i);
                continue;
            }
            d.insert(QStringLiteral("adrNumber"), ++highest);
            holder.insert(highest, i);
            decisions[i] = d;
            changed = true;
        }
    if (changed)
        merged.insert(QStringLiteral("decisions"), decisions);
    if (highest > 0 && highest != project.value(last).toInt()) {
        project.insert(last, highest);
        merged.insert(QStringLiteral("project"), project);
    }
}

} // namespace

Expected<ProjectData> ProjectMerge::withValue(const ProjectData &data, const QString &path, const QJsonValue &value)
{
    const QStringList segments = pathSegments(path);
    QJsonValue root = interchange::toJsonObject(data);
    if (segments.isEmpty() || !setAt(root, segments, {}, value))
        return makeError(ErrorCode::NotFound, tr("%1: no such field in the project").arg(path));
    auto result = interchange::fromJsonObject(root.toObject());
    if (!result)
        return makeError(ErrorCode::Invalid, tr("%1 cannot take that value: %2").arg(path, result.error().message));
    return result;
}

QString ProjectMerge::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("none");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String: {
        const QString s = value.toString();
        return QStringLiteral("\"%1\"").arg(s.size() > 80 ? s.left(77) + QStringLiteral("…") : s);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        const QString joined = QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
        return joined.size() > 100 ? joined.left(97) + QStringLiteral("…]") : joined;
    }
    case QJsonValue::Object: {
        const QString text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return text.size() > 100 ? text.left(97) + QStringLiteral("…}") : text;
    }
    }
    return {};
}

QList<ProjectChange> ProjectMerge::diff(const ProjectData &a, const ProjectData &b)
{
    // the two interchange forms on two cores: most of the time of a large diff
    QJsonObject ja;
    std::thread other([&] { ja = interchange::toJsonObject(a); });
    const QJsonObject jb = interchange::toJsonObject(b);
    other.join();
    Differ differ;
    differ.object({}, {}, ja, jb);
    return differ.out;
}

Expected<MergeResult> ProjectMerge::merge(const ProjectData &base, const ProjectData &ours, const ProjectData &theirs)
{
    QJsonObject b, t;
    std::thread first([&] { b = interchange::toJsonObject(base); });
    std::thread second([&] { t = interchange::toJsonObject(theirs); });
    const QJsonObject o = interchange::toJsonObject(ours);
    first.join();
    second.join();
    // what earlier merges left to resolve is not merged field by field: ours' list is kept and
    // this merge's conflicts are added to it
    const auto without = [](QJsonObject root) {
        QJsonObject project = root.value(QStringLiteral("project")).toObject();
        project.remove(QStringLiteral("mergeConflicts"));
        root.insert(QStringLiteral("project"), project);
        return root;
    };
    b = without(b);
    t = without(t);
    const QJsonObject oStripped = without(o);
    Merger merger;
    QJsonObject merged = merger.object({}, b, oStripped, t);
    // the format fields are the writer's, not a merge's
    merged.insert(QStringLiteral("format"), o.value(QStringLiteral("format")));
    merged.insert(QStringLiteral("version"), o.value(QStringLiteral("version")));
    merger.conflicts.removeIf([](const MergeConflict &c) {
        return c.path == QStringLiteral("project.modified") || c.path == QStringLiteral("project.lastAdrNumber"); // settled below
    });
    settleAdrNumbers(merged, o, t);
    Error last;
    // A deletion the merge still refers to (theirs deleted an option, ours scored it) would leave
    // a dangling reference: keep that entity, and say so as a conflict. Only what is referred to
    // comes back; a restored entity may refer to another deleted one, hence the rounds.
    for (int round = 0; round < 8; ++round) {
        auto data = interchange::fromJsonObject(merged);
        if (data) {
            data->project.mergeConflicts = ours.project.mergeConflicts;
            const auto compact = [](const QJsonValue &v) {
                return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            };
            for (const MergeConflict &c : std::as_const(merger.conflicts)) {
                data->project.mergeConflicts.removeIf([&](const MergeConflictRecord &r) { return r.path == c.path; });
                data->project.mergeConflicts << MergeConflictRecord{c.path, compact(c.base), compact(c.ours), compact(c.theirs)};
            }
            return MergeResult{std::move(*data), merger.conflicts, merger.taken};
        }
        last = data.error();
        const QSet<QString> referred = references(merged);
        bool restored = false;
        for (qsizetype i = 0; i < merger.deleted.size(); ++i) {
            const Merger::Deleted d = merger.deleted[i];
            const QString key = d.at.mid(d.at.lastIndexOf(QLatin1Char('[')) + 1).chopped(1);
            if (!referred.contains(key))
                continue;
            QJsonValue root = merged;
            if (!setAt(root, pathSegments(d.at), {}, d.entity))
                continue;
            merged = root.toObject();
            // "ours" is what the project holds now (the kept entity); theirs is null when they
            // deleted it (Take Theirs then deletes it, once nothing refers to it any more)
            merger.conflicts << MergeConflict{d.at, d.entity, d.entity, d.byOurs ? d.entity : QJsonValue(QJsonValue::Null)};
            merger.deleted.removeAt(i--);
            restored = true;
        }
        if (!restored)
            break;
    }
    return makeError(ErrorCode::Refused, tr("the merged project would not be valid: %1").arg(last.message));
}

} // namespace archbench::core
