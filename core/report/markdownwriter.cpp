#include "markdownwriter.h"

#include "../document/markdownescape.h"

#include <QCoreApplication>
#include <QHash>

namespace archbench::core {

namespace {

using markdown::Context;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::MarkdownWriter)
};

class Writer {
public:
    explicit Writer(const Report &report) : m_report(report) {}

    QString run()
    {
        assignSlugs();
        QStringList chunks;
        if (!m_report.frontMatter.isEmpty())
            chunks << frontMatter();
        if (projectScope()) {
            chunks << heading(1, m_report.title);
            const QString meta = metaBlock();
            if (!meta.isEmpty())
                chunks << meta;
            const QString toc = contents();
            if (!toc.isEmpty())
                chunks << heading(2, Text::tr("Contents")) << toc;
        }
        for (const ReportSection &section : m_report.sections) {
            chunks << heading(section.level + (projectScope() ? 1 : 0), section.title);
            m_previousList = ListKind::None;
            for (const ReportBlock &block : section.blocks) {
                const QString text = std::visit([this](const auto &b) { return render(b); }, block);
                if (text.isEmpty())
                    continue;
                chunks << text;
                if (!std::holds_alternative<ReportList>(block) && !std::holds_alternative<ReportKeyValues>(block))
                    m_previousList = ListKind::None;
            }
        }
        return chunks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    }

private:
    bool projectScope() const { return m_report.scope == ReportScope::Project; }

    // Slugs are handed out in document order, exactly as GitHub numbers duplicate headings.
    void assignSlugs()
    {
        markdown::SlugRegistry slugs;
        if (projectScope()) {
            slugs.unique(m_report.title);
            if (hasContents())
                slugs.unique(Text::tr("Contents"));
        }
        for (const ReportSection &section : m_report.sections) {
            const QString slug = slugs.unique(section.title);
            if (!section.anchor.isEmpty() && !m_slugs.contains(section.anchor))
                m_slugs.insert(section.anchor, slug);
        }
    }

    bool hasContents() const
    {
        return std::any_of(m_report.sections.cbegin(), m_report.sections.cend(),
                           [](const ReportSection &s) { return s.level <= 2; });
    }

    QString frontMatter() const
    {
        QStringList lines{QStringLiteral("---")};
        for (const auto &[key, value] : m_report.frontMatter)
            lines << key + QStringLiteral(": ") + markdown::yamlScalar(value);
        lines << QStringLiteral("---");
        return lines.join(QLatin1Char('\n'));
    }

    QString heading(int level, const QString &title) const
    {
        return QString(std::clamp(level, 1, 6), QLatin1Char('#')) + QLatin1Char(' ')
               + markdown::escapeLine(title.trimmed(), Context::Heading, false);
    }

    QString metaBlock() const
    {
        QStringList lines;
        if (!m_report.subtitle.isEmpty())
            lines << QStringLiteral("*") + markdown::escapeLine(m_report.subtitle.trimmed(), Context::Block, false)
                         + QStringLiteral("*");
        for (const auto &[key, value] : m_report.meta)
            lines << QStringLiteral("**") + markdown::escapeLine(key, Context::Block, false) + QStringLiteral(":** ")
                         + markdown::escapeLine(value, Context::Block, false);
        return lines.join(QStringLiteral("\\\n"));
    }

    QString contents() const
    {
        QStringList lines;
        for (const ReportSection &section : m_report.sections) {
            if (section.level > 2)
                continue;
            const QString indent(2 * (section.level - 1), QLatin1Char(' '));
            const QString text = markdown::escapeLine(section.title.trimmed(), Context::Block, false);
            lines << indent + QStringLiteral("- [") + text + QStringLiteral("](#") + m_slugs.value(section.anchor)
                         + QLatin1Char(')');
        }
        return lines.join(QLatin1Char('\n'));
    }

    /// One styled, escaped piece of a run (no newline inside).
    QString styled(const QString &piece, const ReportRun &run, unsigned style, Context context, bool atLineStart) const
    {
        QString body;
        if (style & ReportRun::Code) {
            body = markdown::codeSpan(piece);
        } else {
            qsizetype first = 0, last = piece.size();
            while (first < last && piece[first].isSpace())
                ++first;
            while (last > first && piece[last - 1].isSpace())
                --last;
            const QString lead = atLineStart ? QString() : piece.left(first);
            const QString trail = piece.mid(last);
            const QString core = markdown::escapeLine(QStringView(piece).mid(first, last - first), context, atLineStart);
            if (core.isEmpty())
                return lead;
            QString marks;
            if (style & ReportRun::Strong)
                marks += QStringLiteral("**");
            if (style & ReportRun::Emphasis)
                marks += QLatin1Char('*');
            body = lead + marks + core + marks + trail;
            if (!run.link.isEmpty() && m_slugs.contains(run.link))
                return lead + QLatin1Char('[') + marks + core + marks + QStringLiteral("](#") + m_slugs.value(run.link)
                       + QLatin1Char(')') + trail;
            return body;
        }
        if (!run.link.isEmpty() && m_slugs.contains(run.link))
            return QLatin1Char('[') + body + QStringLiteral("](#") + m_slugs.value(run.link) + QLatin1Char(')');
        return body;
    }

    /// The text as Markdown lines; only Block context can yield more than one line.
    QStringList lines(const ReportText &text, Context context, unsigned extraStyle = 0, bool startsLine = true) const
    {
        QStringList out{QString()};
        bool atLineStart = startsLine;
        for (const ReportRun &run : text.runs) {
            QString t = run.text;
            t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
            if (context != Context::Block)
                t.replace(QLatin1Char('\n'), QLatin1Char(' '));
            const QStringList pieces = t.split(QLatin1Char('\n'));
            for (qsizetype k = 0; k < pieces.size(); ++k) {
                if (k > 0) {
                    out << QString();
                    atLineStart = true;
                }
                const QString s = styled(pieces[k], run, run.style | extraStyle, context, atLineStart);
                out.last() += s;
                if (!out.last().isEmpty())
                    atLineStart = false;
            }
        }
        return out;
    }

    /// Lines of one list item or value: blank lines dropped, hard breaks between the rest,
    /// continuation lines indented under the marker.
    QString joinedItem(const QStringList &itemLines, int indent) const
    {
        QStringList kept;
        for (const QString &l : itemLines)
            if (!l.trimmed().isEmpty())
                kept << l;
        return kept.join(QStringLiteral("\\\n") + QString(indent, QLatin1Char(' ')));
    }

    QString render(const ReportParagraph &p) const
    {
        QStringList paragraphs, current;
        for (const QString &l : lines(p.text, Context::Block, p.note ? unsigned(ReportRun::Emphasis) : 0u)) {
            if (l.trimmed().isEmpty()) {
                if (!current.isEmpty())
                    paragraphs << current.join(QStringLiteral("\\\n"));
                current.clear();
            } else {
                current << l;
            }
        }
        if (!current.isEmpty())
            paragraphs << current.join(QStringLiteral("\\\n"));
        return paragraphs.join(QStringLiteral("\n\n"));
    }

    /// Two lists in a row would merge into one; a different bullet or delimiter keeps them
    /// apart (CommonMark: changing the marker starts a new list).
    QString bullet()
    {
        m_previousList = m_previousList == ListKind::Dash ? ListKind::Star : ListKind::Dash;
        return m_previousList == ListKind::Dash ? QStringLiteral("- ") : QStringLiteral("* ");
    }
    QString delimiter()
    {
        m_previousList = m_previousList == ListKind::Dot ? ListKind::Paren : ListKind::Dot;
        return m_previousList == ListKind::Dot ? QStringLiteral(". ") : QStringLiteral(") ");
    }

    QString render(const ReportKeyValues &kv)
    {
        if (kv.entries.isEmpty())
            return {};
        const QString marker = bullet();
        QStringList out;
        for (const auto &[key, value] : kv.entries) {
            QString line = marker + QStringLiteral("**") + markdown::escapeLine(key.trimmed(), Context::Block, false)
                           + QStringLiteral(":**");
            const QString v = joinedItem(lines(value, Context::Block, 0, false), 2);
            if (!v.isEmpty())
                line += QLatin1Char(' ') + v;
            out << line;
        }
        return out.join(QLatin1Char('\n'));
    }

    QString render(const ReportList &list)
    {
        if (list.items.isEmpty())
            return {};
        QStringList out;
        const QString kind = list.ordered ? delimiter() : bullet();
        for (qsizetype i = 0; i < list.items.size(); ++i) {
            const QString marker = list.ordered ? QString::number(i + 1) + kind : kind;
            out << marker + joinedItem(lines(list.items[i], Context::Block), int(marker.size()));
        }
        return out.join(QLatin1Char('\n'));
    }

    QString render(const ReportTable &table) const
    {
        qsizetype columns = table.header.size();
        for (const auto &row : table.rows)
            columns = std::max(columns, row.size());
        if (columns == 0)
            return {};
        auto rowLine = [](const QStringList &cells) {
            return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        };
        QStringList header, rule;
        for (qsizetype c = 0; c < columns; ++c) {
            header << markdown::escapeLine(table.header.value(c).trimmed(), Context::TableCell, false);
            switch (table.align.value(c, ReportAlign::Left)) {
            case ReportAlign::Left: rule << QStringLiteral("---"); break;
            case ReportAlign::Center: rule << QStringLiteral(":---:"); break;
            case ReportAlign::Right: rule << QStringLiteral("---:"); break;
            }
        }
        QStringList out{rowLine(header), rowLine(rule)};
        for (const auto &row : table.rows) {
            QStringList cells;
            for (qsizetype c = 0; c < columns; ++c)
                cells << (c < row.size() ? lines(row[c], Context::TableCell).join(QLatin1Char(' ')).trimmed() : QString());
            out << rowLine(cells);
        }
        return out.join(QLatin1Char('\n'));
    }

    QString render(const ReportChart &) const { return {}; }

    const Report &m_report;
    QHash<QString, QString> m_slugs; ///< logical anchor -> GitHub heading id
    enum class ListKind { None, Dash, Star, Dot, Paren };
    ListKind m_previousList = ListKind::None;
};

} // namespace

QString MarkdownWriter::write(const Report &report)
{
    return Writer(report).run();
}

} // namespace archbench::core
