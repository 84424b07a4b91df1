#include "adrimport.h"

#include "adrwriter.h"

#include "../decision/decisionlifecycle.h"
#include "../decision/scorereport.h"
#include "../decision/weightedscore.h"
#include "../interchange/interchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <QUuid>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::AdrImport)
};

/// Larger files are not ADRs; front matter larger than this is not metadata.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
constexpr qsizetype kMaxFrontMatterChars = 256 * 1024;
/// yaml-cpp parses flow collections recursively: deeper nesting is refused before it starts.
constexpr int kMaxYamlNesting = 64;

// ---------------------------------------------------------------- inline text

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

// ---------------------------------------------------------------- blocks

struct Block {
    enum Kind { Heading, Paragraph, List, Table, Code, Comment };
    Kind kind = Paragraph;
    int level = 0;            ///< heading level
    QStringList lines;        ///< raw lines (paragraph, code, comment)
    QStringList items;        ///< raw list items (continuation lines joined by '\n')
    QList<QStringList> rows;  ///< raw table cells, header first, rule row dropped
    QString raw;              ///< the block as written

    QString text() const { return unescapeLines(lines); }
};

const QRegularExpression &listMarker()
{
    static const QRegularExpression re(QStringLiteral("\\A {0,3}(?:[*+-]|\\d{1,9}[.)])(?:[ \\t]+(.*))?\\z"));
    return re;
}

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
        if (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"))) {
            b.kind = Block::Code;
            const QString fence = trimmed.left(3);
            b.lines << line;
            ++i;
            while (i < n) {
                b.lines << lines[i];
                if (lines[i].trimmed().startsWith(fence)) {
                    ++i;
                    break;
                }
                ++i;
            }
            b.raw = b.lines.join(QLatin1Char('\n'));
            blocks << b;
            continue;
        }
        if (trimmed.startsWith(QStringLiteral("<!--"))) {
            b.kind = Block::Comment;
            while (i < n) {
                b.lines << lines[i];
                if (lines[i].contains(QStringLiteral("-->"))) {
                    ++i;
                    break;
                }
                ++i;
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

// ---------------------------------------------------------------- YAML

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

// ---------------------------------------------------------------- metadata

QDate parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("\\A\\s*(\\d{4}-\\d{2}-\\d{2})"));
    const auto m = iso.match(text);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

struct StatusRead {
    DecisionStatus status = DecisionStatus::Accepted;
    QString supersededBy; ///< raw link target
    bool known = true;
};

/// The first link target in `text` ("0005-x.md" of "[ADR-0005](0005-x.md)"), else an ADR
/// label ("ADR-0005", "ADR 5", "#5") as it stands.
QString linkTarget(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(\\s*<?([^)>\\s]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
    if (const auto m = link.match(text); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression label(QStringLiteral("(?:ADR[- ]?|#)(\\d{1,9})\\b"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = label.match(text); m.hasMatch())
        return QStringLiteral("ADR-") + m.captured(1);
    static const QRegularExpression file(QStringLiteral("(\\S+\\.md)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = file.match(text); m.hasMatch())
        return m.captured(1);
    return {};
}

StatusRead parseStatus(const QString &raw)
{
    StatusRead out;
    QString t = raw;
    t.remove(QLatin1Char('*')).remove(QLatin1Char('_')).remove(QLatin1Char('`'));
    t = t.trimmed();
    const QString lower = t.toLower();
    const auto starts = [&lower](const char *word) { return lower.startsWith(QLatin1StringView(word)); };
    if (starts("accepted") || starts("approved") || starts("done") || starts("implemented"))
        out.status = DecisionStatus::Accepted;
    else if (starts("proposed") || starts("draft") || starts("in progress") || starts("open") || starts("pending"))
        out.status = DecisionStatus::Proposed;
    else if (starts("rejected") || starts("declined"))
        out.status = DecisionStatus::Rejected;
    else if (starts("deprecated") || starts("obsolete"))
        out.status = DecisionStatus::Deprecated;
    else if (starts("superseded") || starts("replaced")) {
        out.status = DecisionStatus::Superseded;
        out.supersededBy = linkTarget(t);
    } else {
        out.status = DecisionStatus::Proposed;
        out.known = false;
    }
    return out;
}

// ---------------------------------------------------------------- sections

enum class Part { Preamble, Context, Drivers, Options, Outcome, Consequences, Confirmation, ProsCons, More, Status, Links, Other };

Part partOf(const QString &heading, int level, Part current)
{
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"));
    QString h = heading.toLower();
    if (h.contains(QStringLiteral("<!--")))
        h.remove(comment);
    h = h.trimmed();
    while (h.endsWith(QLatin1Char(':')))
        h.chop(1);
    if (level == 3 && current == Part::ProsCons)
        return Part::ProsCons;
    if (h == QLatin1StringView("context and problem statement") || h == QLatin1StringView("context") || h == QLatin1StringView("context and problem")
        || h == QLatin1StringView("problem statement") || h == QLatin1StringView("summary"))
        return Part::Context;
    if (h == QLatin1StringView("decision drivers") || h == QLatin1StringView("goals or decision drivers") || h == QLatin1StringView("drivers"))
        return Part::Drivers;
    if (h == QLatin1StringView("considered options") || h == QLatin1StringView("options") || h == QLatin1StringView("options considered"))
        return Part::Options;
    if (h == QLatin1StringView("decision outcome") || h == QLatin1StringView("decision") || h == QLatin1StringView("outcome"))
        return Part::Outcome;
    if (h == QLatin1StringView("consequences") || h == QLatin1StringView("positive consequences") || h == QLatin1StringView("negative consequences"))
        return Part::Consequences;
    if (h == QLatin1StringView("confirmation") || h == QLatin1StringView("validation"))
        return Part::Confirmation;
    if (h == QLatin1StringView("pros and cons of the options"))
        return Part::ProsCons;
    if (h == QLatin1StringView("more information") || h == QLatin1StringView("notes"))
        return Part::More;
    if (h == QLatin1StringView("status"))
        return Part::Status;
    if (h == QLatin1StringView("links"))
        return Part::Links;
    return Part::Other;
}

/// A section's blocks as Markdown text, the way the file wrote them.
QString rawText(const QList<Block> &blocks)
{
    QStringList out;
    for (const Block &b : blocks)
        out << b.raw;
    return out.join(QStringLiteral("\n\n"));
}

void appendText(QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    if (!field.isEmpty())
        field += QStringLiteral("\n\n");
    field += text.trimmed();
}

QString plainItem(const QString &item)
{
    return unescapeLines(item.split(QLatin1Char('\n')));
}

/// A title from a file name: "0005-use-postgres.md" -> "Use postgres".
QString titleFromFileName(const QString &fileName)
{
    static const QRegularExpression number(QStringLiteral("\\A\\d+[-_ ]*"));
    QString base = QFileInfo(fileName).completeBaseName();
    base.remove(number);
    base.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    base = base.simplified();
    if (!base.isEmpty())
        base[0] = base[0].toUpper();
    return base;
}

/// The reader of one file.
class RecordReader
{
public:
    RecordReader(const QString &fileName, AdrRecord &out) : m_fileName(fileName), r(out) {}

    Expected<void> read(const QString &text);

private:
    void readIdsBlock(const YAML::Node &ids);
    void readFrontMatter(const YAML::Node &fm);
    void readMetadataLine(const QString &line);
    void handle(Part part, const QString &heading, const QList<Block> &blocks);
    void contextPart(const QList<Block> &blocks);
    void driversPart(const QList<Block> &blocks);
    void optionsPart(const QList<Block> &blocks);
    void outcomePart(const QList<Block> &blocks);
    void consequencesPart(const QString &heading, const QList<Block> &blocks);
    void prosConsPart(const QString &optionName, const QList<Block> &blocks);
    void statusPart(const QList<Block> &blocks);
    void linksPart(const QString &heading, const QList<Block> &blocks);
    void morePart(const QList<Block> &blocks);
    void otherPart(const QString &heading, int level, const QList<Block> &blocks);
    void readTable(const Block &table);
    void linkLine(const QString &line);
    int optionIndex(const QString &name, bool add);
    int optionIndexAdded(const QString &name);
    void finish();

    QString m_fileName;
    AdrRecord &r;
    Decision &d = r.decision;
    bool m_archbench = false;
    bool m_statusSeen = false;
    bool m_chosenSeen = false;
    QString m_chosenName;
    QStringList m_driverItems;
    // from the ids block
    QStringList m_criterionIds, m_optionIds, m_doNothing;
    QString m_chosenId;
    std::optional<ScoreScale> m_scale;
    YAML::Node m_ids;
    // option descriptions and pros/cons text, by option index
    QHash<int, QString> m_prosCons;
    int m_prosConsSeen = 0;
    QSet<const Score *> m_rationaleRead;
    bool m_frontMatter = false;
};

void RecordReader::readIdsBlock(const YAML::Node &ids)
{
    if (!ids || !ids.IsMap())
        return;
    m_ids = ids;
    m_archbench = true;
    r.hasIdsBlock = true;
    r.flavour = QStringLiteral("archbench");
    r.projectId = scalar(child(ids, "project"));
    if (const QString id = scalar(child(ids, "decision")); !id.isEmpty())
        d.id = id;
    if (const int n = scalar(child(ids, "adr")).toInt(); n > 0 && r.number == 0)
        r.number = n;
    const QStringList scale = scalarList(child(ids, "scale"));
    if (scale.size() == 2) {
        const auto lo = number(scale[0]), hi = number(scale[1]);
        if (lo && hi && *lo < *hi)
            m_scale = ScoreScale{*lo, *hi};
    }
    m_criterionIds = scalarList(child(ids, "criteria"));
    m_optionIds = scalarList(child(ids, "options"));
    m_chosenId = scalar(child(ids, "chosen"));
    m_doNothing = scalarList(child(ids, "do-nothing"));
}

void RecordReader::readFrontMatter(const YAML::Node &fm)
{
    if (!fm || !fm.IsMap())
        return;
    if (r.flavour.isEmpty())
        r.flavour = QStringLiteral("madr");
    if (const QString status = scalar(child(fm, "status")).trimmed(); !status.isEmpty()) {
        const StatusRead s = parseStatus(status);
        d.status = s.status;
        if (!s.supersededBy.isEmpty())
            r.supersededBy << s.supersededBy;
        if (!s.known)
            r.warnings << Text::tr("status \"%1\" is not one Archbench knows; read as proposed").arg(status);
        m_statusSeen = true;
    }
    if (const YAML::Node date = child(fm, "date"); date) {
        const QString text = scalar(date);
        d.date = parseDate(text);
        if (!text.isEmpty() && !d.date.isValid())
            r.warnings << Text::tr("date \"%1\" is not a date (YYYY-MM-DD); left empty").arg(text);
    }
    QStringList makers = names(child(fm, "decision-makers"));
    if (makers.isEmpty())
        makers = names(child(fm, "deciders"));
    d.participants = makers;
    d.consulted = names(child(fm, "consulted"));
    d.informed = names(child(fm, "informed"));
    if (d.title.isEmpty())
        d.title = scalar(child(fm, "title")).trimmed();
    readIdsBlock(child(fm, AdrWriter::kIdsKey));
}

/// "Status: accepted", "Date: 2020-01-01", "Deciders: A, B" (MADR 2 and log4brains lists,
/// Nygard's "Date:" line).
void RecordReader::readMetadataLine(const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return;
    QString key = line.left(colon).toLower();
    key.remove(QLatin1Char('*')).remove(QLatin1Char('_'));
    key = key.trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (key == QLatin1StringView("status")) {
        const StatusRead s = parseStatus(value);
        d.status = s.status;
        if (!s.supersededBy.isEmpty())
            r.supersededBy << s.supersededBy;
        if (!s.known)
            r.warnings << Text::tr("status \"%1\" is not one Archbench knows; read as proposed").arg(value);
        m_statusSeen = true;
    } else if (key == QLatin1StringView("date")) {
        d.date = parseDate(value);
        if (!d.date.isValid())
            r.warnings << Text::tr("date \"%1\" is not a date (YYYY-MM-DD); left empty").arg(value);
    } else if (key == QLatin1StringView("deciders") || key == QLatin1StringView("decision-makers") || key == QLatin1StringView("decision makers")) {
        d.participants = names(YAML::Node(value.toStdString()));
    } else if (key == QLatin1StringView("consulted")) {
        d.consulted = names(YAML::Node(value.toStdString()));
    } else if (key == QLatin1StringView("informed")) {
        d.informed = names(YAML::Node(value.toStdString()));
    } else {
        appendText(d.notes, QStringLiteral("%1: %2").arg(line.left(colon).trimmed(), value));
    }
}

int RecordReader::optionIndex(const QString &name, bool add)
{
    const QString key = displayKey(name);
    for (qsizetype i = 0; i < d.options.size(); ++i)
        if (displayKey(d.options[i].name) == key)
            return int(i);
    // a shorter form of one listed option ("MADR 4.0.0" for "[MADR](…) 4.0.0 – the …")
    int prefixed = -1;
    for (qsizetype i = 0; i < d.options.size() && !key.isEmpty(); ++i) {
        const QString other = displayKey(d.options[i].name);
        if (other.startsWith(key) && !other.at(key.size()).isLetterOrNumber()) {
            if (prefixed >= 0)
                return add ? optionIndexAdded(name) : -1; // more than one: not this one
            prefixed = int(i);
        }
    }
    if (prefixed >= 0)
        return prefixed;
    if (!add || key.isEmpty())
        return -1;
    return optionIndexAdded(name);
}

int RecordReader::optionIndexAdded(const QString &name)
{
    d.options.append(Option{{}, name.trimmed(), {}, false});
    return int(d.options.size() - 1);
}

void RecordReader::readTable(const Block &table)
{
    if (table.rows.size() < 2 || table.rows.first().size() < 3)
        return;
    const QStringList header = table.rows.first();
    QList<int> columns; // table column -> option index
    const bool byPosition = m_archbench && d.options.size() == header.size() - 2;
    for (qsizetype c = 2; c < header.size(); ++c)
        columns << (byPosition ? int(c - 2) : optionIndex(unescapeLine(header[c]), true));
    d.criteria.clear();
    d.scores.clear();
    for (qsizetype row = 1; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows[row];
        const QString weightText = unescapeLine(cells.value(1)).trimmed();
        if (weightText.isEmpty())
            break; // the derived rows (weighted score, percent, rank)
        Criterion c;
        c.name = unescapeLine(cells.value(0));
        c.weight = number(weightText).value_or(0);
        if (c.weight < 0)
            c.weight = 0;
        d.criteria << c;
        for (qsizetype col = 0; col < columns.size(); ++col) {
            const auto value = number(unescapeLine(cells.value(col + 2)));
            if (value && columns[col] >= 0)
                d.scores << Score{QString::number(columns[col]), QString::number(d.criteria.size() - 1), *value, {}};
        }
    }
    r.hasMatrix = true;
}

void RecordReader::contextPart(const QList<Block> &blocks)
{
    static const QRegularExpression labelled(QStringLiteral("\\A\\*\\*(.+?)\\*\\*\\s+(.+)\\z"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression labelOnly(QStringLiteral("\\A\\*\\*(.+)\\*\\*\\z"));
    // Archbench's Nygard shape puts drivers and options in the context behind bold labels.
    enum { Context, Drivers, Options } mode = Context;
    QList<Block> drivers, options;
    for (const Block &b : blocks) {
        if (m_archbench && b.kind == Block::Paragraph) {
            if (labelOnly.match(b.raw).hasMatch()) {
                mode = mode == Context ? Drivers : Options;
                continue;
            }
            if (mode == Context && isEmphasisOnly(b.raw))
                continue;
            if (mode == Context) {
                if (const auto m = labelled.match(b.raw); m.hasMatch()) {
                    d.problem = unescapeLines(m.captured(2).split(QLatin1Char('\n')));
                    continue;
                }
            }
        }
        if (mode == Drivers) {
            drivers << b;
            continue;
        }
        if (mode == Options) {
            options << b;
            continue;
        }
        if (b.kind == Block::Paragraph)
            appendText(d.context, b.text());
        else if (b.kind == Block::List) {
            QStringList lines;
            for (const QString &item : b.items)
                lines << QStringLiteral("- ") + plainItem(item);
            appendText(d.context, lines.join(QLatin1Char('\n')));
        } else if (b.kind != Block::Comment)
            appendText(d.context, b.raw);
    }
    if (!drivers.isEmpty())
        driversPart(drivers);
    if (!options.isEmpty())
        optionsPart(options);
}

void RecordReader::driversPart(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::List) {
            for (const QString &item : b.items)
                m_driverItems << plainItem(item);
        } else if (b.kind == Block::Paragraph) {
            if (m_archbench && isEmphasisOnly(b.raw))
                continue;
            appendText(d.constraintsText, b.text());
        }
    }
}

void RecordReader::optionsPart(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::List) {
            for (const QString &item : b.items) {
                if (m_archbench) // written in option order, names may repeat
                    d.options.append(Option{{}, plainItem(item).trimmed(), {}, false});
                else
                    optionIndex(plainItem(item), true);
            }
        } else if (b.kind == Block::Table) {
            readTable(b);
        } else if (b.kind == Block::Paragraph && !(m_archbench)) {
            appendText(d.notes, b.text());
        }
    }
}

void RecordReader::outcomePart(const QList<Block> &blocks)
{
    // "Chosen option: "Name", because …": the name runs to the first `", because` (a name may
    // hold quotes), else to the last quote
    static const QRegularExpression chosen(
        QStringLiteral("\\AChosen option:?\\s*(?:\"(.*?)\"\\s*,\\s*because\\b[ \\t]*(.*)|\"(.*)\"\\s*[,.]?\\s*|“(.*?)”\\s*,?\\s*(?:because\\b[ \\t]*(.*))?"
                       "|\\*\\*([^*]*)\\*\\*\\s*,?\\s*(?:because\\b[ \\t]*(.*))?|'(.*?)'\\s*,\\s*because\\b[ \\t]*(.*)"
                       "|([^,\\n]*?)\\s*(?:,\\s*because\\b[ \\t]*(.*))?)\\z"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    for (const Block &b : blocks) {
        if (b.kind == Block::Paragraph && !m_chosenSeen) {
            if (const auto m = chosen.match(b.raw); m.hasMatch()) {
                m_chosenSeen = true;
                QString because;
                for (const auto &[name, reason] : {std::pair{1, 2}, {3, 0}, {4, 5}, {6, 7}, {8, 9}, {10, 11}})
                    if (m.capturedStart(name) >= 0) {
                        m_chosenName = unescapeLine(m.captured(name)).trimmed();
                        because = reason ? m.captured(reason) : QString();
                        break;
                    }
                if (!m_archbench)
                    appendText(d.recommendation, unescapeLines(because.split(QLatin1Char('\n'))));
                continue;
            }
        }
        if (m_archbench) {
            if (b.kind == Block::Paragraph && !isEmphasisOnly(b.raw))
                appendText(d.recommendation, b.text());
            continue;
        }
        if (b.kind == Block::Paragraph)
            appendText(d.recommendation, b.text());
        else if (b.kind == Block::List) {
            QStringList lines;
            for (const QString &item : b.items)
                lines << QStringLiteral("- ") + plainItem(item);
            appendText(d.recommendation, lines.join(QLatin1Char('\n')));
        } else if (b.kind != Block::Comment)
            appendText(d.recommendation, b.raw);
    }
}

void RecordReader::consequencesPart(const QString &heading, const QList<Block> &blocks)
{
    QStringList parts;
    const Part own = partOf(heading, 2, Part::Preamble);
    if (!m_archbench && own == Part::Consequences && simplifiedKey(heading) != simplifiedKey(QStringLiteral("Consequences")))
        parts << heading + QLatin1Char(':');
    bool confirmation = false;
    for (const Block &b : blocks) {
        if (m_archbench) {
            // generated: the bullets (trade-offs and risks, kept in the ids block) and, in
            // the Nygard shape, the revisit triggers after their lead sentence
            if (b.kind == Block::Paragraph && isEmphasisOnly(b.raw)) {
                confirmation = true;
                continue;
            }
            if (b.kind == Block::Paragraph && !confirmation)
                parts << b.text();
            continue;
        }
        if (b.kind == Block::Paragraph)
            parts << b.text();
        else if (b.kind == Block::List) {
            QStringList lines;
            for (const QString &item : b.items)
                lines << QStringLiteral("- ") + plainItem(item);
            parts << lines.join(QLatin1Char('\n'));
        } else if (b.kind != Block::Comment)
            parts << b.raw;
    }
    appendText(d.tradeoffsText, parts.join(QStringLiteral("\n\n")));
}

void RecordReader::prosConsPart(const QString &optionName, const QList<Block> &blocks)
{
    // Archbench writes one heading per option, in option order
    const int index = m_archbench ? (m_prosConsSeen < d.options.size() ? m_prosConsSeen++ : -1) : optionIndex(optionName, true);
    if (index < 0)
        return;
    QString &text = m_prosCons[index];
    for (const Block &b : blocks) {
        if (b.kind == Block::Paragraph) {
            if (m_archbench && isEmphasisOnly(b.raw))
                continue;
            appendText(text, b.text());
        } else if (b.kind == Block::List) {
            if (m_archbench) {
                // "Good, because it scores 4 of 5 on Fit: rationale": the rationale follows the
                // criterion's name; the rest of the bullet is generated.
                // this option's scores, each with the exact words AdrWriter wrote before its
                // rationale, in this language and in English
                struct Lead {
                    Score *score;
                    QStringList forms;
                };
                QList<Lead> leads;
                const QString max = ScoreReport::formatNumber(m_scale.value_or(d.scale).max, QLocale::c());
                const QString translated = QCoreApplication::translate("archbench::core::AdrWriter", "it scores %1 of %2 on %3");
                const QString option = QString::number(index);
                for (qsizetype c = 0; c < d.criteria.size(); ++c) {
                    const QString criterion = QString::number(c);
                    for (Score &sc : d.scores) {
                        if (sc.option != option || sc.criterion != criterion)
                            continue;
                        const QString value = ScoreReport::formatNumber(sc.value, QLocale::c());
                        QStringList forms;
                        for (const QString &form : {translated, QStringLiteral("it scores %1 of %2 on %3")})
                            forms << QStringLiteral("because ") + form.arg(value, max, d.criteria[c].name) + QStringLiteral(": ");
                        leads << Lead{&sc, forms};
                        break;
                    }
                }
                for (const QString &item : b.items) {
                    const QString plain = plainItem(item);
                    bool found = false;
                    // two criteria of one name and score read in their order
                    for (const Lead &lead : std::as_const(leads)) {
                        if (m_rationaleRead.contains(lead.score))
                            continue;
                        for (const QString &form : lead.forms) {
                            if (const qsizetype at = plain.indexOf(form); at >= 0) {
                                lead.score->rationale = plain.mid(at + form.size());
                                m_rationaleRead.insert(lead.score);
                                found = true;
                                break;
                            }
                        }
                        if (found)
                            break;
                    }
                    if (found)
                        continue;
                    qsizetype best = -1, bestLength = 0;
                    for (qsizetype c = 0; c < d.criteria.size(); ++c) {
                        const QString marker = QStringLiteral(" ") + d.criteria[c].name + QStringLiteral(": ");
                        const qsizetype at = plain.indexOf(marker);
                        if (at >= 0 && d.criteria[c].name.size() > bestLength) {
                            best = c;
                            bestLength = d.criteria[c].name.size();
                        }
                    }
                    if (best < 0)
                        continue;
                    const QString marker = QStringLiteral(" ") + d.criteria[best].name + QStringLiteral(": ");
                    const QString rationale = plain.mid(plain.indexOf(marker) + marker.size());
                    for (Score &s : d.scores)
                        if (s.option == QString::number(index) && s.criterion == QString::number(best))
                            s.rationale = rationale;
                }
            } else {
                QStringList lines;
                for (const QString &item : b.items)
                    lines << QStringLiteral("- ") + plainItem(item);
                appendText(text, lines.join(QLatin1Char('\n')));
            }
        } else if (b.kind != Block::Comment && !m_archbench) {
            appendText(text, b.raw);
        }
    }
}

void RecordReader::linkLine(const QString &line)
{
    const QString lower = line.trimmed().toLower();
    const QString target = linkTarget(line);
    if (target.isEmpty())
        return;
    if (lower.startsWith(QLatin1StringView("superseded by")) || lower.startsWith(QLatin1StringView("replaced by")))
        r.supersededBy << target;
    else if (lower.startsWith(QLatin1StringView("supersedes")) || lower.startsWith(QLatin1StringView("replaces")))
        r.supersedes << target;
}

void RecordReader::statusPart(const QList<Block> &blocks)
{
    QStringList kept;
    for (const Block &b : blocks) {
        QStringList lines;
        if (b.kind == Block::Paragraph)
            lines = b.lines;
        else if (b.kind == Block::List)
            lines = b.items;
        for (const QString &rawLine : lines) {
            const QString line = rawLine.trimmed();
            if (line.isEmpty())
                continue;
            const QString lower = line.toLower();
            if (lower.startsWith(QLatin1StringView("superseded by")) || lower.startsWith(QLatin1StringView("supersedes"))
                || lower.startsWith(QLatin1StringView("replaced by")) || lower.startsWith(QLatin1StringView("replaces"))) {
                linkLine(line);
                if (lower.startsWith(QLatin1StringView("superseded")) || lower.startsWith(QLatin1StringView("replaced by"))) {
                    d.status = DecisionStatus::Superseded;
                    m_statusSeen = true;
                }
                continue;
            }
            if (!m_statusSeen) {
                const StatusRead s = parseStatus(unescapeLine(line));
                d.status = s.status;
                if (!s.known)
                    r.warnings << Text::tr("status \"%1\" is not one Archbench knows; read as proposed").arg(unescapeLine(line));
                m_statusSeen = true;
                continue;
            }
            kept << unescapeLine(line);
        }
    }
    if (!kept.isEmpty())
        appendText(d.notes, QStringLiteral("## Status\n\n") + kept.join(QLatin1Char('\n')));
}

void RecordReader::linksPart(const QString &heading, const QList<Block> &blocks)
{
    for (const Block &b : blocks)
        for (const QString &item : b.kind == Block::List ? b.items : b.lines)
            linkLine(item);
    appendText(d.notes, QStringLiteral("## ") + heading + QStringLiteral("\n\n") + rawText(blocks));
}

void RecordReader::morePart(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (m_archbench) {
            if (b.kind == Block::List)
                continue; // door type and supersede links: generated (the links stand in the status)
            if (b.kind == Block::Paragraph)
                appendText(d.notes, b.text());
            continue;
        }
        if (b.kind == Block::List)
            for (const QString &item : b.items)
                linkLine(item);
        appendText(d.notes, b.raw);
    }
}

void RecordReader::otherPart(const QString &heading, int level, const QList<Block> &blocks)
{
    appendText(d.notes, QString(level, QLatin1Char('#')) + QLatin1Char(' ') + heading + QStringLiteral("\n\n") + rawText(blocks));
}

void RecordReader::handle(Part part, const QString &heading, const QList<Block> &blocks)
{
    switch (part) {
    case Part::Preamble: {
        // metadata lines under the title (MADR 2, log4brains, Nygard's "Date:"), then text
        QList<Block> rest;
        for (const Block &b : blocks) {
            static const QRegularExpression meta(QStringLiteral("\\A[*_]*(Status|Date|Deciders|Decision-makers|Decision makers|Consulted|Informed|Tags|Technical Story|Authors?)[*_]*\\s*:"),
                                                 QRegularExpression::CaseInsensitiveOption);
            const QStringList lines = b.kind == Block::List ? b.items : b.kind == Block::Paragraph ? b.lines : QStringList();
            bool allMeta = !lines.isEmpty();
            for (const QString &l : lines)
                allMeta = allMeta && meta.match(l.trimmed()).hasMatch();
            if (allMeta) {
                if (r.flavour.isEmpty())
                    r.flavour = b.kind == Block::List ? QStringLiteral("madr-2") : QStringLiteral("nygard");
                for (const QString &l : lines)
                    readMetadataLine(unescapeLine(l.trimmed()));
            } else if (b.kind != Block::Comment) {
                rest << b;
            }
        }
        contextPart(rest);
        break;
    }
    case Part::Context: contextPart(blocks); break;
    case Part::Drivers: driversPart(blocks); break;
    case Part::Options: optionsPart(blocks); break;
    case Part::Outcome: outcomePart(blocks); break;
    case Part::Consequences: consequencesPart(heading, blocks); break;
    case Part::Confirmation:
        if (!m_archbench)
            otherPart(heading, 2, blocks);
        break;
    case Part::ProsCons: break; // handled per option
    case Part::More: morePart(blocks); break;
    case Part::Status: statusPart(blocks); break;
    case Part::Links: linksPart(heading, blocks); break;
    case Part::Other: otherPart(heading, 2, blocks); break;
    }
}

Expected<void> RecordReader::read(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));

    // front matter
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1StringView("---")) {
        qsizetype end = -1;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (lines[i].trimmed() == QLatin1StringView("---") || lines[i].trimmed() == QLatin1StringView("...")) {
                end = i;
                break;
            }
        if (end < 0)
            return makeError(ErrorCode::Invalid, Text::tr("the front matter opened by \"---\" on line 1 is never closed"));
        auto fm = parseYaml(lines.mid(1, end - 1).join(QLatin1Char('\n')), Text::tr("front matter"));
        if (!fm)
            return fm.error();
        m_frontMatter = true;
        readFrontMatter(*fm);
        lines = lines.mid(end + 1);
    }

    QList<Block> blocks = parseBlocks(lines);

    // Archbench's Nygard shape: the ids block in a closing comment
    for (const Block &b : std::as_const(blocks)) {
        if (b.kind != Block::Comment || m_archbench)
            continue;
        const QString prefix = QStringLiteral("<!-- ") + QString::fromLatin1(AdrWriter::kIdsKey) + QLatin1Char(' ');
        if (!b.raw.startsWith(prefix) || b.lines.size() < 3)
            continue;
        const QStringList yaml = b.lines.mid(1, b.lines.size() - 2);
        auto ids = parseYaml(yaml.join(QLatin1Char('\n')), Text::tr("Archbench comment"));
        if (!ids)
            return ids.error();
        readIdsBlock(child(*ids, AdrWriter::kIdsKey));
    }

    // title: the first level-1 heading
    qsizetype first = 0;
    for (; first < blocks.size(); ++first)
        if (blocks[first].kind == Block::Heading && blocks[first].level == 1)
            break;
    if (first < blocks.size()) {
        QString title = blocks[first].text().trimmed();
        static const QRegularExpression numbered(QStringLiteral("\\A(\\d{1,9})\\.\\s+(.+)\\z"));
        if (const auto m = numbered.match(title); m.hasMatch() && !m_frontMatter) {
            if (r.number == 0)
                r.number = m.captured(1).toInt();
            title = m.captured(2).trimmed();
            if (r.flavour.isEmpty())
                r.flavour = QStringLiteral("nygard");
        }
        if (!title.isEmpty())
            d.title = title;
        blocks.remove(first);
    } else {
        first = 0;
    }
    if (d.title.trimmed().isEmpty()) {
        d.title = titleFromFileName(m_fileName);
        r.warnings << Text::tr("no title; named after the file");
    }

    // sections: the text before the first level-2 heading, then each level-2 section; level-3
    // headings split Decision Outcome (Consequences, Confirmation) and the pros and cons
    Part part = Part::Preamble;
    QString heading;
    QList<Block> current;
    QString prosConsOption;
    bool inProsCons = false;
    // Pros and cons are read after the matrix: rationales need the criteria.
    QList<std::pair<QString, QList<Block>>> prosCons;
    for (const Block &b : std::as_const(blocks)) {
        if (b.kind == Block::Heading && b.level <= 3 && b.level >= 2) {
            const QString h = b.text().trimmed();
            if (b.level == 2) {
                if (inProsCons && !prosConsOption.isEmpty())
                    prosCons.append({prosConsOption, current});
                else if (!(inProsCons && current.isEmpty()))
                    handle(part, heading, current);
                current.clear();
                part = partOf(h, 2, part);
                heading = h;
                inProsCons = part == Part::ProsCons;
                prosConsOption.clear();
                continue;
            }
            // level 3
            if (inProsCons) {
                if (!prosConsOption.isEmpty())
                    prosCons.append({prosConsOption, current});
                else if (!current.isEmpty())
                    otherPart(heading, 2, current);
                current.clear();
                prosConsOption = unescapeLine(h);
                continue;
            }
            const Part sub = partOf(h, 3, part);
            if (part == Part::Outcome || part == Part::Consequences || part == Part::Confirmation || sub == Part::Consequences
                || sub == Part::Confirmation) {
                handle(part, heading, current);
                current.clear();
                part = sub == Part::Other ? Part::Other : sub;
                heading = h;
                continue;
            }
        }
        current << b;
    }
    if (inProsCons && !prosConsOption.isEmpty())
        prosCons.append({prosConsOption, current});
    else if (!(inProsCons && current.isEmpty()))
        handle(part, heading, current);
    for (const auto &[option, body] : std::as_const(prosCons))
        prosConsPart(option, body);

    finish();
    return {};
}

void RecordReader::finish()
{
    if (r.flavour.isEmpty())
        r.flavour = QStringLiteral("madr");
    if (!m_statusSeen && !m_archbench) {
        d.status = DecisionStatus::Accepted;
        r.warnings << Text::tr("no status; read as accepted");
    }

    // drivers: criteria when the file has no matrix; descriptions when it has
    if (!r.hasMatrix) {
        for (const QString &item : std::as_const(m_driverItems))
            d.criteria << Criterion{{}, item, 0, {}};
    } else if (m_archbench) {
        // written in criterion order ("Name (weight 30): description"), then the hard
        // constraints (kept in the ids block)
        for (qsizetype i = 0; i < d.criteria.size() && i < m_driverItems.size(); ++i) {
            Criterion &c = d.criteria[i];
            const QString &item = m_driverItems[i];
            const qsizetype colon = item.indexOf(QStringLiteral(": "), item.startsWith(c.name) ? c.name.size() : 0);
            if (colon >= 0)
                c.description = item.mid(colon + 2);
        }
    } else {
        for (const QString &item : std::as_const(m_driverItems)) {
            bool matched = false;
            for (Criterion &c : d.criteria) {
                if (!item.startsWith(c.name))
                    continue;
                matched = true;
                const qsizetype colon = item.indexOf(QStringLiteral(": "), c.name.size());
                if (colon >= 0)
                    c.description = item.mid(colon + 2);
                break;
            }
            if (!matched)
                appendText(d.constraintsText, QStringLiteral("- ") + item);
        }
    }

    // option descriptions (and, from other tools, their pros and cons)
    for (auto it = m_prosCons.cbegin(); it != m_prosCons.cend(); ++it)
        if (it.key() < d.options.size())
            d.options[it.key()].description = it.value();

    // ids: the ids block's when it names as many as the file holds, else made up
    const bool criterionIds = m_criterionIds.size() == d.criteria.size() && QSet<QString>(m_criterionIds.cbegin(), m_criterionIds.cend()).size() == m_criterionIds.size();
    const bool optionIds = m_optionIds.size() == d.options.size() && QSet<QString>(m_optionIds.cbegin(), m_optionIds.cend()).size() == m_optionIds.size();
    if (m_archbench && (!criterionIds || !optionIds))
        r.warnings << Text::tr("the options or criteria do not match the ids in the Archbench block; they get new ids");
    for (qsizetype i = 0; i < d.criteria.size(); ++i)
        d.criteria[i].id = criterionIds && !m_criterionIds[i].isEmpty() ? m_criterionIds[i] : QStringLiteral("c%1").arg(i + 1);
    for (qsizetype i = 0; i < d.options.size(); ++i)
        d.options[i].id = optionIds && !m_optionIds[i].isEmpty() ? m_optionIds[i] : QStringLiteral("o%1").arg(i + 1);
    for (Score &s : d.scores) {
        s.option = d.options.value(s.option.toInt()).id;
        s.criterion = d.criteria.value(s.criterion.toInt()).id;
    }
    // Archbench's own file: the id in the block, unless the line names another option
    const auto blockChoice = std::find_if(d.options.cbegin(), d.options.cend(), [&](const Option &o) { return o.id == m_chosenId; });
    if (m_archbench && blockChoice != d.options.cend() && (!m_chosenSeen || simplifiedKey(blockChoice->name) == simplifiedKey(m_chosenName)
                                                           || optionIndex(m_chosenName, false) < 0)) {
        d.chosenOption = m_chosenId;
    } else if (m_chosenSeen && !m_chosenName.isEmpty()) {
        int index = optionIndex(m_chosenName, false);
        if (index < 0) {
            index = optionIndex(m_chosenName, true);
            d.options[index].id = QStringLiteral("o%1").arg(index + 1);
            while (std::count_if(d.options.cbegin(), d.options.cend(), [&](const Option &o) { return o.id == d.options[index].id; }) > 1)
                d.options[index].id += QLatin1Char('x');
        }
        d.chosenOption = d.options[index].id;
    }
    for (Option &o : d.options)
        o.doNothing = m_doNothing.contains(o.id);

    // scale: the block's; else 1 to 5, widened to hold every score the file gives
    d.scale = m_scale.value_or(ScoreScale{});
    for (const Score &s : std::as_const(d.scores)) {
        if (s.value < d.scale.min || s.value > d.scale.max) {
            d.scale.min = std::min(d.scale.min, std::floor(s.value));
            d.scale.max = std::max(d.scale.max, std::ceil(s.value));
            r.warnings << Text::tr("a score lies outside the scale; the scale now runs from %1 to %2")
                              .arg(QLocale::c().toString(d.scale.min), QLocale::c().toString(d.scale.max));
        }
    }
    if (d.scale.min >= d.scale.max)
        d.scale = ScoreScale{};

    if (!m_archbench)
        return;
    // the rationales of a shape without pros and cons (Nygard)
    for (const YAML::Node &k : sequence(child(m_ids, "rationales"))) {
        const QString option = scalar(child(k, "option")), criterion = scalar(child(k, "criterion"));
        for (Score &s : d.scores)
            if (s.option == option && s.criterion == criterion && s.rationale.isEmpty())
                s.rationale = scalar(child(k, "text"));
    }
    // the people and option descriptions of a shape without front matter (Nygard)
    if (d.participants.isEmpty() && d.consulted.isEmpty() && d.informed.isEmpty()) {
        d.participants = scalarList(child(m_ids, "decision-makers"));
        d.consulted = scalarList(child(m_ids, "consulted"));
        d.informed = scalarList(child(m_ids, "informed"));
    }
    for (const YAML::Node &k : sequence(child(m_ids, "descriptions"))) {
        const QString option = scalar(child(k, "option"));
        for (Option &o : d.options)
            if (o.id == option && o.description.isEmpty())
                o.description = scalar(child(k, "text"));
    }
    // what the body shows only as prose
    if (auto door = enumFromString<DoorType>(scalar(child(m_ids, "door"))))
        d.doorType = *door;
    QSet<QString> optionSet;
    for (const Option &o : std::as_const(d.options))
        optionSet.insert(o.id);
    for (const YAML::Node &k : sequence(child(m_ids, "constraints"))) {
        HardConstraint c{scalar(child(k, "id")), scalar(child(k, "text")), {}};
        for (const QString &id : scalarList(child(k, "failed-by")))
            if (optionSet.contains(id))
                c.failedBy << id;
        if (!c.id.isEmpty())
            d.constraints << c;
    }
    d.tradeoffsAccepted = scalarList(child(m_ids, "tradeoffs-accepted"));
    for (const YAML::Node &k : sequence(child(m_ids, "risks")))
        d.risks << Risk{scalar(child(k, "text")), scalar(child(k, "mitigation"))};
    for (const YAML::Node &k : sequence(child(m_ids, "triggers"))) {
        RevisitTrigger t;
        t.id = scalar(child(k, "id"));
        if (t.id.isEmpty())
            continue;
        t.category = enumFromString<TriggerCategory>(scalar(child(k, "category"))).value_or(TriggerCategory::Scale);
        t.condition = scalar(child(k, "condition"));
        t.metric = scalar(child(k, "metric"));
        t.comparator = enumFromString<Comparator>(scalar(child(k, "comparator"))).value_or(Comparator::None);
        t.threshold = number(scalar(child(k, "threshold")));
        t.currentValue = number(scalar(child(k, "current")));
        t.reviewBy = parseDate(scalar(child(k, "review-by")));
        d.revisitTriggers << t;
    }
}

// ---------------------------------------------------------------- the folder

bool isAdrFileName(const QString &name)
{
    if (!name.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
        return false;
    const QString lower = name.toLower();
    static const QStringList skipped{QStringLiteral("readme.md"), QStringLiteral("index.md"), QStringLiteral("template.md"),
                                     QStringLiteral("adr-template.md"), QStringLiteral("_template.md"), QStringLiteral("toc.md"),
                                     QStringLiteral("changelog.md")};
    return !skipped.contains(lower) && !lower.startsWith(QLatin1Char('.')) && !lower.contains(QStringLiteral("template"));
}

/// The file name a link names inside the folder, or an error when it leaves it.
std::optional<QString> localTarget(QString target, bool &outside)
{
    outside = false;
    target = QUrl::fromPercentEncoding(target.toUtf8());
    if (const qsizetype hash = target.indexOf(QLatin1Char('#')); hash >= 0)
        target.truncate(hash);
    while (target.startsWith(QStringLiteral("./")))
        target.remove(0, 2);
    if (target.isEmpty())
        return std::nullopt;
    if (target.contains(QStringLiteral("://")) || target.startsWith(QStringLiteral("mailto:")))
        return std::nullopt;
    if (target.contains(QLatin1Char('/')) || target.contains(QLatin1Char('\\')) || target == QStringLiteral(".."))
    {
        outside = true;
        return std::nullopt;
    }
    return target;
}

QString decisionName(const Decision &d)
{
    return d.title.trimmed().isEmpty() ? d.id : d.title.trimmed();
}

QString num(double v)
{
    return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest);
}

QString quoted(const QString &s)
{
    QString t = s.simplified();
    if (t.size() > 60)
        t = t.left(57) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(t);
}

/// The changes from `a` to `b` in words, one line each.
QStringList describe(const Decision &a, const Decision &b)
{
    QStringList out;
    const QString who = decisionName(b);
    const auto text = [&](const QString &label, const QString &x, const QString &y) {
        if (x != y)
            out << Text::tr("%1: %2 %3 → %4").arg(who, label, quoted(x), quoted(y));
    };
    text(Text::tr("title"), a.title, b.title);
    if (a.status != b.status)
        out << Text::tr("%1: status %2 → %3").arg(who, enumToString(a.status), enumToString(b.status));
    if (a.supersededBy != b.supersededBy)
        out << Text::tr("%1: superseded by %2 → %3").arg(who, a.supersededBy.isEmpty() ? QStringLiteral("–") : a.supersededBy,
                                                          b.supersededBy.isEmpty() ? QStringLiteral("–") : b.supersededBy);
    if (a.date != b.date)
        out << Text::tr("%1: date %2 → %3").arg(who, a.date.toString(Qt::ISODate), b.date.toString(Qt::ISODate));
    if (a.doorType != b.doorType)
        out << Text::tr("%1: door type %2 → %3").arg(who, enumToString(a.doorType), enumToString(b.doorType));
    text(Text::tr("decision-makers"), a.participants.join(QStringLiteral(", ")), b.participants.join(QStringLiteral(", ")));
    text(Text::tr("consulted"), a.consulted.join(QStringLiteral(", ")), b.consulted.join(QStringLiteral(", ")));
    text(Text::tr("informed"), a.informed.join(QStringLiteral(", ")), b.informed.join(QStringLiteral(", ")));
    text(Text::tr("context"), a.context, b.context);
    text(Text::tr("problem"), a.problem, b.problem);
    text(Text::tr("constraints"), a.constraintsText, b.constraintsText);
    text(Text::tr("trade-offs"), a.tradeoffsText, b.tradeoffsText);
    text(Text::tr("recommendation"), a.recommendation, b.recommendation);
    text(Text::tr("notes"), a.notes, b.notes);
    const auto optionName = [](const Decision &d, const QString &id) {
        for (const Option &o : d.options)
            if (o.id == id)
                return o.name;
        return id;
    };
    text(Text::tr("chosen option"), optionName(a, a.chosenOption), optionName(b, b.chosenOption));
    for (const Option &o : b.options) {
        const auto old = std::find_if(a.options.cbegin(), a.options.cend(), [&](const Option &x) { return x.id == o.id; });
        if (old == a.options.cend())
            out << Text::tr("%1: option %2 added").arg(who, quoted(o.name));
        else if (*old != o)
            out << Text::tr("%1: option %2 changed").arg(who, quoted(o.name));
    }
    for (const Option &o : a.options)
        if (std::none_of(b.options.cbegin(), b.options.cend(), [&](const Option &x) { return x.id == o.id; }))
            out << Text::tr("%1: option %2 removed").arg(who, quoted(o.name));
    for (const Criterion &c : b.criteria) {
        const auto old = std::find_if(a.criteria.cbegin(), a.criteria.cend(), [&](const Criterion &x) { return x.id == c.id; });
        if (old == a.criteria.cend())
            out << Text::tr("%1: criterion %2 added").arg(who, quoted(c.name));
        else if (old->weight != c.weight)
            out << Text::tr("%1: weight of %2 %3 → %4").arg(who, quoted(c.name), num(old->weight), num(c.weight));
        else if (*old != c)
            out << Text::tr("%1: criterion %2 changed").arg(who, quoted(c.name));
    }
    for (const Criterion &c : a.criteria)
        if (std::none_of(b.criteria.cbegin(), b.criteria.cend(), [&](const Criterion &x) { return x.id == c.id; }))
            out << Text::tr("%1: criterion %2 removed").arg(who, quoted(c.name));
    const auto criterionName = [](const Decision &d, const QString &id) {
        for (const Criterion &c : d.criteria)
            if (c.id == id)
                return c.name;
        return id;
    };
    for (const Score &s : b.scores) {
        const Score *old = findScore(a, s.option, s.criterion);
        const QString cellName = QStringLiteral("%1 × %2").arg(optionName(b, s.option), criterionName(b, s.criterion));
        if (!old)
            out << Text::tr("%1: %2 scored %3").arg(who, cellName, num(s.value));
        else if (old->value != s.value)
            out << Text::tr("%1: %2 %3 → %4").arg(who, cellName, num(old->value), num(s.value));
        else if (old->rationale != s.rationale)
            out << Text::tr("%1: %2 rationale %3 → %4").arg(who, cellName, quoted(old->rationale), quoted(s.rationale));
    }
    for (const Score &s : a.scores)
        if (!findScore(b, s.option, s.criterion))
            out << Text::tr("%1: %2 × %3 no longer scored").arg(who, optionName(a, s.option), criterionName(a, s.criterion));
    if (a.constraints != b.constraints)
        out << Text::tr("%1: hard constraints changed").arg(who);
    if (a.tradeoffsAccepted != b.tradeoffsAccepted)
        out << Text::tr("%1: trade-offs accepted changed").arg(who);
    if (a.risks != b.risks)
        out << Text::tr("%1: risks changed").arg(who);
    if (a.revisitTriggers != b.revisitTriggers)
        out << Text::tr("%1: revisit triggers changed").arg(who);
    if (a.scale != b.scale)
        out << Text::tr("%1: scale %2–%3 → %4–%5").arg(who, num(a.scale.min), num(a.scale.max), num(b.scale.min), num(b.scale.max));
    return out;
}

/// `old` updated with what a file from another tool says: its prose replaces the decision's,
/// options and criteria merge by name (ids, weights and scores kept), the matrix only when
/// the file has one.
Decision mergeForeign(const Decision &old, const AdrRecord &r)
{
    const Decision &f = r.decision;
    Decision d = old;
    d.title = f.title;
    d.status = f.status;
    d.supersededBy = f.supersededBy;
    if (f.date.isValid())
        d.date = f.date;
    if (!f.participants.isEmpty() || !f.consulted.isEmpty() || !f.informed.isEmpty()) {
        d.participants = f.participants;
        d.consulted = f.consulted;
        d.informed = f.informed;
    }
    d.context = f.context;
    d.problem = f.problem;
    d.constraintsText = f.constraintsText;
    d.tradeoffsText = f.tradeoffsText;
    d.recommendation = f.recommendation;
    d.notes = f.notes;
    QHash<QString, QString> optionIds; // file id -> project id
    for (const Option &o : f.options) {
        auto it = std::find_if(d.options.begin(), d.options.end(), [&](const Option &x) { return displayKey(x.name) == displayKey(o.name); });
        if (it == d.options.end()) {
            Option added = o;
            added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.options << added;
            optionIds.insert(o.id, added.id);
        } else {
            it->description = o.description;
            optionIds.insert(o.id, it->id);
        }
    }
    QHash<QString, QString> criterionIds;
    for (const Criterion &c : f.criteria) {
        auto it = std::find_if(d.criteria.begin(), d.criteria.end(), [&](const Criterion &x) { return simplifiedKey(x.name) == simplifiedKey(c.name); });
        if (it == d.criteria.end()) {
            Criterion added = c;
            added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.criteria << added;
            criterionIds.insert(c.id, added.id);
        } else {
            if (r.hasMatrix)
                it->weight = c.weight;
            if (!c.description.isEmpty())
                it->description = c.description;
            criterionIds.insert(c.id, it->id);
        }
    }
    if (r.hasMatrix) {
        for (const Score &s : f.scores) {
            const QString o = optionIds.value(s.option), c = criterionIds.value(s.criterion);
            auto it = std::find_if(d.scores.begin(), d.scores.end(), [&](const Score &x) { return x.option == o && x.criterion == c; });
            if (it == d.scores.end())
                d.scores << Score{o, c, s.value, s.rationale};
            else
                it->value = s.value;
        }
        d.scale.min = std::min(d.scale.min, f.scale.min);
        d.scale.max = std::max(d.scale.max, f.scale.max);
    }
    if (!f.chosenOption.isEmpty())
        d.chosenOption = optionIds.value(f.chosenOption);
    return d;
}

/// A file lists scores by criterion; the project keeps them in the order they were entered.
/// The scores both hold keep the project's order (so an unchanged file changes nothing), new
/// ones follow.
void keepScoreOrder(const Decision &old, Decision &merged)
{
    QList<Score> ordered;
    ordered.reserve(merged.scores.size());
    QSet<qsizetype> placed;
    for (const Score &s : old.scores)
        for (qsizetype i = 0; i < merged.scores.size(); ++i)
            if (!placed.contains(i) && merged.scores[i].option == s.option && merged.scores[i].criterion == s.criterion) {
                ordered << merged.scores[i];
                placed.insert(i);
                break;
            }
    for (qsizetype i = 0; i < merged.scores.size(); ++i)
        if (!placed.contains(i))
            ordered << merged.scores[i];
    merged.scores = ordered;
}

} // namespace

int adrNumberFromFileName(const QString &fileName)
{
    static const QRegularExpression numbered(QStringLiteral("\\A(\\d{1,9})[-_ .]"));
    const auto m = numbered.match(fileName);
    if (!m.hasMatch())
        return 0;
    const QString digits = m.captured(1);
    // log4brains: "20201028-title.md" is a date, not a number
    if (digits.size() == 8 && QDate::fromString(digits, QStringLiteral("yyyyMMdd")).isValid() && digits.toInt() >= 19700101)
        return 0;
    return digits.toInt();
}

Expected<AdrRecord> readAdrRecord(const QString &fileName, const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return makeError(ErrorCode::Invalid, Text::tr("the file is larger than %1 MiB").arg(kMaxFileBytes / (1024 * 1024)));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::Invalid, Text::tr("the file is not UTF-8 text"));
    if (text.contains(QChar(0)))
        return makeError(ErrorCode::Invalid, Text::tr("the file holds binary data"));

    AdrRecord record;
    record.fileName = fileName;
    record.number = adrNumberFromFileName(fileName);
    RecordReader reader(fileName, record);
    if (auto done = reader.read(text); !done)
        return done.error();
    Decision &d = record.decision;
    if (d.id.isEmpty())
        d.id = QStringLiteral("adr-") + QFileInfo(fileName).completeBaseName();
    if (!d.date.isValid()) {
        // log4brains names files by date
        static const QRegularExpression dated(QStringLiteral("\\A(\\d{8})-"));
        if (const auto m = dated.match(fileName); m.hasMatch())
            d.date = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
    }
    d.adrNumber = record.number;
    return record;
}

Expected<AdrFolder> readAdrFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (!info.isDir())
        return makeError(ErrorCode::Invalid, Text::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    const QString root = info.canonicalFilePath();
    AdrFolder out;
    out.folder = root;
    const QStringList names = dir.entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    if (names.isEmpty() && !dir.isReadable())
        return makeError(ErrorCode::Io, Text::tr("Cannot list the folder %1.").arg(QDir::toNativeSeparators(folder)));
    // Files are read and parsed on every core (each on its own: no shared state but the
    // constant regular expressions), then taken in file name order.
    QStringList candidates;
    for (const QString &name : names)
        if (isAdrFileName(name))
            candidates << name;
    struct Read {
        std::optional<AdrRecord> record;
        QList<AdrProblem> problems;
    };
    std::vector<Read> results(size_t(candidates.size()));
    const auto readOne = [&](qsizetype i) {
        const QString &name = candidates[i];
        Read &out = results[size_t(i)];
        const QFileInfo file(dir.filePath(name));
        if (file.isSymLink()) {
            const QString target = file.canonicalFilePath();
            if (target.isEmpty() || QFileInfo(target).absolutePath() != root) {
                out.problems << AdrProblem{name, Text::tr("a symbolic link to a file outside the folder; not read")};
                return;
            }
        }
        if (!file.isFile()) {
            out.problems << AdrProblem{name, Text::tr("not a regular file; not read")};
            return;
        }
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            out.problems << AdrProblem{name, f.errorString()};
            return;
        }
        if (f.size() > kMaxFileBytes) {
            out.problems << AdrProblem{name, Text::tr("the file is larger than %1 MiB").arg(kMaxFileBytes / (1024 * 1024))};
            return;
        }
        auto record = readAdrRecord(name, f.readAll());
        if (!record) {
            out.problems << AdrProblem{name, record.error().message};
            return;
        }
        for (const QString &w : std::as_const(record->warnings))
            out.problems << AdrProblem{name, w};
        out.record = std::move(*record);
    };
    const qsizetype workers = std::clamp<qsizetype>(qsizetype(std::thread::hardware_concurrency()), 1, 1 + candidates.size() / 64);
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < candidates.size(); i = next++)
            readOne(i);
    };
    std::vector<std::thread> threads;
    for (qsizetype t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    for (Read &r : results) {
        out.problems << r.problems;
        if (r.record)
            out.records << std::move(*r.record);
    }

    // unique decision ids: a copied file keeps its twin's ids
    QSet<QString> ids;
    for (AdrRecord &r : out.records) {
        if (ids.contains(r.decision.id)) {
            out.problems << AdrProblem{r.fileName, Text::tr("holds the same decision id as another file; read as a separate decision")};
            r.decision.id = QStringLiteral("adr-") + QFileInfo(r.fileName).completeBaseName();
            r.hasIdsBlock = false;
            r.projectId.clear();
        }
        ids.insert(r.decision.id);
    }

    // supersede links, by file name, number or title
    QHash<QString, QString> byFile;
    QHash<int, QString> byNumber;
    for (const AdrRecord &r : std::as_const(out.records)) {
        byFile.insert(r.fileName, r.decision.id);
        if (r.number > 0 && !byNumber.contains(r.number))
            byNumber.insert(r.number, r.decision.id);
    }
    const auto resolve = [&](const AdrRecord &r, const QString &target) -> QString {
        static const QRegularExpression label(QStringLiteral("\\AADR-(\\d+)\\z"));
        if (const auto m = label.match(target); m.hasMatch())
            return byNumber.value(m.captured(1).toInt());
        bool outside = false;
        const auto local = localTarget(target, outside);
        if (outside) {
            out.problems << AdrProblem{r.fileName, Text::tr("the link to %1 leaves the folder; not followed").arg(target)};
            return {};
        }
        if (!local)
            return {};
        if (byFile.contains(*local))
            return byFile.value(*local);
        if (const int n = adrNumberFromFileName(*local); n > 0)
            return byNumber.value(n);
        return {};
    };
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.records.size(); ++i)
        index.insert(out.records[i].decision.id, i);
    for (AdrRecord &r : out.records) {
        for (const QString &target : std::as_const(r.supersededBy)) {
            const QString id = resolve(r, target);
            if (!id.isEmpty() && id != r.decision.id) {
                r.decision.status = DecisionStatus::Superseded;
                r.decision.supersededBy = id;
                break;
            }
            if (id.isEmpty() && !target.isEmpty())
                out.problems << AdrProblem{r.fileName, Text::tr("superseded by %1, which is not in the folder").arg(target)};
        }
    }
    for (const AdrRecord &r : std::as_const(out.records)) {
        for (const QString &target : r.supersedes) {
            const QString id = resolve(r, target);
            if (id.isEmpty() || id == r.decision.id)
                continue;
            Decision &older = out.records[index.value(id)].decision;
            if (older.supersededBy.isEmpty()) {
                older.status = DecisionStatus::Superseded;
                older.supersededBy = r.decision.id;
            }
        }
    }
    // a superseded record whose successor is unknown stays superseded without a link; a
    // loop of links is broken at the record that closes it
    for (AdrRecord &r : out.records) {
        QSet<QString> seen{r.decision.id};
        QString next = r.decision.supersededBy;
        while (!next.isEmpty() && !seen.contains(next)) {
            seen.insert(next);
            next = out.records[index.value(next)].decision.supersededBy;
        }
        if (!next.isEmpty()) {
            out.problems << AdrProblem{r.fileName, Text::tr("its supersede links go round in a circle; the link is dropped")};
            r.decision.supersededBy.clear();
        }
    }
    return out;
}

AdrSync syncAdrFolder(ProjectData &data, const AdrFolder &folder)
{
    AdrSync result;
    QHash<QString, QString> idMap; // record decision id -> project decision id
    QSet<QString> taken;           // project decisions matched already
    QList<std::pair<const AdrRecord *, qsizetype>> matches;
    // the project's decisions by id, number and title (lists: first free one wins)
    QHash<QString, qsizetype> byId;
    QHash<int, QList<qsizetype>> byNumber;
    QHash<QString, QList<qsizetype>> byTitle;
    for (qsizetype i = 0; i < data.decisions.size(); ++i) {
        byId.insert(data.decisions[i].id, i);
        if (data.decisions[i].adrNumber > 0)
            byNumber[data.decisions[i].adrNumber] << i;
        byTitle[simplifiedKey(data.decisions[i].title)] << i;
    }
    for (const AdrRecord &r : folder.records) {
        qsizetype found = -1;
        const auto free = [&](qsizetype i) { return !taken.contains(data.decisions[i].id); };
        const auto firstFree = [&](const QList<qsizetype> &candidates) {
            for (qsizetype i : candidates)
                if (free(i))
                    return i;
            return qsizetype(-1);
        };
        if ((!r.hasIdsBlock || r.projectId == data.project.id) && byId.contains(r.decision.id) && free(byId.value(r.decision.id)))
            found = byId.value(r.decision.id);
        if (found < 0 && r.number > 0)
            found = firstFree(byNumber.value(r.number));
        if (found < 0)
            found = firstFree(byTitle.value(simplifiedKey(r.decision.title)));
        if (found >= 0)
            taken.insert(data.decisions[found].id);
        matches.append({&r, found});
    }
    // ids for new decisions, unique in the project
    QSet<QString> used;
    for (const Decision &d : std::as_const(data.decisions))
        used.insert(d.id);
    for (const auto &[r, found] : std::as_const(matches)) {
        if (found >= 0) {
            idMap.insert(r->decision.id, data.decisions[found].id);
            continue;
        }
        QString id = r->decision.id;
        while (used.contains(id))
            id = QStringLiteral("adr-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        used.insert(id);
        idMap.insert(r->decision.id, id);
    }
    QSet<int> numbers;
    for (const Decision &d : std::as_const(data.decisions))
        if (d.adrNumber > 0)
            numbers.insert(d.adrNumber);

    for (const auto &[r, found] : std::as_const(matches)) {
        result.records << idMap.value(r->decision.id);
        Decision incoming = r->decision;
        incoming.id = idMap.value(r->decision.id);
        incoming.supersededBy = idMap.value(r->decision.supersededBy);
        if (found >= 0) {
            const Decision &old = data.decisions[found];
            AdrRecord foreign = *r;
            foreign.decision = incoming;
            Decision merged = r->hasIdsBlock ? incoming : mergeForeign(old, foreign);
            keepScoreOrder(old, merged);
            merged.id = old.id;
            merged.adrNumber = old.adrNumber > 0 ? old.adrNumber : (r->number > 0 && !numbers.contains(r->number) ? r->number : 0);
            if (merged.adrNumber > 0)
                numbers.insert(merged.adrNumber);
            if (merged == old) {
                result.unchanged << old.id;
                continue;
            }
            result.changes << describe(old, merged);
            result.updated << old.id;
            data.decisions[found] = merged;
        } else {
            incoming.adrNumber = r->number > 0 && !numbers.contains(r->number) ? r->number : 0;
            if (incoming.adrNumber > 0)
                numbers.insert(incoming.adrNumber);
            result.added << incoming.id;
            result.changes << Text::tr("%1: added from %2").arg(decisionName(incoming), r->fileName);
            data.decisions << incoming;
        }
    }
    for (int n : std::as_const(numbers))
        data.project.lastAdrNumber = std::max(data.project.lastAdrNumber, n);
    return result;
}

ProjectData projectFromAdrFolder(const AdrFolder &folder)
{
    ProjectData data;
    // the project the records came from, when they all say the same: a later export then
    // recognises them as its own
    QString project;
    bool same = true;
    for (const AdrRecord &r : folder.records) {
        if (!r.hasIdsBlock)
            continue;
        if (project.isEmpty())
            project = r.projectId;
        same = same && r.projectId == project;
    }
    data.project.id = same && !project.isEmpty() ? project : QUuid::createUuid().toString(QUuid::WithoutBraces);
    data.project.name = QFileInfo(folder.folder).fileName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    data.project.created = now;
    data.project.modified = now;
    syncAdrFolder(data, folder);
    return data;
}

} // namespace archbench::core
