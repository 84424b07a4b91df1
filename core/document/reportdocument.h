#pragma once
// The document model of a report, shared by the Markdown writer (core) and the PDF renderer
// (ui). Section providers build it from ProjectData; the writers turn it into a file.
//
//   Report ── title, subtitle, meta (title page), front matter (single-item Markdown)
//     └─ ReportSection ── title, anchor, level, pageBreak
//          └─ ReportBlock: ReportParagraph | ReportKeyValues | ReportTable | ReportList | ReportChart
//               └─ ReportText: runs of user text, each with a style, a tone and maybe a link
//
// Invariants: every piece of user text stays raw in the model (providers never escape);
// each writer escapes for its own format. Anchors are logical ids ("decision-d1"), unique in a
// built Report; the Markdown writer maps them to GitHub heading slugs, the PDF to pages.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>
#include <variant>

namespace archbench::core {

/// What a run of text means beyond its words; the PDF colours it (UI.md palette), Markdown
/// keeps only the words. Never the only carrier of meaning: the text must say it too.
enum class ReportTone { Neutral, Good, Attention, Problem, Muted };

/// One run of text with one look.
struct ReportRun {
    enum Style : unsigned { Plain = 0, Strong = 1, Emphasis = 2, Code = 4 };
    QString text;
    unsigned style = Plain;
    ReportTone tone = ReportTone::Neutral;
    QString link; ///< anchor of a section of the same report; shown as plain text if absent

    ReportRun() = default;
    ReportRun(QString text, unsigned style = Plain, ReportTone tone = ReportTone::Neutral, QString link = {})
        : text(std::move(text)), style(style), tone(tone), link(std::move(link)) {}
    bool operator==(const ReportRun &) const = default;
};

/// Inline text: a list of runs. Converts implicitly from a plain QString, so most providers
/// write `row << r.text << r.target`.
struct ReportText {
    QList<ReportRun> runs;

    ReportText() = default;
    ReportText(const QString &plain);
    ReportText(ReportRun run);

    static ReportText strong(const QString &text);
    static ReportText emphasis(const QString &text);
    static ReportText code(const QString &text);
    static ReportText toned(const QString &text, ReportTone tone, unsigned style = ReportRun::Plain);
    static ReportText link(const QString &text, const QString &anchor);
    /// A muted, emphasised note standing in for what the user has not given ("not recorded").
    static ReportText missing(const QString &note);

    ReportText &append(const ReportRun &run);
    ReportText &append(const ReportText &text);
    ReportText &append(const QString &plain);

    /// The words alone, without any styling.
    QString plainText() const;
    bool isEmpty() const;
    bool operator==(const ReportText &) const = default;
};

/// A paragraph of running text. A `note` is an aside (italic in both formats, muted in PDF).
struct ReportParagraph {
    ReportText text;
    bool note = false;

    ReportParagraph() = default;
    ReportParagraph(ReportText text, bool note = false) : text(std::move(text)), note(note) {}
    bool operator==(const ReportParagraph &) const = default;
};

/// Labelled values ("Owner: Dana Reyes"): a bullet list in Markdown, two columns in the PDF.
struct ReportKeyValues {
    QList<std::pair<QString, ReportText>> entries;
    bool operator==(const ReportKeyValues &) const = default;
};

enum class ReportAlign { Left, Center, Right };

/// A table with one header row. `align` and `widths` may be shorter than `header` (missing
/// entries: left, automatic). `widths` are relative hints for the PDF (e.g. {1, 3, 1}).
struct ReportTable {
    QStringList header;
    QList<ReportAlign> align;
    QList<double> widths;
    QList<QList<ReportText>> rows;
    /// The first columns name the row (e.g. criterion and weight). A table too wide for the
    /// page may then be printed in parts of the other columns, each repeating these; with 0
    /// it is always printed whole.
    int keyColumns = 0;
    /// Above each part of a split table: "%1"–"%2" are the first and last column of the part
    /// and "%3" how many there are, counted after the key columns (e.g. "Options %1 to %2 of
    /// %3"). Empty: a generic caption.
    QString splitCaption;
    bool operator==(const ReportTable &) const = default;
};

struct ReportList {
    QList<ReportText> items;
    bool ordered = false;
    bool operator==(const ReportList &) const = default;
};

/// A chart drawn into the PDF by the ui ChartRegistry (chartId, itemId); Markdown leaves it
/// out, so the same figures must also be in a table or text of the section. `title` is the
/// question the chart answers (used if the chart cannot be drawn). `aspect` = height / width.
struct ReportChart {
    QString chartId;
    QString itemId;
    QString title;
    double aspect = 0.5;

    ReportChart() = default;
    ReportChart(QString chartId, QString itemId, QString title, double aspect = 0.5)
        : chartId(std::move(chartId)), itemId(std::move(itemId)), title(std::move(title)), aspect(aspect) {}
    bool operator==(const ReportChart &) const = default;
};

using ReportBlock = std::variant<ReportParagraph, ReportKeyValues, ReportTable, ReportList, ReportChart>;

/// YAML front matter of a single-item Markdown export (MADR: status, date, decision-makers).
using ReportFrontMatter = QList<std::pair<QString, QString>>;

struct ReportSection {
    QString title;
    QString anchor; ///< logical id, unique in the report; the builder fills an empty one
    int level = 1;  ///< 1 = an item (or a part of the report), 2+ = its sub-sections
    QList<ReportBlock> blocks;
    ReportFrontMatter frontMatter; ///< used when this item is exported on its own
    bool pageBreak = false;        ///< set by the builder: starts a new page in the PDF

    ReportSection() = default;
    ReportSection(QString title, QString anchor, int level = 1)
        : title(std::move(title)), anchor(std::move(anchor)), level(level) {}
    bool operator==(const ReportSection &) const = default;
};

enum class ReportScope { Project, Item };

struct Report {
    ReportScope scope = ReportScope::Project;
    QString title;      ///< the project name, or the item title for a single item
    QString subtitle;   ///< what this document is ("Architecture review report")
    QString runningHead; ///< page header of the PDF (the project name)
    QList<std::pair<QString, QString>> meta; ///< title-page lines: owner, date
    QString author;       ///< document metadata: the project owner
    QStringList keywords; ///< document metadata: what the report covers
    QDate generated;
    ReportFrontMatter frontMatter; ///< only for a single item, from its top section
    QList<ReportSection> sections;
    bool operator==(const Report &) const = default;
};

/// What to report, passed to every section provider.
struct ReportOptions {
    /// Project: the whole project in one document. Item: one item (`itemId`) on its own.
    ReportScope scope = ReportScope::Project;
    /// The item exported (Item scope). While a provider runs, the builder sets it to the item
    /// that provider is asked to report, in either scope.
    QString itemId;
    /// The date printed on the report and the "today" of every date-dependent figure (fired
    /// triggers, overdue actions). Fixed in tests so that output is reproducible.
    QDate generated;
};

/// A date as reports print it (ISO 8601, "2026-11-28"); empty for an invalid date.
inline QString reportDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace archbench::core
