#pragma once
// Renders a Report as GitHub-flavoured Markdown. Every piece of user text goes through
// markdown::escapeLine (see markdownescape.h for the rules), so a project file cannot inject
// structure, HTML or links.
//
// Layout of the output:
//   [--- YAML front matter --- ]          only when the report has front matter (single item)
//   # Title + meta lines + ## Contents    whole-project scope only
//   #/##/### section headings             level + 1 in project scope (the title is the H1),
//                                         level as is for a single item (its title is the H1)
// Section anchors are logical ids; links to them become GitHub heading slugs ("#framing"),
// and links to sections not in this document are written as plain text. Chart blocks are
// left out: Markdown has no drawing, so providers put the same figures in a table.
// Single newlines inside text become hard line breaks ("\" at the end of the line), blank
// lines start a new paragraph; inside table cells a newline becomes a space.

#include "../document/reportdocument.h"

namespace archbench::core {

class MarkdownWriter {
public:
    /// The whole document, UTF-8 ready, ending in one newline.
    static QString write(const Report &report);
};

} // namespace archbench::core
