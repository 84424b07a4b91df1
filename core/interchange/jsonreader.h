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

class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    /// Records the first problem at `path` (later ones are ignored).
    void fail(const QString &path, const QString &reason);

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = false);
    QStringList stringList(const QJsonObject &o, const QString &path, const QString &key);
    double number(const QJsonObject &o, const QString &path, const QString &key, bool required = false,
                  double fallback = 0);
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const QString &key);
    bool boolean(const QJsonObject &o, const QString &path, const QString &key);
    /// An optional whole number of at least `minimum`; 0 when absent.
    int count(const QJsonObject &o, const QString &path, const QString &key, int minimum);
    QDate date(const QJsonObject &o, const QString &path, const QString &key, bool required = false);
    QDateTime timestamp(const QJsonObject &o, const QString &path, const QString &key, bool required = false);
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, bool required = false);
    /// The array at key (empty when absent); each element must be an object.
    QList<QJsonObject> objects(const QJsonObject &o, const QString &path, const QString &key);

    template <typename E>
    E enumValue(const QJsonObject &o, const QString &path, const QString &key, E fallback, bool required = false)
    {
        const QString text = string(o, path, key, required);
        if (failed() || (text.isEmpty() && !required))
            return fallback;
        if (auto v = enumFromString<E>(text))
            return *v;
        fail(join(path, key), tr("\"%1\" is not one of %2")
                                  .arg(text, enumSpellings<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, const QString &key, qsizetype i);

private:
    bool present(const QJsonObject &o, const QString &key) const;
    QString m_error;
};

} // namespace archbench::core::interchange
