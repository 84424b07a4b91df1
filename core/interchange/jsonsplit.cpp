#include "jsonsplit.h"

namespace archbench::core::interchange {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// A cursor over the text that steps over whitespace, strings and whole values.
class Scanner {
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// A string starting here; `escaped` tells whether it holds a backslash.
    bool string(bool &escaped)
    {
        escaped = false;
        if (peek() != '"')
            return false;
        for (++m_pos; !atEnd(); ++m_pos) {
            const char c = m_text[m_pos];
            if (c == '\\') {
                escaped = true;
                ++m_pos;
            } else if (c == '"') {
                ++m_pos;
                return true;
            }
        }
        return false;
    }
    /// Any value starting here (its content is checked later by Qt's parser; only where it
    /// ends matters here).
    bool value()
    {
        skipSpace();
        const char first = peek();
        if (first == '"') {
            bool escaped = false;
            return string(escaped);
        }
        if (first != '{' && first != '[') {
            while (!atEnd() && !isSpace(peek()) && peek() != ',' && peek() != '}' && peek() != ']')
                ++m_pos;
            return true;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                bool escaped = false;
                if (!string(escaped))
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<SplitDocument> splitDecisions(QByteArrayView json)
{
    Scanner s(json);
    if (!s.take('{'))
        return std::nullopt;
    SplitDocument out;
    out.skeleton.reserve(4096);
    out.skeleton.append('{');
    bool seenDecisions = false;
    bool firstMember = true;
    s.skipSpace();
    if (s.peek() == '}')
        return std::nullopt; // nothing to cut
    for (;;) {
        s.skipSpace();
        const qsizetype keyBegin = s.pos();
        bool escaped = false;
        if (!s.string(escaped) || escaped)
            return std::nullopt;
        const QByteArrayView key = json.sliced(keyBegin + 1, s.pos() - keyBegin - 2);
        if (!s.take(':'))
            return std::nullopt;
        s.skipSpace();
        if (key == "decisions") {
            if (seenDecisions || !s.take('['))
                return std::nullopt;
            seenDecisions = true;
            if (!s.take(']')) {
                for (;;) {
                    s.skipSpace();
                    if (s.peek() != '{')
                        return std::nullopt;
                    const qsizetype begin = s.pos();
                    if (!s.value())
                        return std::nullopt;
                    out.decisions.append({begin, s.pos() - begin});
                    if (s.take(','))
                        continue;
                    if (s.take(']'))
                        break;
                    return std::nullopt;
                }
            }
            if (!firstMember)
                out.skeleton.append(',');
            out.skeleton.append("\"decisions\":[]");
        } else {
            const qsizetype valueBegin = s.pos();
            if (!s.value())
                return std::nullopt;
            if (!firstMember)
                out.skeleton.append(',');
            out.skeleton.append(json.sliced(keyBegin, valueBegin - keyBegin));
            out.skeleton.append(json.sliced(valueBegin, s.pos() - valueBegin));
        }
        firstMember = false;
        if (s.take(','))
            continue;
        if (s.take('}'))
            break;
        return std::nullopt;
    }
    s.skipSpace();
    if (!s.atEnd() || !seenDecisions)
        return std::nullopt;
    out.skeleton.append('}');
    return out;
}

} // namespace archbench::core::interchange
