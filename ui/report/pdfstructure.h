#pragma once
// The structure a reader navigates by, added to the PDF that QPdfWriter drew: an outline
// (bookmarks) that mirrors the report's headings, clickable links (contents entries and
// cross-references between sections), and document metadata. QPdfWriter can draw but not
// link, so the drawn file is opened with qpdf and these objects are added through its object
// API: no PDF syntax is written by hand here (docs/decisions/0002-pdf-structure-qpdf.md).
//
// The result is reproducible: the creation date comes from the report's date, not the clock,
// and the file identifier is derived from the content (QPDFWriter's deterministic /ID).

#include "core/expected.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace archbench::ui {

/// A place in the document: a page (0 = the first page of the file) and a height on it in
/// points from the top of the sheet.
struct PdfPlace {
    int page = -1;
    qreal top = 0;
    bool isValid() const { return page >= 0; }
};

struct PdfOutlineEntry {
    QString title;
    int level = 1;  ///< 1 = top; an entry nests under the closest earlier entry of a lower level
    PdfPlace place;
};

/// A clickable area, in points from the top-left of its page, that jumps to `target`.
struct PdfLinkArea {
    int page = -1;
    QRectF rect;
    QString target; ///< an anchor of PdfStructure::places
};

struct PdfStructure {
    QList<PdfOutlineEntry> outline;
    QList<PdfLinkArea> links;
    QHash<QString, PdfPlace> places; ///< where each anchor is
    QString title, author, subject;
    QStringList keywords;
    QDateTime created; ///< written as CreationDate and ModDate (UTC); invalid: left as drawn
};

/// Adds `structure` to `pdf` (the bytes QPdfWriter wrote) and returns the new file. Links to
/// an anchor without a place are left out; an error names what qpdf could not do.
core::Expected<QByteArray> addPdfStructure(const QByteArray &pdf, const PdfStructure &structure);

} // namespace archbench::ui
