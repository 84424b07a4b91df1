#pragma once
// The Markdown an ADR importer needs (core/report/adrimport.h): lines undone from their
// escapes, names compared as a reader sees them, and a file cut into blocks (headings,
// paragraphs, lists, tables, code, comments). Not a renderer: text stays the characters the
// file holds.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace archbench::core::adrmd {

bool isAsciiPunct(QChar c);
/// One line of Markdown as the text it stands for: backslash escapes undone, a trailing
/// backslash (a hard break) dropped, everything else literal.
QString unescapeLine(QStringView s);
QString unescapeLines(const QStringList &lines);
/// Whether a paragraph is one emphasised sentence: in a file Archbench wrote, generated text.
bool isEmphasisOnly(const QString &raw);
QString simplifiedKey(const QString &text);
/// What a reader sees of a name: link labels, no emphasis marks or quotes, folded.
QString displayKey(const QString &text);

/// One block of a Markdown file.
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

bool isTableRule(const QString &line);
/// The raw cells of a table row, split at unescaped pipes.
QStringList tableCells(const QString &line);
QList<Block> parseBlocks(const QStringList &lines);

} // namespace archbench::core::adrmd
