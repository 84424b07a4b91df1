#include "adryaml.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace archbench::core::adryaml {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::AdrImport)
};

/// Front matter larger than this is not metadata.
constexpr qsizetype kMaxFrontMatterChars = 256 * 1024;
/// yaml-cpp parses flow collections recursively: deeper nesting is refused before it starts.
constexpr int kMaxYamlNesting = 64;

/// Nesting of flow collections, counted before yaml-cpp sees the text.
bool tooDeep(const QString &yaml)
{
    int depth = 0;
    bool quoted = false;
    QChar quote;
    for (qsizetype i = 0; i < yaml.size(); ++i) {
        const QChar c = yaml[i];
        if (quoted) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            else if (c == quote)
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quoted = true;
            quote = c;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            if (++depth > kMaxYamlNesting)
                return true;
        } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            depth = std::max(0, depth - 1);
        }
    }
    return false;
}

} // namespace


Expected<YAML::Node> parseYaml(const QString &text, const QString &what)
{
    if (text.size() > kMaxFrontMatterChars)
        return makeError(ErrorCode::Invalid, Text::tr("the %1 is larger than %2 KiB").arg(what).arg(kMaxFrontMatterChars / 1024));
    if (tooDeep(text))
        return makeError(ErrorCode::Invalid, Text::tr("the %1 nests deeper than %2 levels").arg(what).arg(kMaxYamlNesting));
    try {
        YAML::Node node = YAML::Load(text.toStdString());
        if (node && !node.IsNull() && !node.IsMap())
            return makeError(ErrorCode::Invalid, Text::tr("the %1 is not a set of keys and values").arg(what));
        return node;
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::Invalid, Text::tr("the %1 is not valid YAML (line %2: %3)")
                                                 .arg(what)
                                                 .arg(e.mark.line + 1)
                                                 .arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Invalid, Text::tr("the %1 cannot be read: %2").arg(what, QString::fromStdString(e.what())));
    }
}

/// A scalar as text (empty for anything else); never throws.
QString scalar(const YAML::Node &node)
{
    try {
        if (node && node.IsScalar())
            return QString::fromStdString(node.Scalar());
    } catch (const YAML::Exception &) {
    }
    return {};
}

YAML::Node child(const YAML::Node &map, const char *key)
{
    try {
        if (map && map.IsMap())
            return map[key];
    } catch (const YAML::Exception &) {
    }
    return YAML::Node();
}

/// A list of scalars, or one scalar that holds a comma-separated list.
QStringList names(const YAML::Node &node)
{
    QStringList out;
    try {
        if (!node)
            return out;
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                if (const QString s = scalar(item); !s.isEmpty())
                    out << s;
        } else if (node.IsScalar()) {
            for (const QString &part : QString::fromStdString(node.Scalar()).split(QLatin1Char(',')))
                if (const QString s = part.trimmed(); !s.isEmpty())
                    out << s;
        }
    } catch (const YAML::Exception &) {
    }
    return out;
}

QStringList scalarList(const YAML::Node &node)
{
    QStringList out;
    try {
        if (node && node.IsSequence())
            for (const YAML::Node &item : node)
                out << scalar(item);
    } catch (const YAML::Exception &) {
    }
    return out;
}

QList<YAML::Node> sequence(const YAML::Node &node)
{
    QList<YAML::Node> out;
    try {
        if (node && node.IsSequence())
            for (const YAML::Node &item : node)
                out << item;
    } catch (const YAML::Exception &) {
    }
    return out;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace archbench::core::adryaml
