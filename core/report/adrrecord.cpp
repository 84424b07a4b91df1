// Reading one ADR file (core/report/adrimport.h): front matter, list metadata, the sections
// of MADR and Nygard's shape, and Archbench's own block.
#include "adrimport.h"

#include "adrmarkdown.h"
#include "adrwriter.h"
#include "adryaml.h"

#include "../decision/scorereport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <optional>

namespace archbench::core {

namespace {

using namespace adrmd;
using namespace adryaml;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::AdrImport)
};

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

enum class Part { Preamble, Context, Drivers, Options, Outcome, Consequences, Confirmation, ProsCons, More, Status, Links, Dissent, Attended, Other };

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
    if (h == QLatin1StringView("dissent"))
        return Part::Dissent;
    if (h == QLatin1StringView("attended"))
        return Part::Attended;
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
    case Part::Dissent:
        // ours come from the ids block; another tool's list: "**Name**: text" or plain text
        if (!m_archbench)
            for (const Block &b : blocks) {
                if (b.kind != Block::List) {
                    otherPart(heading, 2, {b});
                    continue;
                }
                static const QRegularExpression named(QStringLiteral("\\A\\*\\*([^*]+)\\*\\*\\s*:\\s*(.*)\\z"),
                                                      QRegularExpression::DotMatchesEverythingOption);
                for (const QString &item : b.items) {
                    const auto m = named.match(item.trimmed());
                    d.dissent << (m.hasMatch() ? Dissent{unescapeLine(m.captured(1)).trimmed(), unescapeLine(m.captured(2)).trimmed()}
                                               : Dissent{{}, unescapeLine(item).trimmed()});
                }
            }
        break;
    case Part::Attended:
        if (!m_archbench)
            for (const Block &b : blocks)
                for (const QString &line : b.kind == Block::List ? b.items : b.lines)
                    for (const QString &name : line.split(QLatin1Char(','), Qt::SkipEmptyParts))
                        if (!name.trimmed().isEmpty())
                            d.attendees << unescapeLine(name).trimmed();
        break;
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
    d.attendees = scalarList(child(m_ids, "attendees"));
    for (const YAML::Node &k : sequence(child(m_ids, "dissent")))
        d.dissent << Dissent{scalar(child(k, "participant")), scalar(child(k, "text"))};
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
    if (bytes.size() > kMaxAdrFileBytes)
        return makeError(ErrorCode::Invalid, Text::tr("the file is larger than %1 MiB").arg(kMaxAdrFileBytes / (1024 * 1024)));
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

} // namespace archbench::core
