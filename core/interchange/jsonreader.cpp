#include "jsonreader.h"

#include <cmath>
#include <limits>

namespace archbench::core::interchange {

void JsonReader::fail(const QString &path, const QString &reason)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? reason : path + QStringLiteral(": ") + reason;
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString &path, const QString &key, qsizetype i)
{
    return join(path, key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool JsonReader::present(const QJsonObject &o, const QString &key) const
{
    const auto it = o.constFind(key);
    return it != o.constEnd() && !it->isNull() && !it->isUndefined();
}

QString JsonReader::string(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    if (failed())
        return {};
    if (!present(o, key)) {
        if (required)
            fail(join(path, key), tr("is missing"));
        return {};
    }
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        fail(join(path, key), tr("must be a string"));
        return {};
    }
    if (required && v.toString().isEmpty())
        fail(join(path, key), tr("must not be empty"));
    return v.toString();
}

QStringList JsonReader::stringList(const QJsonObject &o, const QString &path, const QString &key)
{
    QStringList out;
    if (failed() || !present(o, key))
        return out;
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        fail(join(path, key), tr("must be an array of strings"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(index(path, key, i), tr("must be a string"));
            return {};
        }
        out << a.at(i).toString();
    }
    return out;
}

double JsonReader::number(const QJsonObject &o, const QString &path, const QString &key, bool required,
                          double fallback)
{
    const auto v = optionalNumber(o, path, key);
    if (!v && required && !failed())
        fail(join(path, key), tr("is missing"));
    return v.value_or(fallback);
}

std::optional<double> JsonReader::optionalNumber(const QJsonObject &o, const QString &path, const QString &key)
{
    if (failed() || !present(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        fail(join(path, key), tr("must be a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        fail(join(path, key), tr("must be a finite number"));
        return std::nullopt;
    }
    return d;
}

int JsonReader::count(const QJsonObject &o, const QString &path, const QString &key, int minimum)
{
    const auto v = optionalNumber(o, path, key);
    if (!v)
        return 0;
    if (*v != std::floor(*v) || *v < minimum || *v > std::numeric_limits<int>::max()) {
        fail(join(path, key), tr("must be a whole number of at least %1").arg(minimum));
        return 0;
    }
    return int(*v);
}

bool JsonReader::boolean(const QJsonObject &o, const QString &path, const QString &key)
{
    if (failed() || !present(o, key))
        return false;
    const QJsonValue v = o.value(key);
    if (!v.isBool()) {
        fail(join(path, key), tr("must be true or false"));
        return false;
    }
    return v.toBool();
}

QDate JsonReader::date(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QString text = string(o, path, key, required);
    if (failed() || text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        fail(join(path, key), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return d;
}

QDateTime JsonReader::timestamp(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QString text = string(o, path, key, required);
    if (failed() || text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        fail(join(path, key),
             tr("\"%1\" is not a timestamp with zone (e.g. 2026-11-28T09:00:00Z)").arg(text));
    return t;
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    if (failed())
        return {};
    if (!present(o, key)) {
        if (required)
            fail(join(path, key), tr("is missing"));
        return {};
    }
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        fail(join(path, key), tr("must be an object"));
        return {};
    }
    return v.toObject();
}

QList<QJsonObject> JsonReader::objects(const QJsonObject &o, const QString &path, const QString &key)
{
    QList<QJsonObject> out;
    if (failed() || !present(o, key))
        return out;
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        fail(join(path, key), tr("must be an array"));
        return out;
    }
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            fail(index(path, key, i), tr("must be an object"));
            return {};
        }
        out << a.at(i).toObject();
    }
    return out;
}

} // namespace archbench::core::interchange
