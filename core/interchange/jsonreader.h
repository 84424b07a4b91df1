#pragma once
// Reads typed fields out of untrusted JSON while keeping the JSON path of what it reads, so
// that every refusal names the place: `decisions[2].criteria[0].weight: must be >= 0`.
// The first problem stops the read; fail() records it and every later read is a no-op.

#include "../model/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace archbench::core::interchange {

/// A place in a JSON document ("decisions[2].scores[5].option"), kept as a chain of nodes on
/// the caller's stack: building one costs nothing, and the text is made only when a value is
/// refused. A node points to its parent, so a child must not outlive the node it came from.
class JsonPath {
public:
    JsonPath() = default;
    /// The member `key` of this object (`key` may hold dots: "targets.rtoMinutes").
    JsonPath field(const QString &key) const { return JsonPath(this, key, -1); }
    /// Element `i` of the array at member `key`.
    JsonPath at(const QString &key, qsizetype i) const { return JsonPath(this, key, i); }
    QString toString() const;

private:
    JsonPath(const JsonPath *parent, const QString &key, qsizetype index)
        : m_parent(parent), m_key(key), m_index(index) {}
    const JsonPath *m_parent = nullptr;
    QString m_key; // copying a QStringLiteral allocates nothing
    qsizetype m_index = -1;
};

class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    /// Records the first problem at `path` (later ones are ignored).
    void fail(const JsonPath &path, const QString &reason);
    /// Takes over the problem of a reader that read a later part of the document, unless
    /// this one has a problem already.
    void adopt(const JsonReader &later)
    {
        if (m_error.isEmpty())
            m_error = later.m_error;
    }

    QString string(const QJsonObject &o, const JsonPath &path, const QString &key, bool required = false);
    QStringList stringList(const QJsonObject &o, const JsonPath &path, const QString &key);
    /// An array (empty when absent) whose elements are checked by the caller.
    QJsonArray array(const QJsonObject &o, const JsonPath &path, const QString &key);
    double number(const QJsonObject &o, const JsonPath &path, const QString &key, bool required = false,
                  double fallback = 0);
    std::optional<double> optionalNumber(const QJsonObject &o, const JsonPath &path, const QString &key);
    bool boolean(const QJsonObject &o, const JsonPath &path, const QString &key);
    /// An optional whole number of at least `minimum`; 0 when absent.
    int count(const QJsonObject &o, const JsonPath &path, const QString &key, int minimum);
    QDate date(const QJsonObject &o, const JsonPath &path, const QString &key, bool required = false);
    QDateTime timestamp(const QJsonObject &o, const JsonPath &path, const QString &key, bool required = false);
    QJsonObject object(const QJsonObject &o, const JsonPath &path, const QString &key, bool required = false);
    /// The array at key (empty when absent); each element must be an object.
    QList<QJsonObject> objects(const QJsonObject &o, const JsonPath &path, const QString &key);

    template <typename E>
    E enumValue(const QJsonObject &o, const JsonPath &path, const QString &key, E fallback, bool required = false)
    {
        const QString text = string(o, path, key, required);
        if (failed() || (text.isEmpty() && !required))
            return fallback;
        if (auto v = enumFromString<E>(text))
            return *v;
        fail(path.field(key), tr("\"%1\" is not one of %2")
                                  .arg(text, enumSpellings<E>().join(QStringLiteral(", "))));
        return fallback;
    }

private:
    /// The value at `key`; absent and JSON null both give a null value.
    static QJsonValue lookup(const QJsonObject &o, const QString &key);
    QString m_error;
};

} // namespace archbench::core::interchange
