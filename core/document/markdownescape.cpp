#include "markdownescape.h"

#include <QRegularExpression>

namespace archbench::core::markdown {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// Length of an HTML entity reference starting at `at` ("&amp;", "&#123;", "&#x1F;"), or 0.
qsizetype entityLength(QStringView s, qsizetype at)
{
    static const QRegularExpression entity(
        QStringLiteral("\\A&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    const auto m = entity.match(s.mid(at));
    return m.hasMatch() ? m.capturedLength() : 0;
}

/// Number of characters at the line start that form a block marker needing a backslash
/// before the character at the returned offset; -1 when the line starts harmlessly.
qsizetype lineStartEscapeAt(QStringView s)
{
    if (s.isEmpty())
        return -1;
    switch (s.front().unicode()) {
    case '#': case '>': case '-': case '+': case '=':
        return 0;
    default: break;
    }
    // Ordered list marker: 1-9 digits followed by '.' or ')'.
    qsizetype i = 0;
    while (i < s.size() && i < 10 && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9'))
        ++i;
    if (i > 0 && i < s.size() && (s[i] == QLatin1Char('.') || s[i] == QLatin1Char(')'))
        && (i + 1 == s.size() || s[i + 1].isSpace()))
        return i;
    return -1;
}

} // namespace

QString escapeLine(QStringView line, Context context, bool atLineStart)
{
    QStringView s = line;
    if (atLineStart && context == Context::Block) {
        qsizetype skip = 0;
        while (skip < s.size() && s[skip].isSpace())
            ++skip;
        s = s.mid(skip);
    }
    const qsizetype markerAt = (atLineStart && context == Context::Block) ? lineStartEscapeAt(s) : -1;

    QString out;
    out.reserve(s.size() + 8);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const QChar prev = i > 0 ? s[i - 1] : QChar();
        const QChar next = i + 1 < s.size() ? s[i + 1] : QChar();
        bool escape = false;
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '[': case ']': case '~': case '|': case '$':
            escape = true;
            break;
        case '_':
            escape = !(isWordChar(prev) && isWordChar(next));
            break;
        case '<':
            escape = next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!')
                     || next == QLatin1Char('?');
            break;
        case '&':
            escape = entityLength(s, i) > 0;
            break;
        case '#':
            escape = context == Context::Heading;
            break;
        case '\n': case '\r':
            out += QLatin1Char(' ');
            continue;
        default:
            break;
        }
        if (i == markerAt)
            escape = true;
        if (escape)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString codeSpan(QStringView text)
{
    QString content = text.toString();
    content.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    // GFM splits table cells on '|' before inline parsing, even inside code spans.
    content.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    qsizetype longest = 0, run = 0;
    for (QChar c : std::as_const(content)) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = content.startsWith(QLatin1Char('`')) || content.endsWith(QLatin1Char('`'))
                     || (content.startsWith(QLatin1Char(' ')) && content.endsWith(QLatin1Char(' ')));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + content + space + fence;
}

QString githubSlug(QStringView heading)
{
    const QString lower = heading.toString().toLower();
    QString out;
    out.reserve(lower.size());
    for (QChar c : lower) {
        if (c == QLatin1Char(' ')) {
            out += QLatin1Char('-');
            continue;
        }
        const auto cat = c.category();
        const bool keep = c == QLatin1Char('-') || cat == QChar::Punctuation_Connector
                          || c.isLetter() || c.isMark() || cat == QChar::Number_DecimalDigit
                          || cat == QChar::Number_Letter
                          || c.isSurrogate(); // non-BMP letters; symbols there are rare in titles
        if (keep)
            out += c;
    }
    return out;
}

QString SlugRegistry::unique(QStringView heading)
{
    const QString original = githubSlug(heading);
    QString result = original;
    while (m_occurrences.contains(result)) {
        int &n = m_occurrences[original];
        ++n;
        result = original + QLatin1Char('-') + QString::number(n);
    }
    m_occurrences.insert(result, 0);
    return result;
}

QString yamlScalar(QStringView value)
{
    static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9 ._,/+()-]*\\z"));
    static const QStringList reserved = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("null"), QStringLiteral("y"),
        QStringLiteral("n")};
    if (plain.match(value).hasMatch() && !value.endsWith(QLatin1Char(' '))
        && !reserved.contains(value.toString().toLower()))
        return value.toString();
    return yamlQuoted(value);
}

QString yamlQuoted(QStringView value)
{
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '"': out += QStringLiteral("\\\""); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace archbench::core::markdown
