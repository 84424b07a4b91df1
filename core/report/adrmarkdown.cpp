#include "adrmarkdown.h"

#include <QRegularExpression>

namespace archbench::core::adrmd {

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '!' && u <= '/') || (u >= ':' && u <= '@') || (u >= '[' && u <= '`') || (u >= '{' && u <= '~');
}

/// One line of Markdown as the text it stands for: backslash escapes undone, a trailing
/// backslash (a hard break) dropped, everything else literal.
QString unescapeLine(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\')) {
            if (i + 1 < s.size() && isAsciiPunct(s[i + 1])) {
                out += s[++i];
                continue;
            }
            if (i + 1 == s.size())
                continue;
        }
        out += s[i];
    }
    return out;
}

QString unescapeLines(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << unescapeLine(QStringView(line).trimmed());
    return out.join(QLatin1Char('\n'));
}

/// Whether a paragraph is one emphasised sentence ("*No context recorded.*"): in a file
/// Archbench wrote, that is generated text (user text has its asterisks escaped).
bool isEmphasisOnly(const QString &raw)
{
    return raw.size() > 2 && raw.startsWith(QLatin1Char('*')) && !raw.startsWith(QStringLiteral("**"))
           && raw.endsWith(QLatin1Char('*')) && !raw.endsWith(QStringLiteral("\\*")) && !raw.contains(QLatin1Char('\n'));
}

QString simplifiedKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}

/// What a reader sees of a name, for matching an option named in two places ("[CC0](url)" in
/// the list, "CC0" as a heading; 'single' or "double" quotes): link labels, no emphasis
/// marks, no quotes, whitespace and case folded.
QString displayKey(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    QString t = text;
    if (t.contains(QLatin1Char('[')))
        t.replace(link, QStringLiteral("\\1"));
    QString out;
    out.reserve(t.size());
    for (const QChar c : std::as_const(t)) {
        switch (c.unicode()) {
        case '*': case '_': case '`': break;
        case '\'': case '"': case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x201E: break;
        default: out += c;
        }
    }
    return simplifiedKey(out);
}




namespace {
const QRegularExpression &listMarker()
{
    static const QRegularExpression re(QStringLiteral("\\A {0,3}(?:[*+-]|\\d{1,9}[.)])(?:[ \\t]+(.*))?\\z"));
    return re;
}
} // namespace

bool isTableRule(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("\\A\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*\\z"));
    return line.contains(QLatin1Char('-')) && re.match(line).hasMatch();
}

QStringList tableCells(const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')) && !t.endsWith(QStringLiteral("\\|")))
        t.chop(1);
    QStringList cells;
    QString current;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == QLatin1Char('\\') && i + 1 < t.size()) {
            current += t[i];
            current += t[++i];
        } else if (t[i] == QLatin1Char('|')) {
            cells << current.trimmed();
            current.clear();
        } else {
            current += t[i];
        }
    }
    cells << current.trimmed();
    return cells;
}

QList<Block> parseBlocks(const QStringList &lines)
{
    static const QRegularExpression atx(QStringLiteral("\\A {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*\\z"));
    QList<Block> blocks;
    qsizetype i = 0;
    const qsizetype n = lines.size();
    while (i < n) {
        const QString &line = lines[i];
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            ++i;
            continue;
        }
        Block b;
        // a fenced code block or an HTML comment: every line up to the one that closes it
        const bool code = trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"));
        if (code || trimmed.startsWith(QStringLiteral("<!--"))) {
            b.kind = code ? Block::Code : Block::Comment;
            const QString fence = trimmed.left(3);
            const qsizetype opening = i;
            while (i < n) {
                const QString &current = lines[i++];
                b.lines << current;
                const bool closed = code ? i - 1 > opening && current.trimmed().startsWith(fence) : current.contains(QStringLiteral("-->"));
                if (closed)
                    break;
            }
            b.raw = b.lines.join(QLatin1Char('\n'));
            blocks << b;
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            b.kind = Block::Heading;
            b.level = int(m.captured(1).size());
            b.lines << m.captured(2).trimmed();
            b.raw = line;
            blocks << b;
            ++i;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('|')) && i + 1 < n && isTableRule(lines[i + 1])) {
            b.kind = Block::Table;
            b.rows << tableCells(line);
            QStringList raw{line, lines[i + 1]};
            i += 2;
            while (i < n && lines[i].trimmed().startsWith(QLatin1Char('|'))) {
                b.rows << tableCells(lines[i]);
                raw << lines[i];
                ++i;
            }
            b.raw = raw.join(QLatin1Char('\n'));
            blocks << b;
            continue;
        }
        if (listMarker().match(line).hasMatch()) {
            b.kind = Block::List;
            QStringList raw;
            while (i < n) {
                const QString &l = lines[i];
                if (l.trimmed().isEmpty()) {
                    // a blank line ends the list unless an item or an indented line follows
                    if (i + 1 < n && (listMarker().match(lines[i + 1]).hasMatch() || lines[i + 1].startsWith(QStringLiteral("  ")))) {
                        raw << l;
                        ++i;
                        continue;
                    }
                    break;
                }
                const auto m = listMarker().match(l);
                const bool nested = l.startsWith(QStringLiteral("    ")) || l.startsWith(QLatin1Char('\t'));
                if (m.hasMatch() && !nested) {
                    b.items << m.captured(1);
                } else if (!b.items.isEmpty()) {
                    if (atx.match(l).hasMatch() && !l.startsWith(QLatin1Char(' ')))
                        break;
                    b.items.last() += QLatin1Char('\n') + l.trimmed();
                }
                raw << l;
                ++i;
            }
            b.raw = raw.join(QLatin1Char('\n'));
            blocks << b;
            continue;
        }
        b.kind = Block::Paragraph;
        while (i < n) {
            const QString &l = lines[i];
            if (l.trimmed().isEmpty() || atx.match(l).hasMatch() || (!b.lines.isEmpty() && listMarker().match(l).hasMatch())
                || l.trimmed().startsWith(QStringLiteral("```")) || l.trimmed().startsWith(QStringLiteral("<!--")))
                break;
            if (l.trimmed().startsWith(QLatin1Char('|')) && i + 1 < n && isTableRule(lines[i + 1]))
                break;
            b.lines << l;
            ++i;
        }
        b.raw = b.lines.join(QLatin1Char('\n'));
        blocks << b;
    }
    return blocks;
}

} // namespace archbench::core::adrmd
