#pragma once
// Escaping of user text for GitHub-flavoured Markdown, so that whatever a project file holds
// is shown literally and can never change the structure of the document (RELIABILITY.md).
//
// Rules (CommonMark allows a backslash before any ASCII punctuation; GitHub honours it):
// - always escaped: \ ` * [ ] ~ | $   (code, emphasis, links, strikethrough, tables, math)
// - `_` unless it sits between two letters or digits (snake_case stays readable)
// - `<` before a letter, `/`, `!` or `?` (HTML tags, comments, autolinks); `&` before an
//   entity reference ("&amp;", "&#60;"); other `<` and `&` are harmless and left alone
// - at the start of a line (Block context): leading blanks dropped (no indented code), and
//   `#`, `>`, `-`, `+`, `=` and "1." / "1)" escaped (headings, quotes, lists, setext rules)
// - Heading context: every `#` escaped (a trailing "#" would be eaten as a closing sequence)
// - TableCell context: newlines become spaces (GFM cells cannot hold line breaks and we emit
//   no HTML such as <br>); the writer does this before calling escapeLine.
// Emoji shortcodes and bare URLs keep GitHub's rendering: they change looks, not structure.

#include <QHash>
#include <QString>
#include <QStringView>

namespace archbench::core::markdown {

enum class Context { Block, TableCell, Heading };

/// Escapes one line of text (no newline inside). `atLineStart`: the text begins a Markdown
/// line, so block-level markers are escaped too (Block context only).
QString escapeLine(QStringView line, Context context, bool atLineStart);

/// A code span holding `text` literally (backtick fence longer than any run inside).
QString codeSpan(QStringView text);

/// GitHub's heading id for `heading` (lower case; letters, digits, marks, '_', '-' kept;
/// spaces become '-'; everything else dropped), before de-duplication.
QString githubSlug(QStringView heading);

/// Hands out heading ids as GitHub does: the second "Context" is "context-1", and so on.
class SlugRegistry {
public:
    QString unique(QStringView heading);

private:
    QHash<QString, int> m_occurrences;
};

/// A YAML scalar for front matter: plain when that is unambiguous, else double-quoted.
QString yamlScalar(QStringView value);
/// A YAML scalar that is always a double-quoted string (ids: "1" must not read as a number).
QString yamlQuoted(QStringView value);

} // namespace archbench::core::markdown
