#include "jsonreader.h"

#include <cmath>
#include <limits>

namespace archbench::core::interchange {

QString JsonPath::toString() const
{
    QList<const JsonPath *> chain;
    for (const JsonPath *node = this; node; node = node->m_parent)
        if (!node->m_key.isEmpty())
            chain.prepend(node);
    QString text;
    for (const JsonPath *node : chain) {
        if (!text.isEmpty())
            text += QLatin1Char('.');
        text += node->m_key;
        if (node->m_index >= 0)
            text += QLatin1Char('[') + QString::number(node->m_index) + QLatin1Char(']');
    }
    return text;
}

void JsonReader::fail(const JsonPath &path, const QString &reason)
{
    if (!m_error.isEmpty())
        return;
    const QString where = path.toString();
    m_error = where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

QJsonValue JsonReader::lookup(const QJsonObject &o, const QString &key)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return {};
    return it.value(); // null stays null: the callers treat it as absent
}

QString JsonReader::string(const QJsonObject &o, const JsonPath &path, const QString &key, bool required)
{
    if (failed())
        return {};
    const QJsonValue v = lookup(o, key);
    if (v.isNull()) {
        if (required)
            fail(path.field(key), tr("is missing"));
        return {};
    }
    if (!v.isString()) {
        fail(path.field(key), tr("must be a string"));
        return {};
    }
    QString text = v.toString();
    if (required && text.isEmpty())
        fail(path.field(key), tr("must not be empty"));
    return text;
}

QStringList JsonReader::stringList(const QJsonObject &o, const JsonPath &path, const QString &key)
{
    QStringList out;
    if (failed())
        return out;
    const QJsonValue v = lookup(o, key);
    if (v.isNull())
        return out;
    if (!v.isArray()) {
        fail(path.field(key), tr("must be an array of strings"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(path.at(key, i), tr("must be a string"));
            return {};
        }
        out << a.at(i).toString();
    }
    return out;
}

QJsonArray JsonReader::array(const QJsonObject &o, const JsonPath &path, const QString &key)
{
    if (failed())
        return {};
    const QJsonValue v = lookup(o, key);
    if (v.isNull())
        return {};
    if (!v.isArray()) {
        fail(path.field(key), tr("must be an array"));
        return {};
    }
    return v.toArray();
}

double JsonReader::number(const QJsonObject &o, const JsonPath &path, const QString &key, bool required,
                          double fallback)
{
    const auto v = optionalNumber(o, path, key);
    if (!v && required && !failed())
        fail(path.field(key), tr("is missing"));
    return v.value_or(fallback);
}

std::optional<double> JsonReader::optionalNumber(const QJsonObject &o, const JsonPath &path, const QString &key)
{
    if (failed())
        return std::nullopt;
    const QJsonValue v = lookup(o, key);
    if (v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        fail(path.field(key), tr("must be a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        fail(path.field(key), tr("must be a finite number"));
        return std::nullopt;
    }
    return d;
}

int JsonReader::count(const QJsonObject &o, const JsonPath &path, const QString &key, int minimum)
{
    const auto v = optionalNumber(o, path, key);
    if (!v)
        return 0;
    if (*v != std::floor(*v) || *v < minimum || *v > std::numeric_limits<int>::max()) {
        fail(path.field(key), tr("must be a whole number of at least %1").arg(minimum));
        return 0;
    }
    return int(*v);
}

bool JsonReader::boolean(const QJsonObject &o, const JsonPath &path, const QString &key)
{
    if (failed())
        return false;
    const QJsonValue v = lookup(o, key);
    if (v.isNull())
        return false;
    if (!v.isBool()) {
        fail(path.field(key), tr("must be true or false"));
        return false;
    }
    return v.toBool();
}

QDate JsonReader::date(const QJsonObject &o, const JsonPath &path, const QString &key, bool required)
{
    const QString text = string(o, path, key, required);
    if (failed() || text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        fail(path.field(key), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return d;
}

QDateTime JsonReader::timestamp(const QJsonObject &o, const JsonPath &path, const QString &key, bool required)
{
    const QString text = string(o, path, key, required);
    if (failed() || text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        fail(path.field(key),
             tr("\"%1\" is not a timestamp with zone (e.g. 2026-11-28T09:00:00Z)").arg(text));
    return t;
}

QJsonObject JsonReader::object(const QJsonObject &o, const JsonPath &path, const QString &key, bool required)
{
    if (failed())
        return {};
    const QJsonValue v = lookup(o, key);
    if (v.isNull()) {
        if (required)
            fail(path.field(key), tr("is missing"));
        return {};
    }
    if (!v.isObject()) {
        fail(path.field(key), tr("must be an object"));
        return {};
    }
    return v.toObject();
}

QList<QJsonObject> JsonReader::objects(const QJsonObject &o, const JsonPath &path, const QString &key)
{
    QList<QJsonObject> out;
    if (failed())
        return out;
    const QJsonValue v = lookup(o, key);
    if (v.isNull())
        return out;
    if (!v.isArray()) {
        fail(path.field(key), tr("must be an array"));
        return out;
    }
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            fail(path.at(key, i), tr("must be an object"));
            return {};
        }
        out << a.at(i).toObject();
    }
    return out;
}

} // namespace archbench::core::interchange
